"""The JSON Schema of the canonical JSON report, exported from the pydantic models.

`report_schema()` describes exactly what `Report.to_json()` writes: every key is always
present (defaults included), `schema_version` is fixed to this version of the contract.
docs/json-schema.md publishes it; `python -m factcheck.schema --update` rewrites that copy and
`python -m factcheck.schema` prints it (exit 1 when the published copy is stale).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from factcheck.model import SCHEMA_VERSION, Report

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DOC = Path(__file__).resolve().parents[2] / "docs" / "json-schema.md"
"""The page that publishes the schema, between BEGIN and END."""
BEGIN = "<!-- report-schema:begin (python -m factcheck.schema --update) -->"
END = "<!-- report-schema:end -->"


def _require_every_property(node: Any) -> None:
    # `to_json` never leaves a key out, so in the written document every property is required.
    if isinstance(node, dict):
        if node.get("type") == "object" and isinstance(node.get("properties"), dict):
            node["required"] = list(node["properties"])
        for value in node.values():
            _require_every_property(value)
    elif isinstance(node, list):
        for value in node:
            _require_every_property(value)


def report_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the JSON report, version `SCHEMA_VERSION`."""
    schema = Report.model_json_schema(mode="serialization")
    _require_every_property(schema)
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}


def schema_json() -> str:
    """The schema as indented JSON, as docs/json-schema.md publishes it."""
    return json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"


def published_schema(page: str) -> dict[str, Any]:
    """The schema published in a docs page: the ```json block between BEGIN and END."""
    try:
        block = page.split(BEGIN, 1)[1].split(END, 1)[0]
        body = block.split("```json\n", 1)[1].rsplit("```", 1)[0]
    except IndexError:
        raise ValueError("no published schema block between the report-schema markers") from None
    data: dict[str, Any] = json.loads(body)
    return data


def update_page(page: str) -> str:
    """`page` with the block between BEGIN and END replaced by the current schema."""
    head, rest = page.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    return f"{head}{BEGIN}\n```json\n{schema_json()}```\n{END}{tail}"


def main(argv: list[str]) -> int:
    """Print the schema; with --update rewrite docs/json-schema.md; exit 1 when it is stale."""
    page = DOC.read_text(encoding="utf-8")
    if "--update" in argv:
        DOC.write_text(update_page(page), encoding="utf-8")
        return 0
    sys.stdout.write(schema_json())
    try:
        return 0 if published_schema(page) == report_schema() else 1
    except ValueError:
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
