"""Decide each unknown candidate's kind, join short mentions to full names, attach roles."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from wirereader.extract.actor_rules import (
    PLACE_PREPOSITIONS,
    SPEECH_AFTER,
    STOP_CAPS,
    is_role_word,
    is_title_head,
)  # fmt: skip
from wirereader.extract.actors import Candidate, _Builder, candidates
from wirereader.model import Actor, ActorKind, Mention

_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
_PLACE_OF = re.compile(r"\b(?:town|city|village|port|region|province|capital|island|district) of $")
_COUNTRY_AFTER = re.compile(r" ?\( ?(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)? ?\)")
_WORD_AFTER = re.compile(r"^\s*,?\s*([\w’'-]+)")
_ROLE_GAP = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?")


def find_actors(text: str, sentences: list[tuple[int, int]]) -> list[Actor]:
    cands: list[Candidate] = []
    roles: list[Candidate] = []
    for span in sentences:
        found, role_phrases = candidates(text, span)
        cands.extend(found)
        roles.extend(role_phrases)
    roles.sort(key=lambda r: r.start)
    role_starts = [r.start for r in roles]
    people = _people(cands)
    mid_sentence = {c.text for c in cands if not c.initial}
    builders: dict[tuple[str, str], _Builder] = {}
    seen_kind: dict[str, tuple[ActorKind, str]] = {}
    for cand in cands:
        kind, name = _resolve(text, cand, people, mid_sentence, seen_kind)
        if kind is None:
            continue
        seen_kind.setdefault(cand.text, (kind, name))
        builder = builders.setdefault((kind, name), _Builder(name, kind))
        builder.mentions.append(Mention(cand.start, cand.end, cand.text))
        if kind == "person" and not builder.role:
            builder.role = cand.role or _role_around(text, cand, roles, role_starts)
    actors = [
        Actor(b.name, b.kind, tuple(sorted(b.mentions, key=lambda m: m.start)), b.role)
        for b in builders.values()
    ]
    return sorted(actors, key=lambda a: a.mentions[0].start)


def _people(cands: list[Candidate]) -> dict[str, str]:
    """Each word of a full person name (surname first) → that person's full name."""
    names: dict[str, str] = {}
    for cand in cands:
        if cand.kind == "person" and " " in cand.text:
            parts = cand.text.split()
            names.setdefault(parts[-1], cand.text)
            names[cand.text] = cand.text
    return names


def _resolve(
    text: str,
    cand: Candidate,
    people: dict[str, str],
    mid_sentence: set[str],
    seen: dict[str, tuple[ActorKind, str]],
) -> tuple[ActorKind | None, str]:
    if cand.kind == "person":
        return "person", people.get(cand.text, cand.text)
    if cand.kind is not None:
        return cand.kind, cand.canonical or cand.text
    if cand.text in people:
        return "person", people[cand.text]
    if cand.text in seen:
        return seen[cand.text]
    if cand.text in STOP_CAPS or (
        cand.initial and cand.text not in mid_sentence and " " not in cand.text
    ):
        return None, ""
    before = _WORD_BEFORE.search(text, max(0, cand.start - 80), cand.start)  # not from 0: n²
    after = _WORD_AFTER.match(text[cand.end : cand.end + 30])
    word_before = before.group(1) if before else ""
    word_after = after.group(1) if after else ""
    if cand.person_cue or (word_before and is_title_head(word_before)):
        return "person", cand.text
    if cand.text.isupper() and len(cand.text) > 1:
        return "organisation", cand.text
    words = cand.text.split()
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return "person", cand.text
    if (
        word_after in SPEECH_AFTER
        or text[cand.end : cand.end + 6] == ", who "
        or _COUNTRY_AFTER.match(text, cand.end)  # "Muster ( Austria )": a sportsman
    ):
        return "person", cand.text
    if word_before in PLACE_PREPOSITIONS or _PLACE_OF.search(
        text, max(0, cand.start - 30), cand.start
    ):
        return "place", cand.text
    return "organisation", cand.text


def _role_around(text: str, cand: Candidate, roles: list[Candidate], starts: list[int]) -> str:
    """ "Labour leader Keir Starmer", "his Ukraine envoy, Steve Witkoff", "X, the UK Chief of ..."."""
    # Only roles starting just after the name: bisect, not a scan of all (n² on long texts).
    for role in roles[bisect_left(starts, cand.end) : bisect_right(starts, cand.end + 24)]:
        if _ROLE_GAP.fullmatch(text, cand.end, role.start):
            return role.text
    head = text[max(0, cand.start - 80) : cand.start].rstrip()
    head = head.removesuffix(",")
    taken: list[str] = []
    for word in reversed(head.split()[-4:]):
        if not re.fullmatch(r"[\w’'-]+", word) or not is_role_word(word):
            break
        if not taken and not is_title_head(word):
            break
        taken.insert(0, word)
    return " ".join(taken)
