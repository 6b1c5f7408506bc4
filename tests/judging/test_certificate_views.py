"""Certificate pages: who may see, issue, revoke, reissue and download, and at what cost."""

import io
import zipfile

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from contest.enums import Role
from judging.enums import AuditAction, CertificateStatus
from judging.models import AuditEvent, Certificate, CertificateBatch
from judging.services import certificates as service
from judging.services.certificates import (
    certificate_filename,
    certificate_revoke,
    certificates_issue,
)
from judging.services.publication import result_publish, result_unpublish
from tests.factories import (
    CertificateSettingsFactory,
    EditionFactory,
    EligibleEntryFactory,
    JudgeFactory,
    UserFactory,
    result_snapshot,
)
from tests.i18n import vi, vi_n
from tests.judging.certificate_fixtures import GROUP, group_name

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "entrant", "author", "judge", "secretariat", "organiser"]
TICKED = {"step": "confirm", "confirm": "on"}


@pytest.fixture
def issued(contest, organiser, renderer, committed):
    edition, snapshot, first, second, group = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    return edition, first, second, group


@pytest.fixture
def people(issued, organiser):
    """One user per role; "author" wrote the first winning entry."""
    _edition, first, _second, _group = issued
    return {
        "anonymous": None,
        "entrant": UserFactory(role=Role.ENTRANT),
        "author": first.owner,
        "judge": JudgeFactory(),
        "secretariat": UserFactory(role=Role.SECRETARIAT),
        "organiser": organiser,
    }


def _as(client, people, role):
    if people[role] is not None:
        client.force_login(people[role])
    return client


def _download_url(certificate):
    return reverse("judging:certificate_download", args=[certificate.pk])


# Downloads -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("entrant", 404),
        ("author", 200),
        ("judge", 404),
        ("secretariat", 200),
        ("organiser", 200),
    ],
)
def test_certificate_download_by_role(client, issued, people, role, status):
    _edition, first, _second, _group = issued
    certificate = Certificate.objects.get(entry=first)

    response = _as(client, people, role).get(_download_url(certificate))

    assert response.status_code == status
    if status == 302:
        assert response.url.startswith(reverse("account_login"))
    if status == 200:
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == 'attachment; filename="gcn-01-nguyen-van-an.pdf"'
        assert b"".join(response.streaming_content) == (
            f"%PDF-1.7 fake {certificate.display_serial}".encode()
        )


def test_certificate_download_author_cannot_fetch_another_winners(client, issued, people):
    _edition, _first, second, _group = issued
    other = Certificate.objects.get(entry=second)

    response = _as(client, people, "author").get(_download_url(other))

    assert response.status_code == 404


def test_certificate_download_group_member_gets_group_and_own_only(client, issued):
    _edition, _first, _second, group = issued
    member = group.authors.get(full_name="Trần Thị Bình")
    # A co-author without a linked account, recognised by the email on the entry.
    user = UserFactory(email=member.email, role=Role.ENTRANT)
    client.force_login(user)
    collective = Certificate.objects.get(entry=group, author__isnull=True)
    own = Certificate.objects.get(entry=group, author=member)
    colleague = Certificate.objects.get(entry=group, author__full_name="Phạm Minh Châu")

    assert client.get(_download_url(collective)).status_code == 200
    assert client.get(_download_url(own)).status_code == 200
    assert client.get(_download_url(colleague)).status_code == 404


def test_certificate_download_revoked_only_for_staff(client, issued, people, organiser):
    _edition, first, _second, _group = issued
    certificate = Certificate.objects.get(entry=first)
    certificate_revoke(certificate=certificate, actor=organiser, reason="Sai giải.")

    assert _as(client, people, "author").get(_download_url(certificate)).status_code == 404
    client.force_login(people["secretariat"])
    assert client.get(_download_url(certificate)).status_code == 200


def test_certificate_download_suspended_only_for_staff_until_republished(
    client, issued, people, organiser, committed
):
    _edition, first, _second, _group = issued
    certificate = Certificate.objects.get(entry=first)
    snapshot = certificate.snapshot
    result_unpublish(snapshot=snapshot, actor=organiser, reason="Xem xét lại.")

    assert _as(client, people, "author").get(_download_url(certificate)).status_code == 404
    mine = client.get(reverse("judging:my_certificates")).content.decode()
    assert "/tai-ve/" not in mine
    assert vi("Suspended") in mine
    client.force_login(people["secretariat"])
    assert client.get(_download_url(certificate)).status_code == 200

    committed(result_publish, snapshot=snapshot, actor=organiser)
    assert _as(client, people, "author").get(_download_url(certificate)).status_code == 200


