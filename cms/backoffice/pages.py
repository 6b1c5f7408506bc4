"""The rules page of a new edition, copied as a draft from the edition it was copied from."""

from django.utils.text import slugify

from cms.models import ContestPage


def _free_slug(parent, wanted: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = wanted, 2
    while slug in taken:
        slug, n = f"{wanted}-{n}", n + 1
    return slug


def rules_page_copy(*, source, target, user) -> ContestPage | None:
    """A draft copy under the same parent, pointed at the new edition; None if the source
    edition has no rules page. Never published here: organisers edit it first."""
    page = ContestPage.objects.filter(edition=source).order_by("-live", "pk").first()
    if page is None:
        return None
    old, new = str(source.year), str(target.year)
    parent = page.get_parent()
    title = page.title.replace(old, new) if old in page.title else f"{page.title} {new}"
    return page.copy(
        to=parent,
        recursive=False,
        keep_live=False,
        user=user,
        copy_revisions=False,
        log_action="wagtail.copy",
        update_attrs={
            "title": title,
            "draft_title": title,
            "slug": _free_slug(parent, slugify(page.slug.replace(old, new)) or new),
            "year": target.year,
            "edition": target,
            "plan_reference": target.plan_reference,
        },
    ).specific
