"""Checking Word documents and writing the copy judges read, without who wrote or edited it.

What identifies an author in a .docx, and what happens to it in the judges' copy:

- core properties (creator, last modified by, title, subject, keywords, description...):
  rebuilt from an allow-list, so only dates, revision and language remain;
- extended properties (company, manager, template name, titles of parts): allow-list of
  counters and the application name;
- custom properties and ``customXml`` (SharePoint fields, bibliography sources): dropped;
- ``people.xml`` (comment authors with their e-mail or account id): dropped;
- comment and tracked-change authors and initials in every part: blanked;
- the attached template (a path such as ``C:\\Users\\<name>\\...``): removed;
- the thumbnail Word saves of the first page (``docProps/thumbnail.*``), which shows the
  author's name as a picture when the first page does: dropped;
- comments (their authors, and reviewers' words that are not the entrant's content): dropped
  with their anchors;
- field codes that fetch or run something (INCLUDEPICTURE, INCLUDETEXT, DDE, DDEAUTO, LINK,
  IMPORT): blanked, so the last computed result stays and nothing is fetched on opening;
- external targets other than hyperlinks (linked pictures, sub-documents, mail-merge data
  sources, frames): pointed at ``about:blank``, so opening the file tells no server who
  reads it;
- photos inside the document: re-encoded without EXIF or GPS.

Relationships and content-type overrides naming a dropped part are removed with it, because
Word calls a package with dangling references corrupt.
"""

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from urllib.parse import unquote
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contest.attachments.enums import AttachmentKind
from contest.attachments.errors import RefusalCode
from contest.attachments.images import clean_image
from contest.attachments.limits import Limits
from contest.attachments.sniff import MACRO_MAIN_TYPE, main_content_type
from contest.attachments.xmlparts import (
    UnreadableXml,
    blank_active_fields,
    blank_word_attributes,
    decode,
    has_doctype,
    remove_word_empty_elements,
)
from contest.attachments.zips import check_members, corrupt_docx, open_zip, read_member

_CONTENT_TYPES_PART = "[content_types].xml"
_RELATIONSHIP_ATTRIBUTES = ("Id", "Type", "Target", "TargetMode")
_CONTENT_TYPE_ATTRIBUTES = ("Extension", "PartName", "ContentType")
_CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CORE_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
_CORE_KEPT = ("dcterms:created", "dcterms:modified", "cp:revision", "dc:language")
_APP_KEPT = frozenset(
    {
        "Application",
        "AppVersion",
        "DocSecurity",
        "TotalTime",
        "Pages",
        "Words",
        "Characters",
        "CharactersWithSpaces",
        "Lines",
        "Paragraphs",
        "ScaleCrop",
        "LinksUpToDate",
        "SharedDoc",
        "HyperlinksChanged",
    }
)
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# Relationship types are matched on their last segment: Transitional and Strict documents
# spell the rest differently.
_CORE_RELATIONSHIPS = frozenset({"core-properties", "coreProperties"})
_APP_RELATIONSHIPS = frozenset({"extended-properties", "extendedProperties"})
_DROPPED_RELATIONSHIPS = frozenset(
    {
        "custom-properties",
        "customProperties",
        "customXml",
        "people",
        "attachedTemplate",
        "thumbnail",
        "comments",
        "commentsExtended",
        "commentsIds",
        "commentsExtensible",
    }
)
# A hyperlink is content the entrant wrote and is fetched only when a reader clicks it.
_KEPT_EXTERNAL_RELATIONSHIPS = frozenset({"hyperlink"})
_INERT_TARGET = "about:blank"
_COMMENT_ANCHORS = ("commentRangeStart", "commentRangeEnd", "commentReference")
_ESSENTIAL_PARTS = frozenset({_CONTENT_TYPES_PART, "word/document.xml"})
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml")
_MACRO_FOLDERS = ("word/activex/",)
_IMAGE_SIGNATURES = (
    (b"\xff\xd8\xff", AttachmentKind.JPEG),
    (b"\x89PNG\r\n\x1a\n", AttachmentKind.PNG),
)
_BLANKED_ATTRIBUTES = ("author", "initials")
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def check_and_anonymise_docx(*, content: bytes, limits: Limits) -> bytes:
    """The judges' copy of ``content``, after refusing bombs, macros and unsafe archives."""
    with open_zip(content=content, limits=limits) as archive:
        check_members(archive=archive, limits=limits)
        infos = archive.infolist()
        by_name = {info.filename.casefold(): info for info in infos}
        content_types_info = by_name.get(_CONTENT_TYPES_PART)
        if content_types_info is None:
            raise corrupt_docx()
        budget = limits.max_zip_uncompressed
        content_types = read_member(archive=archive, info=content_types_info, budget=budget)
        _refuse_macros(by_name, content_types)
        parts = {}
        # One running budget over every member: the sum actually inflated, not the sum
        # declared, is what check_members could not see.
        for info in infos:
            parts[info.filename] = read_member(archive=archive, info=info, budget=budget)
            budget -= len(parts[info.filename])
    return _write_anonymised(parts, infos, limits)


