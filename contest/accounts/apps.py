from wagtail.users.apps import WagtailUsersAppConfig


class ContestUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our email-only user and its profile."""

    user_viewset = "contest.accounts.viewsets.UserViewSet"
