"""HTML input: main text, publication date and URL of a web page, through trafilatura.

trafilatura is an optional extra (`pip install 'factcheck-news[html]'`); it is imported only when an
HTML file is read, so `import factcheck` stays fast. Spans of claims found in an HTML article
index the extracted main text, which becomes `Article.text`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factcheck.errors import EmptyInputError, InputError

INSTALL_HINT = "reading HTML needs trafilatura: pip install 'factcheck-news[html]'"

_DATE_PARAMS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    # A fixed upper bound, so the result never depends on the day the page is read.
    "max_date": "2100-12-31",
}
"""htmldate settings: only dates the page states (meta tags, markup), the original one first."""


def html_to_text(html: str, *, path: str) -> tuple[str, dt.date | None, str | None]:
    """(main text, publication date or None, canonical URL or None) of an HTML page.

    Navigation, footers and other boilerplate are dropped by trafilatura. Raises InputError
    when trafilatura is missing, and EmptyInputError when the page has no main text.
    """
    try:
        import trafilatura
    except ImportError as exc:
        # Name the missing module: an installed trafilatura can still fail to import when
        # one of its own dependencies (lxml_html_clean, say) is absent.
        raise InputError(f"{INSTALL_HINT} ({exc})", path=path) from None
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"cannot parse HTML: {exc}", path=path) from None
    text = _field(doc, "text")
    if not text or not text.strip():
        raise EmptyInputError("HTML page has no main text", path=path)
    return text, _date(_field(doc, "date")), _field(doc, "url") or None


def _field(doc: Any, name: str) -> str | None:
    if doc is None:
        return None
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value if isinstance(value, str) else None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
