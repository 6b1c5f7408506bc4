from django.utils import translation


def vi(message: str) -> str:
    """What a visitor reads: the site speaks Vietnamese unless the URL asks for English."""
    with translation.override("vi"):
        return translation.gettext(message)


def vi_n(singular: str, plural: str, count: int) -> str:
    with translation.override("vi"):
        return translation.ngettext(singular, plural, count)
