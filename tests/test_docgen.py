from __future__ import annotations

from factcheck.docgen import DOC, render_kinds_md
from factcheck.kinds import KINDS


def test_docgen_kinds_page_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render_kinds_md(), (
        "docs/kinds.md is stale: run python -m factcheck.docgen --update"
    )


def test_docgen_kinds_page_covers_every_kind() -> None:
    page = render_kinds_md()
    for spec in KINDS:
        assert f"## {spec.name}" in page
