"""Judging factories: eligible entries, rounds with rubrics, the jury, assignments, scores."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from contest.enums import EntrantType, EntryStatus, Role
from judging.enums import AggregationMethod, ConflictSource
from judging.models import Assignment, Conflict, Criterion, JuryMember, PrizeTier, Round
from tests.factories.contest import EditionFactory, EntryFactory, UserFactory

# Three criteria worth 100 points: (name, max points[, weight]).
DEFAULT_CRITERIA = [("Tính mới", 40), ("Tính khả thi", 30), ("Hiệu quả", 30)]


class EligibleEntryFactory(EntryFactory):
    """A submitted entry that passed screening: numbered, coded, ready to judge."""

    status = EntryStatus.ELIGIBLE
    number = factory.Sequence(lambda n: n + 1)
    code = factory.LazyAttribute(lambda o: f"{o.edition.code_prefix}-{o.number:04d}")
    submitted_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=5))
    agency_name = factory.LazyAttribute(lambda o: o.agency.name if o.agency else "")


class JudgeFactory(UserFactory):
    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            group, _ = Group.objects.get_or_create(name=Role(extracted or Role.JUDGE).value)
            self.groups.add(group)


class RoundFactory(factory.django.DjangoModelFactory):
    """A round with a rubric; pass `criteria=[("Name", 10), ("Other", 5, "2")]` to choose it."""

    class Meta:
        model = Round
        skip_postgeneration_save = True

    edition = factory.SubFactory(EditionFactory)
    name = factory.Sequence(lambda n: f"Vòng thử {n}")
    position = factory.Sequence(lambda n: n + 1)
    judges_per_entry = 3
    score_step = Decimal("0.5")
    # Hand-computed expectations are plain means; tests of the judge-adjusted default
    # (the model's default) ask for it.
    method = AggregationMethod.MEAN

    @factory.post_generation
    def criteria(self, create, extracted, **kwargs):
        if not create:
            return
        for order, spec in enumerate(DEFAULT_CRITERIA if extracted is None else extracted):
            name, points, *weight = spec
            Criterion.objects.create(
                round=self,
                name=name,
                max_points=Decimal(str(points)),
                weight=Decimal(str(weight[0])) if weight else Decimal(1),
                sort_order=order,
            )


class JuryMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JuryMember
        django_get_or_create = ["edition", "user"]
        skip_postgeneration_save = True

    edition = factory.SubFactory(EditionFactory)
    user = factory.SubFactory(JudgeFactory)


class AssignmentFactory(factory.django.DjangoModelFactory):
    """A judge on the jury assigned an eligible entry of the round's edition."""

    class Meta:
        model = Assignment
        skip_postgeneration_save = True

    round = factory.SubFactory(RoundFactory)
    entry = factory.SubFactory(
        EligibleEntryFactory, edition=factory.SelfAttribute("..round.edition")
    )
    judge = factory.SubFactory(JudgeFactory)

    @factory.post_generation
    def jury(self, create, extracted, **kwargs):
        if create and extracted is not False:
            JuryMember.objects.get_or_create(edition_id=self.round.edition_id, user=self.judge)


class ConflictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conflict

    judge = factory.SubFactory(JudgeFactory)
    entry = factory.SubFactory(EligibleEntryFactory)
    source = ConflictSource.SECRETARIAT
    reason = "Cùng tổ công tác với tác giả."


class PrizeTierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PrizeTier

    edition = factory.SubFactory(EditionFactory)
    entrant_type = EntrantType.INDIVIDUAL
    rank = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Giải {n}")
    quota = 1


def score_assignment(assignment, points, *, submit=True, comment="Nhận xét."):
    """Score an assignment through the service: `points` in the rubric's order."""
    from judging.services.scoring import score_save

    criteria = list(assignment.round.criteria.order_by("sort_order", "pk"))
    return score_save(
        assignment=assignment,
        judge=assignment.judge,
        scores={c.pk: p for c, p in zip(criteria, points, strict=True)},
        comment=comment,
        submit=submit,
    )


def result_snapshot(*, edition, winners, actor=None, published=True, round_=None, version=None):
    """A frozen result naming ``winners``: (entry, prize) pairs, best first.

    Only the parts of the payload that the public read side uses are written (the ranking
    and the prize tiers), so tests of certificates and results pages need no scoring.
    """
    import hashlib
    import json

    from judging.models import ResultSnapshot

    actor = actor or UserFactory(role=Role.ORGANISER)
    round_ = round_ or RoundFactory(edition=edition, criteria=[])
    tiers, ranking = [], []
    for rank, (entry, prize) in enumerate(winners, start=1):
        if not any(t["entrant_type"] == entry.entrant_type and t["name"] == prize for t in tiers):
            tiers.append(
                {"entrant_type": entry.entrant_type, "name": prize, "rank": len(tiers) + 1}
            )
        ranking.append(
            {
                "code": entry.code,
                "entrant_type": entry.entrant_type,
                "rank": rank,
                "total": str(Decimal(90) - rank),
                "prize": prize,
            }
        )
    payload = {
        "inputs": {"prize_tiers": [{**t, "quota": 10} for t in tiers]},
        "outputs": {"ranking": ranking},
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    existing = ResultSnapshot.objects.filter(edition=edition).count()
    return ResultSnapshot.objects.create(
        edition=edition,
        round=round_,
        version=version or existing + 1,
        payload=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        created_by=actor,
        published_at=timezone.now() if published else None,
        published_by=actor if published else None,
    )


class CertificateSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "judging.CertificateSettings"
        django_get_or_create = ["edition"]

    edition = factory.SubFactory(EditionFactory)
    issuer_parent = "UBND Thành phố Hà Nội"
    issuer = "Ban Tổ chức Cuộc thi"
    place = "Hà Nội"
    signed_on = datetime.date(2024, 11, 16)
    signer_title = "TM. Ban Tổ chức\nTrưởng ban"
    signer_name = "Trần Văn Minh"


def group_entry(*, edition, members, **kwargs):
    """An eligible group entry whose lead is its owner, then ``members`` (names) as co-authors."""
    from contest.models import Author

    entry = EligibleEntryFactory(edition=edition, entrant_type=EntrantType.GROUP, **kwargs)
    entry.authors.update(share=40)
    for position, name in enumerate(members, start=1):
        Author.objects.create(
            entry=entry,
            position_in_list=position,
            full_name=name,
            unit=entry.agency_name or "Sở Nội vụ",
            email=f"tacgia{entry.pk}-{position}@example.vn",
            share=max(1, 60 // len(members)),
        )
    return entry
