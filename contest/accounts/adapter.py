import ipaddress

from allauth import app_settings as allauth_settings
from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from contest.enums import Role


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # Everyone who signs up may enter; other roles are granted by organisers.
            group, _ = Group.objects.get_or_create(name=Role.ENTRANT.value)
            user.groups.add(group)
        return user

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts the `login_failed` limit's "key" part per account alone, so anyone
        # who knows an address could lock its owner out. Per account *and* client address,
        # a stranger elsewhere locks out only themselves (issue 14; docs/policies.md). The
        # "ip" part of the limit still caps each address over all accounts. tests/accounts/
        # test_lockout.py fails if an allauth upgrade stops calling this.
        key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{key}:{client_address(request)}"

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            from contest.services.sign_in import login_throttled_notify

            login_throttled_notify(
                email=credentials.get("email", ""), address=client_address(request)
            )
            raise


def client_address(request) -> str:
    """The client's address as allauth's rate limits see it (IPv6 to its /64 network)."""
    try:
        address = get_adapter(request).get_client_ip(request)
    except Exception:  # no address at all: share one bucket rather than fail open
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        prefix = allauth_settings.RATE_LIMIT_IPV6_PREFIX
        return str(ipaddress.IPv6Network(f"{parsed}/{prefix}", strict=False).network_address)
    return address


def coauthor_invitations_link(sender, request, email_address, **kwargs):
    """email_confirmed receiver: invitations sent to a new account's address become its own."""
    from contest.services.coauthors import coauthors_link_account

    coauthors_link_account(user=email_address.user, email=email_address.email)
