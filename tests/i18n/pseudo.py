"""A pseudo-translation: every text of the code wrapped in ⟦…⟧, built at test time.

lupdate reads the code into a fresh ``.ts`` file, each translation becomes its source text in
brackets (placeholders, ``%n`` and mnemonics kept as they are), and lrelease builds the
``.qm`` file. Installed as if it were German, every text that went through ``translate`` shows
its brackets; a text without them was never marked.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "\u27e6", "\u27e7"
LANGUAGE = "de"
"""The language the pseudo-translation is installed as (for its plural rules and dates)."""


def translations_script() -> ModuleType:
    """``packaging/translations.py`` (lupdate and lrelease), which is not a package."""
    spec = importlib.util.spec_from_file_location(
        "bodymap_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(target: Path) -> Path:
    """A fresh ``.ts`` file with every text the code marks, none translated."""
    translations_script().update([target])
    return target


def wrapped(text: str) -> str:
    """The pseudo-translation of ``text``."""
    return f"{OPEN}{text}{CLOSE}"


def build(folder: Path) -> Path:
    """``folder/bodymap_de.qm`` holding the pseudo-translation of every text of the code."""
    source = extract(folder / f"pseudo_{LANGUAGE}.ts")
    tree = ElementTree.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = wrapped(text)
        if not forms:
            translation.text = wrapped(text)
    filled = folder / f"filled_{LANGUAGE}.ts"
    tree.write(filled, encoding="utf-8", xml_declaration=True)
    catalogue = folder / f"bodymap_{LANGUAGE}.qm"
    translations_script().release(filled, catalogue)
    return catalogue


def unbracketed(text: str, gap: str = "") -> str:
    """What is left of ``text`` outside every ⟦…⟧ (nested brackets, and a bracket opened on
    one line and closed on a later one, are followed), each bracketed part replaced by
    ``gap``."""
    depth = 0
    kept = []
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth = max(0, depth - 1)
            if depth == 0:
                kept.append(gap)
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


_NOT_WORDS = re.compile(r"[\W\d_]+")


def has_words(text: str) -> bool:
    """Whether ``text`` has letters (numbers, dates, punctuation and symbols have none)."""
    return bool(_NOT_WORDS.sub("", text))
