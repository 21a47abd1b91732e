"""The model's actor spans, with what the rules know added: canonical names, roles, demonyms."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from itertools import accumulate

from wirereader.extract.actor_model import COMPANY_ENDS, Span, actor_spans
from wirereader.extract.actor_rules import HONORIFICS, ORG_SUFFIXES, TITLE_HEADS, is_title_head
from wirereader.extract.actors import Candidate
from wirereader.extract.gazetteer import gazetteer


def model_candidates(
    text: str,
    sentence: tuple[int, int],
    toks: list[tuple[str, int, int]],
    rules: list[Candidate],
    roles: list[Candidate],
) -> list[Candidate]:
    """The model decides what is an actor and its kind; the rules' candidates lend it a role
    ("Defence Secretary John Healey"), the gazetteer a canonical name ("U.S." → United States),
    and a demonym the model leaves out ("British") is kept as a linked word of its country.

    Where the rules beat the model they win: a role phrase ("UK Chief of the Defence Staff") is
    not an actor, though the places in it are; a known institution of several words ("Downing
    Street", "White House") keeps the gazetteer's kind, not the model's reading of a street."""
    gaz = gazetteer()
    titled = _titled_people(text, sentence, rules)
    in_role = Ranges((r.start, r.end) for r in roles)
    after_title = Ranges((start, end) for start, end, _ in titled)
    spans = [
        s for s in actor_spans(text, toks)
        if not in_role.holds(s.start, s.end) and not after_title.meets(s.start, s.end)
    ]  # fmt: skip
    found: list[Candidate] = [c for _, _, c in titled]
    spans = _bracketed_companies(text, _joined_companies(text, spans))
    modelled = Ranges((s.start, s.end) for s in spans)
    role_ending_at: dict[int, str] = {}
    for cand in rules:
        if cand.role and cand.kind == "person":
            role_ending_at.setdefault(cand.end, cand.role)
    for span in spans:
        phrase = text[span.start : span.end]
        known = gaz.lookup(phrase)
        if phrase in gaz.abbreviated and (
            span.kind == "place" or _CITY_COMMA.search(text, max(0, span.start - 40), span.start)
        ):
            known = ("place", gaz.abbreviated[phrase])  # "Hartford, Conn.": Connecticut
            span = span._replace(kind="place")
        if phrase.lower() in _NUMBER_WORDS or len(phrase) < 2:
            continue  # "Nine mths", "Class A": in earnings tables no one is called Nine
        if known and known[0] == "organisation":
            span = span._replace(kind=known[0])
        elif span.kind != "place" and phrase in gaz.countries:
            span = span._replace(kind="place")  # "The Philippines will ask …" is the country
        elif span.kind == "person" and _state_after(text, span.end):
            span = span._replace(kind="place")  # and Hartford a city
        elif span.kind == "organisation" and not known and _ADMINISTRATION.match(text, span.end):
            span = span._replace(kind="person")  # "the Reagan administration": Reagan's
        elif span.kind == "person" and _org_word(phrase.rsplit(" ", 1)[-1]):
            span = span._replace(kind="organisation")  # "… Spar-Casse-Bank", "… Holdings"
        elif span.kind != "person" and not known and _after_title(text, span.start):
            span = span._replace(kind="person")  # "… Committee chairman Fernand St. Germain"
        canonical = (
            known[1] if known and known[0] == span.kind and phrase not in gaz.demonyms else ""
        )
        role = role_ending_at.get(span.end, "")
        found.append(Candidate(span.start, span.end, phrase, span.kind, canonical, role))
    titled_ids = {id(c) for _, _, c in titled}
    for cand in rules:
        if modelled.meets(cand.start, cand.end):
            continue
        if cand.text in gaz.demonyms:
            found.append(replace(cand, linked=True))
        elif cand.kind and in_role.holds(cand.start, cand.end):
            found.append(cand)  # "UK" in "UK Chief of the Defence Staff"
        elif cand.kind and after_title.holds(cand.start, cand.end) and id(cand) not in titled_ids:
            found.append(cand)  # "U.S." in "U.S. Defense Secretary Caspar Weinberger"
    return sorted(found, key=lambda c: c.start)


class Ranges:
    """Character ranges, asked "does one hold / meet this span?" in log time: a scan of every
    range for every span was n² on one long sentence (a table, a list without full stops)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(ranges)
        self.starts = [start for start, _ in pairs]
        self.reach = list(accumulate((end for _, end in pairs), max))  # furthest end so far

    def holds(self, start: int, end: int) -> bool:
        """Some range starts at or before `start` and ends at or after `end`."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def meets(self, start: int, end: int) -> bool:
        """Some range overlaps start–end."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


def _org_word(word: str) -> bool:
    """ "Plc", "Bank", and the last part of a compound: "Spar-Casse-Bank"."""
    return word in ORG_SUFFIXES or word.rsplit("-", 1)[-1] in ORG_SUFFIXES


def _titled_people(
    text: str, sentence: tuple[int, int], rules: list[Candidate]
) -> list[tuple[int, int, Candidate]]:
    """People the rules found after a title ("U.S. Defense Secretary Caspar Weinberger"), with
    the stretch from the title's start: there the rules beat the model, which reads the whole
    stretch as one organisation."""
    found = []
    for cand in rules:
        if cand.kind == "person" and cand.role:
            # Just before the name, not anywhere in the sentence (a scan per name on one long
            # sentence is n², and a far earlier "Secretary" is not this one's title).
            at = text.rfind(
                cand.role, max(sentence[0], cand.start - len(cand.role) - 40), cand.start
            )
            found.append((at if at >= 0 else cand.start, cand.end, cand))
    return found


_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "half",
        "quarter",
    ]
)
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
        if before and ((span.kind == "organisation" and _org_word(words[-1])) or owned):
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


_WORD_BEFORE = re.compile(r"([A-Za-z-]+) $")
_ADMINISTRATION = re.compile(r"[’']?s? administration\b")
_CITY_COMMA = re.compile(r"\b[A-Z][\w.'-]*, $")  # "Hartford, " before a state: a dateline
_STATE_AFTER = re.compile(r", ((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}(?=\.))")


def _state_after(text: str, end: int) -> bool:
    """ ", Conn." right after a name: the name is a city's, in a dateline."""
    state = _STATE_AFTER.match(text, end)
    return state is not None and state.group(1) in gazetteer().abbreviated


def _after_title(text: str, start: int) -> bool:
    """A lower-case title or job just before a name: "chairman X", "analyst X"."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word.group(1).islower() and is_title_head(word.group(1))


def rules_matter(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the rules could add anything to the model here: they only lend titles, roles
    and demonyms, so a sentence with none of those words skips them (a third of the time)."""
    words = [w for w, _, _ in toks]
    # Tokens hold no spaces: one lower() of the sentence serves every word's title look-up.
    return not _rule_words().isdisjoint(words) or not TITLE_HEADS.isdisjoint(
        " ".join(words).lower().split()
    )


@cache
def _rule_words() -> frozenset[str]:
    """Honorifics and the words of demonyms ("British", "South", "African")."""
    return frozenset(w for phrase in gazetteer().demonyms for w in phrase.split()) | HONORIFICS
