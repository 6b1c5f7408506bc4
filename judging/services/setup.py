"""A new edition set up from an earlier one: rounds with their rubrics, prizes, jury and
certificate signer, for the organisers to edit rather than type again."""

from django.db import transaction

from contest.models import Edition
from contest.services.editions import edition_copy, shift_years
from judging.models import CertificateSettings, Criterion, JuryMember, PrizeTier, Round

_ROUND_FIELDS = (
    "name",
    "kind",
    "position",
    "intake",
    "judges_per_entry",
    "score_step",
    "method",
    "comment_required_below",
    "comment_required_above",
    "disagreement_range",
    "judges_see_each_other",
    "live",
)
_CRITERION_FIELDS = ("name", "guidance", "max_points", "weight", "sort_order")
_SIGNER_FIELDS = (
    "issuer_parent",
    "issuer",
    "number_suffix",
    "place",
    "signer_title",
    "signer_name",
    "signature_image",
    "seal_image",
)


def _saved(instance):
    instance.full_clean()
    instance.save()
    return instance


def _copy_rounds(source: Edition, target: Edition) -> None:
    for old in source.rounds.prefetch_related("criteria").order_by("position"):
        round_ = Round(edition=target, **{f: getattr(old, f) for f in _ROUND_FIELDS})
        round_.save()  # criteria need its key before the round as a whole can be validated
        criteria = {}
        for criterion in old.criteria.all():
            criteria[criterion.pk] = _saved(
                Criterion(round=round_, **{f: getattr(criterion, f) for f in _CRITERION_FIELDS})
            )
        if old.priority_criterion_id in criteria:
            round_.priority_criterion = criteria[old.priority_criterion_id]
        _saved(round_)


def _copy_jury(source: Edition, target: Edition) -> None:
    sectors = {s.name: s for s in target.sectors.all()}
    members = JuryMember.objects.filter(edition=source, withdrawn_at__isnull=True)
    for old in members.prefetch_related("sectors"):
        member = _saved(
            JuryMember(edition=target, user_id=old.user_id, max_entries=old.max_entries)
        )
        member.sectors.set([sectors[s.name] for s in old.sectors.all() if s.name in sectors])


def _copy_prizes(source: Edition, target: Edition) -> None:
    for tier in PrizeTier.objects.filter(edition=source):
        _saved(
            PrizeTier(
                edition=target,
                entrant_type=tier.entrant_type,
                rank=tier.rank,
                name=tier.name,
                quota=tier.quota,
            )
        )


def _copy_signer(source: Edition, target: Edition) -> None:
    old = CertificateSettings.objects.filter(edition=source).first()
    if old is None:
        return
    signer = CertificateSettings(
        edition=target,
        contest_name="",
        signed_on=shift_years(old.signed_on, target.year - source.year),
        **{f: getattr(old, f) for f in _SIGNER_FIELDS},
    )
    _saved(signer)


@transaction.atomic
def edition_copy_with_setup(
    *, source: Edition, name: str, year: int, code_prefix: str, actor=None
) -> Edition:
    """The edition, its fields and timeline, rounds and rubrics, prizes, jury and signer.

    Conflicts of interest are not copied: they concern entries, and the new edition has none.
    The printed contest name is left empty so the certificate prints the new edition's name.
    """
    target = edition_copy(source=source, name=name, year=year, code_prefix=code_prefix, actor=actor)
    _copy_rounds(source, target)
    _copy_prizes(source, target)
    _copy_jury(source, target)
    _copy_signer(source, target)
    return target
