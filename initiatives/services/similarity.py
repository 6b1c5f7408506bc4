"""Similar entries for the secretariat: computed in the background, marked by hand."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from contest.enums import AttachmentRole, EntryStatus
from contest.models import Entry
from contest.services.attachments import private_storage
from initiatives.enums import PairVerdict
from initiatives.models import EntryText, PairMark, SimilarPair
from initiatives.similarity import (
    SHOW_THRESHOLD,
    STORE_THRESHOLD,
    SimilarityIndex,
    matching_passages,
)
from initiatives.similarity.extract import writeup_text

COMPARED_FIELDS = (
    "title",
    "summary",
    "problem",
    "solution",
    "novelty",
    "feasibility",
    "effect",
    "replication",
)
# Drafts are not ideas anyone entered yet; withdrawn ones were, and may come back next year.
NOT_COMPARED = (EntryStatus.DRAFT,)


def _entry_text(entry: Entry) -> tuple[str, str]:
    writeups = [a for a in entry.attachments.all() if a.role == AttachmentRole.WRITEUP]
    source = ",".join(a.sha256 for a in writeups)
    parts = [getattr(entry, f) for f in COMPARED_FIELDS]
    for attachment in writeups:
        try:
            with private_storage().open(attachment.stored_name, "rb") as handle:
                parts.append(writeup_text(handle.read(), attachment.kind))
        except FileNotFoundError:
            continue
    return "\n".join(p for p in parts if p), source


def entry_texts(*, entries: list[Entry]) -> dict[int, str]:
    """Each entry's comparable text, extracted again only when the entry or its file changed."""
    stored = {t.entry_id: t for t in EntryText.objects.filter(entry__in=entries)}
    texts = {}
    for entry in entries:
        known = stored.get(entry.pk)
        writeups = [a for a in entry.attachments.all() if a.role == AttachmentRole.WRITEUP]
        source = ",".join(a.sha256 for a in writeups)
        if known and known.source == source and known.updated_at >= entry.updated_at:
            texts[entry.pk] = known.text
            continue
        text, source = _entry_text(entry)
        EntryText.objects.update_or_create(entry=entry, defaults={"text": text, "source": source})
        texts[entry.pk] = text
    return texts


def similar_entries_compute(*, entry_ids: list[int]) -> int:
    """Compare these entries with every entry of their own and earlier editions.

    The index is refitted on the whole corpus each run: IDF weights depend on it, and at a
    few hundred entries a year a refit takes well under a second (bench.similar times 10,000).
    Returns the number of pairs stored.
    """
    targets = list(
        Entry.objects.filter(pk__in=entry_ids)
        .exclude(status__in=NOT_COMPARED)
        .select_related("edition")
    )
    if not targets:
        return 0
    latest_year = max(t.edition.year for t in targets)
    corpus = list(
        Entry.objects.filter(edition__year__lte=latest_year)
        .exclude(status__in=NOT_COMPARED)
        .select_related("edition")
        .prefetch_related("attachments")
    )
    texts = entry_texts(entries=corpus)
    year_of = {e.pk: e.edition.year for e in corpus}
    index = SimilarityIndex({pk: text for pk, text in texts.items() if text.strip()})
    stored, done = 0, set()
    for target in targets:
        if target.pk not in index:
            continue
        among = [pk for pk, year in year_of.items() if year <= target.edition.year]
        matches = index.similar(target.pk, among=among, threshold=STORE_THRESHOLD)
        with transaction.atomic():
            # A pair whose texts drifted apart (an entry was changed) goes, unless someone
            # marked it; one merely outside this entry's top few stays for the other's page.
            for stale in SimilarPair.objects.filter(Q(first=target) | Q(second=target), verdict=""):
                other = stale.second_id if stale.first_id == target.pk else stale.first_id
                if other not in index or index.score(target.pk, other) < STORE_THRESHOLD:
                    stale.delete()
            for match in matches:
                first, second = sorted((target.pk, match.key))
                if (first, second) in done:
                    continue
                done.add((first, second))
                # Passages only for pairs anyone is shown: they cost a small fit each.
                passages = (
                    matching_passages(texts[first], texts[second])
                    if match.score >= SHOW_THRESHOLD
                    else []
                )
                SimilarPair.objects.update_or_create(
                    first_id=first,
                    second_id=second,
                    defaults={"score": match.score, "passages": passages},
                )
                stored += 1
    return stored


def similar_entries_compute_editions(*, edition_ids: list[int]) -> int:
    ids = list(
        Entry.objects.filter(edition_id__in=edition_ids)
        .exclude(status__in=NOT_COMPARED)
        .values_list("pk", flat=True)
    )
    return similar_entries_compute(entry_ids=ids)


@transaction.atomic
def pair_mark(*, pair: SimilarPair, verdict: str, actor) -> SimilarPair:
    """The secretariat's verdict on a pair, kept with who gave it and when (audited)."""
    if verdict not in (PairVerdict.SAME, PairVerdict.DIFFERENT):
        raise ValidationError({"verdict": _("Choose “same idea” or “different ideas”.")})
    pair = SimilarPair.objects.select_for_update().get(pk=pair.pk)
    PairMark.objects.create(pair=pair, verdict=verdict, actor=actor)
    pair.verdict = verdict
    pair.save(update_fields=["verdict"])
    return pair
