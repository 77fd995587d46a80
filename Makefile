# One command each for the demo, the tests and the linter; each makes its own virtual environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean browser

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	# The package's bytecode now: where PYTHONDONTWRITEBYTECODE is set, each run would compile it again.
	$(BIN)/python -m compileall -q checker
	touch $@

demo: $(BIN)/factcheck  ## install, then check the sample articles in seeds/ into reports/
	$(BIN)/factcheck run seeds/ --out reports/ --fail-on never

test: $(BIN)/factcheck browser  ## install, then run the whole test suite
	$(BIN)/python -m pytest

# Debian's chromium for the report's browser tests: installed only when missing, and only as root
# (elsewhere the browser tests skip with the reason, and fail under CI).
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "chromium is missing and cannot be installed here: the browser tests will not run"

lint: $(BIN)/factcheck
	$(BIN)/ruff check checker tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