def test_certificate_download_serves_stored_file_without_rendering(
    client, issued, people, monkeypatch
):
    _edition, first, _second, _group = issued
    certificate = Certificate.objects.get(entry=first)

    def refuse(*args, **kwargs):
        raise AssertionError("a download must not render")

    monkeypatch.setattr(service, "render_certificate", refuse)
    monkeypatch.setattr(service, "render_certificates", refuse)
    monkeypatch.setattr("contest.documents.renderer.render_pdf", refuse)
    monkeypatch.setattr("contest.documents.pdf.html_to_pdf", refuse)

    response = _as(client, people, "author").get(_download_url(certificate))

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.7 fake ")


# The organisers' pages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("entrant", 403),
        ("author", 403),
        ("judge", 403),
        ("secretariat", 200),
        ("organiser", 200),
    ],
)
def test_certificate_staff_pages_by_role(client, issued, people, role, status):
    edition, first, *_ = issued
    certificate = Certificate.objects.get(entry=first)
    batch = CertificateBatch.objects.get()
    urls = [
        reverse("judging:certificates"),
        reverse("judging:certificates_edition", args=[edition.pk]),
        reverse("judging:certificate_detail", args=[certificate.pk]),
        reverse("judging:certificates_zip", args=[edition.pk]),
        reverse("judging:certificates_batch_progress", args=[batch.pk]),
    ]
    _as(client, people, role)

    assert [client.get(url).status_code for url in urls] == [status] * len(urls)


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("entrant", 403),
        ("author", 403),
        ("judge", 403),
        ("secretariat", 403),
        ("organiser", 302),
    ],
)
def test_certificate_actions_by_role(client, issued, people, role, status):
    edition, first, *_ = issued
    certificate = Certificate.objects.get(entry=first)
    batch = CertificateBatch.objects.get()
    _as(client, people, role)

    responses = [
        client.post(reverse("judging:certificates_issue", args=[edition.pk]), TICKED),
        client.post(reverse("judging:certificates_batch_retry", args=[batch.pk])),
        client.post(
            reverse("judging:certificate_revoke", args=[certificate.pk]),
            {"revoke-reason": "Nhầm giải.", **TICKED},
        ),
    ]

    assert [r.status_code for r in responses] == [status] * 3
    certificate.refresh_from_db()
    expected = CertificateStatus.REVOKED if role == "organiser" else CertificateStatus.VALID
    assert certificate.status == expected


def test_certificate_issue_view_issues_and_reports_count(client, contest, organiser, renderer):
    edition, *_ = contest
    client.force_login(organiser)

    response = client.post(reverse("judging:certificates_issue", args=[edition.pk]), TICKED)

    assert response.status_code == 302
    assert response.url == reverse("judging:certificates_edition", args=[edition.pk])
    assert Certificate.objects.filter(edition=edition).count() == 6
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        vi_n(
            "%(count)s certificate issued; the PDF is being prepared.",
            "%(count)s certificates issued; their PDFs are being prepared.",
            6,
        )
        % {"count": 6}
    ]


def test_certificate_issue_view_unpublished_result_refused(client, organiser, renderer):
    edition = EditionFactory()
    CertificateSettingsFactory(edition=edition)
    entry = EligibleEntryFactory(edition=edition)
    result_snapshot(edition=edition, winners=[(entry, "Giải Nhất")], published=False)
    client.force_login(organiser)

    response = client.post(reverse("judging:certificates_issue", args=[edition.pk]), TICKED)

    assert response.status_code == 302
    assert Certificate.objects.count() == 0
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        vi("Certificates can be issued only for a published result.")
    ]


def test_certificate_edition_page_shows_progress_x_of_n(client, issued, people):
    edition, *_ = issued
    client.force_login(people["secretariat"])

    response = client.get(reverse("judging:certificates_edition", args=[edition.pk]))

    html = response.content.decode()
    assert '<progress max="6" value="6"></progress>' in html
    assert vi("%(done)s of %(total)s rendered") % {"done": 6, "total": 6} in html
    assert 'data-active="false"' in html
    assert html.count('class="status status--eligible"') == 6
    assert html.count("/giay-chung-nhan/") >= 6
    assert 'id="issue-link"' not in html  # the secretariat follows, the organisers issue


def test_certificate_batch_progress_json(client, issued, people):
    client.force_login(people["organiser"])
    batch = CertificateBatch.objects.get()

    response = client.get(reverse("judging:certificates_batch_progress", args=[batch.pk]))

    assert response.json() == {
        "status": "finished",
        "status_label": vi("Finished"),
        "total": 6,
        "done": 6,
        "failed": 0,
        "active": False,
    }