def _refuse_macros(by_name: dict[str, zipfile.ZipInfo], content_types: bytes) -> None:
    has_macro_part = any(
        name.endswith(_MACRO_PARTS) or name.startswith(_MACRO_FOLDERS) for name in by_name
    )
    if has_macro_part or main_content_type(content_types) == MACRO_MAIN_TYPE:
        raise ValidationError(
            _(
                "Word files with macros or ActiveX controls are not accepted. Save the "
                "document as .docx without macros, or as PDF, and upload it again."
            ),
            code=RefusalCode.MACRO,
        )


def _write_anonymised(
    parts: dict[str, bytes], infos: list[zipfile.ZipInfo], limits: Limits
) -> bytes:
    relationships = {name: _parse_xml(data) for name, data in parts.items() if _is_rels(name)}
    dropped, core_parts, app_parts = _classify(parts, relationships)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in infos:
            name = info.filename
            if name.casefold() in dropped:
                continue
            data = _anonymise_part(
                name=name,
                data=parts[name],
                dropped=dropped,
                core_parts=core_parts,
                app_parts=app_parts,
                relationships=relationships,
                limits=limits,
            )
            # A fixed date and no extra fields: zip timestamps and NTFS/Unix extras carry
            # the editing machine's clock and owner ids.
            member = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
            member.compress_type = info.compress_type
            target.writestr(member, data)
    return out.getvalue()


def _classify(
    parts: dict[str, bytes], relationships: dict[str, ET.Element]
) -> tuple[set[str], set[str], set[str]]:
    """Casefolded names of parts to drop, and of the core and extended property parts."""
    dropped = {
        name.casefold()
        for name in parts
        if name.casefold().startswith(("customxml/", "docprops/thumbnail"))
    }
    core_parts = {"docprops/core.xml"}
    app_parts = {"docprops/app.xml"}
    for rels_name, root in relationships.items():
        for relationship in root:
            if relationship.get("TargetMode") == "External":
                continue
            kind = _relationship_kind(relationship)
            target = _resolve(rels_name, relationship.get("Target", ""))
            if target in _ESSENTIAL_PARTS:
                continue  # a relationship mislabelled on purpose must not gut the package
            if kind in _DROPPED_RELATIONSHIPS:
                dropped.add(target)
            elif kind in _CORE_RELATIONSHIPS:
                core_parts.add(target)
            elif kind in _APP_RELATIONSHIPS:
                app_parts.add(target)
    # A dropped part's own relationships go with it.
    dropped |= {_rels_of(name) for name in dropped}
    return dropped, core_parts, app_parts


def _anonymise_part(
    *,
    name: str,
    data: bytes,
    dropped: set[str],
    core_parts: set[str],
    app_parts: set[str],
    relationships: dict[str, ET.Element],
    limits: Limits,
) -> bytes:
    folded = name.casefold()
    if folded == _CONTENT_TYPES_PART:
        return _without_overrides(data, dropped)
    if _is_rels(name):
        return _without_relationships(name, relationships[name], dropped, original=data)
    if folded in core_parts:
        return _core_properties(data)
    if folded in app_parts:
        return _app_properties(data)
    if folded.endswith(".xml"):
        return _without_authors(data)
    for signature, kind in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return _clean_embedded_image(data, kind, limits)
    return data


def _without_authors(data: bytes) -> bytes:
    if has_doctype(data):
        raise corrupt_docx()
    try:
        text, codec = decode(data)
    except UnreadableXml as error:
        raise corrupt_docx() from error
    cleaned = blank_word_attributes(text, local_names=_BLANKED_ATTRIBUTES)
    # The template path lives in settings.xml; its relationship is dropped in _classify.
    cleaned = remove_word_empty_elements(cleaned, local_name="attachedTemplate")
    for anchor in _COMMENT_ANCHORS:
        cleaned = remove_word_empty_elements(cleaned, local_name=anchor)
    cleaned = blank_active_fields(cleaned)
    return data if cleaned == text else cleaned.encode(codec)


def _core_properties(data: bytes) -> bytes:
    root = _parse_xml(data)
    kept = []
    for qualified in _CORE_KEPT:
        prefix, local = qualified.split(":")
        element = root.find(f"{{{_CORE_NS[prefix]}}}{local}")
        if element is None or len(element) or not (element.text or "").strip():
            continue
        xsi_type = element.get(f"{{{_CORE_NS['xsi']}}}type")
        attribute = f" xsi:type={quoteattr(xsi_type)}" if xsi_type else ""
        kept.append(f"<{qualified}{attribute}>{escape(element.text.strip())}</{qualified}>")
    declarations = " ".join(f"xmlns:{prefix}={quoteattr(uri)}" for prefix, uri in _CORE_NS.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<cp:coreProperties {declarations}>{''.join(kept)}</cp:coreProperties>"
    ).encode()


