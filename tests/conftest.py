import io

import pytest
from django.core.management import call_command

# The published contest, fake renderer and commit helper of the certificate tests, which
# judging's and the public check's tests share.
pytest_plugins = ["tests.judging.certificate_fixtures"]


@pytest.fixture
def demo_site(db):
    """The demo contest's pages and agencies, as `make run` serves them."""
    from cms.demo import seed_demo_pages
    from contest.services.agencies import agencies_import

    agencies_import()
    return seed_demo_pages()


@pytest.fixture
def seed_output(db):
    out = io.StringIO()
    call_command("seed_demo", "--seed", "7", stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def _default_language():
    """A request under /en/ leaves English active in the test's thread; start each test in
    the site's default language so message assertions do not depend on test order."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits live in the cache, counted in fixed windows: requests one test made
    must not count against the next (the URL matrix asks the certificate check as each
    role in turn)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def pytest_collection_modifyitems(session, config, items):
    """Browser tests last: they need transactional tests, whose flush empties the tables
    that migrations filled (Wagtail's tree, role groups' permissions), which the other
    tests take for granted."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
