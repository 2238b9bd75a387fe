"""The command line as a user runs it: real processes, real exit codes."""

import json
import shutil
import subprocess
import sys

import pytest
from filelock import FileLock

from .conftest import PROJECT

HEAVY = ("torch", "ctranslate2", "langdetect", "stanza", "spacy", "argostranslate", "sacremoses", "pydantic")


def pipeline(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def test_help_imports_nothing_heavy():
    code = (
        "import sys\n"
        "from pipeline.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Usage" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_end_to_end_run_in_a_temp_folder(tmp_path, corpus, make_config):
    config = make_config(translate={"on_missing": "skip"})
    result = pipeline("run", config, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "computed" in result.stdout
    out = tmp_path / "out"
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["status"] for d in docs] == ["ok"] * 5
    assert all(d["lang"] == "fr" and d["signature"].startswith("src:fr|tgt:en|") for d in docs)
    lines = (out / "parallel" / "corpus.tsv").read_text(encoding="utf-8").splitlines()
    # no Argos package here: the chain falls back to Apertium where it is installed
    mt = "apertium-fr-es+spa-eng@" if shutil.which("apertium") else "none"
    assert lines[0].startswith(f"# src:fr|tgt:en|mt:{mt}")
    assert "|langid:langdetect|cfg:" in lines[0]
    assert lines[1].split("\t") == ["doc_id", "seg_id", "src_lang", "start", "end", "source",
                                    "translation", "engine"]
    texts = {d["doc_id"]: (corpus / d["path"]).read_text(encoding="utf-8") for d in docs}
    for row in lines[2:]:
        doc_id, seg_id, lang, start, end, source, translation, engine = row.split("\t")
        assert lang == "fr"
        assert bool(translation) == (mt != "none")
        assert texts[doc_id][int(start):int(end)] == source.replace("\\t", "\t").replace("\\\\", "\\")

    again = pipeline("run", config, cwd=tmp_path)
    assert again.returncode == 0
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert all(report["stages"][s]["computed"] == 0
               for s in ("clean", "detect", "segment", "translate", "export"))
    assert report["translated_segments"] == 0


def test_misspelt_key_exits_2_and_suggests(tmp_path, corpus, make_config):
    result = pipeline("run", make_config(target_langauge="en"))
    assert result.returncode == 2
    assert "target_langauge: unknown key (did you mean target_language?)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_second_run_on_a_locked_output_exits_3(tmp_path, corpus, make_config):
    config = make_config()
    lock_dir = tmp_path / "out" / ".state"
    lock_dir.mkdir(parents=True)
    with FileLock(lock_dir / "run.lock"):
        result = pipeline("run", config)
    assert result.returncode == 3
    assert "another run is using" in result.stderr


@pytest.mark.parametrize("command", [["check"], ["status"], ["cron", "--every", "1h"]])
def test_operator_commands(tmp_path, corpus, make_config, command):
    config = make_config()
    result = pipeline(*command, config)
    assert result.returncode == 0, result.stderr
    if command[0] == "status":
        info = json.loads(result.stdout)
        assert len(info["changes"]["new"]) == 5 and info["last_run"] is None
    if command[0] == "cron":
        assert result.stdout.startswith("0 * * * * ")
        assert "-m pipeline run" in result.stdout and "cron.log" in result.stdout


def test_cron_rejects_odd_intervals(tmp_path, corpus, make_config):
    result = pipeline("cron", make_config(), "--every", "7m")
    assert result.returncode == 2 and "--every" in result.stderr


def test_shipped_config_runs(tmp_path):
    result = pipeline("run", PROJECT / "configs" / "en.yaml", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "5 file(s)" in result.stdout