@pytest.mark.parametrize("form", [{}, {"revoke-reason": "   "}])
def test_certificate_revoke_view_without_reason_changes_nothing(client, issued, people, form):
    _edition, first, *_ = issued
    certificate = Certificate.objects.get(entry=first)
    client.force_login(people["organiser"])

    response = client.post(reverse("judging:certificate_revoke", args=[certificate.pk]), form)

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        vi("Give the reason for revoking this certificate.")
    ]
    assert not AuditEvent.objects.filter(action=AuditAction.CERTIFICATE_REVOKED).exists()


def test_certificate_reissue_view_creates_replacement(client, issued, people):
    _edition, first, *_ = issued
    old = Certificate.objects.get(entry=first)
    client.force_login(people["organiser"])

    response = client.post(
        reverse("judging:certificate_reissue", args=[old.pk]),
        {"reissue-reason": "In mờ.", **TICKED},
    )

    new = Certificate.objects.get(replaces=old)
    assert response.url == reverse("judging:certificate_detail", args=[new.pk])
    old.refresh_from_db()
    assert (old.status, new.status, new.number) == (
        CertificateStatus.REVOKED,
        CertificateStatus.VALID,
        7,
    )
    assert AuditEvent.objects.get(action=AuditAction.CERTIFICATE_REISSUED).reason == "In mờ."


@pytest.mark.parametrize("role", ["secretariat", "judge", "entrant"])
def test_certificate_reissue_view_refused_to_others(client, issued, people, role):
    _edition, first, *_ = issued
    old = Certificate.objects.get(entry=first)
    client.force_login(people[role])

    response = client.post(
        reverse("judging:certificate_reissue", args=[old.pk]),
        {"reissue-reason": "In mờ.", **TICKED},
    )

    assert response.status_code == 403
    assert Certificate.objects.filter(replaces=old).count() == 0


def test_certificates_zip_view_holds_every_valid_stored_pdf(client, issued, people, organiser):
    edition, first, *_ = issued
    certificate_revoke(
        certificate=Certificate.objects.get(entry=first), actor=organiser, reason="Rút."
    )
    client.force_login(people["secretariat"])

    response = client.get(reverse("judging:certificates_zip", args=[edition.pk]))

    assert response["Content-Disposition"] == 'attachment; filename="giay-chung-nhan-gcn24.zip"'
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    group_file = certificate_filename(Certificate.objects.get(number=3))
    assert archive.namelist() == [
        "gcn-02-dang-quoc-bao.pdf",
        group_file,
        "gcn-04-le-thi-hong-nhung.pdf",
        "gcn-05-tran-thi-binh.pdf",
        "gcn-06-pham-minh-chau.pdf",
    ]
    assert group_file.startswith("gcn-03-") and group_file.isascii()
    for certificate in Certificate.objects.filter(status=CertificateStatus.VALID):
        name = f"gcn-{certificate.number:02d}-"
        [member] = [n for n in archive.namelist() if n.startswith(name)]
        assert archive.read(member) == f"%PDF-1.7 fake {certificate.display_serial}".encode()


# The winners' own list ------------------------------------------------------------------


def test_my_certificates_lists_own_and_group_only(client, issued):
    _edition, _first, _second, group = issued
    member = group.authors.get(full_name="Trần Thị Bình")
    client.force_login(UserFactory(email=member.email.upper(), role=Role.ENTRANT))

    response = client.get(reverse("judging:my_certificates"))

    shown = [c.pk for c in response.context["certificates"]]
    assert shown == [
        Certificate.objects.get(entry=group, author__isnull=True).pk,
        Certificate.objects.get(author=member).pk,
    ]
    assert response.content.decode().count("/tai-ve/") == 2


def test_my_certificates_empty_for_entrant_not_author(client, issued):
    client.force_login(UserFactory(role=Role.ENTRANT))

    response = client.get(reverse("judging:my_certificates"))

    assert list(response.context["certificates"]) == []


