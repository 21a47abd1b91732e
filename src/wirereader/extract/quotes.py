"""Find direct quotations and who said them: the cue verb, the speaker before or after the quote."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from wirereader.model import Actor, Quote

CUES = (
    r"said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|warned|warns|insisted|"
    r"emphasi[sz]ed|explained|declared|argued|announced|claimed|continued|replied|wrote|asked|"
    r"saying|noting|adding|telling|warning|described (?:it |them |this )?as|called (?:it |them )?|"
    r"according to|acknowledged|admitted|confirmed|urged|predicted|promised|recalled|suggested"
)
_CUE = re.compile(rf"\b(?P<cue>{CUES})\b")
_CUE_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<cue1>{CUES})\s+(?P<who1>[^.,;:!?“”\"]{{1,60}}?)|(?P<who2>[^.,;:!?“”\"]{{1,60}}?)\s+(?P<cue2>{CUES}))\b"
)
_PRONOUNS = {"he", "she", "they"}
OPENERS, CLOSERS = "“", "”"


def _pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage's inner text; unpaired marks are ignored."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in re.finditer(r"[“”\"]|\n\n", text):
        mark, pos = match.group(), match.start()
        if mark == "\n\n":
            # A quote running into the next paragraph continues if that paragraph opens with a mark.
            if open_at is not None and text[match.end() : match.end() + 1] not in '“"':
                open_at = None
            continue
        if open_at is None and (mark in OPENERS or mark == '"'):
            open_at = pos + 1
        elif open_at is not None and (mark in CLOSERS or mark == '"'):
            if pos > open_at:
                pairs.append((open_at, pos))
            open_at = None
        elif open_at is not None and mark in OPENERS and text[pos - 2 : pos] == "\n\n":
            continue  # the re-opening mark of a continued paragraph
    return pairs


Found = tuple[int, int, Actor]
REACH = 1000  # characters a cue is looked for around its quote: a sentence is never longer


class _Mentions:
    """Actor mentions by position, with bisect look-ups (a scan per quote is n² on long texts)."""

    def __init__(self, actors: list[Actor]) -> None:
        self.all = sorted((m.start, m.end, a) for a in actors for m in a.mentions)
        self.starts = [m[0] for m in self.all]
        self.people = [m for m in self.all if m[2].kind == "person"]
        self.people_starts = [m[0] for m in self.people]

    def between(self, low: int, high: int) -> list[Found]:
        return self.all[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def people_between(self, low: int, high: int) -> list[Found]:
        found = bisect_left(self.people_starts, low), bisect_left(self.people_starts, high)
        return self.people[found[0] : found[1]]

    def last_person_before(self, pos: int) -> Found | None:
        i = bisect_left(self.people_starts, pos)
        return self.people[i - 1] if i else None


def find_quotes(text: str, sentences: list[tuple[int, int]], actors: list[Actor]) -> list[Quote]:
    mentions = _Mentions(actors)
    starts = [s for s, _ in sentences]
    quotes: list[Quote] = []
    for start, end in _pairs(text):
        inner = text[start:end]
        if not inner.strip():
            continue
        i = max(0, bisect_right(starts, start) - 1)
        s_start, s_end = sentences[i] if sentences else (0, len(text))
        s_end = max(s_end, end + 1)
        j = bisect_right(starts, end)
        if j - 1 > i and sentences:
            s_end = max(s_end, sentences[j - 1][1])
        s_start, s_end = max(s_start, start - REACH), min(s_end, end + REACH)
        speaker, is_actor, cue = _attribute(text, start, end, s_start, s_end, mentions, quotes)
        quotes.append(Quote(inner, start, end, speaker, is_actor, cue))
    return quotes


def _attribute(
    text: str,
    start: int,
    end: int,
    s_start: int,
    s_end: int,
    mentions: _Mentions,
    earlier: list[Quote],
) -> tuple[str, bool, str]:
    after = text[end + 1 : s_end]
    if m := _CUE_AFTER.match(after):
        who = (m.group("who1") or m.group("who2") or "").strip()
        cue = m.group("cue1") or m.group("cue2") or ""
        who_start = end + 1 + (m.start("who1") if m.group("who1") else m.start("who2"))
        return _speaker(who, who_start, start, mentions, cue.strip())
    before = text[s_start : start - 1]
    cues = list(_CUE.finditer(before))
    if cues:
        nearest = cues[-1]
        subject_end = s_start + nearest.start()
        people = mentions.people_between(s_start, subject_end)
        if people:
            return people[-1][2].name, True, nearest.group("cue")
        cue_match = cues[0]
        who = re.sub(r"^(?:and|but|while)\s+", "", before[: cue_match.start()].strip(" ,"))
        who = re.split(r",\s*(?:who|which|speaking)\b", who)[0]
        return _speaker(who, s_start, start, mentions, cue_match.group("cue"))
    if earlier and _continues(text, earlier[-1], start):
        last = earlier[-1]
        return last.speaker, last.speaker_is_actor, last.cue
    return "", False, ""


def _continues(text: str, last: Quote, start: int) -> bool:
    """A quote with no cue continues the last one: the next paragraph, or later in the same one."""
    between = text[last.end : start]
    return between.strip(' ”“"\n') == "" or "\n\n" not in between


def _speaker(
    who: str, who_start: int, quote_start: int, mentions: _Mentions, cue: str
) -> tuple[str, bool, str]:
    if who.lower() in _PRONOUNS:
        last = mentions.last_person_before(quote_start)
        if last:
            return last[2].name, True, cue
        return who, False, cue
    inside = mentions.between(who_start, who_start + len(who) + 1)
    people = [x for x in inside if x[2].kind == "person"]
    if people:
        return people[0][2].name, True, cue
    if inside and who.strip() == inside[0][2].mentions[0].text:
        return inside[0][2].name, True, cue
    return who, False, cue
