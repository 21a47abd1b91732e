"""Find a full calendar date (with a year) in article text or parse one from front matter."""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r" (?P<day>\d{1,2}),? (?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2}) " + _MONTH + r",? (?P<year>(?:19|20)\d\d)\b"),
]


def _from_match(match: re.Match[str]) -> datetime | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
    try:
        return datetime(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def find_date_in_text(text: str) -> datetime | None:
    """The earliest-placed full date in the text, if any."""
    found: list[tuple[int, datetime]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text[:5000]):
            value = _from_match(match)
            if value is not None:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None


def parse_date_value(value: object) -> datetime | None:
    """A front-matter date: YAML date/datetime, or a string in ISO or '20 August 2025' form."""
    if isinstance(value, datetime):
        return dated(value.replace(tzinfo=None))
    if isinstance(value, date):
        return dated(datetime(value.year, value.month, value.day))
    if isinstance(value, str):
        try:
            found = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return find_date_in_text(value)
        return dated(found.replace(tzinfo=None))
    return None


def dated(value: datetime | None) -> datetime | None:
    """`value`, or None for Go's zero time, 0001-01-01 00:00: what feeds written by Go programs
    (Hugo sites among them) give an undated item. No story is dated the first day of year 1."""
    if value is None or (value.year, value.month, value.day, value.hour) == (1, 1, 1, 0):
        return None
    return value


def nitf_date(value: str) -> str:
    """NITF's 20250801T120000Z (or 20250801) as ISO 8601."""
    digits = value.replace("-", "").replace(":", "")
    if len(digits) >= 8 and digits[:8].isdigit():
        iso = f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
        if len(digits) >= 15 and digits[8] == "T":
            iso += f"T{digits[9:11]}:{digits[11:13]}:{digits[13:15]}"
        return iso
    return value
