"""README.md's Python snippets run as written, each as a script of its own, in a folder that
holds the repository's seeds/ and examples/ as the README assumes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import ROOT

README = ROOT / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _snippets() -> list[tuple[int, str]]:
    """Every ```python block of the README with the line its code starts on."""
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in _BLOCK.finditer(text)]


SNIPPETS = _snippets()


def test_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 3


@pytest.mark.parametrize(("line", "code"), SNIPPETS, ids=[f"README.md:{line}" for line, _ in SNIPPETS])
def test_readme_snippet_runs(line: int, code: str, tmp_path: Path) -> None:
    for name in ("seeds", "examples"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    script = tmp_path / "snippet.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, f"README.md:{line}: the snippet fails:\n{proc.stderr}"


# The console blocks: every `$ command` runs as written, in README order, in one folder that
# holds what the quick start leaves (seeds/, examples/ and the .venv), and the output a block
# shows after a command is found in what it prints, line by line in order ("..." skips lines;
# a line ending in "..." stands for the lines that start with what precedes it).
# These set up or test the repository itself and are run by CI as they are:
NOT_RUN_HERE = (
    "bash scripts/quickstart.sh",
    ".venv/bin/python -m pytest -q",
    ".venv/bin/ruff check . && .venv/bin/ruff format --check .",
    ".venv/bin/mypy",
)
_CONSOLE = re.compile(r"^```console\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _commands() -> list[tuple[int, str, list[str]]]:
    """``(line, command, expected output lines)`` of every ``$`` line of the console blocks."""
    text = README.read_text(encoding="utf-8")
    found: list[tuple[int, str, list[str]]] = []
    for m in _CONSOLE.finditer(text):
        first = text.count("\n", 0, m.start(1)) + 1
        for k, line in enumerate(m.group(1).splitlines()):
            if line.startswith("$ "):
                found.append((first + k, line[2:], []))
            elif found and line.strip():
                found[-1][2].append(line.rstrip())
    return found


def _shown_in(expected: list[str], output: str) -> str | None:
    """The first expected line not found in order in ``output`` (None when all are)."""
    lines = [line.rstrip() for line in output.splitlines()]
    at = 0
    for want in expected:
        if want == "...":
            continue
        prefix = want[:-3] if want.endswith("...") else None
        while at < len(lines) and not (lines[at] == want or (prefix and lines[at].startswith(prefix))):
            at += 1
        if at == len(lines):
            return want
        at += 1
    return None


def test_readme_console_commands_run_as_written(tmp_path: Path) -> None:
    commands = _commands()
    run = [(line, cmd, out) for line, cmd, out in commands if cmd not in NOT_RUN_HERE]
    assert {cmd for _, cmd, _ in commands if cmd in NOT_RUN_HERE} == set(NOT_RUN_HERE)  # each is still there
    assert len(run) >= 15
    for name in ("seeds", "examples"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent, target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    for line, command, expected in run:
        proc = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        output = proc.stdout + proc.stderr
        assert proc.returncode == 0, f"README.md:{line}: `{command}` exits {proc.returncode}:\n{output[-3000:]}"
        # a block shows stderr lines (a progress note) among stdout's: each stream keeps its order
        on_stderr = [w for w in expected if w != "..." and _shown_in([w], proc.stderr) is None]
        on_stdout = [w for w in expected if w not in on_stderr]
        missing = _shown_in(on_stdout, proc.stdout) or _shown_in(on_stderr, proc.stderr)
        assert missing is None, f"README.md:{line}: `{command}` does not print\n{missing}\nit prints:\n{output[-3000:]}"
