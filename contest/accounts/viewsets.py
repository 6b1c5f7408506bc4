"""Wagtail's user admin, limited so that managing people cannot become taking over accounts.

Only a superuser makes superusers; nobody sets another person's password here (they reset
it themselves through allauth: WAGTAILUSERS_PASSWORD_ENABLED is off); everyone else grants
roles through the four role groups only and cannot touch a superuser's account.
"""

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import CreateView, EditView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from contest.enums import Role

PROFILE_FIELDS = ["email", "full_name", "agency", "position", "phone"]


class RoleLimitedMixin:
    """Takes the acting user; a non-superuser sees only the role groups and no admin flag."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        self.limited = for_user is None or not for_user.is_superuser
        if self.limited:
            self.fields.pop("is_superuser", None)
            self.fields.pop("is_staff", None)
            if "groups" in self.fields:
                self.fields["groups"].queryset = Group.objects.filter(
                    name__in=Role.values
                ).order_by("name")

    def _save_m2m(self):
        super()._save_m2m()
        if self.limited and self.instance.pk and hasattr(self, "_kept_groups"):
            # Groups outside the four roles were given by a superuser; a limited editor,
            # who never saw them, must not remove them by saving.
            self.instance.groups.add(*self._kept_groups)

    def save(self, commit=True):
        if self.limited and self.instance.pk:
            self._kept_groups = list(
                Group.objects.filter(user=self.instance).exclude(name__in=Role.values)
            )
        user = super().save(commit=False)
        if user._state.adding and not user.password:
            user.set_unusable_password()
        if commit:
            user.save()
            self.save_m2m()
        return user


class ProfileUserCreationForm(RoleLimitedMixin, UserCreationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.limited:
            # Wagtail's creation template renders this field unconditionally (an absent one
            # prints "None"); disabled, it stays False whatever is posted.
            self.fields["is_superuser"] = forms.BooleanField(
                required=False, disabled=True, widget=forms.HiddenInput
            )

    # Vietnamese names are one field, not first + last.
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = {*PROFILE_FIELDS, "is_superuser", "groups"}


class ProfileUserEditForm(RoleLimitedMixin, UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = {*PROFILE_FIELDS, "is_active", "is_superuser", "groups"}


class _ForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class ProfileCreateView(_ForUserMixin, CreateView):
    pass


class ProfileEditView(_ForUserMixin, EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # A superuser's account (its email, its active flag) is a superuser's business.
        if self.object.is_superuser and not request.user.is_superuser:
            raise PermissionDenied


class UserViewSet(WagtailUserViewSet):
    icon = "user"
    menu_label = _("Users and roles")
    # People in the Vietnamese order of their names (contest.collation), not by email.
    ordering = ["sort_key", "email"]
    # Wagtail's own export has no columns for this user model; the secretariat and the
    # organisers download who took part, and how to reach them (docs/policies.md).
    list_export = ["full_name", "email", "agency", "position", "is_active"]
    add_view_class = ProfileCreateView
    edit_view_class = ProfileEditView

    def get_form_class(self, for_update=False):
        return ProfileUserEditForm if for_update else ProfileUserCreationForm
