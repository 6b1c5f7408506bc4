"""Who may open the staff pages that cms serves."""

import rules

from contest.rules import is_staff_role

rules.add_perm("cms.view_staff_home", is_staff_role)
rules.add_perm("cms.view_staff_guide", is_staff_role)
