"""Rounds and rubrics: the default Hanoi setup, and the freeze once scoring starts."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from judging.enums import AggregationMethod, RoundIntake, RoundKind
from judging.models import Criterion, Round, Score

DEFAULT_RUBRIC = [
    ("Tính mới và sáng tạo", 30, "Ý tưởng, giải pháp có điểm mới so với cách làm hiện tại."),
    ("Tính khả thi", 25, "Điều kiện, chi phí, nguồn lực để triển khai trong thực tế."),
    ("Hiệu quả", 25, "Lợi ích cho người dân, doanh nghiệp, cơ quan; số liệu chứng minh."),
    ("Khả năng nhân rộng", 10, "Mức độ áp dụng được ở đơn vị, địa phương khác."),
    ("Chất lượng thuyết minh", 10, "Bố cục rõ ràng, lập luận chặt chẽ, số liệu đáng tin cậy."),
]


@transaction.atomic
def rounds_create_default(*, edition) -> list[Round]:
    """Sơ khảo then chung khảo, each with the default 100-point rubric and the recommended
    method (the corrected mean, docs/judging.md), so the demo and every new edition use it."""
    created = []
    for position, (name, kind, intake, method) in enumerate(
        [
            (
                "Vòng sơ khảo",
                RoundKind.PRELIMINARY,
                RoundIntake.ALL_ELIGIBLE,
                AggregationMethod.ADJUSTED,
            ),
            (
                "Vòng chung khảo",
                RoundKind.FINAL,
                RoundIntake.ADVANCED,
                AggregationMethod.ADJUSTED,
            ),
        ],
        start=1,
    ):
        round_, is_new = Round.objects.get_or_create(
            edition=edition,
            position=position,
            defaults={
                "name": name,
                "kind": kind,
                "intake": intake,
                "method": method,
                "live": kind == RoundKind.FINAL,
                "judges_per_entry": 3 if kind == RoundKind.PRELIMINARY else 5,
            },
        )
        if is_new:
            for order, (criterion, points, guidance) in enumerate(DEFAULT_RUBRIC):
                Criterion.objects.create(
                    round=round_,
                    name=criterion,
                    max_points=points,
                    guidance=guidance,
                    sort_order=order,
                )
            round_.priority_criterion = round_.criteria.order_by("sort_order").first()
            round_.save(update_fields=["priority_criterion"])
        created.append(round_)
    return created


def rubric_is_frozen(round_: Round) -> bool:
    return Score.objects.filter(sheet__assignment__round=round_, sheet__status="submitted").exists()


def guard_rubric_change(round_: Round):
    if round_.pk and rubric_is_frozen(round_):
        raise ValidationError(
            _("Scores have been submitted in this round; its rubric can no longer change."),
            code="rubric_frozen",
        )


def step_ok(points: Decimal, step: Decimal) -> bool:
    return (points / step) == (points / step).to_integral_value()
