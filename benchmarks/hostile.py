"""Hostile input: each junk case beside the real wire/copy pair of the seeds, traced whole.

For every case of issue 18 (and 10 MB of random Unicode) it writes a folder holding the
seeds' Adnkronos wire (000) and its rewrite (001) and the junk article, then runs
``lineage trace FOLDER --format json`` as a subprocess and reports its wall time and peak
RSS (the process and the workers it waited for), whether 000 → 001 is still found, the exit
status and the warning lines; beside it, the same trace with a normal article of the same
size in place of the junk (synthetic Italian-like news from ``scale.py``'s generator, all
distinct sentences), so the ratio says what the junk costs beyond its size.

    .venv/bin/python benchmarks/hostile.py
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import Article, Generator, render

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = "000_24fdc73ef1bfebf6"
REWRITE = "001_2598fe8beeab436c"
SENTENCE = "Il governo ha approvato il decreto sulle pensioni nella seduta di oggi. "  # 72 characters
LINEAGE = str(Path(sys.executable).parent / "lineage")


def cases() -> dict[str, tuple[str, str]]:
    """name -> (file name, content) of each junk article."""
    rnd = random.Random(11)
    words = ["".join(rnd.choice("abcdefghilmnoprstuvz") for _ in range(rnd.randint(2, 9))) for _ in range(5000)]
    one_line = " ".join(rnd.choice(words) for _ in range(3_000_000))[:20_000_000]
    alphabet = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF]
    noise = "".join(rnd.choice(alphabet) for _ in range(10_000_000))
    surrogate = json.dumps({"id": "junk", "text": "Una frase con un carattere rotto \ud800 dentro. " * 20})
    return {
        '"a" + "\\n\\r" * 20000': ("junk.txt", "a" + "\n\r" * 20_000),
        '"Sì. " * 200000': ("junk.txt", "Sì. " * 200_000),
        "70-char sentence x 50,000": (
            "junk.txt",
            "Il governo ha approvato il decreto sulle pensioni in seduta. " * 50_000,
        ),
        "JSONL with a lone surrogate": ("junk.jsonl", surrogate + "\n"),
        "20 MB one-line article": ("junk.txt", one_line),
        "10 MB random Unicode": ("junk.txt", noise),
    }


def normal_article(size: int, seed: int = 3) -> str:
    """Distinct generated news sentences, ``size`` characters."""
    gen = Generator(seed)
    parts: list[str] = []
    total = 0
    story = 1
    while total < size:
        story += 1
        text = render(Article("n", story, tuple(map(tuple, gen.body(story, 2000))), "X", 0.0, None))
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)[:size]


def run(folder: Path) -> dict[str, object]:
    """Trace ``folder``: wall seconds, peak RSS, pair found, exit status, warning lines."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [LINEAGE, "trace", str(folder), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    found = False
    with contextlib.suppress(ValueError, KeyError):
        found = any((e["source"], e["target"]) == (WIRE, REWRITE) for e in json.loads(out)["edges"])
    return {
        "seconds": round(seconds, 2),
        "found": found,
        "status": proc.returncode,
        "warnings": [line for line in err.splitlines() if line.startswith("warning: ")],
        "error": err.strip().splitlines()[-1] if proc.returncode not in (0, 1) and err.strip() else "",
    }


def peak_rss_of(folder: Path) -> tuple[dict[str, object], int]:
    """:func:`run` with the peak RSS (bytes) of the trace and the workers it waited for."""
    pid = os.fork()
    if pid == 0:  # a child of its own, so that RUSAGE_CHILDREN holds this trace only
        result = run(folder)
        import resource

        result["peak_rss"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        with open(folder / "result.json", "w", encoding="utf-8") as f:
            json.dump(result, f)
        os._exit(0)
    os.waitpid(pid, 0)
    result = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    return result, int(result.pop("peak_rss"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/lineage-hostile"))
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    print(
        f"{'case':30s} {'size':>10s} {'seconds':>8s} {'normal':>7s} {'ratio':>6s} {'peak MB':>8s} "
        f"{'normal MB':>9s} {'000→001':>7s} {'exit':>4s} warnings",
    )
    for k, (name, (file_name, content)) in enumerate(cases().items()):
        results = []
        for kind, text in (("junk", content), ("normal", None)):
            folder = args.work / f"{k}-{kind}"
            folder.mkdir(parents=True)
            for doc_id in (WIRE, REWRITE):
                shutil.copy(SEEDS / f"{doc_id}.txt", folder / f"{doc_id}.txt")
            if text is None:
                size = len(content)
                text, file_name_used = normal_article(size), "normal.txt"
            else:
                file_name_used = file_name
            (folder / file_name_used).write_text(text, encoding="utf-8", errors="surrogatepass")
            results.append(peak_rss_of(folder))
        (junk, junk_rss), (normal, normal_rss) = results
        ratio = float(junk["seconds"]) / max(float(normal["seconds"]), 1e-9)  # type: ignore[arg-type]
        warnings = junk["warnings"]
        assert isinstance(warnings, list)
        print(
            f"{name:30s} {len(content):>10,} {junk['seconds']:>8} {normal['seconds']:>7} {ratio:>6.2f} "
            f"{junk_rss / 2**20:>8.0f} {normal_rss / 2**20:>9.0f} {'yes' if junk['found'] else 'NO':>7s} "
            f"{junk['status']:>4} {len(warnings)}{(' ' + str(junk['error'])) if junk['error'] else ''}"
        )
        for line in warnings:
            print(f"    {line[:160]}")


if __name__ == "__main__":
    main()
