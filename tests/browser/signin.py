"""Signing in through the login form, as a person does, for the browser tests."""

from tests.factories.contest import PASSWORD


def sign_in(page, base, email, *, password=PASSWORD):
    page.goto(base + "/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(base + "/")
