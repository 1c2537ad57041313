#!/usr/bin/env bash
# Install what is missing, idempotently: Tesseract (Debian package, when root with apt) and a
# virtualenv at .venv with the pinned, verified dependency set of setup.cfg.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tesseract >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing tesseract-ocr (OCR for scanned manuals)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr >/dev/null
  else
    echo "setup: note: reading scanned PDFs needs Tesseract: 'sudo apt-get install tesseract-ocr'" \
         "(or 'brew install tesseract'); text manuals work without it" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=".venv/.installed-$(cat setup.cfg pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python dependencies into .venv (a few minutes the first time)" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first and pinned: it is the CPU wheel; anything looser can pull a multi-GB CUDA build.
  .venv/bin/python -m pip install -q torch==2.13.0
  .venv/bin/python -m pip install -q -e ".[test]"
  .venv/bin/python -m pip check
  rm -f .venv/.installed-* && touch "$stamp"
fi
