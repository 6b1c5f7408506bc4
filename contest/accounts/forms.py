from django import forms
from django.utils.translation import gettext_lazy as _

from contest.models import Agency, User


class AgencyChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=Agency.objects.filter(is_active=True),
            label=_("Agency"),
            empty_label=_("— Choose your agency —"),
            **kwargs,
        )


class ProfileFieldsMixin(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    agency = AgencyChoiceField()
    position = forms.CharField(label=_("Position"), max_length=150, required=False)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=20,
        required=False,
        validators=User._meta.get_field("phone").validators,
    )


class ProfileSignupForm(ProfileFieldsMixin):
    """Extra fields allauth adds to its signup form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    def signup(self, request, user):
        for field in ("full_name", "agency", "position", "phone"):
            setattr(user, field, self.cleaned_data[field])
        user.save(update_fields=["full_name", "agency", "position", "phone"])


class ProfileForm(forms.ModelForm):
    agency = AgencyChoiceField()

    class Meta:
        model = User
        fields = ["full_name", "agency", "position", "phone"]
