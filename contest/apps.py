from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ContestConfig(AppConfig):
    name = "contest"
    verbose_name = _("Contest")

    def ready(self):
        from contest.accounts.roles import ensure_role_groups_after_last_migration

        post_migrate.connect(ensure_role_groups_after_last_migration, dispatch_uid="contest-roles")

        from allauth.account.signals import email_confirmed

        from contest.accounts.adapter import coauthor_invitations_link

        email_confirmed.connect(
            coauthor_invitations_link, dispatch_uid="contest-coauthor-invitations"
        )
