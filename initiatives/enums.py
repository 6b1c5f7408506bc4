from django.db import models
from django.utils.translation import gettext_lazy as _


class InitiativeStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PILOTING = "piloting", _("Piloting")
    EVALUATED = "evaluated", _("Evaluated")
    REPLICATED = "replicated", _("Replicated")
    DROPPED = "dropped", _("Dropped")


# What an owner may report next. A pilot can be reported again (a new place, new dates),
# replication can go on to more agencies, and dropping is final: a dropped idea that comes
# back is a new initiative, so the record of why it stopped stays as it was.
NEXT_STATUSES = {
    InitiativeStatus.PROPOSED: (InitiativeStatus.PILOTING, InitiativeStatus.DROPPED),
    InitiativeStatus.PILOTING: (
        InitiativeStatus.PILOTING,
        InitiativeStatus.EVALUATED,
        InitiativeStatus.REPLICATED,
        InitiativeStatus.DROPPED,
    ),
    InitiativeStatus.EVALUATED: (
        InitiativeStatus.PILOTING,
        InitiativeStatus.EVALUATED,
        InitiativeStatus.REPLICATED,
        InitiativeStatus.DROPPED,
    ),
    InitiativeStatus.REPLICATED: (
        InitiativeStatus.EVALUATED,
        InitiativeStatus.REPLICATED,
        InitiativeStatus.DROPPED,
    ),
    InitiativeStatus.DROPPED: (),
}


class PairVerdict(models.TextChoices):
    UNREVIEWED = "", _("Not reviewed")
    SAME = "same", _("Same idea")
    DIFFERENT = "different", _("Different ideas")
