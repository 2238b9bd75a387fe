#!/usr/bin/env bash
# Set up everything on a fresh machine, then run the main job on the sample corpus.
#   ./bootstrap.sh                 install, then `pipeline run configs/en.yaml`
#   ./bootstrap.sh --install-only  install only (CI uses this)
set -euo pipefail
cd "$(dirname "$0")"
VENV=${VENV:-.venv}

# 1. Debian packages (when run as root):
#    - Apertium: a real offline French->English engine (via Spanish) for machines
#      that cannot download Argos models;
#    - language resources for quote alignment: English and French thesauri
#      (mythes-en-us, mythes-fr; the English one is built from WordNet) and the
#      French-English FreeDict dictionary (dict-freedict-fra-eng);
#    - chromium and chromium-driver: the headless browser the review-site tests
#      drive through selenium (no browser download at test time).
DEBS="apertium apertium-fr-es apertium-eng-spa mythes-en-us mythes-fr dict-freedict-fra-eng chromium chromium-driver"
missing=""
for p in $DEBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        # shellcheck disable=SC2086
        apt-get install -y -q $missing
    else
        echo "note: missing Debian packages:$missing (needs root: apt-get install$missing)" >&2
    fi
fi

# 2. The Python environment. torch goes first, pinned to the CPU build:
#    argostranslate -> stanza -> torch, and plain resolution pulls a CUDA build of several GB.
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q torch==2.13.0
"$VENV/bin/python" -m pip install -q -e '.[test]'

[ "${1:-}" = "--install-only" ] && exit 0

# 3. The Argos fr->en model, where its package index can be reached. Offline,
#    the engine chain (translate.engines: [argos, apertium]) falls back to Apertium.
if ! "$VENV/bin/pipeline" models list | grep -q "fr -> en"; then
    "$VENV/bin/pipeline" models install fr en \
        || echo "note: Argos fr->en not installed (no network?); Apertium will translate" >&2
fi

# 4. The main job on the sample corpus.
"$VENV/bin/pipeline" run configs/en.yaml
echo "outputs are in outputs/en/"
