"""Who may do what, as django-rules predicates (tested for every role)."""

import rules

from contest.enums import Role

is_entrant = rules.is_group_member(Role.ENTRANT.value)
is_secretariat = rules.is_group_member(Role.SECRETARIAT.value)
is_judge = rules.is_group_member(Role.JUDGE.value)
is_organiser = rules.is_group_member(Role.ORGANISER.value) | rules.is_superuser
is_staff_role = is_secretariat | is_organiser

rules.add_perm("contest.manage_agencies", is_organiser)
rules.add_perm("contest.grant_roles", is_organiser)
