# bodymap developer commands. `make run` and `make test` set everything up on first use.
VENV      ?= .venv
PYTHON    ?= python3
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed-stamp
# The application bundle is built in its own environment: bodymap's run-time dependencies and
# PyInstaller only, so no development tool can end up in the bundle.
DIST_VENV ?= .venv-dist
DIST_BIN  := $(DIST_VENV)/bin
DIST_STAMP := $(DIST_VENV)/.installed-stamp

.PHONY: run test lint bench clean dist dist-check xcb-check install-desktop icons translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The development environment has PyInstaller too: the packaging tests read its metadata.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $(STAMP)

$(DIST_BIN)/python:
	$(PYTHON) -m venv $(DIST_VENV)

$(DIST_STAMP): pyproject.toml | $(DIST_BIN)/python
	$(DIST_BIN)/python -m pip install --quiet --upgrade pip
	$(DIST_BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

# The translations: each .qm built from its .ts source (bodymap/i18n), never committed.
QM_FILES  := $(patsubst %.ts,%.qm,$(wildcard bodymap/i18n/*.ts))

$(QM_FILES): bodymap/i18n/%.qm: bodymap/i18n/%.ts | $(STAMP)
	$(BIN)/python packaging/translations.py release

# The .ts sources brought up to date with the texts of the code (then translate what is new).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py update

# Qt's desktop platform needs system libraries a fresh installation may lack: name them first.
run: $(STAMP) $(QM_FILES)
	$(BIN)/python packaging/check_system_libs.py
	$(BIN)/bodymap

lint: $(STAMP)
	$(BIN)/ruff check bodymap tests packaging benchmarks
	$(BIN)/ruff format --check bodymap tests packaging benchmarks
	$(BIN)/mypy bodymap
	$(BIN)/mypy packaging/*.py benchmarks
	$(BIN)/lint-imports

test: lint $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The start-up of the built application is measured too when dist/ holds it (make dist).
bench: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# dist/bodymap/bodymap: one folder with everything, licence texts in dist/bodymap/licenses.
dist: $(DIST_STAMP)
	$(DIST_BIN)/python packaging/translations.py release
	$(DIST_BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/bodymap.spec
	@du -sh dist/bodymap

# The frozen executable run as a clinic would: no Python environment, another folder.
dist-check: dist $(STAMP)
	$(BIN)/python packaging/dist_check.py dist/bodymap

# The real X11 platform on a virtual display: bodymap starts, or the check says what to install.
xcb-check: $(STAMP)
	$(BIN)/python packaging/xcb_check.py $(XCB_CHECK_OPTIONS)

# The desktop entry, icon and session file type for this user (the bundle if built).
install-desktop:
	packaging/install-desktop.sh $(if $(wildcard dist/bodymap/bodymap),dist/bodymap/bodymap,$(BIN)/bodymap)

# The PNG icons from assets/icons/bodymap.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist .pytest_cache .mypy_cache .ruff_cache
	rm -f bodymap/i18n/*.qm
