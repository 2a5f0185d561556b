"""News pages and WARC files for the tests, made by ``scripts/make_example_warc.py`` (the script
that makes ``examples/seeds.warc.gz``), so that the tests read what the example holds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "make_example_warc.py"


def _load() -> ModuleType:
    name = "make_example_warc"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module


script = _load()
Response = script.Response
render_page = script.render_page
write_warc = script.write_warc
seed_articles = script.seed_articles
seed_responses = script.seed_responses


def extracted(text: str) -> str:
    """What extraction gives back of an article rendered by ``render_page``: the text without
    leading and trailing white space, its paragraphs separated by one line feed, not a blank line."""
    return "\n".join(p for p in text.strip().split("\n") if p.strip())
