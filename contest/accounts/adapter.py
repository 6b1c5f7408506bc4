from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group

from contest.enums import Role


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # Everyone who signs up may enter; other roles are granted by organisers.
            group, _ = Group.objects.get_or_create(name=Role.ENTRANT.value)
            user.groups.add(group)
        return user
