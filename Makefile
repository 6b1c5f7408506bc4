# Two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DJANGO_SETTINGS_MODULE ?= config.settings.dev
export DJANGO_SETTINGS_MODULE
export PORT

.PHONY: run install syscheck migrate seed test lint check pytest messages messages-check bench clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is required (found %s)." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

syscheck: install
	@$(PY) -m config.syscheck

migrate: syscheck
	$(PY) manage.py migrate --no-input -v0

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	$(PY) manage.py collectstatic --no-input -v0
	@echo "Site: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@trap 'kill 0' INT TERM EXIT; \
	  $(PY) manage.py db_worker --queue-name '*' & \
	  $(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

pytest: install
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint check messages-check pytest

# Regenerate the catalogues after changing strings, then translate the new entries.
messages: install
	$(PY) manage.py makemessages -l vi --no-location --no-obsolete \
	  --ignore '.venv/*' --ignore 'var/*' --ignore 'locale/*' --ignore 'tests/*' --ignore 'bench/*'
	$(PY) manage.py compilemessages --ignore '.venv/*' -v0

# Fails when a string in code or templates is missing from the catalogues or untranslated.
messages-check: install
	$(PY) -m config.messages_check

bench: install
	@set -e; export DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/cuocthi_bench}"; \
	  $(PY) -m bench.assign --entries 10000 --judges 300 --per-entry 3 --conflict-rate 0.05; \
	  $(PY) -m bench.assign --entries 100000 --judges 3000 --per-entry 3 --conflict-rate 0.05; \
	  DJANGO_SETTINGS_MODULE=config.settings.test $(PY) -m bench.aggregate --entries 10000 --judges 5 --criteria 5; \
	  DJANGO_SETTINGS_MODULE=config.settings.test $(PY) -m bench.pages --entries 1000; \
	  DJANGO_SETTINGS_MODULE=config.settings.test $(PY) -m bench.submit_rush --entries 1000 --threads 16; \
	  if [ -f bench/certificates.py ]; then $(PY) -m bench.certificates --count 500; fi

clean:
	rm -rf $(VENV) var/static
