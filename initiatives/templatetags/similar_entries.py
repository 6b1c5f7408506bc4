"""``{% similar_entries entry %}``: the panel the screening page loads from this app.

A template tag library keeps contest free of any Python import of this app: the screening
template loads it by name, and the panel shows only to those allowed to see the pairs.
"""

from django import template

from initiatives.similarity_selectors import similar_entries as similar_entries_of

register = template.Library()


@register.inclusion_tag("initiatives/_similar.html", takes_context=True)
def similar_entries(context, entry):
    request = context.get("request")
    allowed = bool(request and request.user.has_perm("initiatives.view_similar"))
    return {
        "allowed": allowed,
        "entry": entry,
        "similar": similar_entries_of(entry=entry) if allowed else [],
        "next": request.get_full_path() if request else "",
        "csrf_token": context.get("csrf_token"),
    }
