from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The four roles, each a Django group that organisers grant in /admin/."""

    ENTRANT = "Thí sinh", _("Entrant")
    SECRETARIAT = "Tổ thư ký", _("Secretariat")
    JUDGE = "Giám khảo", _("Judge")
    ORGANISER = "Ban Tổ chức", _("Organising committee")
    LEAD_AGENCY = "Đơn vị chủ trì", _("Lead agency officer")


class AgencyLevel(models.TextChoices):
    CITY = "city", _("City level (departments, boards, agencies)")
    DISTRICT = "district", _("District level (urban districts, rural districts, towns)")
    COMMUNE = "commune", _("Commune level (wards, communes, townships)")
    OTHER = "other", _("Other")


class EntryKind(models.TextChoices):
    IDEA = "idea", _("Idea (not yet applied)")
    SOLUTION = "solution", _("Solution (already applied)")


class EntrantType(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    GROUP = "group", _("Group")


class EntryStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for changes")
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Ineligible")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class AttachmentRole(models.TextChoices):
    WRITEUP = "writeup", _("Write-up")
    ILLUSTRATION = "illustration", _("Illustration")


class EntryEventKind(models.TextChoices):
    CREATED = "created", _("Created")
    SUBMITTED = "submitted", _("Submitted")
    UPDATED = "updated", _("Updated after submission")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    MARKED_ELIGIBLE = "eligible", _("Marked eligible")
    MARKED_INELIGIBLE = "ineligible", _("Marked ineligible")
    RETURNED = "returned", _("Returned for changes")
    REDACTED = "redacted", _("Anonymised text redacted")
    COAUTHOR_INVITED = "coauthor_invited", _("Co-author invited")
    COAUTHOR_ACCEPTED = "coauthor_accepted", _("Co-author accepted")
    COAUTHOR_DECLINED = "coauthor_declined", _("Co-author declined")
    COAUTHOR_LEFT = "coauthor_left", _("Co-author left the entry")
    COAUTHOR_REMOVED = "coauthor_removed", _("Co-author removed")
    FILES_REDACTED = "files_redacted", _("Names removed from the judges' copy of files")


class AuthorConsent(models.TextChoices):
    """Whether a person named on an entry agreed to it (the entrant's own row is accepted)."""

    INVITED = "invited", _("Invited")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    LEFT = "left", _("Left the entry")
