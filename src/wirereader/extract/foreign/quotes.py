"""Quotes of a story not in English: text between the language's marks (or after a Nordic
quote dash), their speaker from the cue verb beside them ("…“, sagte Merz", "…», a dit le
ministre", "Merz sagte: „…“")."""

from __future__ import annotations

import re

from wirereader.extract.foreign.actors import is_given
from wirereader.extract.foreign.data import Language, is_title
from wirereader.model import Actor, Quote

MIN_WORDS = 3  # "a word in marks" is a term, not a quote
WINDOW = 120  # characters beside a quote where its attribution stands
_NAMEISH = (
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)(?:\s+(?:de\s+|von\s+|van\s+|di\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,3}"
)
# A description: "der Kanzler", "le ministre de l'Intérieur", "statsministern"
_DESCRIPTION = r"(?:(?:der|die|das|le|la|l’|l'|el|la|il|lo)\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?"


def find_quotes(text: str, language: Language, actors: list[Actor]) -> list[Quote]:
    spans = _marked(text, language) + (_dashed(text, language) if language.dash_quotes else [])
    spans.sort()
    quotes: list[Quote] = []
    for start, end in spans:
        inner = text[start + 1 : end - 1].strip() if text[start] != "–" else text[start + 1 : end]
        if len(inner.split()) < MIN_WORDS:
            continue
        speaker, cue = _speaker(text, start, end, language)
        name, is_actor = _as_actor(speaker, actors)
        quotes.append(Quote(inner.strip(), start, end, name, is_actor, cue))
    return quotes


def _marked(text: str, language: Language) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    taken: list[range] = []
    for opening, closing in language.quotes:
        pattern = re.compile(
            rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{2,2000}}){re.escape(closing)}"
        )
        for match in pattern.finditer(text):
            if any(match.start() in r for r in taken):
                continue
            spans.append((match.start(), match.end()))
            taken.append(range(match.start(), match.end()))
    return spans


def _dashed(text: str, language: Language) -> list[tuple[int, int]]:
    """A paragraph opening "– Vi måste agera, sa statsministern.": the quote runs to the cue."""
    spans = []
    cues = "|".join(sorted(language.cues, key=len, reverse=True))
    for match in re.finditer(r"(?:^|\n\n)\s*([–—])\s+", text):
        start = match.start(1)
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        cue = re.search(rf",\s+(?:{cues})\b", text[start:end])
        spans.append((start, start + cue.start() if cue else end))
    return spans


def _speaker(text: str, start: int, end: int, language: Language) -> tuple[str, str]:
    cues = "|".join(sorted((re.escape(c) for c in language.cues), key=len, reverse=True))
    aux = r"(?:a\s+|ha\s+|har\s+|hat\s+)?"  # "a dit", "ha detto", "hat gesagt"
    after = text[end : end + WINDOW]
    before = text[max(0, start - WINDOW) : start]
    # „…“, sagte Merz. / „…“, sagte der Kanzler. / «…», a dit Emmanuel Macron.
    found = re.match(
        rf"\s*[,.]?\s*{aux}(?P<cue>{cues})\s+(?P<who>{_NAMEISH}|{_DESCRIPTION})(?=[\s,.;:!?]|$)",
        after,
    )
    if found is None:  # „…“, Merz sagte.
        found = re.match(rf"\s*[,.]?\s*(?P<who>{_NAMEISH})\s+{aux}(?P<cue>{cues})\b", after)
    if found is None:  # Merz sagte: „…“
        found = re.search(rf"(?P<who>{_NAMEISH})\s+{aux}(?P<cue>{cues})\s*[:,]?\s*$", before)
    if found is None:  # Selon Lombard, « … »
        according = "|".join(re.escape(a) for a in language.according)
        found = re.search(rf"(?i:(?P<cue>{according}))\s+(?P<who>{_NAMEISH})\s*[:,]?\s*$", before)
    if found is None:
        return "", ""
    who = found.group("who").strip().rstrip(".,")
    if not who[:1].isupper():  # a description: the name in the rest of its clause, if any
        clause = re.split(r"[,.;:!?]", found.string[found.start("who") :])[0]
        named = re.search(rf"(?<![\w-]){_NAMEISH}", clause.split(" ", 1)[-1])
        if named and len(named.group().split()) > 1:
            who = named.group()
    words = who.split()
    while len(words) > 1 and (
        is_title(words[0]) or (not is_given(words[0]) and any(is_given(w) for w in words[1:-1]))
    ):  # "Wirtschaftsministerin Katherina Reiche", "Économie Éric Lombard"
        words = words[1:]
    return " ".join(words), found.group("cue")


def speakers_named(quotes: list[Quote]) -> tuple[str, ...]:
    """The speakers written as a name of two or more capitalised words ("Jana Novak")."""
    return tuple(
        q.speaker for q in quotes
        if not q.speaker_is_actor and len(q.speaker.split()) > 1
        and all(w[:1].isupper() for w in q.speaker.split())
    )  # fmt: skip


def _as_actor(speaker: str, actors: list[Actor]) -> tuple[str, bool]:
    """The person the speaker names ("Merz" → Friedrich Merz), else the words as written."""
    if not speaker:
        return "", False
    last = speaker.split()[-1]
    for actor in actors:
        if actor.kind == "person" and (actor.name == speaker or actor.name.split()[-1] == last):
            return actor.name, True
    for actor in actors:
        if actor.name == speaker:
            return actor.name, True
    return speaker, False
