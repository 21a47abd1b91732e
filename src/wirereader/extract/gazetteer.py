"""The word lists extraction leans on, loaded once from extract/data/."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wirereader.model import ActorKind

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([part.strip() for part in line.split("\t")])
    return rows


class Gazetteer:
    def __init__(self) -> None:
        rows = _rows("places.txt")
        self.places: dict[str, str] = {r[0]: r[1] for r in rows}
        self.places.update({r[0]: r[1] for r in _rows("place_aliases.txt")})
        nations = {r[1] for r in rows if r[2:] == ["country"]}
        # Every name of a country: "Philippines", "Britain", "U.S."
        self.countries = frozenset(k for k, v in self.places.items() if v in nations)
        # Read only after "City, " (place_abbreviations.txt says why), so not in lookup()
        self.abbreviated: dict[str, str] = {r[0]: r[1] for r in _rows("place_abbreviations.txt")}
        self.demonyms: dict[str, str] = {r[0]: r[1] for r in _rows("demonyms.txt")}
        self.orgs: dict[str, str] = {r[0]: r[1] for r in _rows("organisations.txt")}
        self.given_names: frozenset[str] = frozenset(r[0] for r in _rows("given_names.txt"))
        self.titles: frozenset[str] = frozenset(r[0] for r in _rows("titles.txt"))
        self.longest = max(len(k.split()) for k in [*self.places, *self.orgs, *self.demonyms])

    def lookup(self, phrase: str) -> tuple[ActorKind, str] | None:
        """(kind, canonical name) for a known phrase; "NEW YORK" in a capitals headline too."""
        found = self._lookup(phrase)
        if found is None and len(phrase) > 4 and phrase.isupper():
            found = self._lookup(phrase.title())
        return found

    def _lookup(self, phrase: str) -> tuple[ActorKind, str] | None:
        if phrase in self.orgs:
            return "organisation", self.orgs[phrase]
        if phrase in self.places:
            return "place", self.places[phrase]
        if phrase in self.demonyms:
            return "place", self.demonyms[phrase]
        return None


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
