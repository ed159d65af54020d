# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck unit install dev bench-extraction bench-entities bench-commitments clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("newsdesk needs Python 3.11+") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

install: $(STAMP)
dev: $(DEVSTAMP)

## demo: set everything up and brief the supplied article
demo: $(STAMP)
	$(BIN)/newsdesk analyze examples/article.txt

## test: set everything up, lint, type-check and run the tests
test: lint typecheck unit

## lint: ruff over the code, the tests, the benches and the scripts: its rules, and its format
lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

## typecheck: mypy --strict (pyproject.toml's [tool.mypy])
typecheck: $(DEVSTAMP)
	$(BIN)/mypy

## unit: the tests alone
unit: $(DEVSTAMP)
	$(BIN)/pytest

## bench-*: the benches (they read ../shared/bench; bench/*.py --help for their options)
bench-extraction: $(DEVSTAMP)
	$(BIN)/python bench/extraction.py

bench-entities: $(DEVSTAMP)
	$(BIN)/python bench/entities.py

bench-commitments: $(DEVSTAMP)
	$(BIN)/python bench/commitments.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
