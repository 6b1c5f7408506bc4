from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from config.dates import register_admin_date_fields
from judging.admin_forms import ConflictAdminForm, RoundAdminForm
from judging.models import Conflict, JuryMember, PrizeTier, Round

# Every admin form's dates (the signer's, the editions', the pages'): dd/mm/yyyy, refused
# rather than replaced by today when unreadable. Global, so registered once, here.
register_admin_date_fields()


class RoundViewSet(ModelViewSet):
    model = Round
    icon = "list-ol"
    menu_label = _("Rounds and rubrics")
    list_display = ["name", "edition", "position", "method", "judges_per_entry"]
    list_filter = ["edition"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("edition"),
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("position")]),
                    FieldPanel("intake"),
                ],
                heading=_("Round"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("judges_per_entry"), FieldPanel("score_step")]),
                    FieldRowPanel([FieldPanel("method"), FieldPanel("min_judge_entries")]),
                    FieldPanel("priority_criterion"),
                    FieldRowPanel(
                        [FieldPanel("comment_required_below"), FieldPanel("comment_required_above")]
                    ),
                    FieldPanel("disagreement_range"),
                    FieldPanel("judges_see_each_other"),
                    FieldPanel("live"),
                ],
                heading=_("Scoring"),
            ),
            InlinePanel("criteria", heading=_("Rubric"), label=_("Criterion"), min_num=1),
        ],
        base_form_class=RoundAdminForm,
    )


class JuryViewSet(ModelViewSet):
    model = JuryMember
    icon = "group"
    menu_label = _("Jury")
    list_display = ["user", "edition", "max_entries", "withdrawn_at"]
    list_filter = ["edition"]
    # Members in the Vietnamese order of their names (contest.collation), edition by edition.
    ordering = ["-edition__year", "edition__name", "user__sort_key", "pk"]
    form_fields = ["edition", "user", "sectors", "max_entries"]


class ConflictViewSet(ModelViewSet):
    model = Conflict
    icon = "warning"
    menu_label = _("Conflicts of interest")
    list_display = ["judge", "entry", "source", "created_at"]
    form_fields = ["judge", "entry", "source", "reason"]

    def get_form_class(self, for_update=False):
        from django.forms import modelform_factory

        return modelform_factory(
            self.model,
            form=ConflictAdminForm,
            fields=self.form_fields,
            formfield_callback=self.formfield_for_dbfield,
        )


class PrizeTierViewSet(ModelViewSet):
    model = PrizeTier
    icon = "trophy"
    menu_label = _("Prizes")
    list_display = ["name", "edition", "entrant_type", "rank", "quota"]
    list_filter = ["edition", "entrant_type"]
    form_fields = ["edition", "entrant_type", "rank", "name", "quota"]


class JudgingGroup(ViewSetGroup):
    menu_label = _("Judging")
    menu_icon = "tasks"
    menu_order = 220
    items = (
        RoundViewSet("rounds"),
        JuryViewSet("jury"),
        ConflictViewSet("conflicts"),
        PrizeTierViewSet("prize-tiers"),
    )


@hooks.register("register_admin_viewset")
def register_judging():
    return JudgingGroup()


# Certificates: who signs them (per edition), and the way to the issue page. ------------

from django import forms  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.db.models import Q  # noqa: E402
from django.template.defaultfilters import filesizeformat  # noqa: E402
from django.urls import reverse_lazy  # noqa: E402
from wagtail.admin.forms import WagtailAdminModelForm  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402
from wagtail.permission_policies import ModelPermissionPolicy  # noqa: E402
from wagtail.permissions import register_permission_policy  # noqa: E402

from contest.attachments import AttachmentKind, validate_and_clean  # noqa: E402
from contest.documents.images import MAX_IMAGE_BYTES, InvalidImage, open_checked  # noqa: E402
from contest.enums import Role  # noqa: E402
from contest.rules import is_organiser  # noqa: E402
from judging.models import CertificateSettings  # noqa: E402


