"""Generate docs/kinds.md from the registered kinds' corpora: `python -m factcheck.docgen --update`.

The corpora are the specification; this page shows them to people. A test fails when the
page is out of date, and only the explicit `--update` flag rewrites it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from factcheck.kinds import KINDS

DOC = Path(__file__).resolve().parents[2] / "docs" / "kinds.md"


def _value(v: Any) -> str:
    data = v.model_dump(mode="json", exclude_defaults=False)
    return ", ".join(f"{k}={data[k]}" for k in data if data[k] not in (None, False, ""))


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render_kinds_md() -> str:
    """The whole docs/kinds.md page."""
    out = [
        "# Claim kinds",
        "",
        "Generated from the corpora of the registered kinds (`src/factcheck/kinds/<kind>/`) by "
        "`python -m factcheck.docgen --update`; do not edit by hand. Every example below is "
        "also a test: positives must be extracted whole, exactly once, with this value; "
        "negatives must yield nothing; pairs must get the verdict shown.",
        "",
    ]
    for spec in KINDS:
        corpus, negatives, pairs = spec.corpus, spec.negative_corpus, spec.compare_corpus
        doc = spec.doc.strip().splitlines()
        out += [f"## {spec.name}", "", *doc, ""]
        out += [
            f"{sum(len(f) for _, f in corpus)} positive forms, {len(negatives)} negatives, "
            f"{len(pairs)} compare pairs.",
            "",
            "| value | surface forms |",
            "|---|---|",
        ]
        for value, forms in corpus:
            out.append(f"| {_cell(_value(value))} | {_cell(' · '.join(f'`{f}`' for f in forms))} |")
        out += ["", "Yield nothing: " + _cell(", ".join(f"`{n}`" for n in negatives)), ""]
        out += ["| a | b | verdict |", "|---|---|---|"]
        for a, b, verdict in pairs:
            out.append(f"| `{_cell(a)}` | `{_cell(b)}` | {verdict} |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    """`--update` rewrites docs/kinds.md; `--check` exits 1 when it is out of date."""
    page = render_kinds_md()
    if "--update" in argv:
        DOC.write_text(page, encoding="utf-8")
        return 0
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if current != page:
        print("docs/kinds.md is out of date: run python -m factcheck.docgen --update")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
