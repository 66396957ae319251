# lesart: two commands set a fresh machine up: `make demo` and `make test`.
# Both create .venv when missing and install everything they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := examples/seed_de_nordkorea.txt
REPORT := build/demo-report.html

.PHONY: install browser demo test eval bench models clean

# pip 23.2 (the system one) fails on trafilatura's lxml[html-clean] extra: upgrade it first.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/lesart analyze $(DEMO) --published 2025-03-27
	@mkdir -p build
	$(BIN)/lesart analyze $(DEMO) --published 2025-03-27 --format json --out build/demo.json
	$(BIN)/lesart analyze $(DEMO) --published 2025-03-27 --format html --out $(REPORT)
	@echo ""
	@echo "The annotated report is at: $(abspath $(REPORT))"
	@echo "The analysis document (JSON) is at: $(abspath build/demo.json)"

# Debian's chromium + chromedriver for tests/test_web_browser.py; without them that test
# skips and says why.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver; } || \
	  echo "chromium could not be installed: the browser test will be skipped"

test: install browser
	$(BIN)/python -m pytest -q

# Scores against ../shared/data and rewrites docs/evaluation.md.
eval: install
	$(BIN)/lesart eval extraction --split test --write-docs

bench: install
	$(BIN)/python bench/bench_extraction.py
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_stories.py

# Retrains the shipped models from ../shared/data (see each MODEL_CARD.md).
models: install
	$(BIN)/python -m pip install -q -e ".[train]"
	$(BIN)/python -m lesart.stages.entities.clusters --lang de
	$(BIN)/python -m lesart.stages.entities.word_tags --lang de
	$(BIN)/python -m lesart.stages.entities.train --lang de
	$(BIN)/python -m lesart.stages.entities.clusters --lang en
	$(BIN)/python -m lesart.stages.entities.casing
	$(BIN)/python -m lesart.stages.entities.train --lang en
	$(BIN)/python -m lesart.stages.extract.train_line_model
	$(BIN)/python -m lesart.stages.claims.train de --c1 0.1 --c2 0.05 --iter 120
	$(BIN)/python -m lesart.stages.claims.train en --iter 60
	$(BIN)/python -m lesart.stages.claims.train_neural prep en --out build/claims
	$(BIN)/python -m lesart.stages.claims.train_neural fit build/claims/en.json.gz --hidden 64 --epochs 9 \
		--out src/lesart/stages/claims/models/bilstm_en.npz
	$(BIN)/python -m lesart.stages.voice.train

clean:
	rm -rf build .pytest_cache
