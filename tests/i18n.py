from django.utils import translation


def vi(message: str) -> str:
    """What a visitor reads: the site speaks Vietnamese unless the URL asks for English."""
    with translation.override("vi"):
        return translation.gettext(message)
