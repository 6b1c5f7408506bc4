"""Give role groups that already exist the permissions of the contest's setup screens.

New deployments get them from `contest.accounts.roles` when the groups are created; groups
created before this migration lacked them, so organisers could not reach the editions,
rounds, jury, conflicts or prizes screens. The lists are copied here, not imported, so this
migration keeps its meaning when the defaults change later.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Ban Tổ chức": [
        *(
            f"{app}.{action}_{model}"
            for app, model in [
                ("contest", "edition"),
                ("judging", "round"),
                ("judging", "jurymember"),
                ("judging", "conflict"),
                ("judging", "prizetier"),
            ]
            for action in ("add", "change", "view")
        ),
        "judging.delete_conflict",
        "judging.delete_prizetier",
        "judging.delete_jurymember",
    ],
    "Tổ thư ký": [
        "contest.view_edition",
        "judging.view_round",
        "judging.view_jurymember",
        "judging.view_prizetier",
        "judging.view_conflict",
        "judging.add_conflict",
        "judging.change_conflict",
    ],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after the last migration; make sure they exist.
    for label in ("contest", "judging"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # historical app configs have none
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    for name, codes in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for code in codes:
            app_label, codename = code.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contest", "0002_editions_entries_attachments"),
        ("judging", "0005_certificate_ready_notice"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
