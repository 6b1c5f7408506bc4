"""An entry's journey as its entrant sees it.

`contest` knows the steps up to screening; later steps (rounds, the published outcome)
belong to apps that `contest` may not import. Those apps register a provider here at start-up
(`judging.apps`), and the entry page asks this module, never them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from contest.enums import EntryStatus


@dataclass(frozen=True)
class Step:
    label: str
    done: bool
    detail: str = ""


@dataclass
class Journey:
    steps: list[Step] = field(default_factory=list)
    # Filled only once results are published: {"prize", "rank", "total", "certificates_url"}.
    outcome: dict | None = None


_providers: list[Callable] = []


def journey_provider(fn: Callable) -> Callable:
    """Register `fn(*, entry, journey)`, which appends its steps and may set the outcome."""
    if fn not in _providers:
        _providers.append(fn)
    return fn


def entry_journey(*, entry) -> Journey:
    journey = Journey()
    if entry.status == EntryStatus.DRAFT:
        journey.steps.append(Step(_("Draft, not yet submitted"), done=False))
        return journey
    journey.steps.append(
        Step(
            _("Submitted"),
            done=entry.submitted_at is not None,
            detail=entry.submitted_at.strftime("%d/%m/%Y") if entry.submitted_at else "",
        )
    )
    screened = {
        EntryStatus.ELIGIBLE: _("Screened: eligible"),
        EntryStatus.INELIGIBLE: _("Screened: not eligible"),
        EntryStatus.RETURNED: _("Returned for changes"),
        EntryStatus.WITHDRAWN: _("Withdrawn"),
    }
    journey.steps.append(
        Step(screened.get(entry.status, _("Screening")), done=entry.status in screened)
    )
    if entry.status == EntryStatus.ELIGIBLE:
        for provider in _providers:
            provider(entry=entry, journey=journey)
    return journey
