"""Figures of a story not in English: numbers as the language writes them (1.234,5 · 1 234,5),
their scale ("Mio.", "milliards"), and what they are: a percent, money, a year, a count."""

from __future__ import annotations

import re

from wirereader.extract.foreign.data import Language
from wirereader.model import Figure, FigureKind

_COMMA_NUMBER = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_POINT_NUMBER = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = re.compile(r"\s*([^\W\d][\w\-’']*|%|€|\$)(\.?)")
_ELIDED = re.compile(r"^(?:d|l)['’]")  # "d'euros", "l’an"
_TIME = re.compile(r"\s*(?:Uhr|h\b|heures|horas|ore|\d{2}\b)")


def find_figures(text: str, language: Language) -> list[Figure]:
    number = _COMMA_NUMBER if language.decimal_comma else _POINT_NUMBER
    currency_before = r"(?:(?P<pre>€|\$|US\$|£|CHF|SEK|NOK)\s?)?"
    pattern = re.compile(rf"(?<![\w.,]){currency_before}(?P<n>{number})(?![\w]|[.,]\d)")
    figures: list[Figure] = []
    for match in pattern.finditer(text):
        figure = _figure(text, match, language)
        if figure is not None:
            figures.append(figure)
    return figures


def _value(raw: str, language: Language) -> float:
    if language.decimal_comma:
        raw = re.sub(r"[.\u00a0\u202f ]", "", raw).replace(",", ".")
    else:
        raw = re.sub(r"[,\u00a0\u202f ]", "", raw)
    return float(raw)


def _figure(text: str, match: re.Match[str], language: Language) -> Figure | None:
    value = _value(match.group("n"), language)
    start, end = match.start(), match.end()
    kind: FigureKind = "count"
    qualifier = ""
    if match.group("pre"):
        kind = "money"
    words = _following(text, end, 3, language)
    dated = _following(text, end + 1, 1, language) if text[end : end + 1] == "." else words
    if dated and dated[0][0].lower() in language.calendar:  # "4. März", "4 mars"
        return Figure(text[start : dated[0][2]], start, dated[0][2], value, "date")
    if (
        re.match(r"[.:]\d{2}\b", text[end : end + 3]) is None
        and _TIME.match(text, end)
        and (
            0 <= value < 25
            and text[end : end + 4].strip().startswith(("Uhr", "h", "heu", "hor", "ore"))
        )
    ):
        stop = _TIME.match(text, end)
        assert stop is not None
        return Figure(text[start : stop.end()], start, stop.end(), value, "time")
    if kind == "count" and 1800 <= value <= 2100 and match.group("n").isdigit():
        return Figure(match.group("n"), start, end, value, "date")
    i = 0
    if words and (scale := _scale(words, language)):
        factor, used = scale
        value *= factor
        end = words[used - 1][2]
        i = used
    rest = words[i:]
    if used := _unit(rest, language.points):
        end = rest[used - 1][2]
        return Figure(text[start:end], start, end, value, "percent", qualifier="points")
    if used := _unit(rest, language.percent):
        end = rest[used - 1][2]
        return Figure(text[start:end], start, end, value, "percent", _noun(text, end, language))
    if rest and rest[0][0] in language.money:
        kind, end = "money", rest[0][2]
        qualifier = rest[0][0]
    elif kind == "count" and rest and not language.small.isdisjoint({rest[0][0].lower()}):
        return None  # "4 im Jahr": not a count of anything named
    of = _noun(text, end, language) if kind != "count" else (
        rest[0][0] if rest and rest[0][0].isalpha() else ""
    )  # fmt: skip
    if kind == "count" and not of:
        return None
    if kind == "count":
        end = rest[0][2]
    return Figure(text[start:end], start, end, value, kind, of, qualifier)


def _unit(words: list[tuple[str, int, int]], units: frozenset[str]) -> int:
    """How many of the next words name one of `units` ("pour cent": 2; "%": 1; none: 0)."""
    if len(words) > 1 and f"{words[0][0]} {words[1][0]}" in units:
        return 2
    return 1 if words and words[0][0] in units else 0


def _following(text: str, at: int, n: int, language: Language) -> list[tuple[str, int, int]]:
    """The next `n` words: a full stop kept only on an abbreviation ("Mio."), "d'" left off."""
    words = []
    for _ in range(n):
        match = _WORD.match(text, at)
        if match is None:
            break
        word, end = match.group(1), match.end(1)
        if match.group(2) and word + "." in language.scales:
            word, end = word + ".", match.end(2)
        words.append((_ELIDED.sub("", word), match.start(1), end))
        at = end
    return words


def _scale(words: list[tuple[str, int, int]], language: Language) -> tuple[float, int] | None:
    two = " ".join(w for w, _, _ in words[:2])
    if two in language.scales:
        return language.scales[two], 2
    if words[0][0] in language.scales:
        return language.scales[words[0][0]], 1
    return None


def _noun(text: str, at: int, language: Language) -> str:
    """What a percent or an amount is of: the next word that is not a small word."""
    for word, _, _ in _following(text, at, 3, language):
        if word.lower() in language.small or not word[0].isalpha():
            continue
        return word.rstrip(".")
    return ""
