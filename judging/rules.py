"""Judging permissions as django-rules predicates."""

import rules

from contest.rules import is_judge, is_organiser, is_secretariat, is_staff_role
from judging.enums import CertificateStanding


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


@rules.predicate
def is_certificate_recipient(user, certificate):
    """The author a valid certificate names, or, for a group's certificate, any member.

    A suspended certificate (its result unpublished) is nobody's to download until the same
    version is published again: a copy printed meanwhile would claim a prize not public.
    """
    if certificate is None or not user.is_authenticated:
        return False
    if certificate.standing != CertificateStanding.VALID:
        return False
    email = user.email.lower()
    authors = [certificate.author] if certificate.author_id else certificate.entry.authors.all()
    return any(a.user_id == user.pk or a.email.lower() == email for a in authors)


rules.add_perm("judging.view_certificates", is_staff_role)
rules.add_perm("judging.manage_certificates", is_organiser)
rules.add_perm("judging.download_certificate", is_staff_role | is_certificate_recipient)

# The secretariat proposes who advances; confirming is the organisers' (judging.confirm_results).
rules.add_perm("judging.propose_advancement", is_secretariat | is_organiser)
rules.add_perm("judging.publish_results", is_organiser)

# Background tasks: organisers and the secretariat follow them; organisers run one again.
rules.add_perm("judging.view_tasks", is_staff_role)
rules.add_perm("judging.retry_tasks", is_organiser)
