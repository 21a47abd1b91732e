"""Actors of a story: the model's and the rules' candidates, one kind per name, short mentions
joined to full names, roles attached."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from wirereader.extract.actors.candidates import Candidate, _Builder, candidates
from wirereader.extract.actors.merge import model_candidates, rules_matter
from wirereader.extract.actors.rules import (
    ACRONYM_AFTER,
    ACRONYM_WORD,
    is_role_word,
    is_title_head,
)
from wirereader.extract.actors.tagger import model_tokens
from wirereader.extract.gazetteer import gazetteer
from wirereader.model import ACTOR_KINDS, Actor, ActorKind, Mention

# Words of a name's short forms: "Nippon Mining" of a long organisation, "Suu Kyi" of a person.
# A "name" longer than this is a run of capitals (a table), and n² in its length to cut up.
SHORT_FORM_WORDS = 8
_ROLE_GAP = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?")


def find_actors(text: str, sentences: list[tuple[int, int]]) -> list[Actor]:
    cands: list[Candidate] = []
    roles: list[Candidate] = []
    for span in sentences:
        toks = model_tokens(text, *span)
        found, role_phrases = candidates(text, span) if rules_matter(toks) else ([], [])
        cands.extend(model_candidates(text, span, toks, found, role_phrases))
        roles.extend(role_phrases)
    roles.sort(key=lambda r: r.start)
    role_starts = [r.start for r in roles]
    _one_kind_per_name(cands)
    people, organisations = _people(cands), _organisations(cands)
    builders: dict[tuple[str, str], _Builder] = {}
    for cand in cands:
        kind, name = _resolve(cand, people)
        if kind is None:
            continue
        if kind == "organisation" and not cand.canonical:
            name = organisations.get(name, name)
        builder = builders.setdefault((kind, name), _Builder(name, kind))
        builder.mentions.append(Mention(cand.start, cand.end, cand.text, cand.linked))
        if kind == "person" and not builder.role:
            builder.role = cand.role or _role_around(text, cand, roles, role_starts)
    _spelled_out(text, builders)
    _legal_forms(builders)
    actors = [
        Actor(b.name, b.kind, tuple(sorted(b.mentions, key=lambda m: m.start)), b.role)
        for b in builders.values()
    ]
    return sorted(actors, key=lambda a: a.mentions[0].start)


def _legal_forms(builders: dict[tuple[str, str], _Builder]) -> None:
    """ "Merrill Lynch and Co" beside "Merrill Lynch" in one story: one organisation, under
    the name without its legal form."""
    for (kind, name), builder in list(builders.items()):
        bare = _LEGAL.sub("", name) if kind == "organisation" else name
        if bare != name and (owner := builders.get(("organisation", bare))) is not None:
            owner.mentions.extend(builder.mentions)
            del builders[(kind, name)]


def _spelled_out(text: str, builders: dict[tuple[str, str], _Builder]) -> None:
    """ "the European Central Bank (ECB) … the ECB said": an acronym a story spells out names
    that organisation wherever it stands, whether the model tagged it or not."""
    owners: dict[str, _Builder] = {}
    for (kind, _), builder in builders.items():
        if kind == "organisation":
            for x in builder.mentions:
                if m := ACRONYM_AFTER.match(text, x.end):
                    owners.setdefault(m.group(1), builder)
    if not owners:
        return
    for acronym in owners:
        for other in ACTOR_KINDS:  # its own actor until now
            builders.pop((other, acronym), None)
    taken = {m.start for b in owners.values() for m in b.mentions}
    # One pass over the text for every acronym (one pass each was n² on a long text).
    for found in ACRONYM_WORD.finditer(text):
        owner = owners.get(found.group())
        if owner is not None and found.start() not in taken:
            owner.mentions.append(Mention(found.start(), found.end(), found.group()))


def _one_kind_per_name(cands: list[Candidate]) -> None:
    """One name, one kind within a story: the kind it is given most often wins, and the short
    form of an organisation's name ("Nippon Mining" of "Nippon Mining Co Ltd") is that
    organisation, whatever the model read in one sentence."""
    votes: dict[str, Counter[ActorKind]] = {}
    for cand in cands:
        if cand.kind and not cand.linked:
            votes.setdefault(cand.text, Counter())[cand.kind] += 1
    heads = {head for name in _long_organisations(cands) for head in _leading_parts(name)}
    for cand in cands:
        if cand.linked or not cand.kind:
            continue
        if cand.kind == "person" and cand.text in heads:
            cand.kind = "organisation"
            continue
        ranked = votes[cand.text].most_common(2)
        best, n = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if best != cand.kind and n > runner_up:
            cand.kind = best


def _organisations(cands: list[Candidate]) -> dict[str, str]:
    """Each leading part of an organisation's name ("Nippon Mining", "Moody" of "Moody's
    Investors Service Inc", "Bank" of the Bank of England) → that name, when it is the only
    organisation of the story to begin so (or the others are leading parts of it). A place
    or a known name stays itself: "U.S." of "U.S. Agriculture Department" is the country."""
    owners: dict[str, set[str]] = {}
    for name in _long_organisations(cands):
        if name.split()[-1] in ORGANS:
            continue  # the EC Commission is the EC's, not the EC; a House committee not the House
        for head in _leading_parts(name):
            for form in {head, _OWNER.sub("", head)}:
                owners.setdefault(form, set()).add(name)
    joined = {}
    for head, names in owners.items():
        if gazetteer().lookup(head):
            continue
        longest = max(names, key=len)
        legal = [n for n in names if _LEGAL.sub("", n) == head]
        if len(legal) == 1:  # "Merrill Lynch" is Merrill Lynch and Co, though the story also
            joined[head] = legal[0]  # has Merrill Lynch Capital Markets, a unit of its own
        elif all(longest.startswith(n) for n in names):
            joined[head] = longest
    return joined


def _long_organisations(cands: list[Candidate]) -> set[str]:
    return {c.text for c in cands if c.kind == "organisation" and " " in c.text}


def _leading_parts(name: str) -> list[str]:
    """ "Nippon", "Nippon Mining", "Nippon Mining Co" of "Nippon Mining Co Ltd" (at most
    SHORT_FORM_WORDS words: a longer "name" is a run of capitals, n² in its length)."""
    words = name.split()
    return [" ".join(words[:i]) for i in range(1, min(len(words), SHORT_FORM_WORDS + 1))]


_OWNER = re.compile(r"[’']s$")
# A company's legal form after its name: "and Co", "Inc", "Corp", "Ltd", "PLC", "AG" …
_LEGAL = re.compile(
    r"(?:,?\s+(?:and|&)\s+Co\b\.?|,?\s+(?:Inc|Co|Corp|Corporation|Cos|Ltd|Limited|PLC|Plc|plc"
    r"|LLC|LP|AG|SA|NV|BV|SpA|AB|ASA|Oyj|GmbH)\b\.?)+$"
)
# What ends the name of a body within an organisation, which is not that organisation
ORGANS = frozenset(
    ["Commission", "Committee", "Subcommittee", "Council", "Ministry", "Department", "Court",
     "Board", "Office", "Agency", "Authority", "Bureau", "Cabinet", "Assembly", "Panel"]
)  # fmt: skip


def _people(cands: list[Candidate]) -> dict[str, str]:
    """Each tail of a full person name ("Kyi", "Suu Kyi") → that person's full name."""
    names: dict[str, str] = {}
    for cand in cands:
        if cand.kind == "person" and " " in cand.text:
            parts = cand.text.split()
            if len(parts) > 2 and parts[-1].rstrip(".") in {"Jr", "Sr", "II", "III", "IV"}:
                parts = parts[:-1]  # "Nicholas Gallo III" is Gallo
            # "Kyi", "Suu Kyi", "San Suu Kyi" → Aung San Suu Kyi
            for i in range(max(1, len(parts) - SHORT_FORM_WORDS), len(parts)):
                names.setdefault(" ".join(parts[i:]), cand.text)
            names[cand.text] = cand.text
    return names


def _resolve(cand: Candidate, people: dict[str, str]) -> tuple[ActorKind | None, str]:
    if cand.kind == "person":
        return "person", people.get(cand.text, cand.text)
    if cand.text in people and not cand.linked and not gazetteer().lookup(cand.text):
        return "person", people[cand.text]  # "Kyi" read as an organisation; never Chechnya
    return cand.kind, cand.canonical or cand.text


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
