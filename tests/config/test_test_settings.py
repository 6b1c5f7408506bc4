from django.conf import settings


def test_suite_runs_on_test_settings_whatever_the_environment_says():
    # `make` exports DJANGO_SETTINGS_MODULE=config.settings.dev; under it, tasks wait for a
    # worker and mail goes to the console, so every test of a task or an email would fail.
    assert settings.SETTINGS_MODULE == "config.settings.test"
    assert (
        settings.TASKS["default"]["BACKEND"] == "django.tasks.backends.immediate.ImmediateBackend"
    )
