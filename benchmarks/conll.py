"""Read CoNLL-2003 files into documents: rebuilt text plus gold entity spans with offsets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}


@dataclass
class Document:
    text: str = ""
    gold: set[tuple[int, int, str]] = field(default_factory=set)  # PER/ORG/LOC only
    misc: set[tuple[int, int]] = field(default_factory=set)
    numeric_share: float = 0.0


def documents(path: Path) -> Iterator[Document]:
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if parts[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
                current = []
            if sentences:
                yield _build(sentences)
            sentences = []
            continue
        current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    if sentences:
        yield _build(sentences)


def _build(sentences: list[list[tuple[str, str]]]) -> Document:
    doc = Document()
    pieces: list[str] = []
    pos = 0
    numbers = tokens = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            pieces.append("\n\n")
            pos += 2
        open_span: tuple[int, str] | None = None
        last_end = pos
        for t_index, (token, tag) in enumerate(sentence):
            if t_index:
                pieces.append(" ")
                pos += 1
            start = pos
            pieces.append(token)
            pos += len(token)
            tokens += 1
            numbers += any(ch.isdigit() for ch in token)
            if open_span and not tag.startswith("I-"):
                _close(doc, open_span, last_end)
                open_span = None
            if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
                open_span = (start, tag[2:])
            last_end = pos
        if open_span:
            _close(doc, open_span, last_end)
    doc.text = "".join(pieces)
    doc.numeric_share = numbers / max(1, tokens)
    return doc


def _close(doc: Document, span: tuple[int, str], end: int) -> None:
    start, tag = span
    if tag in KINDS:
        doc.gold.add((start, end, KINDS[tag]))
    else:
        doc.misc.add((start, end))
