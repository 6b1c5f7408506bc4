"""The Wagtail admin's account page, fitted to our user model.

Wagtail's "Name and Email" panel edits ``first_name`` and ``last_name``, which our User does
not have (one ``full_name``, as Vietnamese names are written), and marks both required: no
save of the account page (language, theme, notifications) could ever succeed. This page
swaps that panel for one that edits ``full_name``. Email changes stay with allauth, which
verifies the new address (``WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False``).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import AccountView, BaseSettingsPanel, NameEmailSettingsPanel

from contest.models import User


class FullNameForm(forms.ModelForm):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_(
            "Your email address is changed on the site's “Email addresses” page, "
            "which verifies the new address."
        ),
    )

    class Meta:
        model = User
        fields = ["full_name"]


class FullNameSettingsPanel(BaseSettingsPanel):
    name = "name"
    title = _("Full name")
    order = NameEmailSettingsPanel.order
    form_class = FullNameForm


class ContestAccountView(AccountView):
    def get_panels(self):
        return [
            FullNameSettingsPanel(panel.request, panel.user, panel.profile)
            if isinstance(panel, NameEmailSettingsPanel)
            else panel
            for panel in super().get_panels()
        ]
