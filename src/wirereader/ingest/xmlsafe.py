"""XML article files parsed safely (no DTD entities, no external references), by local names."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from wirereader.ingest.decode import ArticleFileError, RawFile

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"  # xml:lang, as ElementTree names it


def parse_xml(raw: RawFile) -> Element:
    try:
        root = ElementTree.fromstring(raw.text.encode("utf-8"), forbid_dtd=False)
    except DefusedXmlException as exc:
        raise ArticleFileError(raw.path, f"refused: the XML declares entities ({exc})") from exc
    except ElementTree.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ArticleFileError(raw.path, f"not valid XML: {exc}", line) from exc
    if root is None:
        raise ArticleFileError(raw.path, "empty XML document")
    return root


def local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def find(node: Element, *path: str) -> Element | None:
    """The first descendant along `path` (local names; `//name` anywhere below)."""
    current: Element | None = node
    for step in path:
        if current is None:
            return None
        if step.startswith("//"):
            current = next((e for e in current.iter() if local(e.tag) == step[2:]), None)
        else:
            current = next((e for e in current if local(e.tag) == step), None)
    return current


def text_of(node: Element | None) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def paragraphs_of(node: Element | None) -> list[str]:
    """Paragraph text under `node` (NITF <p>, XHTML <p>), else its whole text."""
    if node is None:
        return []
    found = [text_of(p) for p in node.iter() if local(p.tag) in ("p", "li", "hl2")]
    found = [p for p in found if p]
    return found or ([text_of(node)] if text_of(node) else [])
