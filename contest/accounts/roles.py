"""Role groups and the permissions each starts with; organisers may change them later."""

from django.apps import apps as global_apps
from django.db import transaction

from contest.enums import Role

ADMIN_ACCESS = ["wagtailadmin.access_admin"]

# The contest's setup screens in /admin/ (editions, rounds and rubrics, jury, conflicts,
# prizes) are Wagtail viewsets, which show a screen and its menu item only to holders of
# the model permissions. Organisers set a contest up; the secretariat reads the setup and
# records the conflicts of interest it learns of while screening.
ORGANISER_SETUP = [
    f"{app}.{action}_{model}"
    for app, model in [
        ("contest", "edition"),
        ("judging", "round"),
        ("judging", "jurymember"),
        ("judging", "conflict"),
        ("judging", "prizetier"),
    ]
    for action in ("add", "change", "view")
] + ["judging.delete_conflict", "judging.delete_prizetier", "judging.delete_jurymember"]
SECRETARIAT_SETUP = [
    "contest.view_edition",
    "judging.view_round",
    "judging.view_jurymember",
    "judging.view_prizetier",
    "judging.view_conflict",
    "judging.add_conflict",
    "judging.change_conflict",
]
# Groups that Wagtail creates on its first migration; the four roles replace them.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")

# Model permissions granted when a role's group is first created. Organisers edit them
# afterwards in /admin/ → Cài đặt → Nhóm; later migrations never overwrite their choices.
DEFAULT_PERMISSIONS = {
    Role.ENTRANT: [],
    Role.JUDGE: [],
    Role.LEAD_AGENCY: [],  # reports on its agency's initiatives (initiatives/rules.py)
    Role.SECRETARIAT: [
        *ADMIN_ACCESS,
        *SECRETARIAT_SETUP,
        "contest.view_user",
        "contest.view_agency",
        "contest.add_agency",
        "contest.change_agency",
    ],
    Role.ORGANISER: [
        *ADMIN_ACCESS,
        *ORGANISER_SETUP,
        "contest.view_user",
        "contest.add_user",
        "contest.change_user",
        "contest.view_agency",
        "contest.add_agency",
        "contest.change_agency",
        "contest.delete_agency",
        "auth.view_group",
        "cms.change_sitesettings",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
    ],
}
ORGANISER_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
ORGANISER_COLLECTION_APPS = ("wagtailimages", "wagtaildocs")


def _permissions(codes):
    from django.contrib.auth.models import Permission

    wanted = {tuple(code.split(".", 1)) for code in codes}
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted}, codename__in={c for _, c in wanted}
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def remove_unused_wagtail_groups():
    """Wagtail's Moderators and Editors would sit beside the four roles; drop them unless
    someone was put in them, so that a deployment's own choices survive."""
    from django.contrib.auth.models import Group

    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


@transaction.atomic
def ensure_role_groups():
    """Create any missing role group with its default permissions. Idempotent."""
    from django.contrib.auth.models import Group

    remove_unused_wagtail_groups()
    for role in Role:
        group, created = Group.objects.get_or_create(name=role.value)
        if not created:
            continue
        group.permissions.set(_permissions(DEFAULT_PERMISSIONS[role]))
        if role == Role.ORGANISER:
            grant_organiser_tree_permissions()


def grant_organiser_tree_permissions():
    """The organisers' rights on the page tree and the collections, granted at their roots.

    Called when the group is made, and again by whoever makes a root that did not exist
    then (a flushed database has no tree until the demo content builds one)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    group = Group.objects.filter(name=Role.ORGANISER.value).first()
    if group is None:
        return
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for perm in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=ORGANISER_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=perm)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for perm in _permissions(
            [
                c
                for c in DEFAULT_PERMISSIONS[Role.ORGANISER]
                if c.startswith(ORGANISER_COLLECTION_APPS)
            ]
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=perm
            )


def ensure_role_groups_after_last_migration(sender, **kwargs):
    # post_migrate fires once per app; permissions of later apps exist only after theirs.
    last = [c for c in global_apps.get_app_configs() if c.models_module is not None][-1]
    if sender.label == last.label:
        ensure_role_groups()
