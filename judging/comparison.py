"""How each aggregation method would rank a round, next to the round's own method.

Pure: it reads only the rankings of results already computed (``RoundResults.ranking``,
from judging.results.round_results_by_method), so comparing methods costs no query.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from judging.aggregation import Method

if TYPE_CHECKING:
    from judging.results import RoundResults


@dataclass(frozen=True, slots=True)
class MethodComparison:
    """One method's ranking of the round, set against the base method's top ``top``.

    ``overlap`` counts the base's top entries also in this method's top; ``entering`` are
    this method's top entries the base's top lacks (in this method's order), ``leaving`` the
    base's top entries this method's top lacks (in the base's order). ``largest_shift`` is
    the largest change of position of any of the base's top entries; None when one of them
    is unranked by this method, or when the base ranks nothing.
    """

    method: Method
    is_base: bool
    ranked: int
    top_codes: tuple[str, ...]
    first: str | None
    overlap: int
    entering: tuple[str, ...]
    leaving: tuple[str, ...]
    largest_shift: int | None


def _positions(results: RoundResults) -> dict[str, int]:
    return {item.candidate.code: item.position for item in results.ranking}


def _top(results: RoundResults, top: int) -> tuple[str, ...]:
    return tuple(item.candidate.code for item in results.ranking[:top])


def compare_methods(
    *, results: Mapping[Method, RoundResults], base: Method, top: int
) -> list[MethodComparison]:
    """Every method of ``results`` (in ``Method`` order) against ``base``'s top ``top``."""
    if top < 1:
        raise ValueError(f"top must be 1 or more, not {top}")
    if base not in results:
        raise ValueError(f"the results hold no ranking by the base method {base!r}")
    base_top = _top(results[base], top)
    base_positions = _positions(results[base])
    comparisons = []
    for method in Method:
        if method not in results:
            continue
        ranking = results[method]
        method_top = _top(ranking, top)
        positions = _positions(ranking)
        in_method_top, in_base_top = set(method_top), set(base_top)
        shifts = [
            None if code not in positions else abs(positions[code] - base_positions[code])
            for code in base_top
        ]
        comparisons.append(
            MethodComparison(
                method=method,
                is_base=method == base,
                ranked=len(ranking.ranking),
                top_codes=method_top,
                first=method_top[0] if method_top else None,
                overlap=sum(1 for code in base_top if code in in_method_top),
                entering=tuple(code for code in method_top if code not in in_base_top),
                leaving=tuple(code for code in base_top if code not in in_method_top),
                largest_shift=(
                    max(shifts) if shifts and all(s is not None for s in shifts) else None
                ),
            )
        )
    return comparisons
