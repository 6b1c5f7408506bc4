import io
import posixpath
import re
import struct
import xml.etree.ElementTree as ET
import zipfile

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from contest.attachments import Limits
from contest.attachments.docx import check_and_anonymise_docx
from contest.attachments.zips import read_member
from tests.contest.attachments import files, hostile

IDENTIFYING = [
    files.AUTHOR.encode(),
    files.AGENCY.encode(),
    files.EMAIL.encode(),
    files.WINDOWS_USER.encode(),
    b"NVA",
    b"UBND-BaDinh",
    b"Nguyen Van A",  # in the photo's EXIF and comment
]


def _members(package):
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _anonymise(package, **limits):
    return check_and_anonymise_docx(content=package, limits=Limits(**limits))


def test_check_and_anonymise_docx_no_member_names_the_author():
    original = files.docx_bytes(identifying=True)
    anonymised = _anonymise(original)
    leaks = sorted(
        (name, needle.decode())
        for name, data in _members(anonymised).items()
        for needle in IDENTIFYING
        if needle in data
    )
    assert leaks == []
    # Every identifier really was in the upload.
    original_members = b"".join(_members(original).values())
    assert [needle for needle in IDENTIFYING if needle not in original_members] == []


def test_check_and_anonymise_docx_drops_custom_and_people_parts():
    anonymised = _members(_anonymise(files.docx_bytes(identifying=True)))
    assert sorted(anonymised) == [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/_rels/settings.xml.rels",
        "word/document.xml",
        "word/media/image1.jpeg",
        "word/settings.xml",
    ]


def test_check_and_anonymise_docx_package_stays_consistent():
    """Word calls a package corrupt when a relationship or override names a missing part."""
    anonymised = _members(_anonymise(files.docx_bytes(identifying=True)))
    folded = {name.casefold() for name in anonymised}
    missing = []
    for name, data in anonymised.items():
        root = ET.fromstring(data) if name.endswith((".xml", ".rels")) else None
        if name.endswith(".rels"):
            source = posixpath.dirname(posixpath.dirname(name))
            for relationship in root:
                if relationship.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(source, relationship.get("Target")))
                if target.casefold() not in folded:
                    missing.append((name, target))
    content_types = ET.fromstring(anonymised["[Content_Types].xml"])
    for override in content_types:
        part = override.get("PartName")
        if part and part.lstrip("/").casefold() not in folded:
            missing.append(("[Content_Types].xml", part))
    assert missing == []


def test_check_and_anonymise_docx_keeps_core_dates_and_app_counters():
    anonymised = _members(_anonymise(files.docx_bytes(identifying=True)))
    core = ET.fromstring(anonymised["docProps/core.xml"])
    app = ET.fromstring(anonymised["docProps/app.xml"])
    assert [(child.tag.split("}")[1], child.text) for child in core] == [
        ("created", "2026-03-01T08:00:00Z"),
        ("modified", "2026-03-02T09:00:00Z"),
        ("revision", "3"),
    ]
    assert [child.tag.split("}")[1] for child in app] == [
        "TotalTime",
        "Pages",
        "Words",
        "Application",
        "AppVersion",
    ]


def test_check_and_anonymise_docx_blanks_change_authors_and_drops_comments():
    anonymised = _members(_anonymise(files.docx_bytes(identifying=True)))
    document = anonymised["word/document.xml"].decode()
    assert re.findall(r"w:author=.(.*?).\s", document) == ["", ""]
    assert "comment" not in document
    assert "<w:t>có góp ý</w:t>" in document
    # Namespace prefixes named by mc:Ignorable must survive untouched.
    assert 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"' in document
    assert 'mc:Ignorable="w14"' in document
    assert "<w:t>Ý tưởng số hoá thủ tục hành chính</w:t>" in document


def test_check_and_anonymise_docx_photo_loses_exif():
    anonymised = _members(_anonymise(files.docx_bytes(identifying=True)))
    photo = anonymised["word/media/image1.jpeg"]
    with Image.open(io.BytesIO(photo)) as image:
        assert dict(image.getexif()) == {}
        assert image.size == (40, 20)
    assert b"Exif" not in photo


