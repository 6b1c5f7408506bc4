"""Reads of similar entries, for the secretariat's screening page only."""

from dataclasses import dataclass

from django.db.models import Q

from contest.models import Entry
from initiatives.models import SimilarPair
from initiatives.similarity import SHOW_THRESHOLD

SHOWN = 8


@dataclass(frozen=True, kw_only=True)
class SimilarEntry:
    pair_id: int
    other: Entry
    score: float
    verdict: str
    passages: tuple[tuple[str, str, float], ...]  # (this entry's sentence, the other's, score)

    @property
    def percent(self) -> int:
        return round(self.score * 100)


def similar_entries(*, entry: Entry, limit: int = SHOWN) -> list[SimilarEntry]:
    """The entries most like this one in its own and earlier editions (2 queries)."""
    pairs = list(
        SimilarPair.objects.filter(
            Q(first=entry) | Q(second=entry), score__gte=SHOW_THRESHOLD
        ).order_by("-score", "pk")[: limit * 3]
    )
    other_ids = [p.second_id if p.first_id == entry.pk else p.first_id for p in pairs]
    others = {
        e.pk: e
        for e in Entry.objects.filter(
            pk__in=other_ids, edition__year__lte=entry.edition.year
        ).select_related("edition")
    }
    found = []
    for pair, other_id in zip(pairs, other_ids, strict=True):
        other = others.get(other_id)
        if other is None:
            continue
        mine, theirs = ("first", "second") if pair.first_id == entry.pk else ("second", "first")
        found.append(
            SimilarEntry(
                pair_id=pair.pk,
                other=other,
                score=pair.score,
                verdict=pair.verdict,
                passages=tuple((p[mine], p[theirs], p["score"]) for p in pair.passages),
            )
        )
    return found[:limit]
