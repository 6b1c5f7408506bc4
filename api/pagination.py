"""Pages of the API's lists: a ``page`` that is not a page number is refused."""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination


class StrictPageNumberPagination(PageNumberPagination):
    """DRF serves page 1 for ``?page=`` (empty); the schema says the page is an integer, so
    a program that sent an empty one has a bug that silently repeating page 1 would hide."""

    def get_page_number(self, request, paginator):
        if self.page_query_param in request.query_params:
            raw = request.query_params[self.page_query_param]
            if raw not in self.last_page_strings and not raw.isdigit():
                raise NotFound(_("The page must be a whole number."))
        return super().get_page_number(request, paginator)
