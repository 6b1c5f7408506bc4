"""Judging factories: eligible entries, rounds with rubrics, the jury, assignments, scores."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from contest.enums import EntrantType, EntryStatus, Role
from judging.enums import ConflictSource
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