def test_my_certificates_anonymous_redirected_to_login(client, issued):
    response = client.get(reverse("judging:my_certificates"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


# Query counts ----------------------------------------------------------------------------


def _winners_contest(n_entries, organiser, committed):
    edition = EditionFactory()
    CertificateSettingsFactory(edition=edition)
    entries = [EligibleEntryFactory(edition=edition) for _ in range(n_entries)]
    snapshot = result_snapshot(
        edition=edition, winners=[(e, "Giải Khuyến khích") for e in entries], actor=organiser
    )
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    return edition, entries


@pytest.mark.parametrize("n_entries", [2, 8])
def test_certificate_edition_page_query_count_constant(
    client, organiser, renderer, committed, django_assert_num_queries, n_entries
):
    edition, _entries = _winners_contest(n_entries, organiser, committed)
    client.force_login(organiser)
    url = reverse("judging:certificates_edition", args=[edition.pk])
    client.get(url)  # warm caches (site settings, permissions)

    # session, user, its groups; edition, latest batch, published result, signer, failures,
    # certificates; the header's site and site settings
    with django_assert_num_queries(11):
        response = client.get(url)

    assert len(response.context["certificates"]) == n_entries


@pytest.mark.parametrize("n_entries", [2, 8])
def test_certificate_editions_page_query_count_constant(
    client, organiser, renderer, committed, django_assert_num_queries, n_entries
):
    for _ in range(n_entries // 2):
        _winners_contest(2, organiser, committed)
    client.force_login(organiser)
    url = reverse("judging:certificates")
    client.get(url)

    # session, user, its groups, the editions, the header's site and site settings
    with django_assert_num_queries(6):
        response = client.get(url)

    assert len(response.context["editions"]) == n_entries // 2


@pytest.mark.parametrize("n_editions", [1, 4])
def test_my_certificates_query_count_constant(
    client, organiser, renderer, committed, django_assert_num_queries, n_editions
):
    author = UserFactory(role=Role.ENTRANT)
    for _ in range(n_editions):
        edition = EditionFactory()
        CertificateSettingsFactory(edition=edition)
        entry = EligibleEntryFactory(edition=edition, owner=author)
        snapshot = result_snapshot(edition=edition, winners=[(entry, "Giải Ba")], actor=organiser)
        committed(certificates_issue, snapshot=snapshot, actor=organiser)
    client.force_login(author)
    url = reverse("judging:my_certificates")
    client.get(url)

    # session, user, the certificates, the header's site, site settings and user's groups
    with django_assert_num_queries(6):
        response = client.get(url)

    assert len(response.context["certificates"]) == n_editions


# Who signs: the admin ---------------------------------------------------------------------


def test_certificate_issue_preview_lists_certificates_by_tier_and_emails(
    client, contest, organiser, renderer
):
    edition, _snapshot, first, second, group = contest
    client.force_login(organiser)

    response = client.get(reverse("judging:certificates_issue", args=[edition.pk]))

    preview = response.context["preview"]
    assert [
        (t.prize, t.entrant_type, [(e.code, e.recipients) for e in t.entries])
        for t in preview.tiers
    ] == [
        ("Giải Nhất", "individual", [(first.code, ("Nguyễn Văn An",))]),
        ("Giải Nhì", "individual", [(second.code, ("Đặng Quốc Bảo",))]),
        ("Giải Nhất", "group", [(group.code, (group_name(GROUP), *GROUP))]),
    ]
    assert (preview.certificate_count, preview.email_count, preview.address_count) == (6, 3, 5)
    assert (preview.already, preview.problem) == (0, "")
    assert Certificate.objects.count() == 0
    assert 'name="confirm"' in response.content.decode()


def test_certificate_issue_without_tick_issues_nothing(client, contest, organiser, renderer):
    edition, *_ = contest
    client.force_login(organiser)

    response = client.post(
        reverse("judging:certificates_issue", args=[edition.pk]), {"step": "confirm"}
    )

    assert response.status_code == 200
    assert response.context["confirm"].errors["confirm"] == [
        vi("Tick the box to say you have checked what will happen.")
    ]
    assert Certificate.objects.count() == 0


def test_certificate_issue_preview_without_signer_says_why_and_offers_no_button(
    client, contest, organiser
):
    edition, *_ = contest
    edition.certificate_settings.delete()
    client.force_login(organiser)

    response = client.get(reverse("judging:certificates_issue", args=[edition.pk]))

    assert response.context["preview"].problem == vi(
        "Enter who signs this edition's certificates before issuing them."
    )
    assert 'name="confirm"' not in response.content.decode()


@pytest.mark.parametrize("action", ["revoke", "reissue"])
def test_certificate_reason_shows_confirmation_and_changes_nothing(client, issued, people, action):
    _edition, first, *_ = issued
    certificate = Certificate.objects.get(entry=first)
    client.force_login(people["organiser"])

    response = client.post(
        reverse(f"judging:certificate_{action}", args=[certificate.pk]),
        {f"{action}-reason": "Nhầm giải."},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="confirm"' in html and "Nhầm giải." in html
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert Certificate.objects.count() == 6
    if action == "reissue":
        assert response.context["next_number"] == "07/GCN-BTC"
        assert response.context["reissue"].recipient_name == "Nguyễn Văn An"
        assert response.context["reissue"].addresses == 1


def _png_with_text_chunk() -> bytes:
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nguyễn Văn Ký")
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 120), (20, 40, 140, 255)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def _signer_form(edition, **extra):
    return {
        "edition": edition.pk,
        "issuer_parent": "UBND Thành phố Hà Nội",
        "issuer": "Ban Tổ chức Cuộc thi",
        "contest_name": "",
        "number_suffix": "GCN-BTC",
        "place": "Hà Nội",
        "signed_on": "2024-11-16",
        "signer_title": "TM. BAN TỔ CHỨC\r\n\r\n  TRƯỞNG BAN  ",
        "signer_name": "Trần Văn Minh",
        **extra,
    }


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("secretariat", False), ("judge", False), ("entrant", False), ("organiser", True)],
)
def test_certificate_signer_admin_by_role(client, role, allowed):
    user = {
        "secretariat": lambda: UserFactory(role=Role.SECRETARIAT),
        "judge": JudgeFactory,
        "entrant": lambda: UserFactory(role=Role.ENTRANT),
        "organiser": lambda: UserFactory(role=Role.ORGANISER),
    }[role]()
    client.force_login(user)

    response = client.get("/admin/certificate-signers/new/")

    assert (response.status_code == 200) is allowed


def test_certificate_signer_admin_saves_reencoded_images(client, organiser):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from judging.models import CertificateSettings

    edition = EditionFactory()
    original = _png_with_text_chunk()
    client.force_login(organiser)

    response = client.post(
        "/admin/certificate-signers/new/",
        _signer_form(
            edition,
            signature_upload=SimpleUploadedFile("chu-ky.png", original, "image/png"),
        ),
    )

    assert response.status_code == 302
    saved = CertificateSettings.objects.get(edition=edition)
    signature = bytes(saved.signature_image)
    assert signature.startswith(b"\x89PNG")
    assert signature != original
    assert "Nguyễn Văn Ký".encode() not in signature and b"Author" not in signature
    assert bytes(saved.seal_image) == b""
    assert saved.signer_title_lines == ("TM. BAN TỔ CHỨC", "TRƯỞNG BAN")


def test_certificate_signer_admin_refuses_non_image(client, organiser):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from judging.models import CertificateSettings

    edition = EditionFactory()
    client.force_login(organiser)

    response = client.post(
        "/admin/certificate-signers/new/",
        _signer_form(
            edition,
            seal_upload=SimpleUploadedFile("con-dau.png", b"%PDF-1.7 not an image", "image/png"),
        ),
    )

    assert response.status_code == 200
    assert "seal_upload" in response.context["form"].errors
    assert not CertificateSettings.objects.filter(edition=edition).exists()


def test_certificate_pages_have_no_inline_scripts_or_styles(client, issued, people):
    edition, first, *_ = issued
    certificate = Certificate.objects.get(entry=first)
    pages = {
        "organiser": [
            reverse("judging:certificates_edition", args=[edition.pk]),
            reverse("judging:certificate_detail", args=[certificate.pk]),
        ],
        "author": [reverse("judging:my_certificates")],
        "anonymous": [reverse("cms:certificate_check", args=[certificate.serial])],
    }
    bodies = []
    for role, urls in pages.items():
        client.logout()
        _as(client, people, role)
        bodies += [client.get(url).content.decode() for url in urls]

    for body in bodies:
        assert certificate.recipient_name in body
        assert ("<style" in body, " style=" in body) == (False, False)
        assert [c for c in body.split("<script")[1:] if not c.lstrip().startswith("src=")] == []
    assert '<script src="/static/js/certificate-progress.js" defer></script>' in bodies[0]


@pytest.mark.parametrize("n_entries", [2, 8])
def test_certificate_issue_preview_query_count_constant(
    client, organiser, django_assert_num_queries, n_entries
):
    edition = EditionFactory()
    CertificateSettingsFactory(edition=edition)
    entries = [EligibleEntryFactory(edition=edition) for _ in range(n_entries)]
    result_snapshot(
        edition=edition, winners=[(e, "Giải Khuyến khích") for e in entries], actor=organiser
    )
    client.force_login(organiser)
    url = reverse("judging:certificates_issue", args=[edition.pk])
    client.get(url)

    # Winners, their authors and their addresses are each read in bulk, whatever the number.
    with django_assert_num_queries(17):
        response = client.get(url)

    assert response.context["preview"].certificate_count == n_entries
