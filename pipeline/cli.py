"""The command line. Commands parse options and call library functions; only
this module turns errors into messages and exit codes (0 ok, 1 a stage failed,
2 bad config or usage, 3 another run holds the lock).

Heavy modules are imported inside the commands so ``pipeline --help`` stays fast.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline.errors import ConfigError, PipelineError

app = typer.Typer(
    help="Offline news translation and quote alignment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

ConfigArg = typer.Argument(..., help="Pipeline config file (YAML), e.g. configs/en.yaml.")

# set by `run`: tracebacks wanted (--debug), the log file (--log-file), the output folder
_DEBUG = False
_LOG_HANDLER: logging.Handler | None = None
_OUTPUT: Path | None = None


def _setup_logging(verbose: bool) -> bool:
    """Returns True when progress bars should be drawn (a terminal)."""
    tty = sys.stderr.isatty()
    level = logging.DEBUG if verbose else (logging.WARNING if tty else logging.INFO)
    logging.basicConfig(
        level=level, stream=sys.stderr,
        format="%(levelname)s %(message)s" if tty else "%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return tty


@app.command()
def run(
    config: Path = ConfigArg,
    force: bool = typer.Option(False, "--force", help="Recompute every stage, ignoring stored results."),
    only: Optional[str] = typer.Option(None, "--only", help="Run just this stage (earlier results are reused)."),
    until: Optional[str] = typer.Option(None, "--until", help="Stop after this stage."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be computed; write nothing."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Translate again instead of reusing cached translations."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug logging."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error (by default: one line)."),
    log_file: Optional[Path] = typer.Option(
        None, "--log-file", help="Log here instead of stderr (the summary too), rotated by size: for cron."),
    log_max_size: str = typer.Option(
        "10M", "--log-max-size", help="Rotate the --log-file when it would grow past this (bytes, or 500k, 10M, 1G)."),
    log_backups: int = typer.Option(
        5, "--log-backups", min=0, help="Rotated --log-file copies to keep (FILE.1 ... FILE.N); older ones are deleted."),
) -> None:
    """Run the pipeline over the corpus named in CONFIG."""
    from pipeline.config import load_config
    from pipeline.progress import BarProgress, LogProgress
    from pipeline.runner import Runner, RunOptions
    from pipeline.unattended import attach_log_file, parse_size, stop_on_signals

    global _DEBUG, _LOG_HANDLER, _OUTPUT
    _DEBUG = _DEBUG or debug
    if log_file is not None:
        _LOG_HANDLER = attach_log_file(log_file.absolute(), parse_size(log_max_size), log_backups,
                                       logging.DEBUG if verbose else logging.INFO)
        tty = False
    else:
        tty = _setup_logging(verbose)
    cfg = load_config(config)
    _OUTPUT = cfg.output
    opts = RunOptions(force=force, only=only, until=until, dry_run=dry_run, no_cache=no_cache)
    runner = Runner(cfg, opts, BarProgress() if tty else LogProgress())
    with stop_on_signals():
        report = runner.run()
    if dry_run:
        lines = [f"{report['files']} file(s), {report['rejected']} would be rejected"]
        lines += [f"  {name:<8} compute {row['compute']:>5}  reuse {row['reuse']:>5}"
                  for name, row in report["stages"].items()]
    else:
        lines = _summary(report, cfg.output).splitlines()
    for line in lines:
        if _LOG_HANDLER is not None:
            logging.getLogger("pipeline").info("%s", line)
        else:
            typer.echo(line)


def _summary(report: dict, output: Path) -> str:
    lines = [f"run {report['run_id']}: {report['status']}, {report['documents']} file(s), "
             f"{report['translated_segments']} segment(s) translated, {report['cached_segments']} reused"]
    for name, row in report["stages"].items():
        dropped = ", ".join(f"{k} {v}" for k, v in sorted(row.get("dropped", {}).items()))
        lines.append(
            f"  {name:<8} {row['seconds']:>7.2f}s  computed {row['computed']:>5}  reused {row['cached']:>5}"
            + (f"  dropped: {dropped}" if dropped else "")
        )
    for rej in report["rejected"]:
        lines.append(f"  rejected {rej['path']}: {rej['reason']}")
    lines.append(f"outputs in {output}")
    return "\n".join(lines)


@app.command()
def check(config: Path = ConfigArg) -> None:
    """Validate CONFIG and report what is missing."""
    from pipeline.config import load_config

    from pipeline.engines.service import TranslationService

    cfg = load_config(config)
    typer.echo(f"{config}: ok (corpus {cfg.corpus}, output {cfg.output}, config hash {cfg.hash[:8]})")
    service = TranslationService(cfg)
    for src in cfg.source_languages:
        label = service.labels(src)
        if label == "none":
            typer.echo(service.missing_message(src))
        else:
            typer.echo(f"{src} -> {cfg.target_language}: {label}")
    service.check(cfg.source_languages)


@app.command()
def status(config: Path = ConfigArg) -> None:
    """Show the last run and what changed in the corpus since."""
    from pipeline.config import load_config
    from pipeline.status import corpus_status

    info = corpus_status(load_config(config))
    typer.echo(json.dumps(info, ensure_ascii=False, indent=2))


@app.command()
def review(
    config: Path = ConfigArg,
    open_: bool = typer.Option(False, "--open", help="Open it in the default web browser."),
) -> None:
    """Print the path of the review site (OUTPUT/review/index.html), or open it."""
    from pipeline.config import load_config
    from pipeline.review.site import index_path

    cfg = load_config(config)
    index = index_path(cfg.output)
    if not index.is_file():
        raise PipelineError(f"no review site in {index.parent}: run the pipeline first (pipeline run {config})")
    typer.echo(str(index))
    if open_:
        import webbrowser

        webbrowser.open(index.resolve().as_uri())


@app.command()
def cron(
    config: Path = ConfigArg,
    every: str = typer.Option("1h", "--every", help="Interval: 15m, 1h, 6h, 1d ..."),
    log_max_size: str = typer.Option("10M", "--log-max-size", help="Rotate the run's log file past this size."),
    log_backups: int = typer.Option(5, "--log-backups", min=0, help="Rotated log files to keep."),
) -> None:
    """Print a crontab line that runs the pipeline on a schedule, with a log
    file the pipeline rotates itself (OUTPUT/logs/cron.log)."""
    from pipeline.config import load_config
    from pipeline.status import cron_line
    from pipeline.unattended import parse_size

    parse_size(log_max_size)  # a bad size is a usage error now, not at 3 a.m.
    typer.echo(cron_line(load_config(config), every, log_max_size=log_max_size, log_backups=log_backups))


def _eval_help() -> str:
    from pipeline.evaluate import FORMULAS

    return ("Run the pipeline on a gold folder and score quotes, speakers, dates and clusters.\n\n"
            + "\n\n".join(FORMULAS))


@app.command("eval", help=_eval_help())
def eval_(
    gold_dir: Path = typer.Argument(..., help="Gold folder: articles/, quotes.jsonl and optionally "
                                    "articles.jsonl (see eval/devset/README.md)."),
    config: Path = ConfigArg,
    output: Optional[Path] = typer.Option(None, "--output", help="Keep the run's outputs here."),
    as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
    errors: bool = typer.Option(False, "--errors", help="Also list missed and false quotes, speaker and date errors."),
) -> None:
    from pipeline.evaluate import evaluate

    _setup_logging(False)
    report = evaluate(gold_dir, config, output)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for line in format_report(report, errors):
        typer.echo(line)


def format_report(report: dict, errors: bool = False) -> list[str]:
    ex, cl, sl = report["extraction"], report["clusters"], report["statement_links"]

    def acc(key: str) -> str:
        value = report.get(f"{key}_accuracy")
        return "n/a (no gold)" if value is None else f"{value:.3f} (of {report[f'{key}_gold']})"

    lines = [
        f"quotes: gold {report['gold_quotes']}, predicted {report['predicted_quotes']}, matched {report['matched']}",
        f"extraction            P {ex['precision']:.3f}  R {ex['recall']:.3f}  F1 {ex['f1']:.3f}",
        f"speaker accuracy      {report['speaker_accuracy']:.3f}   (via accuracy {report['via_accuracy']:.3f})",
        f"date accuracy         {acc('date')}",
        f"publisher accuracy    {acc('publisher')}",
        f"cross-document pairs  P {cl['precision']:.3f}  R {cl['recall']:.3f}  F1 {cl['f1']:.3f}   "
        f"({cl['true_pairs']} right, {cl['false_pairs']} false, {cl['missed_pairs']} missed)",
        f"statement links       P {sl['precision']:.3f}  R {sl['recall']:.3f}  F1 {sl['f1']:.3f}   "
        f"({sl['found']} of {sl['gold_links']} found, {sl['predicted_links']} predicted)",
    ]
    for key, label in (("missed_by_cause", "missed pairs by cause"), ("false_by_cause", "false pairs by cause")):
        if cl.get(key):
            lines.append(f"{label:<22}" + ", ".join(f"{cause} {n}" for cause, n in cl[key].items()))
    if errors:
        for key in ("missed_quotes", "false_quotes", "speaker_errors", "date_errors", "publisher_errors"):
            for item in report.get(key) or []:
                lines.append(f"{key[:-1]}: {json.dumps(item, ensure_ascii=False)}")
        for item in cl.get("worst_utterances") or []:
            lines.append(f"utterance losing pairs: {json.dumps(item, ensure_ascii=False)}")
    return lines


models_app = typer.Typer(help="Manage Argos translation packages.", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("list")
def models_list() -> None:
    """List installed Argos packages (ARGOS_PACKAGE_DIR is honoured)."""
    from pipeline.models import list_packages, package_dir

    rows = list_packages()
    typer.echo(f"packages in {package_dir()}:")
    for r in rows:
        typer.echo(f"  {r['from']} -> {r['to']}  {r['version']}  {r['path']}")
    if not rows:
        typer.echo("  (none) install one with: pipeline models install fr en")


@models_app.command("install")
def models_install(
    src: Optional[str] = typer.Argument(None, help="Source language code, e.g. fr."),
    tgt: Optional[str] = typer.Argument(None, help="Target language code, e.g. en."),
    from_file: Optional[Path] = typer.Option(None, "--from-file", help="Install this .argosmodel file (offline)."),
) -> None:
    """Install an Argos package from the package index, or offline with --from-file."""
    from pipeline import models

    if from_file is not None:
        info = models.install_from_file(from_file)
    elif src and tgt:
        info = models.install_from_index(src, tgt)
    else:
        raise ConfigError("give SRC and TGT (e.g. `pipeline models install fr en`) or --from-file PKG.argosmodel")
    typer.echo(f"installed {info['from']} -> {info['to']} {info['version']} in {info['path']}")


@models_app.command("remove")
def models_remove(
    src: str = typer.Argument(..., help="Source language code."),
    tgt: str = typer.Argument(..., help="Target language code."),
) -> None:
    """Remove the installed Argos package(s) for SRC -> TGT."""
    from pipeline.models import remove

    for path in remove(src, tgt):
        typer.echo(f"removed {path}")


def main() -> None:
    global _LOG_HANDLER, _DEBUG, _OUTPUT
    try:
        _main()
    finally:
        from pipeline.unattended import detach

        detach(_LOG_HANDLER)
        _LOG_HANDLER = _DEBUG = _OUTPUT = None  # (main is called more than once in tests)


def _main() -> None:
    from pipeline.errors import FaultError, Interrupted

    try:
        app()
    except (FaultError, Interrupted) as exc:
        _fail(exc, 1)
    except ConfigError as exc:
        _to_log(f"{exc} {exc.errors}")
        typer.echo(f"error: {exc}", err=True)
        for line in exc.errors:
            typer.echo(f"  - {line}", err=True)
        if exc.hint:
            typer.echo(f"hint: {exc.hint}", err=True)
        sys.exit(exc.exit_code)
    except PipelineError as exc:
        _to_log(str(exc))
        typer.echo(f"error: {exc}", err=True)
        if exc.hint:
            typer.echo(f"hint: {exc.hint}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - anything else: one line, the traceback with --debug
        _fail(exc, 1)


def _to_log(message: str) -> None:
    if _LOG_HANDLER is not None:
        logging.getLogger("pipeline").error("%s", message)


def _fail(exc: BaseException, code: int) -> None:
    """One line on stderr (and in the --log-file); the traceback with --debug."""
    import os
    import traceback

    from pipeline.unattended import error_line

    line = error_line(exc, _OUTPUT)
    if _DEBUG or os.environ.get("PIPELINE_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)
    _to_log(line.removeprefix("error: "))
    typer.echo(line, err=True)
    sys.exit(code)
