"""The command's help and version load none of the pipeline's heavy libraries (kept fast)."""

from __future__ import annotations

import json
import subprocess
import sys

import lineage
from lineage.cli.index import STORE_BATCH
from lineage.store.schema import BATCH
from tests.corpus import ROOT

HEAVY = ("scipy", "numba", "datasketch", "trafilatura")

# Run in a fresh interpreter: in this one, other tests have imported everything already.
_PROBE = """
import json, sys
from click.testing import CliRunner
import lineage
from lineage.cli import cli
for args in {commands!r}:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
{then}
print(json.dumps({{"file": lineage.__file__, "loaded": sorted(m for m in {heavy!r} if m in sys.modules)}}))
"""


def _heavy_loaded(commands: list[list[str]], then: str = "") -> list[str]:
    """The heavy libraries a fresh interpreter has loaded after running ``commands`` (and ``then``)."""
    code = _PROBE.format(commands=commands, then=then, heavy=HEAVY)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.splitlines()[-1])
    assert found["file"] == lineage.__file__  # the code under test, not another copy
    loaded: list[str] = found["loaded"]
    return loaded


def test_help_and_version_import_no_heavy_library() -> None:
    commands = [["--help"], ["trace", "--help"], ["--version"], ["compare", "--help"], ["audit", "--help"]]
    commands += [["index", "add", "--help"], ["query", "--help"], ["spark", "trace", "--help"]]
    assert _heavy_loaded(commands) == []


def test_the_probe_sees_a_public_name_load_the_pipeline() -> None:
    # The test above would pass vacuously if the probe could not see an import.
    assert _heavy_loaded([["--help"]], then="from lineage import trace") == sorted(HEAVY)


def test_every_public_name_resolves() -> None:
    assert all(getattr(lineage, name) is not None for name in lineage.__all__)
    assert set(lineage.__all__) <= set(dir(lineage))


def test_index_add_shows_the_store_batch_size() -> None:
    assert STORE_BATCH == BATCH
