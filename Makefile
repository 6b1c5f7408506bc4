# Two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DJANGO_SETTINGS_MODULE ?= config.settings.dev
export DJANGO_SETTINGS_MODULE
export PORT

TASKS_BACKEND ?= db
export TASKS_BACKEND

.PHONY: lock cluster worker run install syscheck syscheck-test migrate seed test lint check pytest messages messages-check bench clean

# Installs exactly requirements.lock (hashes checked), then the project itself without deps.
$(VENV)/.installed: pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is required (found %s)." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e '.[dev,rq,s3,sentry]'
	@touch $@

install: $(VENV)/.installed

# System packages (Debian names): installed when root with apt-get, else the exact command.
syscheck:
	@$(PYTHON) -m config.syscheck run

syscheck-test:
	@$(PYTHON) -m config.syscheck test

migrate: syscheck install
	$(PY) manage.py migrate --no-input -v0

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	$(PY) manage.py collectstatic --no-input -v0
	@echo "Site: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@trap 'kill 0' INT TERM EXIT; \
	  $(PY) manage.py db_worker --queue-name '*' & \
	  $(PY) manage.py runserver 127.0.0.1:$(PORT)

# One background worker (start as many as needed, on any server): the database queue, or
# rq on Redis with TASKS_BACKEND=rq (and REDIS_QUEUE_URL or REDIS_URL).
worker: migrate
ifeq ($(TASKS_BACKEND),rq)
	$(PY) manage.py rqworker --with-scheduler --worker-class config.rq_worker.Worker --job-class django_tasks_rq.backend.Job email documents default
else
	$(PY) manage.py db_worker --queue-name '*'
endif

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

# axe-core for the accessibility sweep (tests/browser/axe.py), pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

pytest: install node_modules/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

test: syscheck-test lint check messages-check pytest

# Regenerate requirements.lock from pyproject.toml (PyPI only, with hashes) after changing deps.
lock: install
	PIP_CONFIG_FILE=/dev/null $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
	  --extra dev --extra rq --extra s3 --extra sentry --strip-extras \
	  --no-emit-index-url --no-emit-find-links --index-url https://pypi.org/simple \
	  --output-file requirements.lock pyproject.toml

# Two app servers, two rq workers, PostgreSQL, Redis and moto on loopback; one JSON line.
cluster: install
	$(PY) -m bench.cluster

# Regenerate the catalogues after changing strings, then translate the new entries.
messages: install
	$(PY) manage.py makemessages -l vi --no-location --no-obsolete \
	  --ignore '.venv/*' --ignore 'var/*' --ignore 'locale/*' --ignore 'tests/*' --ignore 'bench/*' \
	  --ignore 'node_modules/*'
	$(PY) manage.py compilemessages --ignore '.venv/*' -v0

# Fails when a string in code or templates is missing from the catalogues or untranslated.
messages-check: install
	$(PY) -m config.messages_check

# Every figure on production settings (bench._django), PostgreSQL at DATABASE_URL.
bench: syscheck install
	@set -e; export DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/cuocthi_bench}"; \
	  $(PY) -m bench.fairness --entries 200 --judges 15 --per-entry 3 --runs 20; \
	  $(PY) -m bench.assign --entries 10000 --judges 300 --per-entry 3 --conflict-rate 0.05; \
	  $(PY) -m bench.assign --entries 100000 --judges 3000 --per-entry 3 --conflict-rate 0.05; \
	  $(PY) -m bench.assign --case adversarial --entries 10000 --judges 300 --per-entry 3; \
	  $(PY) -m bench.aggregate --entries 10000 --judges 5 --criteria 5; \
	  $(PY) -m bench.pages --entries 10000; \
	  $(PY) -m bench.submit_rush --entries 1000 --threads 16; \
	  $(PY) -m bench.certificates --count 500; \
	  $(PY) -m bench.uploads --fuzz-seconds 60; \
	  $(PY) -m bench.similar --entries 10000; \
	  $(PY) -m bench.load --entrants 300 --judges 50 --readers 200

clean:
	rm -rf $(VENV) var/static node_modules
