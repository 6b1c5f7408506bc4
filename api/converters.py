from django.urls import register_converter


class IdConverter:
    """A database id: at most 18 digits, so no address overflows an integer column."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
