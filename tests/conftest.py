import io

import pytest
from django.core.management import call_command


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
