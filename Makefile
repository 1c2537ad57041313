# Set-up is part of every target: each installs what is missing first (scripts/setup.sh).
.PHONY: setup demo test bench
GAME ?= skiing
STEPS ?= 20000

setup:
	@bash scripts/setup.sh

# The main job on the embedded defaults: read the manual into a card, then train PPO with its reward.
demo: setup
	.venv/bin/read-reward read manuals/$(GAME).md --game $(GAME)
	rm -rf runs/demo-$(GAME)
	.venv/bin/read-reward train $(GAME) --config ppo_cpu.yaml --steps $(STEPS) --out runs/demo-$(GAME)

test: setup
	.venv/bin/python -m pytest -q

# Speed, accuracy and learning targets, and the slow tests (several hours on 2 cores).
bench: setup
	.venv/bin/python benchmarks/accuracy.py
	.venv/bin/python benchmarks/card_speed.py
	.venv/bin/python benchmarks/ocr_speed.py
	.venv/bin/python benchmarks/closing_speed.py
	.venv/bin/python benchmarks/hit_speed.py
	.venv/bin/python benchmarks/hit_exactness.py --all
	.venv/bin/python benchmarks/rllib_sampling.py --games skiing breakout mspacman spaceinvaders seaquest asterix
	.venv/bin/python benchmarks/audit_speed.py
	.venv/bin/python benchmarks/audit_agreement.py --placebos 10
	.venv/bin/python -m pytest -q -m slow
	.venv/bin/python benchmarks/learning.py
