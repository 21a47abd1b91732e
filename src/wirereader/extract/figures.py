"""Find the figures that carry news: counts, money, percentages, durations and dates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from wirereader.model import Figure, FigureKind

_QUALIFIERS = (
    "up to", "some", "over", "about", "around", "nearly", "almost", "more than", "less than",
    "fewer than", "at least", "at most", "roughly", "approximately", "as many as", "as much as",
    "just over", "just under", "below", "above", "under", "an estimated", "close to",
    "well over", "only", "exactly",
)  # fmt: skip
_QUALIFIER = rf"(?:{'|'.join(_QUALIFIERS)})"
_CURRENCY_BEFORE = r"(?:US\$|C\$|A\$|HK\$|\$|£|€|¥)"
_SCALE = r"(?:mln|million|bln|billion|trillion|thousand|m|bn|k)"
_CURRENCY_AFTER = (
    r"(?:dlrs?|dollars?|cents?|cts|stg|sterling|pounds?|pence|euros?|ECUs?|ecus?|yen|francs?|"
    r"marks?|yuan|roubles?|rubles?|rupees?|lire|lira|pesos?|crowns?|guilders?|dinars?|riyals?|"
    r"won|rand|schillings?|kronor|kroner|krona|escudos?|pesetas?|ringgit|baht|rupiah|naira)"
)
# Measures a story gives: "40 degrees Celsius", "15.8 mln bpd", "300 tonnes", "12 miles".
_MEASURE = (
    r"(?:degrees(?: (?:Celsius|Fahrenheit|centigrade|C|F)\b)?|tonnes?|tons?|barrels?|bpd|"
    r"ounces?|ozs?|bushels?|lbs?|kilos?|kilograms?|kg|grams?|gallons?|litres?|liters?|"
    r"kilometres?|kilometers?|km|miles?|metres?|meters?|feet|foot|acres?|hectares?|"
    r"megawatts?|mw|kilowatts?|kwh|carats?|cubic (?:feet|metres?|meters?)|sq (?:ft|km)|bales?)"
)
_ZONE = r"(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|JST|HKT|SGT|AEST|local time)"
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_PERCENT = r"(?:pct|percent|per cent|%|percentage points?|basis points?)"
_DURATION = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "1-1/2" and "3/4": the eighths and halves of market prices; "25/six": a quoted range.
_NUMBER = (
    r"\d+-\d{1,2}/(?:2|4|8|16|32|64)(?!\d)|\d{1,2}/(?:2|4|8|16|32|64)(?![\d/])"
    r"|\d+/(?:one|two|three|four|five|six|seven|eight|nine)\b"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "hundreds": 100, "thousands": 1000, "dozen": 12, "dozens": 12,
}  # fmt: skip
_SCALES = {
    "mln": 1e6,
    "million": 1e6,
    "m": 1e6,
    "bln": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "thousand": 1e3,
    "k": 1e3,
}

_IS_MONEY = re.compile(_CURRENCY_AFTER, re.I)
_IS_PERCENT = re.compile(_PERCENT)
_IS_DURATION = re.compile(_DURATION)
_IS_ZONE = re.compile(_ZONE)

_DATE = re.compile(
    rf"\b(?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?|(?:19|20)\d\d-\d\d-\d\d)\b"
)
_FIGURE = re.compile(
    rf"(?:(?P<qual>\b(?i:{_QUALIFIER})) )?"
    rf"(?P<cur>{_CURRENCY_BEFORE})?(?<![\w.,\-/])(?P<num>{_NUMBER}|(?i:{'|'.join(_WORDS)}))(?![\w\-/]|[.,]\d)"
    rf"(?:[ -]?(?P<scale>{_SCALE})\b)?"
    rf"(?:[ ]?(?P<unit>{_CURRENCY_AFTER}\b|{_PERCENT}(?!\w)|{_DURATION}\b|{_MEASURE}\b"
    rf"|{_ZONE}\b|(?i:{'|'.join(_FRACTIONS)})\b))?"
)
# The same figures as _FIGURE.finditer, found from the numbers out: a number is looked for
# first (cheap), then the few places a figure holding it can start (a qualifier, a currency
# sign, the number) are tried. finditer tried the qualifier alternation at every character.
_NUM = re.compile(rf"(?<![\w.,\-/])(?:{_NUMBER}|(?i:{'|'.join(_WORDS)}))(?![\w\-/]|[.,]\d)")
_QUAL_BEFORE = re.compile(rf"\b(?i:{_QUALIFIER}) $")
_CURRENCIES = ("US$", "C$", "A$", "HK$", "$", "£", "€", "¥")
_QUAL_REACH = 30  # characters: the longest qualifier and its space
_QUAL_ENDS = tuple(f"{q} " for q in _QUALIFIERS)


def _qualifier_before(text: str, at: int) -> re.Match[str] | None:
    """ "about 5": a cheap test of the words before first, the pattern (word edges) only then."""
    if not text[max(0, at - _QUAL_REACH) : at].casefold().endswith(_QUAL_ENDS):
        return None
    return _QUAL_BEFORE.search(text, max(0, at - _QUAL_REACH), at)


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    last_end = 0
    for num in _NUM.finditer(text):
        at = num.start()
        if at < last_end:
            continue
        anchors = [at]
        anchors += [
            at - len(c) for c in _CURRENCIES if len(c) <= at and text.startswith(c, at - len(c))
        ]
        starts = set(anchors)
        for anchor in anchors:
            if qual := _qualifier_before(text, anchor):
                starts.add(qual.start())
        for start in sorted(s for s in starts if s >= last_end):
            match = _FIGURE.match(text, start)
            if match and match.start("num") == at:
                last_end = match.end()
                yield match
                break


_OF = re.compile(r" of ([a-z]+)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_COUNTED = re.compile(r" ((?:[a-z][a-z\-]*)(?: [a-z][a-z\-]*){0,2})")
_STOP = {
    "the", "a", "an", "to", "from", "in", "on", "at", "and", "or", "that", "who", "which", "for",
    "of", "by", "with", "will", "would", "could", "can", "may", "might", "were", "was", "are",
    "is", "had", "have", "has", "be", "been", "said", "says", "as", "than", "per", "into", "over",
    "after", "before", "since", "ago", "earlier", "later", "more", "less", "each",
}  # fmt: skip
_PLURALS = {
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "personnel",
    "aircraft",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "livestock",
    "equipment",
    "crew",
    "troops",
}
_NAMES = (
    "Article", "Section", "Chapter", "Clause", "Paragraph", "Resolution", "Route", "Flight",
    "Apollo", "Boeing", "Airbus", "Windows", "Formula", "No.", "Number", "Vol.", "Page", "Room",
    "Gate", "Terminal", "Highway", "Interstate", "Level", "Phase", "Stage", "Category", "Class",
    "Type", "Model", "Series", "Group", "Grade", "Title",
)  # fmt: skip
_NAME_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _NAMES))})\s*$", re.IGNORECASE)
_NAME_ENDS = tuple(n.casefold() for n in _NAMES)


def _named_by(text: str, at: int) -> bool:
    """ "Article 5", "Boeing 747": the number is part of a name (cheap test first)."""
    before = text[max(0, at - 20) : at]
    return before.rstrip().casefold().endswith(_NAME_ENDS) and bool(_NAME_BEFORE.search(before))


def _value(num: str, scale: str | None) -> float | None:
    lower = num.lower()
    if lower in _WORDS:
        value = float(_WORDS[lower])
    elif "/" in num:  # "1-1/2" → 1.5, "3/4" → 0.75; "25/six" (a range) → its first number
        whole, _, part = num.rpartition("-")
        top, _, bottom = part.partition("/")
        if not bottom.isdigit():
            return float(top)
        value = float(whole or 0) + int(top) / int(bottom)
    else:
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
    return value * _SCALES.get((scale or "").lower(), 1.0)


def _counted(text: str, end: int) -> tuple[str, int]:
    """What a count counts: "troops", "world leaders", "chiefs of staff"; and where it ends."""
    m = _COUNTED.match(text, end)
    if not m:
        return "", end
    words = m.group(1).split()
    kept: list[str] = []
    for word in words:
        if word in _STOP:
            break
        kept.append(word)
        if (word.endswith("s") and not word.endswith("ss")) or word in _PLURALS:
            break
    if not kept:
        return "", end
    phrase = " ".join(kept)
    stop = end + 1 + len(phrase)
    of = _OF.match(text, stop)  # at stop, not on a slice of the rest of the text (n²)
    if of and of.group(1) not in _STOP and kept[-1].endswith("s"):
        phrase, stop = f"{phrase} of {of.group(1)}", of.end()
    return phrase, stop


def find_figures(text: str) -> list[Figure]:
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        figures.append(Figure(m.group(), m.start(), m.end(), None, "date"))
        taken.append((m.start(), m.end()))
    taken_starts = [s for s, _ in taken]
    for m in _figure_matches(text):
        num_start = m.start("num")
        inside = bisect_right(taken_starts, num_start) - 1  # dates come sorted, never overlap
        if inside >= 0 and num_start < taken[inside][1]:
            continue
        if _named_by(text, num_start) and not m.group("qual"):
            continue
        num, unit, scale = m.group("num"), (m.group("unit") or ""), m.group("scale")
        is_word = num.lower() in _WORDS
        kind: FigureKind = "count"
        of = ""
        end = m.end()
        if m.group("cur") or _IS_MONEY.fullmatch(unit):
            kind, of = "money", unit or m.group("cur")
        elif unit and _IS_PERCENT.fullmatch(unit):
            kind, of = "percent", unit
        elif unit and _IS_DURATION.fullmatch(unit):
            kind, of = "duration", unit
        elif unit and _IS_ZONE.fullmatch(unit):
            kind, of = "time", unit  # "1400 GMT": a time of day, not a count of 1,400
        elif unit.lower() in _FRACTIONS:
            kind, of = "fraction", unit  # "two thirds"
        elif unit:
            kind, of = "measure", unit
        else:
            of, end = _counted(text, m.end())
            # "in 2012", "the 2012 tragedy", "his 1998 book": a year; "2000 soldiers" a count.
            if _YEAR.fullmatch(num) and not scale and not of.split(" ")[0].endswith("s"):
                kind, of, end = "date", "", m.end("num")
        if is_word and not of:
            continue  # "five to two": a number word needs something to count
        if is_word and kind == "count" and not re.match(r"[a-z]", of):
            continue
        value = None if kind in ("date", "time") else _value(num, scale)
        if kind == "percent" and value is not None and unit.lower().startswith("basis"):
            value, of = value / 100, "percentage points"  # 25 basis points: a 0.25-point change
        if kind == "fraction" and value is not None:
            value /= _FRACTIONS[unit.lower()]
        qualifier = m.group("qual") or ""
        start = m.start("qual") if qualifier else (m.start("cur") if m.group("cur") else num_start)
        figures.append(Figure(text[start:end], start, end, value, kind, of, qualifier))
    return _share_units(text, sorted(figures, key=lambda f: f.start))


_JOINED = re.compile(r"\s*(?:and|or|to|-|–)\s*")
_SCALE_IN = re.compile(rf"\b({_SCALE})\b", re.I)


def _share_units(text: str, figures: list[Figure]) -> list[Figure]:
    """ "3.25 and 5.75 pct", "3 to 4 mln dlrs": a bare number takes the unit of the figure it
    is joined to."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        bare, full = out[i], out[i + 1]
        if bare.kind != "count" or bare.of or full.kind in ("count", "date", "time"):
            continue
        if not _JOINED.fullmatch(text, bare.end, full.start):
            continue
        value = bare.value
        scale = _SCALE_IN.search(full.text)
        if value is not None and scale and not _SCALE_IN.search(bare.text):
            value *= _SCALES[scale.group(1).lower()]
        out[i] = replace(bare, value=value, kind=full.kind, of=full.of)
    return out