def _app_properties(data: bytes) -> bytes:
    root = _parse_xml(data)
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    kept = []
    for element in root:
        local = element.tag.split("}")[-1]
        if local in _APP_KEPT and not len(element) and (element.text or "").strip():
            kept.append(f"<{local}>{escape(element.text.strip())}</{local}>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<Properties xmlns={quoteattr(namespace)} xmlns:vt={quoteattr(_VT_NS)}>"
        f"{''.join(kept)}</Properties>"
    ).encode()


def _without_relationships(
    rels_name: str, root: ET.Element, dropped: set[str], *, original: bytes
) -> bytes:
    removed = [
        relationship
        for relationship in root
        if _relationship_kind(relationship) in _DROPPED_RELATIONSHIPS
        or (
            relationship.get("TargetMode") != "External"
            and _resolve(rels_name, relationship.get("Target", "")) in dropped
        )
    ]
    # Retargeted rather than removed: the parts that name these ids would dangle, and Word
    # calls a package with dangling ids corrupt.
    retargeted = [
        relationship
        for relationship in root
        if relationship not in removed
        and relationship.get("TargetMode") == "External"
        and _relationship_kind(relationship) not in _KEPT_EXTERNAL_RELATIONSHIPS
        and relationship.get("Target") != _INERT_TARGET
    ]
    if not removed and not retargeted:
        return original
    for relationship in removed:
        root.remove(relationship)
    for relationship in retargeted:
        relationship.set("Target", _INERT_TARGET)
    return _serialise(root, _RELATIONSHIP_ATTRIBUTES)


def _without_overrides(data: bytes, dropped: set[str]) -> bytes:
    root = _parse_xml(data)
    removed = [
        override
        for override in root.findall(f"{{{_CONTENT_TYPES_NS}}}Override")
        if unquote(override.get("PartName", "")).lstrip("/").casefold() in dropped
    ]
    if not removed:
        return data
    for override in removed:
        root.remove(override)
    return _serialise(root, _CONTENT_TYPE_ATTRIBUTES)


def _clean_embedded_image(data: bytes, kind: AttachmentKind, limits: Limits) -> bytes:
    try:
        return clean_image(content=data, kind=kind, limits=limits, transpose=False)
    except ValidationError as error:
        if error.code == RefusalCode.DECOMPRESSION_BOMB:
            raise ValidationError(
                _(
                    "The Word file contains an image with too many pixels: at most "
                    "%(limit)s megapixels are accepted."
                ),
                code=RefusalCode.DECOMPRESSION_BOMB,
                params=error.params,
            ) from error
        raise ValidationError(
            _("The Word file contains a damaged image."), code=RefusalCode.CORRUPT
        ) from error


def _parse_xml(data: bytes) -> ET.Element:
    if has_doctype(data):
        raise corrupt_docx()
    try:
        # defusedxml refuses DTDs, entities and external references itself; the regex above
        # also covers the parts edited as text, which are never parsed.
        return SafeET.fromstring(data, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException) as error:
        raise corrupt_docx() from error


def _serialise(root: ET.Element, attributes: tuple[str, ...]) -> bytes:
    """A relationships or content-types part rebuilt from its known attributes.

    Both schemas are small and closed, so writing them afresh is simpler and safer than
    ElementTree's serialiser, which renames namespaces.
    """
    namespace, _brace, root_name = root.tag[1:].partition("}")
    children = []
    for child in root:
        name = child.tag.rpartition("}")[2]
        values = "".join(
            f" {attribute}={quoteattr(child.get(attribute))}"
            for attribute in attributes
            if child.get(attribute) is not None
        )
        children.append(f"<{name}{values}/>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<{root_name} xmlns={quoteattr(namespace)}>{''.join(children)}</{root_name}>"
    ).encode()


def _is_rels(name: str) -> bool:
    folded = name.casefold()
    return folded.endswith(".rels") and posixpath.basename(posixpath.dirname(folded)) == "_rels"


def _rels_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _relationship_kind(relationship: ET.Element) -> str:
    return relationship.get("Type", "").rstrip("/").rsplit("/", 1)[-1]


def _resolve(rels_name: str, target: str) -> str:
    """The casefolded part name a relationship target points to, from its .rels file."""
    source_folder = posixpath.dirname(posixpath.dirname(rels_name))
    path = unquote(target.split("#", 1)[0])
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(source_folder, path)
    return posixpath.normpath(joined).lstrip("/").casefold()
