"""Quote spans and speakers against ../shared/gold/reuters-quotes.yaml (70 Reuters stories).

    python benchmarks/quote_gold.py [--errors]

Matching rule from gold/SOURCE.md: a found quote matches a gold one when their words overlap by at
least half of the shorter; the speaker is right when its last word equals the gold speaker's last
word. Speech quotes score speakers; "other" quotes (scare quotes, titles, terms) should get none.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reuters import REUTERS, stories
from wirereader.extract import extract
from wirereader.model import Quote

GOLD = REUTERS.parent.parent / "gold" / "reuters-quotes.yaml"


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower().replace("’", "'"))


def overlaps(a: str, b: str) -> bool:
    wa, wb = Counter(words(a)), Counter(words(b))
    shorter = min(sum(wa.values()), sum(wb.values()))
    return shorter > 0 and sum((wa & wb).values()) * 2 >= shorter


def last_word(name: str) -> str:
    found = words(name)
    return found[-1] if found else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="print each wrong speaker")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"{GOLD} is absent: the shared gold sits beside the checkout")
    gold: dict[str, Any] = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    wanted = {s["newid"]: s for s in gold["stories"]}
    bodies = {s.newid: "\n\n".join(s.paragraphs) for s in stories() if s.newid in wanted}
    counts: Counter[str] = Counter()
    began = time.perf_counter()
    for newid, story in wanted.items():
        found = list(extract(bodies[newid]).quotes)
        used: set[int] = set()
        counts["found"] += len(found)
        for item in story["quotes"]:
            counts["gold"] += 1
            match = next(
                (
                    i
                    for i, q in enumerate(found)
                    if i not in used and overlaps(q.text, item["text"])
                ),
                None,
            )
            if match is None:
                counts["missed"] += 1
                continue
            used.add(match)
            counts["matched"] += 1
            _score(item, found[match], counts, args.errors, newid)
    took = time.perf_counter() - began
    p = counts["matched"] / max(1, counts["found"])
    r = counts["matched"] / max(1, counts["gold"])
    print(
        f"{len(wanted)} stories, {counts['gold']} gold quotes, {counts['found']} found ({took:.2f} s)"
    )
    print(f"quote spans: P {p:.3f}  R {r:.3f}")
    speech = counts["speech"]
    print(
        f"speaker right: {counts['right']}/{speech} matched speech quotes ({counts['right'] / max(1, speech):.3f})"
    )
    for kind in ("pronoun", "unnamed", "named"):
        n = counts[f"{kind}"]
        print(
            f"  {kind:8} {counts[f'{kind} right']}/{n} ({counts[f'{kind} right'] / max(1, n):.3f})"
        )
    other = counts["other"]
    print(
        f"non-speech quotes with no speaker: {counts['other right']}/{other} ({counts['other right'] / max(1, other):.3f})"
    )


def _score(
    item: dict[str, Any], quote: Quote, counts: Counter[str], show: bool, newid: str
) -> None:
    if item["kind"] != "speech":
        counts["other"] += 1
        counts["other right"] += not quote.speaker
        return
    counts["speech"] += 1
    mention = str(item.get("speaker_mention") or "").lower()
    kind = "pronoun" if mention in {"he", "she", "they", "it", "we", "i"} else "named"
    if not item["speaker"][:1].isupper() and kind == "named":
        kind = "unnamed"
    counts[kind] += 1
    right = last_word(quote.speaker) == last_word(item["speaker"]) and bool(quote.speaker)
    counts["right"] += right
    counts[f"{kind} right"] += right
    if show and not right:
        print(f"  [{newid}] {kind}: want {item['speaker']!r} got {quote.speaker!r} ({quote.cue!r})"
              f" « {quote.text[:60]} »")  # fmt: skip


if __name__ == "__main__":
    main()
