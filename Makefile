# Set-up is part of every target: each installs what is missing first (scripts/setup.sh).
.PHONY: setup demo test bench
GAME ?= skiing

setup:
	@bash scripts/setup.sh

demo: setup
	.venv/bin/read-reward read manuals/$(GAME).md --game $(GAME) --out cards/$(GAME).json

test: setup
	.venv/bin/python -m pytest -q

bench: setup
	.venv/bin/python benchmarks/accuracy.py
	.venv/bin/python benchmarks/card_speed.py
	.venv/bin/python benchmarks/ocr_speed.py
