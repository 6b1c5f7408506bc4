"""The working state of an assignment run and its augmenting-path search.

The flow network is never built. Its arcs are implicit: entry -> judge exists unless the
pair is conflicted or already assigned; judge -> entry (the residual arc) exists for every
new assignment, which may be moved; judge -> sink exists while the judge is under its
limit. Only the assignments themselves are stored, so memory is linear in the number of
assignments however many pairs are allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from .types import ConflictLookup, EntryId, JudgeId

# Stands in for "no cap" so that comparisons stay plain integer comparisons.
UNLIMITED = 1 << 60

# (entry, from judge or NEW, to judge): one step of an augmenting path.
type Move = tuple[int, int, int]
NEW = -1
# Field index of an entry without a field; also keys the pool of all judges in repair.
NO_FIELD = -1
# One membership question costs about twice reading one conflict into the masks
# (_conflict_masks_by_array; measured at 10,000 entries x 300 judges, 400,000 conflicts).
LOOKUP_COST = 2


def _conflict_masks_by_array(
    conflicts: set | frozenset, entry_ids: Sequence[EntryId], judge_ids: Sequence[JudgeId]
) -> list[int] | None:
    """Per entry, its conflicted judges as a bitmask, built with numpy for integer ids.

    None when the ids are not integers (the pure-Python loop handles any hashable id). Pairs
    naming a judge or an entry outside this run are skipped, as the loop skips them.
    """
    import numpy as np

    if not conflicts or not entry_ids or not judge_ids:
        return [0] * len(entry_ids)
    try:
        pairs = np.fromiter(
            (x for pair in conflicts for x in pair), dtype=np.int64, count=2 * len(conflicts)
        ).reshape(-1, 2)
        judges = np.asarray(judge_ids, dtype=np.int64)
        entries = np.asarray(entry_ids, dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        return None
    judge_order, entry_order = np.argsort(judges), np.argsort(entries)
    judge_at = np.searchsorted(judges[judge_order], pairs[:, 0]).clip(0, len(judges) - 1)
    entry_at = np.searchsorted(entries[entry_order], pairs[:, 1]).clip(0, len(entries) - 1)
    judge_index, entry_index = judge_order[judge_at], entry_order[entry_at]
    known = (judges[judge_index] == pairs[:, 0]) & (entries[entry_index] == pairs[:, 1])
    matrix = np.zeros((len(entries), len(judges)), dtype=bool)
    matrix[entry_index[known], judge_index[known]] = True
    packed = np.packbits(matrix, axis=1, bitorder="little")
    return [int.from_bytes(row.tobytes(), "little") for row in packed]


class Network:
    """Assignments in index form; ``assigned`` includes kept pairs, ``movable`` only new ones."""

    __slots__ = (
        "_conflict_masks",
        "assigned",
        "caps",
        "conflicts",
        "entry_ids",
        "judge_ids",
        "load",
        "lookups",
        "movable",
        "need",
        "per_entry",
        "turn",
    )

    def __init__(
        self,
        *,
        entry_ids: Sequence[EntryId],
        judge_ids: Sequence[JudgeId],
        conflicts: ConflictLookup,
        caps: list[int],
        assigned: list[list[int]],
        load: list[int],
        per_entry: int,
    ) -> None:
        self.entry_ids = entry_ids
        self.judge_ids = judge_ids
        self.conflicts = conflicts
        self.caps = caps
        self.assigned = assigned
        self.load = load
        self.per_entry = per_entry
        self.need: list[int] = []
        self.recount_need()
        # Dicts as insertion-ordered sets keep every run reproducible.
        self.movable: list[dict[int, None]] = [{} for _ in judge_ids]
        self.turn = 0
        self._conflict_masks: list[int] | bool | None = None  # see conflict_masks()
        self.lookups = 0  # membership questions asked by searches so far

    def conflict_masks(self) -> list[int] | None:
        """Per entry, the judges it may not take as a bitmask (bit j = judge index j): its
        conflicts and the judges it already has, kept up to date by ``add`` and ``apply``.

        Only when the lookup is a set of pairs (what the Django layer passes), read once in
        index form; a rule-based lookup only answers membership, and is asked per pair.
        """
        if self._conflict_masks is None and not isinstance(self.conflicts, set | frozenset):
            self._conflict_masks = False
        if self._conflict_masks is None:
            # Reading every conflict (in arrays) costs about half a membership question per
            # conflict: it is done once the searches have asked that much (conflicts
            # concentrated on some judges), so it never costs more than the questions saved.
            if self.lookups * LOOKUP_COST <= len(self.conflicts):  # type: ignore[arg-type]
                return None
            self._conflict_masks = self._index_conflicts() or False
        return self._conflict_masks or None

    def _index_conflicts(self) -> list[int] | None:
        if not isinstance(self.conflicts, set | frozenset):
            return None
        masks = _conflict_masks_by_array(self.conflicts, self.entry_ids, self.judge_ids)
        if masks is not None:
            for entry, judges in enumerate(self.assigned):
                for judge in judges:
                    masks[entry] |= 1 << judge
            return masks
        masks = [0] * len(self.entry_ids)
        bit = {judge_id: 1 << j for j, judge_id in enumerate(self.judge_ids)}
        index = {entry_id: e for e, entry_id in enumerate(self.entry_ids)}
        try:
            for judge_id, entry_id in self.conflicts:
                masks[index[entry_id]] |= bit[judge_id]
        except KeyError:  # pairs of judges or entries not in this run: skip those
            masks = [0] * len(self.entry_ids)
            for judge_id, entry_id in self.conflicts:
                if judge_id in bit and entry_id in index:
                    masks[index[entry_id]] |= bit[judge_id]
        except (TypeError, ValueError):  # not pairs: leave it to membership questions
            return None
        for entry, judges in enumerate(self.assigned):
            for judge in judges:
                masks[entry] |= 1 << judge
        return masks

    def recount_need(self) -> None:
        k = self.per_entry
        self.need = [k - len(js) if len(js) < k else 0 for js in self.assigned]

    def allowed(self, entry: int, judge: int) -> bool:
        masks = self._conflict_masks
        if masks:
            return not masks[entry] >> judge & 1  # type: ignore[index]
        return (
            judge not in self.assigned[entry]
            and (self.judge_ids[judge], self.entry_ids[entry]) not in self.conflicts
        )

    def add(self, entry: int, judge: int) -> None:
        if self._conflict_masks:
            self._conflict_masks[entry] |= 1 << judge  # type: ignore[index]
        self.assigned[entry].append(judge)
        self.movable[judge][entry] = None
        self.load[judge] += 1
        self.need[entry] -= 1

    def apply(self, moves: Iterable[Move]) -> None:
        for entry, source, target in moves:
            if source == NEW:
                self.add(entry, target)
                continue
            judges = self.assigned[entry]
            judges[judges.index(source)] = target
            if self._conflict_masks:
                self._conflict_masks[entry] ^= (1 << source) | (1 << target)  # type: ignore[index]
            del self.movable[source][entry]
            self.movable[target][entry] = None
            self.load[source] -= 1
            self.load[target] += 1

    def search(
        self,
        *,
        root_judge: int,
        root_entries: Iterable[int],
        is_target: Callable[[int], bool],
        candidates: Sequence[int],
    ) -> tuple[list[Move] | None, list[int]]:
        """Breadth-first search for a residual path from a root to a target judge.

        The root is either a judge (``root_judge``) giving away one of ``root_entries``, or,
        with ``root_judge == NEW``, an entry taking one more judge. Only ``candidates`` are
        entered: callers leave out judges known to lead nowhere. Returns the moves of a
        shortest path, or ``None`` and the judges that were reached, which then lead to no
        target either.
        """
        # Start each search at a different judge. Otherwise every search would route
        # through the same first judge and wear its list down to entries that cannot
        # move, making each later search scan longer (seen with agency-shaped conflicts).
        self.turn = (self.turn + 1) % max(1, len(candidates))
        unvisited = [
            j for j in (*candidates[self.turn :], *candidates[: self.turn]) if j != root_judge
        ]
        if not any(is_target(j) for j in unvisited):
            return None, []
        parent: dict[int, tuple[int, int]] = {}
        reached: list[int] = []
        frontier: list[tuple[int, Iterable[int]]] = [(root_judge, root_entries)]
        masks = self.conflict_masks()
        if masks is None:
            return self._search_by_lookup(root_judge, root_entries, is_target, unvisited)
        # The unvisited judges as a bitmask too: most entries a search passes can take none
        # of them (all conflicted or already theirs), and one integer operation says so
        # without a lookup per judge. The list keeps the order judges are entered in.
        waiting = 0
        for judge in unvisited:
            waiting |= 1 << judge
        while frontier and unvisited:
            following: list[tuple[int, Iterable[int]]] = []
            for source, entries in frontier:
                for entry in entries:
                    free = waiting & ~masks[entry]
                    if not free:
                        continue
                    # Each judge is entered once; those this entry cannot take stay for later.
                    # The scan stops at the last judge it can take: the rest stay as they are.
                    blocked = []
                    for position, judge in enumerate(unvisited):
                        if not free:
                            blocked += unvisited[position:]
                            break
                        if not free >> judge & 1:
                            blocked.append(judge)
                            continue
                        free ^= 1 << judge
                        waiting ^= 1 << judge
                        parent[judge] = (source, entry)
                        if is_target(judge):
                            return self._path(judge, parent, root_judge), reached
                        reached.append(judge)
                        following.append((judge, self.movable[judge]))
                    unvisited = blocked
                    if not unvisited:
                        break
                if not unvisited:
                    break
            frontier = following
        return None, reached

    def _search_by_lookup(
        self,
        root_judge: int,
        root_entries: Iterable[int],
        is_target: Callable[[int], bool],
        unvisited: list[int],
    ) -> tuple[list[Move] | None, list[int]]:
        """``search`` for a lookup that only answers membership: one question per pair."""
        parent: dict[int, tuple[int, int]] = {}
        reached: list[int] = []
        frontier: list[tuple[int, Iterable[int]]] = [(root_judge, root_entries)]
        allowed = self.allowed
        while frontier and unvisited:
            following: list[tuple[int, Iterable[int]]] = []
            for source, entries in frontier:
                for entry in entries:
                    self.lookups += len(unvisited)
                    blocked = []
                    for judge in unvisited:
                        if not allowed(entry, judge):
                            blocked.append(judge)
                            continue
                        parent[judge] = (source, entry)
                        if is_target(judge):
                            return self._path(judge, parent, root_judge), reached
                        reached.append(judge)
                        following.append((judge, self.movable[judge]))
                    unvisited = blocked
                    if not unvisited:
                        break
                if not unvisited:
                    break
            frontier = following
        return None, reached

    @staticmethod
    def _path(end: int, parent: dict[int, tuple[int, int]], root: int) -> list[Move]:
        moves: list[Move] = []
        judge = end
        while True:
            source, entry = parent[judge]
            moves.append((entry, source, judge))
            if source == root:
                return moves
            judge = source
