# Routekaart Aanwezigheid: the commands in README.md.
#
#   make serve   build the site and serve it on http://127.0.0.1:8000/ (PORT=... to change)
#   make test    lint + the whole test suite (builds the site first)
#   make test-snel  the unit and data tests only (the editor's and developer's inner loop)
#   make build   the publishable static site in site/
#
# Every target installs what it needs itself. Installs are guarded by stamp files in
# .stamps/, so a second run with nothing changed does no install work; the site is only
# rebuilt when one of its inputs is newer than site/index.html.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .stamps
PORT ?= 8000
# Browser tests: Debian's chromium-headless-shell, the same Chromium without a window (what
# Playwright itself runs headless); the whole suite's pages take a third of the time they take in
# the full browser. Benchmarks time the full chromium, as visitors run it. Another
# Chromium-based browser: CHROMIUM=/path/to/it (tests), CHROMIUM_VOL=/path/to/it (benchmarks).
CHROMIUM ?= /usr/bin/chromium-headless-shell
CHROMIUM_VOL ?= /usr/bin/chromium
export CHROMIUM_PATH := $(CHROMIUM)
# mkdocs-material prints a long notice about MkDocs 2 on every build; mkdocs is pinned <2.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

# Everything the built site depends on. Generated files (docs/routekaart/,
# docs/assets/runtime/, docs/assets/regels/) are outputs, not inputs.
SITE_INPUT_DIRS := docs overrides regions landelijk scripts calculator
SITE_INPUTS := mkdocs.yml pyproject.toml package-lock.json $(shell find $(SITE_INPUT_DIRS) -type f \
	-not -path 'docs/routekaart/*' -not -path 'docs/assets/runtime/*' -not -path 'docs/.routekaart-*' \
	-not -path '*/__pycache__/*' -not -name '*.pyc' -not -path 'docs/assets/regels/*' -not -path 'docs/.bouwsleutels*' \
	-not -path 'docs/data/*' -not -path 'docs/.data-*' \
	2>/dev/null | sed 's/ /\\ /g')

.PHONY: help venv node chromium chromium-vol generate runtime build serve lint typecheck test clean distclean \
	valideer publiceer nieuwe-regio documentatie benchmark benchmark-schaal mutatie voorbeeld test-snel

help:
	@echo "make serve   build the site and serve it locally (PORT=$(PORT))"
	@echo "make test    lint and run the whole test suite (builds first)"
	@echo "make test-snel                 unit and data tests only, in under a minute"
	@echo "make build   build the publishable static site into site/"
	@echo "make valideer                  check every region file (Dutch messages)"
	@echo "make voorbeeld                 concept preview of the working copy, reloads on change"
	@echo "make publiceer REGIO=<slug>    keep the current version of a region in its archive"
	@echo "make nieuwe-regio SLUG=<slug>  start a new region from the template"
	@echo "make documentatie              rewrite the docs' tables of questions and national outcomes"
	@echo "make benchmark                 time the Rekenhulp in Chromium"
	@echo "make benchmark-schaal N=225    build with N (cloned) regions and print the figures"
	@echo "make mutatie                   mutation testing of calculator/ (score + survivors)"
	@echo "make clean   remove build output (make distclean also removes .venv and node_modules)"

# --- Installs ---------------------------------------------------------------

venv: $(STAMPS)/venv

$(STAMPS)/venv: requirements.txt
	@echo "==> Python packages into $(VENV)/ (requirements.txt)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@mkdir -p $(STAMPS) && touch $@

node: $(STAMPS)/node

$(STAMPS)/node: package.json package-lock.json
	@echo "==> npm packages into node_modules/ (package-lock.json)"
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

# The browser tests drive Debian's Chromium (Playwright's own download cannot be used).
chromium:
	@$(call apt_installeer,$(CHROMIUM),chromium-headless-shell,$(CHROMIUM_VOL))

chromium-vol:
	@$(call apt_installeer,$(CHROMIUM_VOL),chromium,)

# $(1) must exist; if not, install Debian package $(2) when root. If that cannot be done and
# $(3) exists, the tests run in $(3) instead (slower, same checks); else say what to install.
define apt_installeer
if [ -x $(1) ]; then exit 0; fi; \
if [ "$$(id -u)" = 0 ]; then \
	echo "==> Installing $(2) (apt-get)"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2); \
	if [ -x $(1) ]; then exit 0; fi; \
fi; \
if [ -n "$(3)" ] && [ -x "$(3)" ]; then \
	echo "Let op: $(1) ontbreekt; de browsertests draaien in $(3) (langzamer, dezelfde controles)." >&2; \
	exit 0; \
fi; \
echo "$(2) ontbreekt: $(1) is nodig." >&2; \
echo "Installeer het als root:  sudo apt-get update && sudo apt-get install -y $(2)" >&2; \
exit 1
endef

