"""The import contract: the layers of the package import only downwards.

    core  <-  lang  <-  kinds (shared helpers, base, then one package per kind)  <-  model  <-  the rest

- `factcheck.core` imports nothing of factcheck; `factcheck.lang` only itself and core.
- A kind package imports core, lang, `factcheck.kinds.base` and the shared helpers
  (`factcheck.kinds._*`), its own modules, and `factcheck.config` only for type checking.
  From another kind it may import only that kind's value models or the names in its
  `__all__`, and only when it declares that kind in `Kind.needs`.
- Nothing under `factcheck.kinds` imports `factcheck.model` or anything above it.

Every import statement counts, including those inside functions.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from factcheck.kinds import BUILTIN, get_kind

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "factcheck"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str, tuple[str, ...], bool]]:
    """(line, module, imported names, under TYPE_CHECKING) of every factcheck import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only |= {id(n) for n in ast.walk(node)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] == "factcheck":
                names = tuple(a.name for a in node.names)
                out.append((node.lineno, node.module, names, id(node) in typing_only))
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == "factcheck":
                    out.append((node.lineno, a.name, (), id(node) in typing_only))
    return out


MODULES = sorted(PACKAGE.rglob("*.py"))


def _allowed(module: str, target: str, names: tuple[str, ...], typing_only: bool) -> str | None:
    """None when `module` may import `names` from `target`, else the rule it breaks."""
    if module == "factcheck.core" or module.startswith("factcheck.core."):
        return "core imports nothing of factcheck"
    if module.startswith("factcheck.lang"):
        if target.startswith("factcheck.lang") or target == "factcheck.core":
            return None
        return "lang imports only lang and core"
    if not module.startswith("factcheck.kinds."):
        return None
    if target in ("factcheck.core", "factcheck.kinds.base") or target.startswith(
        ("factcheck.lang", "factcheck.kinds._")
    ):
        return None
    if target == "factcheck.config" and typing_only:
        return None
    parts = module.split(".")
    if len(parts) < 3 or parts[2].startswith("_") or parts[2] == "base":
        return f"shared kind modules import only core, lang and factcheck.kinds._* ({target})"
    own = ".".join(parts[:3])
    if target == own or target.startswith(own + "."):
        return None
    tparts = target.split(".")
    if target.startswith("factcheck.kinds.") and len(tparts) >= 3:
        other = tparts[2]
        needs = get_kind(parts[2]).needs
        if other not in needs:
            return f"{parts[2]} imports kind {other!r} without declaring it in Kind.needs"
        if len(tparts) == 4 and tparts[3] == "value":
            return None
        public = set(getattr(importlib.import_module(f"factcheck.kinds.{other}"), "__all__", ()))
        if len(tparts) == 3 and set(names) <= public:
            return None
        return f"{parts[2]} imports internals of kind {other!r}: {sorted(set(names) - public)}"
    return f"kinds never import {target} (it builds on the kinds)"


def test_layers_every_kind_is_a_package() -> None:
    for name in BUILTIN:
        package = PACKAGE / "kinds" / name
        assert (package / "__init__.py").is_file(), f"{name}: kinds/{name}/__init__.py"
        assert (package / "value.py").is_file(), f"{name}: kinds/{name}/value.py"
    assert not [p.name for p in (PACKAGE / "kinds").glob("*.py") if not p.name.startswith("_")
                and p.name != "base.py"], "kind modules live in their packages"  # fmt: skip


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_imports_follow_the_contract(path: Path) -> None:
    module = _module_name(path)
    broken = [
        f"{path.relative_to(SRC)}:{line}: {target}: {why}"
        for line, target, names, typing_only in _imports(path)
        if (why := _allowed(module, target, names, typing_only)) is not None
    ]
    assert not broken, "\n".join(broken)


def test_layers_contract_catches_a_breach() -> None:
    assert _allowed("factcheck.kinds.count", "factcheck.kinds.money", ("WORDS",), False)
    assert _allowed("factcheck.kinds.quote", "factcheck.kinds.name", ("_Raw",), False)
    assert _allowed("factcheck.kinds.quote", "factcheck.kinds.name", ("match",), False) is None
    assert _allowed("factcheck.kinds.count", "factcheck.model", ("Claim",), False)
    assert _allowed("factcheck.kinds.count", "factcheck.config", ("Config",), False)
    assert _allowed("factcheck.lang.fr", "factcheck.kinds", ("KINDS",), False)
    assert _allowed("factcheck.core", "factcheck.lang", (), False)


def _graph() -> dict[str, set[str]]:
    """Module → the factcheck modules it imports at run time (type-checking imports aside)."""
    mods = {_module_name(p): p for p in MODULES}
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for m, path in mods.items():
        for _, target, names, typing_only in _imports(path):
            if typing_only:
                continue
            found = {f"{target}.{n}" for n in names if f"{target}.{n}" in mods}
            while target and target not in mods:
                target = target.rpartition(".")[0]
            graph[m] |= found | ({target} if target and target != m else set())
    return graph


def test_layers_no_import_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1 and nxt != "factcheck":
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)
