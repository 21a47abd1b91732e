"""Turn ../shared/data/reuters21578 (SGML) into wirereader Markdown article files, for benchmarks."""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578"
_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.DOTALL)
_DATE = re.compile(r"(\d{1,2}-[A-Za-z]{3}-\d{4})\s+(\d{1,2}:\d{2}:\d{2})")
_SIGN_OFF = re.compile(r"(?:\s*\bReuter\b)+\s*$", re.IGNORECASE)  # "Reuter", "REUTER\n Reuter"


def story_date(raw: str) -> datetime | None:
    """`5-MAR-1987 09:06:11.73` and `26-FEB-1987 15:01:01.79`: days of one or two digits."""
    match = _DATE.search(raw)
    try:
        return datetime.strptime(" ".join(match.groups()), "%d-%b-%Y %H:%M:%S") if match else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Story:
    newid: str
    title: str
    date: datetime | None
    paragraphs: list[str]


def _field(block: str, tag: str) -> str:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.DOTALL)
    return html.unescape(match.group(1)) if match else ""


def stories(folder: Path = REUTERS) -> Iterator[Story]:
    for sgm in sorted(folder.glob("reut2-*.sgm")):
        text = sgm.read_bytes().decode("latin-1")
        for newid, block in _STORY.findall(text):
            title = " ".join(_field(block, "TITLE").split()).title()
            body = _field(block, "BODY").replace("\x03", "")
            if not title and not body.strip():  # TYPE="UNPROC": the text sits in <TEXT> itself
                raw = re.search(r"<TEXT[^>]*>(.*?)</TEXT>", block, re.DOTALL)
                body = html.unescape(raw.group(1)).replace("\x03", "") if raw else ""
            body = _SIGN_OFF.sub("", body.strip())
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s{3,}", body) if p.strip()]
            date = story_date(_field(block, "DATE"))
            if title or paragraphs:
                yield Story(newid, title or paragraphs[0][:80], date, paragraphs or [title])


def prose(size: int) -> str:
    """The stories' paragraphs one after another, blank-line separated, cut at `size`
    characters: one long article of wire prose."""
    parts: list[str] = []
    total = 0
    for story in stories():
        parts.append("\n\n".join(story.paragraphs))
        total += len(parts[-1])
        if total > size:
            break
    return "\n\n".join(parts)[:size]


def write_corpus(out: Path, copies: int = 1) -> int:
    """Write every story `copies` times (distinct ids); returns how many files exist."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    all_stories = list(stories())
    for copy in range(copies):
        folder = out / f"copy{copy}"
        folder.mkdir(exist_ok=True)
        for story in all_stories:
            path = folder / f"reuters-{story.newid}.md"
            count += 1
            if path.exists():
                continue
            published = story.date.isoformat() if story.date else ""
            title = story.title.replace('"', "'")
            path.write_text(
                f'---\nid: r{copy}-{story.newid}\ntitle: "{title}"\nsource: Reuters\n'
                f"published: {published}\n---\n" + "\n\n".join(story.paragraphs) + "\n",
                encoding="utf-8",
            )
    return count


def corpus_folders(work: Path, copies: int) -> tuple[int, list[Path]]:
    """Write the corpus under `work` (once) and return (story count, one folder a copy)."""
    if not REUTERS.exists():
        sys.exit(f"{REUTERS} is absent: the shared corpora sit beside the checkout")
    corpus = work / "corpus"
    n = write_corpus(corpus, copies)
    return n, [corpus / f"copy{i}" for i in range(copies)]
