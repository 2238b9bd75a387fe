"""Corpora and pipeline runs for the review site's tests.

The hostile corpus: short articles in the style of the sample corpus whose
titles, bylines and quotations carry HTML/JS injection strings, a ``</script>``
inside a quotation, right-to-left override characters, Arabic text and an
unbreakable long word, plus an empty file whose name is itself an injection string (a rejected
input shown on the run page).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
JS_LINK = '<a href="javascript:alert(1)">javascript:alert(1)</a>'
TEXTAREA = "</textarea><textarea>"
END_SCRIPT = "</script><script>alert(2)</script>"
RLO = "\u202e"
LONG_WORD = "Pyongyang" * 40

EN_HOSTILE = f"""Kremlin says {SCRIPT} talks with Pyongyang went well

By Staff Reporter {IMG}

September 15, 2023 11:48 AM GMT+1

MOSCOW, Sept 15 (Reuters) - Kremlin spokesman Dmitry Peskov said on Friday that "no agreements were signed {SCRIPT} during the visit," the Kremlin spokesman told reporters, according to the Interfax news agency.

"We are not planning to sign any agreements {END_SCRIPT} with anyone," Peskov said.

Russian President Vladimir Putin said the visit was "a great success {IMG} for both of our countries," according to TASS.

"Nothing will ever break this {TEXTAREA} friendship between our peoples," Putin said.

"Our partners say {SVG} the opposite, and they are wrong," Putin told reporters. See {JS_LINK} for more.

"Read this {RLO}txet desrever and then the rest of the sentence," Putin said, according to Interfax.

"The word {LONG_WORD} is very long," Peskov said.

The envoy said in Arabic: "نحن لا نهدد أحدا ولن نفعل ذلك أبدا", according to Interfax.
"""

FR_HOSTILE = f"""Poutine affirme que la coopération {SCRIPT} avec Pyongyang est excellente

15 Septembre 2023 10:35 (UTC+01:00)

Paris / La Gazette

« Nous ne menaçons personne {END_SCRIPT} et nous ne violerons rien », a déclaré Vladimir Poutine vendredi à Sotchi, a rapporté l'agence TASS.

« {SVG} La Corée du Nord est notre voisin », a-t-il ajouté.

Le porte-parole du Kremlin Dmitri Peskov a déclaré qu'« aucun accord {IMG} n'a été signé » lors de la visite.

« Le texte {RLO}esrevni et {JS_LINK} restent du texte », a déclaré Peskov, selon l'agence Interfax.

« Le mot {LONG_WORD} est très long », a déclaré Peskov.
"""

HOSTILE_FILES = {
    f"en_hostile_{IMG}.txt": EN_HOSTILE,
    "fr_hostile.txt": FR_HOSTILE,
    f"{SVG}.txt": "",  # rejected as empty; its name is shown on the run page
}
INJECTIONS = (SCRIPT, IMG, SVG, TEXTAREA, END_SCRIPT, "javascript:alert(1)")


def write_hostile_corpus(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for name, text in HOSTILE_FILES.items():
        (dest / name).write_text(text, encoding="utf-8")
    return dest


def copy_corpus(src: Path, dest: Path, names: list[str] | None = None) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in sorted(src.glob("*.txt")):
        if names is None or p.name in names:
            shutil.copy(p, dest / p.name)
    return dest


def write_config(folder: Path, corpus: Path, output: Path) -> Path:
    """Apertium (fast, offline); segments no engine serves are left untranslated
    where Apertium is missing, so the site is still built."""
    path = folder / "review.yaml"
    data = {"corpus": str(corpus), "output": str(output),
            "translate": {"engines": ["apertium"], "on_missing": "skip"}}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def run_pipeline(config: Path, **options) -> dict:
    from pipeline.config import load_config
    from pipeline.runner import RunOptions, Runner

    return Runner(load_config(config), RunOptions(**options)).run()
