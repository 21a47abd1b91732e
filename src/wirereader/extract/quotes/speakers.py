"""Who said each quote: the cue of the main clause, its subject, and pronouns resolved to a referent."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from wirereader.extract.quotes import cues as sw
from wirereader.model import Actor

_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<cue1>{sw.CUES})\s+(?P<who1>[^;:!?\n]{{1,120}})"
    rf"|(?P<who2>[^;:!?\n]{{1,120}}?)\s+{sw.ADVERBS}(?P<cue2>{sw.CUES}))\b"
)
_LEAD = re.compile(r"^(?:(?:and|but|while|however|also|meanwhile|still|yet|so)\b[\s,]*)+", re.I)
_RELATIVE = frozenset({"who", "which", "whose", "whom", "that", "speaking", "when", "where"})
_CLOSING = frozenset(",.!?…-—")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\.?\s+")
_RELATIVE_END = re.compile(r"\b(?:who|that|which)$")
_PHRASE_END = re.compile(r",\s|\.(?:\s|$)|\s\(|[;:!?]|$")


@dataclass
class Referent:
    """Someone a later "he" or "the analyst" can point back to."""

    name: str
    is_actor: bool
    gender: str = ""  # "m", "f", "p" (plural), "" unknown
    head: str = ""  # a described speaker's head noun: "analyst"


Speaker = tuple[str, bool, str]  # (name, is an actor, cue)
RECALL = 50  # referents a pronoun or "the analyst" may point back over: a story, not a book


class Mentions:
    """Actor mentions by position, with bisect look-ups (a scan per quote is n² on long texts)."""

    def __init__(self, actors: list[Actor]) -> None:
        self.all = sorted(
            ((m.start, m.end, a) for a in actors for m in a.mentions if not m.linked),
            key=lambda found: (found[0], found[1]),
        )
        self.starts = [m[0] for m in self.all]

    def between(self, low: int, high: int) -> list[tuple[int, int, Actor]]:
        return self.all[bisect_left(self.starts, low) : bisect_left(self.starts, high)]


class Attributor:
    """Reads a story front to back, so that pronouns can point at who was last spoken of."""

    def __init__(self, text: str, masked: str, actors: list[Actor]) -> None:
        self.text = text
        self.masked = masked  # quoted words blanked: a cue inside a quote is not the story's
        self.mentions = Mentions(actors)
        # Every cue of the story, found once: a search per quote read up to REACH characters
        # again for each of many quotes in one long sentence.
        self._cues = [(m.start(), m.group("cue")) for m in sw.CUE.finditer(masked)]
        self._cue_starts = [start for start, _ in self._cues]
        self.history: list[Referent] = []
        self.last_speaker: tuple[Speaker, int] | None = None
        self._genders: dict[str, str] = {}
        surnames: dict[str, list[Actor]] = {}
        self._role_words: dict[str, list[Actor]] = {}  # "minister" → people whose role has it
        for actor in actors:
            if actor.kind == "person":
                surnames.setdefault(actor.name.split()[-1], []).append(actor)
                for word in set(re.findall(r"\w+", actor.role.lower())):
                    self._role_words.setdefault(word, []).append(actor)
        self._surnames = surnames

    # -- the clause around a quote ---------------------------------------------------------
    def after(self, end: int, clause_end: int) -> Speaker | None:
        """ "…," said X / "…," X, an analyst, said / "…," he added."""
        window = self.masked[end + 1 : clause_end]
        quote_mark = re.search(r"[“”\"]", self.text[end + 1 : clause_end])
        if quote_mark:
            window = window[: quote_mark.start()]
        if self.text[end - 1 : end] not in _CLOSING and window[:1] not in _CLOSING:
            return None  # the "poison pill" defence: the sentence runs on, nobody said it
        window = sw.PARENTHETICAL.sub(lambda p: " " * len(p.group()), window)
        m = _AFTER.match(window)
        if not m:
            return None
        if m.group("cue1"):
            who_start = end + 1 + m.start("who1")
            phrase = m.group("who1")
            return self._subject(who_start, phrase, m.group("cue1").strip(), after_cue=True)
        who_start = end + 1 + m.start("who2")
        return self._subject(who_start, m.group("who2"), m.group("cue2").strip(), after_cue=False)

    def before(self, clause_start: int, start: int) -> Speaker | None:
        """X said (that) … "…" / X told Reuters: "…": the main clause's cue and its subject."""
        found = self.governing_cue(clause_start, start)
        if found is None:
            return None
        at, cue = found
        return self._subject(clause_start, self.masked[clause_start:at], cue, after_cue=False)

    def governing_cue(self, clause_start: int, start: int) -> tuple[int, str] | None:
        """(offset, verb) of the cue between clause_start and start that governs what follows."""
        cues = self._cues[
            bisect_left(self._cue_starts, clause_start) : bisect_left(self._cue_starts, start)
        ]
        while cues and cues[-1][0] + len(cues[-1][1]) > start:
            cues.pop()  # runs past the clause
        if not cues:
            return None
        k = len(cues) - 1  # the cue nearest the quote governs it ("…, which X described as "…"")
        while k and cues[k][1].endswith("ing"):  # "…, saying": the main clause's
            k -= 1
        return cues[k]

    # -- the subject of a cue ----------------------------------------------------------------
    def _subject(self, at: int, phrase: str, cue: str, after_cue: bool) -> Speaker:
        if after_cue:  # "said Michael Ellman, analyst at Wertheim": the name comes first
            cut = _PHRASE_END.search(phrase)
            phrase = phrase[: cut.start()] if cut else phrase
            people = self._speakers_in(at, at + len(phrase))
            found = people[0] if people else None
        else:
            at, phrase, found = self._before_cue(at, phrase)
        if found is not None:
            return self._heard(found.name, True, at, cue, self._gender(found))
        words = phrase.split()
        last = words[-1].lower() if words else ""
        if (not after_cue and last in sw.PRONOUNS) or (
            after_cue and words and words[0].lower() in sw.PRONOUNS
        ):
            pronoun = last if not after_cue else words[0].lower()
            return self._pronoun(pronoun, at, cue)
        described = self._described(phrase)
        if described:
            return self._described_speaker(described, at, cue)
        if org := self._organisation(at, phrase):
            return self._heard(org.name, True, at, cue, "p")
        if len(words) == 1 and (person := self._by_surname(words[0].strip(",."))):
            return self._heard(person.name, True, at, cue, self._gender(person))
        return "", False, cue

    def _organisation(self, at: int, phrase: str) -> Actor | None:
        """ "Pennzoil said", "the Commission said": the phrase is the organisation's name."""
        bare = _LEAD.sub("", phrase.strip(" ,"))
        bare = re.sub(r"^(?:the|a|an)\s+", "", bare, flags=re.I)
        for start, end, actor in self.mentions.between(at, at + len(phrase)):
            if actor.kind == "organisation" and self.text[start:end] == bare:
                return actor
        return None

    def _by_surname(self, word: str) -> Actor | None:
        """ "May said": a capitalised word the model missed, but the story named in full."""
        if not word[:1].isupper():
            return None
        found = self._surnames.get(word, [])
        return found[0] if len(found) == 1 else None

    def _before_cue(self, at: int, phrase: str) -> tuple[int, str, Actor | None]:
        """The subject among the comma-separated pieces before a cue, walking back past
        appositions and relative clauses: "Mark Rogers, paper analyst for Prudential Bache,
        said"; "Commenting on the accord, Gleske said"; "X, who asked not to be named, told"."""
        ends = [m.start() for m in re.finditer(",", phrase)] + [len(phrase)]
        starts = [0] + [e + 1 for e in ends[:-1]]
        subject: tuple[int, str] | None = None
        for s, e in reversed(list(zip(starts, ends, strict=True))):
            piece = phrase[s:e]
            if not piece.strip():
                continue
            people = self._speakers_in(at + s, at + e)
            if people:
                return at + s, piece, people[-1]
            first = piece.split()[0]
            if first.lower() in _RELATIVE:
                continue  # "…, who asked not to be named": not the subject
            if subject is None:
                subject = (at + s, piece)
            if not (first[:1].islower() or first.lower() in sw.DETERMINERS):
                break  # neither an apposition nor a relative clause: the subject is this piece
        at, phrase = subject if subject else (at, phrase)
        return at, phrase, None

    def _speakers_in(self, low: int, high: int) -> list[Actor]:
        """People named between low and high, but not in the possessive: in "Capel's Murtha"
        Capel names the firm, not the speaker."""
        return [
            a for _, end, a in self.mentions.between(low, high)
            if a.kind == "person" and self.text[end : end + 2] not in ("'s", "’s")
        ]  # fmt: skip

    def _gender(self, actor: Actor) -> str:
        """From an honorific before any of the actor's mentions ("Mrs. Keller"); once each."""
        if actor.name not in self._genders:
            self._genders[actor.name] = ""
            for m in actor.mentions:
                before = self.text[max(0, m.start - 5) : m.start].split()
                if before and before[-1] in sw.FEMALE | sw.MALE:
                    self._genders[actor.name] = "f" if before[-1] in sw.FEMALE else "m"
                    break
        return self._genders[actor.name]

    def _described(self, phrase: str) -> str:
        """ "one analyst who asked not to be named", "a senior analyst at Nomura Securities"."""
        phrase = _LEAD.sub("", phrase.strip(" ,"))
        for verb in sw.CUE.finditer(phrase):  # "A British official stressed the weight of …"
            # The word before the verb, read back from it: a search of all that goes before,
            # per verb, was n² on a long run of "…, who said, …".
            k = verb.start()
            while k and phrase[k - 1].isspace():
                k -= 1
            if k == verb.start() or not _RELATIVE_END.search(phrase, max(0, k - 5), k):
                phrase = phrase[: verb.start()].strip(" ,")  # not "one analyst who asked …"
                break
        words = phrase.split()
        if not words or len(words) > 16:
            return ""
        lower = [w.lower().strip(",.") for w in words]
        opens = lower[0] in sw.DETERMINERS or lower[0] in sw.PEOPLE_NOUNS
        return phrase if opens and any(w in sw.PEOPLE_NOUNS for w in lower[:8]) else ""

    def _met_before(self, described: str) -> tuple[str, Referent | None]:
        """(head noun, and for "the senior Nomura analyst" the analyst described before)."""
        lower = [w.lower().strip(",.") for w in described.split()]
        head = next((w for w in lower if w in sw.PEOPLE_NOUNS), "")
        if lower[0] == "the":
            for ref in reversed(self.history[-RECALL:]):
                if ref.head == head and not ref.is_actor:
                    return head, ref
        return head, None

    def _described_speaker(self, phrase: str, at: int, cue: str) -> Speaker:
        head, ref = self._met_before(phrase)
        if ref is not None:
            return self._heard(ref.name, False, at, cue, ref.gender, head)
        lower = [w.lower().strip(",.") for w in phrase.split()]
        # "the president": the person the story gave that role
        if lower[0] == "the" and len(lower) <= 3 and (titled := self._by_role(lower[1:])):
            return self._heard(titled.name, True, at, cue, self._gender(titled))
        gender = "p" if head.endswith("s") and head not in {"chairman"} else ""
        return self._heard(phrase, False, at, cue, gender, head)

    def _by_role(self, words: list[str]) -> Actor | None:
        """ "the president", "the prime minister": the person the story gave that role."""
        role = " ".join(words).replace("-", " ")  # "vice-president" is "vice president"
        keys = re.findall(r"\w+", role)
        if not keys:
            return None
        # Only the people whose role has the first word (a scan of everyone, per quote, was n²);
        # "the president" is not the vice president.
        pattern = re.compile(
            rf"\b(?<!vice )(?<!deputy )(?<!assistant )(?<!under ){re.escape(role)}\b"
        )
        for actor in reversed(self._role_words.get(keys[0], [])):
            if pattern.search(actor.role.lower().replace("-", " ")):
                return actor
        return None

    def _pronoun(self, pronoun: str, at: int, cue: str) -> Speaker:
        want = sw.PRONOUNS[pronoun]
        for ref in reversed(self.history[-RECALL:]):
            if want == "p" and ref.gender != "p":
                continue
            if want in ("m", "f") and ref.gender not in ("", want):
                continue
            if want in ("m", "f") and not ref.gender:
                ref.gender = want
            return self._heard(ref.name, ref.is_actor, at, cue, ref.gender, ref.head)
        if want in ("m", "f", ""):  # nobody spoken of yet: the last person named, if they fit
            i = bisect_left(self.mentions.starts, at)
            for _, _, actor in reversed(self.mentions.all[max(0, i - RECALL) : i]):
                if actor.kind == "person" and self._gender(actor) in ("", want):
                    return self._heard(actor.name, True, at, cue, want)
        return pronoun, False, cue

    def _heard(
        self, name: str, is_actor: bool, at: int, cue: str, gender: str = "", head: str = ""
    ) -> Speaker:
        self.history.append(Referent(name, is_actor, gender, head))
        speaker = (name, is_actor, cue)
        self.last_speaker = (speaker, at)
        return speaker

    # -- sentences with no quote still say who the story is about ------------------------
    def sentence(self, start: int, end: int) -> None:
        """A reported-speech sentence ("Gleske said …") or a subject at the start ("The senior
        official sounded …") becomes what a following "he said" points back to."""
        if self.before(start, end) is not None:
            return
        # On the sentence itself: with a start position, "^" would match only at offset 0.
        lead = _LEAD.match(self.masked[start:end])
        begin = start + lead.end() if lead else start
        if honorific := _HONORIFIC.match(self.masked, begin):
            begin = honorific.end()
        first = self.mentions.between(begin, begin + 1)
        if first and first[0][2].kind == "person":
            actor = first[0][2]
            self.history.append(Referent(actor.name, True, self._gender(actor)))
            return
        phrase = self.masked[begin:end].split(",")[0]
        cut = re.search(
            r"\b(?:is|was|were|are|has|had|have|would|will|sounded|made|took)\b", phrase
        )
        if cut and (described := self._described(phrase[: cut.start()])):
            head, ref = self._met_before(described)
            if ref is not None:
                self.history.append(Referent(ref.name, False, ref.gender, head))
