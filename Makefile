# make demo: create .venv, install govkg, build seeds/ into output/
# make test: run the test suite (the interop tests run when their programs are installed)
# make interop: install those programs (Debian packages, npm, PyPI); KG_REQUIRE_INTEROP=1 make test
#               then fails, rather than skips, a test whose program is missing (as .ci/run does)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install interop bench bench-stores bench-html clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,distributed]'
	touch $(STAMP)

demo: install
	$(BIN)/kg build seeds --out output

test: install
	$(BIN)/python -m pytest -q

interop: install
	scripts/install-interop.sh

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-stores: install
	$(BIN)/python benchmarks/stores.py

bench-html: install
	$(BIN)/python benchmarks/html.py

clean:
	rm -rf $(VENV) output/graph.ttl output/graph.html .pytest_cache
