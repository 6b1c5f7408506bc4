"""Who may do what with initiatives and similar entries, as django-rules predicates."""

import rules

from contest.enums import Role
from contest.rules import is_organiser, is_staff_role

is_lead_agency_officer = rules.is_group_member(Role.LEAD_AGENCY.value)


@rules.predicate
def works_for_owning_agency(user, initiative):
    return (
        initiative is not None
        and user.is_authenticated
        and user.agency_id is not None
        and user.agency_id == initiative.owner_agency_id
    )


@rules.predicate
def is_open(user, initiative):
    from initiatives.enums import InitiativeStatus

    return initiative is not None and initiative.status != InitiativeStatus.DROPPED


rules.add_perm("initiatives.manage_initiatives", is_organiser)
rules.add_perm("initiatives.view_initiatives", is_staff_role)
rules.add_perm("initiatives.view_own_initiatives", is_lead_agency_officer)
rules.add_perm(
    "initiatives.report_initiative",
    is_open & ((is_lead_agency_officer & works_for_owning_agency) | is_organiser),
)
rules.add_perm(
    "initiatives.view_evidence",
    is_staff_role | (is_lead_agency_officer & works_for_owning_agency),
)
# The pairs name entries and link to the secretariat's screening pages: judges never see them.
rules.add_perm("initiatives.view_similar", is_staff_role)
rules.add_perm("initiatives.mark_similar", is_staff_role)
