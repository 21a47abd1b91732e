"""Company names the model cuts, made whole: "and" inside, brackets, initials before a legal
form; and the share codes after them, which are no actor."""

from __future__ import annotations

import re

from wirereader.extract.actors.rules import ORG_SUFFIXES, STOP_CAPS
from wirereader.extract.actors.tagger import COMPANY_ENDS, Span
from wirereader.extract.gazetteer import gazetteer
from wirereader.extract.ranges import Ranges


def whole_companies(text: str, floor: int, spans: list[Span]) -> list[Span]:
    """The model's spans of one sentence (from `floor`) with its companies' names made whole."""
    return _whole_companies(text, floor, _bracketed_companies(text, _joined_companies(text, spans)))


def org_word(word: str) -> bool:
    """ "Plc", "Bank", and the last part of a compound: "Spar-Casse-Bank"."""
    return word in ORG_SUFFIXES or word.rsplit("-", 1)[-1] in ORG_SUFFIXES


_AND_BEFORE = re.compile(r"\b[A-Z][\w&.-]* (?:and|&) $")
_POSSESSIVE_CO = re.compile(r"[’']s(?: (Corp|Co|Inc|Ltd|Plc)\b)?")


def _joined_companies(text: str, spans: list[Span]) -> list[Span]:
    """ "Cable and Wireless Plc", "Marks and Spencer Plc": a company's name with "and" inside,
    which the model cuts after the "and", is joined again when a company suffix ends it."""
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue  # "Corp" of "Standard and Poor's Corp", joined already
        words = text[span.start : span.end].split()
        before = _AND_BEFORE.search(text, max(0, span.start - 30), span.start)
        if before and before.group().split()[0].rstrip(".") in COMPANY_ENDS:
            before = None  # "… Plc and Marks and Spencer Plc": the "and" joins two companies
        owned = span.kind != "place" and _POSSESSIVE_CO.match(text, span.end)  # "… Poor's Corp"
        if before and ((span.kind == "organisation" and org_word(words[-1])) or owned):
            while out and out[-1].end > before.start():
                out.pop()  # "Cable", read as a name of its own
            end = owned.end() if owned and owned.group(1) else span.end
            if gazetteer().lookup(before.group().split()[0]):
                out.append(span)  # "United States and America's": two places, not one firm
                continue
            span = Span(before.start(), end, "organisation")
        out.append(span)
    return out


_BRACKETS_BEFORE = re.compile(r"\(\s*[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}\s*\)\s*$")  # "(USA) "


def _bracketed_companies(text: str, spans: list[Span]) -> list[Span]:
    """ "Barrick Resources (USA) Inc", "Cheung Kong (Holdings) Ltd": a name the model cuts at
    the brackets is one company when a legal form follows them. A legal form left on its own
    ("Inc", "Ltd") names no one and is dropped."""
    out: list[Span] = []
    for span in spans:
        words = text[span.start : span.end].split()
        if span.kind != "organisation" or any(w.rstrip(".") not in COMPANY_ENDS for w in words):
            out.append(span)
            continue
        brackets = _BRACKETS_BEFORE.search(text, max(0, span.start - 45), span.start)
        if brackets is None:
            continue
        inside = [s for s in out if s.start >= brackets.start()]
        named = out[-1 - len(inside)] if len(out) > len(inside) else None
        if named is not None and not text[named.end : brackets.start()].strip():
            del out[len(out) - len(inside) - 1 :]  # "USA" in the brackets is part of the name
            out.append(Span(named.start, span.end, "organisation"))
    return out


# Capitalised words, each followed by one space: "E.F. Hutton " of "E.F. Hutton LBO Inc";
# not "St. Louis-based " nor an owner, "Robert Maxwell's "
_CAPITALS_BEFORE = re.compile(r"(?:\b(?:(?:[A-Z]\.)+|[A-Z](?:\w|&|-(?![a-z])|['’](?!s ))*) )+$")


def _whole_companies(text: str, floor: int, spans: list[Span]) -> list[Span]:
    """ "E.F. Hutton LBO Inc", "Kumagai Gumi Co Ltd": the capitalised words right before a
    company's name that ends in a legal form are part of it, where the model read them as a
    person's name or left a sentence's first word out. Words that start sentences ("The",
    "Yesterday"), demonyms ("Japanese") and known places ("U.S. McDonnell Douglas Corp") stay
    out, and so do two words the model left untagged ("Lead Underwriter Bear Stearns & Co Inc"
    in a table)."""
    out: list[Span] = []
    for span in spans:
        last = text[span.start : span.end].rsplit(" ", 1)[-1]
        run = None
        if span.kind == "organisation" and last.rstrip(".") in COMPANY_ENDS:
            run = _CAPITALS_BEFORE.search(text, max(floor, span.start - 60), span.start)
        if run is None:
            out.append(span)
            continue
        start, gaz = run.start(), gazetteer()
        for word in run.group().split():
            if word not in STOP_CAPS and word not in gaz.demonyms:
                break
            start += len(word) + 1
        for place in out[-4:]:
            if (
                place.end > start
                and place.kind == "place"
                and gaz.lookup(text[place.start : place.end])
            ):
                start = place.end + 1  # a known place before the name
        if _untagged_words(text, start, span.start, out) > 1:
            out.append(span)
            continue
        while out and out[-1].end > start:
            start = min(start, out.pop().start)
        out.append(Span(start, span.end, "organisation"))
    return out


def _untagged_words(text: str, start: int, end: int, spans: list[Span]) -> int:
    tagged = Ranges((s.start, s.end) for s in spans[-4:])
    return sum(not tagged.meets(w.start(), w.end()) for w in _NONSPACE.finditer(text, start, end))


_NONSPACE = re.compile(r"\S+")


# A share's code in Reuters' brackets after its company: "<KUMT.TOK>", "<XON>", "(AAPL.O)"
_TICKER = re.compile(r"[A-Z0-9&]{1,8}(\.[A-Z]{1,3})?")


def is_ticker(text: str, span: Span) -> bool:
    code = _TICKER.fullmatch(text, span.start, span.end)
    before, after = text[span.start - 1 : span.start], text[span.end : span.end + 1]
    return code is not None and (
        (before, after) == ("<", ">")
        or (code.group(1) is not None and (before, after) == ("(", ")"))
    )
