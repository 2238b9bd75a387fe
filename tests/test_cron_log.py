"""`pipeline cron` and `pipeline run --log-file`: a log that the pipeline
rotates itself, so an hourly job never fills the disk with its log."""

import subprocess
import sys

import pytest
from filelock import FileLock

from pipeline.errors import ConfigError
from pipeline.unattended import parse_size

from .test_faults import main


def test_parse_size():
    assert parse_size("2048") == 2048
    assert parse_size("3k") == 3 * 1024
    assert parse_size("10M") == 10 * 1024 ** 2
    assert parse_size("1G") == 1024 ** 3
    assert parse_size("5MiB") == 5 * 1024 ** 2
    for bad in ("", "lots", "0", "-1M", "1.5M"):
        with pytest.raises(ConfigError, match="--log-max-size"):
            parse_size(bad)


def test_run_log_file_rotates_and_keeps_n_backups(tmp_path, corpus, make_config, monkeypatch, capsys):
    config = make_config(translate={"on_missing": "skip"})
    log = tmp_path / "out" / "logs" / "cron.log"
    size = 2048
    for i in range(6):  # each run logs a few kB (--force: every stage has work)
        code, out, err = main(monkeypatch, capsys, "run", config, "--force", "--log-file", log,
                              "--log-max-size", "2k", "--log-backups", "2")
        assert code == 0, err
        assert out == "" and err == ""  # all in the log: cron mails nothing when all is well
    files = sorted(p.name for p in log.parent.iterdir())
    assert files == ["cron.log", "cron.log.1", "cron.log.2"]
    for p in log.parent.iterdir():
        assert p.stat().st_size <= size + 400  # rotation happens before the record that would pass the size
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(log.parent.iterdir(), reverse=True))
    assert " INFO pipeline: run " in text and ": ok, 5 file(s)" in text  # the summary is logged
    assert "pipeline.progress: documents: 5 item(s) to process" in text
    assert text.rstrip().endswith(f"INFO pipeline: outputs in {tmp_path / 'out'}")  # the newest run, last


def test_errors_go_to_stderr_and_the_log(tmp_path, corpus, make_config, monkeypatch, capsys):
    config = make_config(translate={"on_missing": "skip"})
    log = tmp_path / "logs" / "cron.log"
    lock_dir = tmp_path / "out" / ".state"
    lock_dir.mkdir(parents=True)
    with FileLock(lock_dir / "run.lock"):
        code, out, err = main(monkeypatch, capsys, "run", config, "--log-file", log)
    assert code == 3
    assert "another run is using" in err
    assert "ERROR pipeline: another run is using" in log.read_text(encoding="utf-8")


def test_cron_line_points_at_a_rotated_log(tmp_path, corpus, make_config):
    result = subprocess.run([sys.executable, "-m", "pipeline", "cron", str(make_config()), "--every", "15m",
                             "--log-max-size", "5M", "--log-backups", "3"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("*/15 * * * * ")
    assert f"--log-file {tmp_path / 'out' / 'logs' / 'cron.log'}" in line
    assert "--log-max-size 5M --log-backups 3" in line
    assert ">>" not in line  # the pipeline writes (and rotates) its log itself

    bad = subprocess.run([sys.executable, "-m", "pipeline", "cron", str(make_config()), "--log-max-size", "big"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "--log-max-size" in bad.stderr


def test_cron_line_runs(tmp_path, corpus, make_config):
    """The printed command, run as cron would (sh, another working folder)."""
    line = subprocess.run([sys.executable, "-m", "pipeline", "cron", str(make_config(translate={"on_missing": "skip"}))],
                          capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    command = line.split(" ", 5)[5]
    result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=300, cwd="/")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert ": ok, 5 file(s)" in (tmp_path / "out" / "logs" / "cron.log").read_text(encoding="utf-8")
