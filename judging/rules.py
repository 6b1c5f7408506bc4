"""Judging permissions as django-rules predicates."""

import rules

from contest.rules import is_judge, is_organiser, is_secretariat, is_staff_role


@rules.predicate
def is_assigned_judge(user, assignment):
    return assignment is not None and assignment.active and assignment.judge_id == user.pk


rules.add_perm("judging.score_assignment", is_judge & is_assigned_judge)
rules.add_perm("judging.view_progress", is_staff_role)
rules.add_perm("judging.manage_assignments", is_staff_role)
rules.add_perm("judging.reopen_scores", is_secretariat | is_organiser)
rules.add_perm("judging.view_ranking", is_staff_role)
rules.add_perm("judging.confirm_results", is_organiser)
rules.add_perm("judging.view_audit", is_organiser)