class OrganisersOnlyPolicy(ModelPermissionPolicy):
    """Organisers set who signs; nobody deletes a signer (issued certificates name one)."""

    actions = ("add", "change", "view")

    def user_has_permission(self, user, action):
        return action in self.actions and is_organiser(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & set(self.actions):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(
                Q(groups__name=Role.ORGANISER.value) | Q(is_superuser=True), is_active=True
            )
            .distinct()
        )


register_permission_policy(CertificateSettings, OrganisersOnlyPolicy(CertificateSettings))


class CertificateSettingsForm(WagtailAdminModelForm):
    """Signature and seal arrive as uploads, re-encoded so only their pixels are kept."""

    signature_upload = forms.FileField(
        label=_("signature image"),
        required=False,
        help_text=_("PNG or JPEG of the signature, on a transparent or white background."),
    )
    remove_signature = forms.BooleanField(label=_("remove the signature image"), required=False)
    seal_upload = forms.FileField(
        label=_("seal image"),
        required=False,
        help_text=_("PNG or JPEG of the seal, on a transparent or white background."),
    )
    remove_seal = forms.BooleanField(label=_("remove the seal image"), required=False)

    IMAGES = {"signature_upload": "signature_image", "seal_upload": "seal_image"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for upload, field in self.IMAGES.items():
            stored = bytes(getattr(self.instance, field) or b"")
            if stored and upload in self.fields:
                self.fields[upload].help_text = _(
                    "An image of %(size)s is stored; upload another to replace it."
                ) % {"size": filesizeformat(len(stored))}

    def _clean_image(self, name):
        upload = self.cleaned_data.get(name)
        if not upload:
            return None
        cleaned = validate_and_clean(
            data=upload,
            filename=upload.name,
            allowed_kinds={AttachmentKind.PNG, AttachmentKind.JPEG},
            max_bytes=MAX_IMAGE_BYTES,
        )
        try:
            open_checked(cleaned.content)  # what the certificate renderer will accept
        except InvalidImage as error:
            raise ValidationError(
                _("This image cannot be printed on a certificate: %(error)s"),
                params={"error": error},
            ) from error
        return cleaned.content

    def clean_signature_upload(self):
        return self._clean_image("signature_upload")

    def clean_seal_upload(self):
        return self._clean_image("seal_upload")

    def save(self, commit=True):
        for upload, field in self.IMAGES.items():
            remove = "remove_" + field.removesuffix("_image")
            if self.cleaned_data.get(upload):
                setattr(self.instance, field, self.cleaned_data[upload])
            elif self.cleaned_data.get(remove):
                setattr(self.instance, field, b"")
        return super().save(commit=commit)


class CertificateSettingsViewSet(ModelViewSet):
    model = CertificateSettings
    icon = "edit"
    menu_label = _("Signer and seal")
    list_display = ["edition", "issuer", "signer_name", "signed_on"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("edition"),
                    FieldPanel("issuer_parent"),
                    FieldPanel("issuer"),
                    FieldPanel("contest_name"),
                    FieldRowPanel([FieldPanel("number_suffix"), FieldPanel("place")]),
                    FieldPanel("signed_on"),
                ],
                heading=_("Issuing body"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("signer_title"),
                    FieldPanel("signer_name"),
                    FieldRowPanel([FieldPanel("signature_upload"), FieldPanel("remove_signature")]),
                    FieldRowPanel([FieldPanel("seal_upload"), FieldPanel("remove_seal")]),
                ],
                heading=_("Signature"),
            ),
        ],
        base_form_class=CertificateSettingsForm,
    )


class CertificatesPageMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("judging.view_certificates")


class CertificatesGroup(ViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    menu_order = 225
    items = (CertificateSettingsViewSet("certificate-signers"),)
    submenu_hook = "register_certificates_menu_item"


@hooks.register("register_certificates_menu_item")
def certificates_page_menu_item():
    return CertificatesPageMenuItem(
        _("Issue and follow up"),
        reverse_lazy("judging:certificates"),
        icon_name="doc-full",
        order=0,
    )


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificatesGroup()