# --- Build ------------------------------------------------------------------

# regions/*.yaml -> docs/routekaart/*.md (+ SVG via Node) and docs/assets/regels/*.json
generate: venv node
	@echo "==> Generating pages and rules (scripts/generate.py)"
	$(PY) scripts/generate.py

# node_modules/pyodide + calculator wheel -> docs/assets/runtime/
runtime: venv node generate
	@echo "==> Browser runtime (scripts/runtime.py)"
	$(PY) scripts/runtime.py

build: site/index.html

# Atomic: build into .site-new/, then swap it into site/. A failed build leaves the
# previous site/ as it was.
site/index.html: $(STAMPS)/venv $(STAMPS)/node $(SITE_INPUTS)
	@$(MAKE) generate runtime
	@echo "==> mkdocs build --strict"
	rm -rf .site-new .site-old
	@# Not --quiet: in MkDocs 1.6 it also stops --strict from counting warnings.
	$(VENV)/bin/mkdocs build --strict --site-dir .site-new
	@# Search index of the built pages (Dutch stemming from <html lang="nl">), self-hosted.
	node_modules/.bin/pagefind --site .site-new --quiet
	@# Only pagefind.js, its WebAssembly and the index are used (no worker, no stock UI).
	cd .site-new/pagefind && rm -f pagefind-worker.js pagefind-highlight.js pagefind-*ui.js pagefind-*ui.css
	$(PY) scripts/beveilig.py .site-new
	if [ -d site ]; then mv site .site-old; fi
	mv .site-new site
	rm -rf .site-old
	@echo "==> Built site/"

serve: venv node build
	$(PY) scripts/serve.py --port $(PORT) --dir site

# --- Editors ----------------------------------------------------------------

valideer: venv
	$(PY) scripts/validate.py $(if $(ALLES),--alles)

publiceer: venv
	@test -n "$(REGIO)" || { echo "Gebruik: make publiceer REGIO=<slug>" >&2; exit 2; }
	$(PY) scripts/publiceer.py "$(REGIO)" $(if $(OPNIEUW),--opnieuw)

# The tables of questions and national outcomes in the editors' docs, from the engine.
documentatie: venv
	$(PY) scripts/documentatie.py

nieuwe-regio: venv
	@test -n "$(SLUG)" || { echo "Gebruik: make nieuwe-regio SLUG=<slug>" >&2; exit 2; }
	$(PY) scripts/nieuwe_regio.py "$(SLUG)"

# --- Concept preview (redactie) -------------------------------------------
# Builds the working copy with unpublished versions marked "concept" into .voorbeeld/ (never
# site/), serves it and rebuilds when a regio.yaml changes; the open page reloads itself.
voorbeeld: venv node
	$(PY) scripts/voorbeeld.py --port $(PORT)

# --- Checks -----------------------------------------------------------------

lint: venv
	$(VENV)/bin/ruff check .

# Types of the engine and the generator (config in pyproject.toml).
typecheck: venv
	$(VENV)/bin/mypy

# The suite runs on TEST_WORKERS processes (pytest-xdist). Browser and build tests mostly wait
# (on Chromium, on Pyodide, on subprocesses), so twice the cores keeps the cores busy; each
# test goes to the next free worker, slow ones first (tests/conftest.py). TEST_WORKERS=0: serial.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); echo $$(( n * 2 > 8 ? 8 : n * 2 )))
PYTEST_PARALLEL := $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadgroup)

test: venv node chromium build lint typecheck
	$(PY) -m pytest $(PYTEST_PARALLEL)

# Unit and data tests without the built site (tests marked `site` need `make build`): the
# quick check while editing a region or the engine. `make test` still runs everything.
test-snel: venv node
	$(PY) -m pytest -n 2 --dist loadgroup -p no:playwright -m "not site" tests/unit tests/data

# Mutation testing of calculator/ against the fast tests: minutes, so a command, not a test.
mutatie: venv
	$(PY) scripts/mutatie.py

benchmark: venv node chromium-vol build
	$(PY) scripts/benchmark.py --chromium $(CHROMIUM_VOL)

# A script, not a test: clones the regions to N in a scratch copy and builds it there.
N ?= 225
benchmark-schaal: venv node chromium-vol
	CHROMIUM_PATH=$(CHROMIUM_VOL) $(PY) scripts/benchmark_schaal.py $(N)

# --- Cleaning ---------------------------------------------------------------

clean:
	rm -rf site .site-new .site-old .voorbeeld build dist .pytest_cache .ruff_cache .mypy_cache mutants \
		docs/assets/runtime docs/routekaart docs/assets/regels build/regiocache $(STAMPS)/site
	find . -name __pycache__ -type d -not -path './.venv/*' -not -path './node_modules/*' \
		-prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) node_modules $(STAMPS)
