"""Precision/recall/F1 of actor extraction on CoNLL-2003, and quotes/figures against ../shared gold.

    python benchmarks/extract_quality.py [--split valid|train]

Scores exact spans and kinds over PER/ORG/LOC (MISC left out). Demonym mentions ("British" as a
mention of the United Kingdom) are left out of the predictions too: CoNLL tags them MISC.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conll import Document, documents
from wirereader.extract import extract
from wirereader.ingest import read_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def predicted(doc: Document) -> set[tuple[int, int, str]]:
    spans = set()
    for actor in extract(doc.text).actors:
        for m in actor.mentions:
            if not m.linked:
                spans.add((m.start, m.end, actor.kind))
    return spans


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[Document], label: str) -> dict[str, tuple[float, float, float]]:
    counts: Counter[tuple[str, str]] = Counter()
    errors: Counter[str] = Counter()
    for doc in docs:
        pred = predicted(doc)
        for span in pred & doc.gold:
            counts[(span[2], "tp")] += 1
        for span in pred - doc.gold:
            counts[(span[2], "fp")] += 1
            errors[f"false {span[2]}: {doc.text[span[0] : span[1]]}"] += 1
        for span in doc.gold - pred:
            counts[(span[2], "fn")] += 1
            errors[f"missed {span[2]}: {doc.text[span[0] : span[1]]}"] += 1
    out = {}
    print(f"\n{label}: {len(docs)} documents")
    print(f"{'kind':<14}{'P':>7}{'R':>7}{'F1':>7}")
    for kind in ("person", "organisation", "place"):
        tp, fp, fn = (counts[(kind, x)] for x in ("tp", "fp", "fn"))
        out[kind] = prf(tp, fp, fn)
        print(f"{kind:<14}" + "".join(f"{v:7.3f}" for v in out[kind]))
    tp, fp, fn = (
        sum(counts[(k, x)] for k in ("person", "organisation", "place")) for x in ("tp", "fp", "fn")
    )
    out["all"] = prf(tp, fp, fn)
    print(f"{'all':<14}" + "".join(f"{v:7.3f}" for v in out["all"]))
    print("most frequent errors:", "; ".join(f"{e} ×{n}" for e, n in errors.most_common(12)))
    return out


def norm(text: str) -> str:
    return re.sub(r"[\s,.;:]+$", "", text.replace("’", "'")).strip().lower()


def gold_quotes_and_figures() -> None:
    for gold_path in sorted(SHARED.glob("gold/*.yaml")):
        gold: dict[str, Any] = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        seed = ROOT / "seeds" / "000_2c1af1381dab5487.txt"
        article = read_article(seed)
        found = extract(article.body)
        quotes = {norm(q.text): q for q in found.quotes}
        matched = [(g, quotes.get(norm(g["text"]))) for g in gold.get("quotes", [])]
        hit = [(g, q) for g, q in matched if q is not None]
        right = sum(q.speaker.lower() == g["speaker"].lower() for g, q in hit)  # type: ignore[union-attr]
        print(
            f"\n{gold_path.name}: quotes found {len(hit)}/{len(matched)}, "
            f"speaker right on {right}/{len(hit)} found ({right / max(1, len(hit)):.2f}); "
            f"extractor returned {len(found.quotes)} quotes"
        )
        figures = {f.text for f in found.figures}
        gold_figures = [g["text"] for g in gold.get("figures", [])]
        got = sum(t in figures for t in gold_figures)
        bad = [t for t in gold.get("not_figures", []) if any(t in f for f in figures)]
        print(
            f"{gold_path.name}: figures found {got}/{len(gold_figures)}; "
            f"not-figures marked: {len(bad)}; extractor returned {len(figures)} figures"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="valid", choices=["valid", "train"])
    args = parser.parse_args()
    path = SHARED / "data" / "conll2003" / f"{args.split}.txt"
    if not path.exists():
        sys.exit(f"{path} is absent: the shared corpora sit beside the checkout")
    docs = list(documents(path))
    score(docs, f"CoNLL-2003 {args.split}, all documents")
    prose = [d for d in docs if d.numeric_share < 0.15]
    score(prose, f"CoNLL-2003 {args.split}, without results tables (<15% numeric tokens)")
    gold_quotes_and_figures()


if __name__ == "__main__":
    main()
