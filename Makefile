# Two entry points: `make demo` (build, view and query the bundled example)
# and `make test` (the gates, then the whole test suite). Both create .venv
# when missing and install exactly the versions in requirements.lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kg-installed

.PHONY: demo check test train bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -rf demo-store
	$(BIN)/kg build examples/alibaba_cloud_fr.txt --store demo-store
	$(BIN)/kg view --store demo-store -o demo-view.html
	$(BIN)/kg query --store demo-store -f examples/queries/who_invests_how_much.rq

# The gates: lint and format (ruff), types (mypy), the stage order (import-linter).
check: $(STAMP)
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: check
	$(BIN)/python -m pytest

# Retrain the learned parts from the annotated kits (../shared/benchmarks by default; KG_KITS_DIR to change).
train: $(STAMP)
	$(BIN)/python bench/train_nominals.py
	$(BIN)/python bench/train_coref.py
	$(BIN)/python bench/train.py

clean:
	rm -rf demo-store demo-view.html kg-store