def test_check_and_anonymise_docx_members_get_a_fixed_date():
    with zipfile.ZipFile(io.BytesIO(_anonymise(files.docx_bytes(identifying=True)))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_check_and_anonymise_docx_plain_document_is_unchanged_in_content():
    original = files.docx_bytes()
    assert _members(_anonymise(original)) == _members(original)


def test_check_and_anonymise_docx_vba_project_is_refused():
    parts = files.docx_parts() | {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"}
    with pytest.raises(ValidationError) as raised:
        _anonymise(files.zip_bytes(parts))
    assert raised.value.code == "macro"


def test_check_and_anonymise_docx_macro_enabled_content_type_is_refused():
    with pytest.raises(ValidationError) as raised:
        _anonymise(files.docx_bytes(main_type=files.DOCM_MAIN))
    assert raised.value.code == "macro"


def test_check_and_anonymise_docx_zeros_bomb_is_refused_without_inflating(monkeypatch):
    parts = files.docx_parts() | {"word/media/padding.bin": b"\0" * (20 * 1024 * 1024)}
    package = files.zip_bytes(parts)
    opened = []
    real_open = zipfile.ZipFile.open

    def recording_open(self, name, *args, **kwargs):
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", recording_open)
    with pytest.raises(ValidationError) as raised:
        _anonymise(package)
    assert raised.value.code == "zip_bomb"
    assert opened == []
    assert len(package) < 100_000


def test_check_and_anonymise_docx_ten_thousand_members_are_refused():
    parts = files.docx_parts() | {f"word/media/{number}.bin": b"" for number in range(10_000)}
    with pytest.raises(ValidationError) as raised:
        _anonymise(files.zip_bytes(parts, compression=zipfile.ZIP_STORED))
    assert raised.value.code == "zip_bomb"


def test_check_and_anonymise_docx_total_size_is_capped():
    incompressible = bytes(range(256)) * 4096  # 1 MB that deflate cannot shrink much
    parts = files.docx_parts() | {f"word/media/{n}.bin": incompressible for n in range(3)}
    package = files.zip_bytes(parts)
    assert _anonymise(package, max_zip_uncompressed=4 * 1024 * 1024)
    with pytest.raises(ValidationError) as raised:
        _anonymise(package, max_zip_uncompressed=2 * 1024 * 1024)
    assert raised.value.code == "zip_bomb"


def test_check_and_anonymise_docx_understated_size_is_corrupt():
    # The directory claims 1,000 bytes; inflating stops there and the CRC gives it away.
    parts = files.docx_parts() | {"word/media/lie.bin": b"\0" * 500_000}
    package = bytearray(files.zip_bytes(parts))
    name = b"word/media/lie.bin"
    # The name follows the 30-byte local header, then the 46-byte central directory entry.
    local = package.index(name) - 30
    central = package.index(name, local + 30 + len(name)) - 46
    assert package[local : local + 4] == b"PK\x03\x04"
    assert package[central : central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", package, local + 22, 1_000)
    struct.pack_into("<I", package, central + 24, 1_000)
    with pytest.raises(ValidationError) as raised:
        _anonymise(bytes(package))
    assert raised.value.code == "corrupt"


@pytest.mark.parametrize(
    "name",
    ["../evil.xml", "/etc/passwd", "word/../../evil.xml", "C:/evil.xml", "word\\evil.xml"],
)
def test_check_and_anonymise_docx_unsafe_member_names_are_refused(name):
    parts = files.docx_parts() | {name: "<x/>"}
    with pytest.raises(ValidationError) as raised:
        _anonymise(files.zip_bytes(parts))
    assert raised.value.code == "corrupt"


def test_check_and_anonymise_docx_names_differing_only_in_case_are_refused():
    parts = files.docx_parts() | {"WORD/document.xml": "<x/>"}
    with pytest.raises(ValidationError) as raised:
        _anonymise(files.zip_bytes(parts))
    assert raised.value.code == "corrupt"


def test_check_and_anonymise_docx_doctype_is_refused():
    parts = files.docx_parts()
    parts["word/document.xml"] = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]>'
        f'<w:document xmlns:w="{files.W_NS}">&a;</w:document>'
    )
    with pytest.raises(ValidationError) as raised:
        _anonymise(files.zip_bytes(parts))
    assert raised.value.code == "corrupt"


def test_check_and_anonymise_docx_drops_thumbnail_and_blanks_active_fields():

    anonymised = _members(_anonymise(hostile.docx_with_everything()))
    document = anonymised["word/document.xml"].decode()
    assert [name for name in anonymised if "thumbnail" in name] == []
    assert b"thumbnail" not in anonymised["_rels/.rels"]
    assert re.findall(r"<w:instrText[^>]*>([^<]*)<", document) == ["", "", " PAGE "]
    assert re.findall(r'w:instr="([^"]*)"', document) == ["", ""]
    # The fields' last results, what the reader saw, stay.
    assert "<w:t>ảnh</w:t>" in document
    assert "<w:t>kết quả</w:t>" in document


def test_check_and_anonymise_docx_points_external_targets_nowhere_but_keeps_hyperlinks():

    anonymised = _members(_anonymise(hostile.docx_with_everything()))
    rels = ET.fromstring(anonymised["word/_rels/document.xml.rels"])
    external = {r.get("Id"): r.get("Target") for r in rels if r.get("TargetMode") == "External"}
    assert external == {"rId6": "https://dichvucong.gov.vn/", "rId8": "about:blank"}


def test_check_and_anonymise_docx_entity_expansion_is_refused():

    with pytest.raises(ValidationError) as refusal:
        _anonymise(hostile.docx_with_doctype())
    assert refusal.value.code == "corrupt"


def test_check_and_anonymise_docx_member_lying_about_its_size_is_refused_cheaply():
    with pytest.raises(ValidationError) as raised:
        _anonymise(hostile.docx_zip_bomb_lying())
    assert raised.value.code == "zip_bomb"


def test_read_member_stops_at_the_budget():

    package = files.docx_with_zeros(name="word/media/pad.bin", size=2 * 1024 * 1024)
    with zipfile.ZipFile(io.BytesIO(package)) as archive, pytest.raises(ValidationError) as raised:
        read_member(archive=archive, info=archive.getinfo("word/media/pad.bin"), budget=10)
    assert raised.value.code == "zip_bomb"
