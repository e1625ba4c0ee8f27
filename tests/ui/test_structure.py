"""The widget layer's shape: no import circles, and edits reach the undo stack in one place."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import bodymap.ui

UI = Path(bodymap.ui.__file__).parent
DOCUMENT = UI / "document"


def _module_name(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(UI.rglob("*.py"))}


def _imports(path: Path, known: set[str]) -> set[str]:
    """The widget-layer modules ``path`` imports: anywhere in it, type-checking ones too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from bodymap.ui import menus" imports the module bodymap.ui.menus;
            # "from bodymap.ui.menus import fill" imports that module too.
            submodules = [f"{node.module}.{alias.name}" for alias in node.names]
            names = [m for m in submodules if m in known] or [node.module]
        else:
            continue
        found |= {name for name in names if name in known}
    return found


def import_graph() -> dict[str, set[str]]:
    """Module → the widget-layer modules it imports (a package's own ``__init__`` aside)."""
    modules = _modules()
    known = set(modules)
    graph = {}
    for name, path in modules.items():
        # Importing a submodule runs its packages' __init__ first; that is Python's doing,
        # not an import of the module's own, so packages count only when named.
        graph[name] = {m for m in _imports(path, known) if m != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle of ``graph`` (its modules in order), or [] when there is none."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = "done"
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_the_cycle_finder_finds_a_circle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_the_import_graph_sees_the_main_window_s_imports() -> None:
    graph = import_graph()
    assert "bodymap.ui.diagram_view" in graph["bodymap.ui.main_window"]
    assert "bodymap.ui.window_parts" in graph["bodymap.ui.main_window"], "type-checking import"
    assert "bodymap.ui.wiring" in graph["bodymap.ui.main_window"], "import inside a method"


def test_no_module_of_the_widget_layer_imports_one_that_imports_it_back() -> None:
    assert find_cycle(import_graph()) == []


_PUSHES = re.compile(r"\.push\(|beginMacro|endMacro|QUndoCommand|_commands")


def test_only_the_document_builds_and_pushes_undo_commands() -> None:
    outside = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if DOCUMENT not in path.parents
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _PUSHES.search(line)
    ]
    assert outside == []


def test_the_push_finder_sees_a_push() -> None:
    document = (DOCUMENT / "session_document.py").read_text(encoding="utf-8")
    assert _PUSHES.search(document)
    assert sum(".push(" in line for line in document.splitlines()) == 1, "one gateway"


def test_qt_enums_have_one_spelling() -> None:
    odd = [
        f"{path.relative_to(UI)}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if "QtCore.Qt." in line or "from PySide6 import QtCore" in line
    ]
    assert odd == []
