from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

PROFILE_FIELDS = ["email", "full_name", "agency", "position", "phone"]


class ProfileUserCreationForm(UserCreationForm):
    # Vietnamese names are one field, not first + last.
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = {*PROFILE_FIELDS, "is_superuser", "groups"}


class ProfileUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = {*PROFILE_FIELDS, "is_active", "is_superuser", "groups"}


class UserViewSet(WagtailUserViewSet):
    icon = "user"
    menu_label = _("Users and roles")

    def get_form_class(self, for_update=False):
        return ProfileUserEditForm if for_update else ProfileUserCreationForm
