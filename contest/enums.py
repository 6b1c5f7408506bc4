from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The four roles, each a Django group that organisers grant in /admin/."""

    ENTRANT = "Thí sinh", _("Entrant")
    SECRETARIAT = "Tổ thư ký", _("Secretariat")
    JUDGE = "Giám khảo", _("Judge")
    ORGANISER = "Ban Tổ chức", _("Organising committee")


class AgencyLevel(models.TextChoices):
    CITY = "city", _("City level (departments, boards, agencies)")
    DISTRICT = "district", _("District level (urban districts, rural districts, towns)")
    COMMUNE = "commune", _("Commune level (wards, communes, townships)")
    OTHER = "other", _("Other")
