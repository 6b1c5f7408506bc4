"""Test uploads built in code, so no binary fixture is ever committed."""

import io
import struct
import zipfile
import zlib

from PIL import ExifTags, Image
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from pypdf.xmp import XmpInformation

AUTHOR = "Nguyễn Văn A"
AGENCY = "UBND quận Ba Đình"
EMAIL = "nguyenvana@badinh.hanoi.gov.vn"
WINDOWS_USER = "nguyenvana.bd"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
PEOPLE_REL = "http://schemas.microsoft.com/office/2011/relationships/people"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def image_bytes(kind: str = "PNG", *, size=(20, 10), mode="RGB", color="red", **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, color).save(out, kind, **save)
    return out.getvalue()


def jpeg_with_gps(*, size=(40, 20), orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Artist] = "Nguyen Van A"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (21.0, 1.0, 30.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (105.0, 49.0, 10.0),
    }
    return image_bytes(
        "JPEG",
        size=size,
        exif=exif,
        comment=b"Nguyen Van A",
        xmp=b"<x:xmpmeta><dc:creator>Nguyen Van A</dc:creator></x:xmpmeta>",
    )


def png_declaring(width: int, height: int) -> bytes:
    """A PNG header claiming ``width`` x ``height`` 1-bit pixels, with a token of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def pdf_bytes(*, pages: int = 1, author: str | None = AUTHOR, active: bool = False) -> bytes:
    """A PDF with the author in /Info and XMP and, if ``active``, script and a comment."""
    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(200, 200)
    if author is not None:
        writer.add_metadata(
            {
                "/Author": author,
                "/Creator": f"Microsoft Word - {author}",
                "/Title": f"Sáng kiến của {author}",
                "/Company": AGENCY,
            }
        )
        xmp = XmpInformation.create()
        xmp.dc_creator = [author]
        writer.xmp_metadata = xmp
    if active:
        scripts = ArrayObject([TextStringObject("chao"), _javascript_action()])
        writer.root_object[NameObject("/Names")] = DictionaryObject(
            {NameObject("/JavaScript"): DictionaryObject({NameObject("/Names"): scripts})}
        )
        writer.root_object[NameObject("/OpenAction")] = _javascript_action()
        page = writer.pages[0]
        page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): _javascript_action()})
        comment = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Text"),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (10, 10, 30, 30)]),
                NameObject("/T"): TextStringObject(AUTHOR),
                NameObject("/Contents"): TextStringObject("Góp ý"),
            }
        )
        writer.add_annotation(page_number=0, annotation=comment)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    # An owner password alone: the file opens without a password but is still encrypted.
    writer.encrypt(user_password="", owner_password="mat-khau", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _javascript_action() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('mở');"),
        }
    )


def zip_bytes(parts: dict[str, bytes | str], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data.encode() if isinstance(data, str) else data)
    return out.getvalue()


def docx_with_zeros(*, name: str, size: int) -> bytes:
    """A Word package with ``size`` zero bytes under ``name``, streamed so tests stay small."""
    out = io.BytesIO()
    # Level 1 builds 200 MB of zeros four times faster than the default and still packs
    # them into under 1 MB.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for part, data in docx_parts().items():
            if part != name:
                archive.writestr(part, data)
        chunk = b"\0" * (1024 * 1024)
        with archive.open(name, "w", force_zip64=False) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
            member.write(b"\0" * (size % len(chunk)))
    return out.getvalue()


def docx_parts(*, main_type: str = DOCX_MAIN, identifying: bool = False) -> dict[str, str | bytes]:
    """The parts of a Word package; ``identifying`` adds every place Word records a person."""
    overrides = {"/word/document.xml": main_type}
    package_rels = {"rId1": (f"{OFFICE_RELS}/officeDocument", "word/document.xml", None)}
    document_rels: dict[str, tuple[str, str, str | None]] = {}
    parts: dict[str, str | bytes] = {}
    body = "<w:p><w:r><w:t>Ý tưởng số hoá thủ tục hành chính</w:t></w:r></w:p>"
    if identifying:
        body += (
            f'<w:p><w:ins w:id="1" w:author="{AUTHOR}" w:date="2026-03-01T08:00:00Z">'
            "<w:r><w:t>thêm</w:t></w:r></w:ins>"
            f"<w:del w:id='2' w:author='{AUTHOR}' w:date='2026-03-01T08:00:00Z'>"
            "<w:r><w:delText>bớt</w:delText></w:r></w:del>"
            '<w:commentRangeStart w:id="0"/><w:r><w:t>có góp ý</w:t></w:r>'
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
            '<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main" r:embed="rId5"/></w:drawing></w:r></w:p>'
        )
        overrides |= {
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/docProps/app.xml": (
                "application/vnd.openxmlformats-officedocument.extended-properties+xml"
            ),
            "/docProps/custom.xml": (
                "application/vnd.openxmlformats-officedocument.custom-properties+xml"
            ),
            "/word/comments.xml": (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
            ),
            "/word/people.xml": "application/vnd.ms-word.people+xml",
            "/word/settings.xml": (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
            ),
            "/customXml/itemProps1.xml": (
                "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
            ),
        }
        package_rels |= {
            "rId2": (
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties",
                "docProps/core.xml",
                None,
            ),
            "rId3": (f"{OFFICE_RELS}/extended-properties", "docProps/app.xml", None),
            "rId4": (f"{OFFICE_RELS}/custom-properties", "docProps/custom.xml", None),
        }
        document_rels |= {
            "rId1": (f"{OFFICE_RELS}/comments", "comments.xml", None),
            "rId2": (PEOPLE_REL, "people.xml", None),
            "rId3": (f"{OFFICE_RELS}/settings", "settings.xml", None),
            "rId4": (f"{OFFICE_RELS}/customXml", "../customXml/item1.xml", None),
            "rId5": (f"{OFFICE_RELS}/image", "media/image1.jpeg", None),
            "rId6": (f"{OFFICE_RELS}/hyperlink", "https://dichvucong.gov.vn/", "External"),
        }
        parts |= {
            "docProps/core.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                "<cp:coreProperties"
                ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
                ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
                ' xmlns:dcterms="http://purl.org/dc/terms/"'
                ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>Sáng kiến của {AUTHOR}</dc:title>"
                f"<dc:subject>{AGENCY}</dc:subject>"
                f"<dc:creator>{AUTHOR}</dc:creator>"
                f"<cp:keywords>{AUTHOR}</cp:keywords>"
                f"<dc:description>Nộp bởi {AUTHOR}</dc:description>"
                f"<cp:lastModifiedBy>{AUTHOR}</cp:lastModifiedBy>"
                "<cp:revision>3</cp:revision>"
                '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T08:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z'
                "</dcterms:modified>"
                "</cp:coreProperties>"
            ),
            "docProps/app.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                "<Properties xmlns="
                '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
                ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                "<Template>UBND-BaDinh.dotm</Template><TotalTime>42</TotalTime>"
                "<Pages>1</Pages><Words>12</Words><Application>Microsoft Office Word</Application>"
                f"<Manager>{AUTHOR}</Manager><Company>{AGENCY}</Company>"
                "<TitlesOfParts><vt:vector size='1' baseType='lpstr'>"
                f"<vt:lpstr>Sáng kiến của {AUTHOR}</vt:lpstr></vt:vector></TitlesOfParts>"
                "<AppVersion>16.0000</AppVersion></Properties>"
            ),
            "docProps/custom.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                "<Properties xmlns="
                '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
                ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner">'
                f"<vt:lpwstr>{AUTHOR}</vt:lpwstr></property></Properties>"
            ),
            "word/comments.xml": (
                f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="{AUTHOR}"'
                ' w:date="2026-03-01T08:00:00Z" w:initials="NVA">'
                "<w:p><w:r><w:t>Cần thêm số liệu</w:t></w:r></w:p></w:comment></w:comments>"
            ),
            "word/people.xml": (
                '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
                f'<w15:person w15:author="{AUTHOR}"><w15:presenceInfo w15:providerId="AD"'
                f' w15:userId="{EMAIL}"/></w15:person></w15:people>'
            ),
            "word/settings.xml": (
                f'<w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                '<w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/>'
                "</w:settings>"
            ),
            "word/_rels/settings.xml.rels": _rels(
                {
                    "rId1": (
                        f"{OFFICE_RELS}/attachedTemplate",
                        f"file:///C:\\Users\\{WINDOWS_USER}\\AppData\\Roaming\\Microsoft"
                        "\\Templates\\UBND-BaDinh.dotm",
                        "External",
                    )
                }
            ),
            "word/media/image1.jpeg": jpeg_with_gps(),
            "customXml/item1.xml": (
                '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'bibliography"><b:Source><b:Author>{AUTHOR}</b:Author></b:Source></b:Sources>'
            ),
            "customXml/itemProps1.xml": (
                '<ds:datastoreItem ds:itemID="{6C5E4C4B-0000-0000-0000-000000000001}"'
                ' xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>'
            ),
            "customXml/_rels/item1.xml.rels": _rels(
                {
                    "rId1": (
                        f"{OFFICE_RELS}/customXmlProps",
                        "itemProps1.xml",
                        None,
                    )
                }
            ),
        }
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        + "".join(
            f'<Override PartName="{name}" ContentType="{kind}"/>'
            for name, kind in overrides.items()
        )
        + "</Types>"
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
        f' mc:Ignorable="w14"><w:body>{body}</w:body></w:document>'
    )
    parts = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": _rels(package_rels),
        "word/document.xml": document,
        **({"word/_rels/document.xml.rels": _rels(document_rels)} if document_rels else {}),
        **parts,
    }
    return parts


def docx_bytes(**options) -> bytes:
    return zip_bytes(docx_parts(**options))


def xlsx_bytes() -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": (
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                f'<Override PartName="/xl/workbook.xml" ContentType="{XLSX_MAIN}"/></Types>'
            ),
            "_rels/.rels": _rels(
                {"rId1": (f"{OFFICE_RELS}/officeDocument", "xl/workbook.xml", None)}
            ),
            "xl/workbook.xml": "<workbook/>",
        }
    )


def _rels(relationships: dict[str, tuple[str, str, str | None]]) -> str:
    entries = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"'
        + (f' TargetMode="{mode}"' if mode else "")
        + "/>"
        for rid, (kind, target, mode) in relationships.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{PKG_RELS_NS}">{entries}</Relationships>'
    )
