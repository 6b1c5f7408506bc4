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


class Network:
    """Assignments in index form; ``assigned`` includes kept pairs, ``movable`` only new ones."""

    __slots__ = (
        "assigned",
        "caps",
        "conflicts",
        "entry_ids",
        "judge_ids",
        "load",
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

    def recount_need(self) -> None:
        k = self.per_entry
        self.need = [k - len(js) if len(js) < k else 0 for js in self.assigned]

    def allowed(self, entry: int, judge: int) -> bool:
        return (
            judge not in self.assigned[entry]
            and (self.judge_ids[judge], self.entry_ids[entry]) not in self.conflicts
        )

    def add(self, entry: int, judge: int) -> None:
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
        allowed = self.allowed
        while frontier and unvisited:
            following: list[tuple[int, Iterable[int]]] = []
            for source, entries in frontier:
                for entry in entries:
                    # Each judge is entered once; those this entry cannot take stay for later.
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
