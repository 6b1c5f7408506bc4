"""Errors to Sentry when SENTRY_DSN is set (the [sentry] extra); nothing imported otherwise."""


def init_sentry(env) -> bool:
    dsn = env("SENTRY_DSN")
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=env("SENTRY_ENVIRONMENT", "production"),
        release=env("SENTRY_RELEASE") or None,
        integrations=[DjangoIntegration()],
        traces_sample_rate=float(env("SENTRY_TRACES_SAMPLE_RATE", "0")),
        # Entrants' names and emails stay on our servers.
        send_default_pii=False,
    )
    return True
