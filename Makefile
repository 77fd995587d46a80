# One command each for the demo, the tests and the linter; each makes its own virtual environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/factcheck  ## install, then check the sample articles in seeds/ into reports/
	$(BIN)/factcheck run seeds/ --out reports/ --fail-on never

test: $(BIN)/factcheck  ## install, then run the whole test suite
	$(BIN)/python -m pytest

lint: $(BIN)/factcheck
	$(BIN)/ruff check checker tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
