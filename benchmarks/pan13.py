"""Score ``lineage.compare`` on a PAN text-alignment corpus with plagdet.

    python benchmarks/pan13.py /work/shared/pan13-train --limit 200
    python benchmarks/pan13.py CORPUS_DIR --out detections/ --workers 2
    python benchmarks/pan13.py CORPUS_DIR --check-offsets

CORPUS_DIR has PAN's layout: ``src/`` and ``susp/`` documents, and folders
``0X-<type>/`` each holding a ``pairs`` file (``suspicious-documentA.txt
source-documentB.txt`` per line) and one gold XML file per pair. Every pair is
compared with ``lineage.compare(source_text, suspicious_text)``; the passages'
spans become detections (target = suspicious document). Cases and detections
are pooled per folder and over all folders, as PAN's ``perfmeasures.py`` does.

Documents are decoded as UTF-8 with ``newline=""`` (no newline translation):
gold offsets count characters of the decoded text (``--check-offsets`` checks
this on the verbatim folder).

The table goes to stdout, progress to stderr. With ``--out DIR`` the detections
are written as ``DIR/<folder>/<susp>-<src>.xml``, the layout the official
``perfmeasures.py -p CORPUS/<folder> -d DIR/<folder>`` expects.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import resource
import sys
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import lineage
from lineage.evaluation import (
    Case,
    Detection,
    Scores,
    evaluate,
    passages_to_detections,
    read_cases,
    write_detections,
)
from lineage.text import AnalysedText, analyse

VERBATIM_FOLDER = "02-no-obfuscation"


@dataclass(frozen=True, slots=True)
class Pair:
    """One (suspicious, source) pair of a folder."""

    folder: str
    suspicious: str  # file name in susp/
    source: str  # file name in src/

    @property
    def xml_name(self) -> str:
        """Name of the pair's gold (and detection) XML file."""
        return f"{Path(self.suspicious).stem}-{Path(self.source).stem}.xml"


@dataclass(frozen=True, slots=True)
class Result:
    """Detections of one pair, as returned by a worker."""

    pair: Pair
    detections: tuple[Detection, ...]
    seconds: float  # time spent in lineage.compare (wall clock)
    cpu: float = 0.0  # CPU time of the worker in lineage.compare (does not grow with other load)
    error: str | None = None  # LineageError message, when compare refused the pair
    out_of_range: int = 0  # detections whose spans fall outside the texts


def read_text(path: Path) -> str:
    """Read a PAN document: UTF-8, newlines kept as they are (offsets are characters)."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def read_pairs(corpus: Path, folder: str, limit: int | None) -> list[Pair]:
    """The pairs of a folder, in the order of its ``pairs`` file (the first ``limit`` ones)."""
    pairs = []
    for line in (corpus / folder / "pairs").read_text(encoding="utf-8").splitlines():
        if line.strip():
            suspicious, source = line.split()
            pairs.append(Pair(folder, suspicious, source))
    return pairs[:limit] if limit is not None else pairs


# Documents kept analysed by a worker with --reuse-analysis (least recently used dropped).
_ANALYSED: OrderedDict[str, AnalysedText] = OrderedDict()
_ANALYSED_MAX = 1500


def _analysed(key: str, text: str) -> AnalysedText:
    """The analysis of a document this worker has seen before, or a new one (kept)."""
    found = _ANALYSED.get(key)
    if found is not None:
        _ANALYSED.move_to_end(key)
        return found
    result = _ANALYSED[key] = analyse(text)
    if len(_ANALYSED) > _ANALYSED_MAX:
        _ANALYSED.popitem(last=False)
    return result


def align_pair(task: tuple[Path, Pair, bool]) -> Result:
    """Compare one pair (runs in a worker process)."""
    corpus, pair, reuse = task
    source_text = read_text(corpus / "src" / pair.source)
    suspicious_text = read_text(corpus / "susp" / pair.suspicious)
    start = time.perf_counter()
    cpu_start = time.process_time()
    try:
        if reuse:
            source: str | AnalysedText = _analysed("src/" + pair.source, source_text)
            suspicious: str | AnalysedText = _analysed("susp/" + pair.suspicious, suspicious_text)
            comparison = lineage.compare(source, suspicious)
        else:
            comparison = lineage.compare(source_text, suspicious_text)
    except lineage.LineageError as e:
        return Result(pair, (), time.perf_counter() - start, error=str(e))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    detections = passages_to_detections(comparison.passages, pair.suspicious, pair.source, suspicious_text)
    out_of_range = sum(
        1 for d in detections if d.suspicious_span[1] > len(suspicious_text) or d.source_span[1] > len(source_text)
    )
    return Result(pair, detections, seconds, cpu, out_of_range=out_of_range)


def check_offsets(corpus: Path, folder: str) -> tuple[int, int, int]:
    """Check that gold slices of the suspicious and source texts agree for verbatim cases.

    PAN's verbatim cases differ from their source only in whitespace (a newline
    may become a space), so slices are compared with every whitespace character
    mapped to a space; lengths must match exactly.

    Returns:
        (cases, identical up to whitespace, byte-for-byte identical).
    """
    whitespace = re.compile(r"\s")
    total = same = exact = 0
    for pair in read_pairs(corpus, folder, None):
        suspicious_text = read_text(corpus / "susp" / pair.suspicious)
        for case in read_cases(corpus / folder / pair.xml_name):
            source_text = read_text(corpus / "src" / case.source)
            copy = suspicious_text[slice(*case.suspicious_span)]
            original = source_text[slice(*case.source_span)]
            total += 1
            same += whitespace.sub(" ", copy) == whitespace.sub(" ", original)
            exact += copy == original
    return total, same, exact


def peak_rss_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of the largest finished worker, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return own / scale, children / scale


def format_row(name: str, scores: Scores, pairs: int, flagged: int, seconds: float) -> str:
    """One line of the results table."""
    rate = pairs / seconds if seconds > 0 else float("inf")
    return (
        f"{name:<28} {pairs:>6} {scores.cases:>6} {scores.detections:>6} {flagged:>7} "
        f"{scores.plagdet:>8.4f} {scores.precision:>9.4f} {scores.recall:>7.4f} "
        f"{scores.granularity:>6.3f} {rate:>8.2f}"
    )


HEADER = (
    f"{'folder':<28} {'pairs':>6} {'cases':>6} {'dets':>6} {'flagged':>7} "
    f"{'plagdet':>8} {'precision':>9} {'recall':>7} {'gran':>6} {'pairs/s':>8}"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR", help="PAN corpus (src/, susp/, 0X-*/pairs)")
    parser.add_argument("--out", type=Path, help="write detections as PAN XML under this folder")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument("--limit", type=int, help="only the first N pairs of each folder")
    parser.add_argument("--folders", nargs="+", help="folders to run (default: every 0X-* folder)")
    parser.add_argument("--chunksize", type=int, default=4, help="pairs sent to a worker at a time")
    parser.add_argument(
        "--reuse-analysis",
        action="store_true",
        help="each worker keeps the analysis of documents it has already seen (as a store of analysed "
        "documents would) and passes it to compare; the default analyses both texts of every pair",
    )
    parser.add_argument(
        "--check-offsets",
        action="store_true",
        help=f"only check the offset convention on the gold cases of {VERBATIM_FOLDER}",
    )
    args = parser.parse_args(argv)

    corpus: Path = args.corpus
    if not (corpus / "src").is_dir() or not (corpus / "susp").is_dir():
        parser.error(f"{corpus} is not a PAN corpus: it needs src/ and susp/ folders")
    if args.workers < 1 or args.chunksize < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--workers, --chunksize and --limit must be at least 1")

    if args.check_offsets:
        total, same, exact = check_offsets(corpus, VERBATIM_FOLDER)
        print(f"{VERBATIM_FOLDER}: {total} gold cases")
        print(f"  suspicious slice == source slice, whitespace mapped to spaces: {same}")
        print(f"  suspicious slice == source slice, exactly: {exact}")
        return 0 if total and same == total else 1

    folders: list[str] = args.folders or sorted(
        p.name for p in corpus.iterdir() if p.is_dir() and re.match(r"\d\d-", p.name)
    )
    for folder in folders:
        if not (corpus / folder / "pairs").is_file():
            parser.error(f"{corpus / folder} has no pairs file")

    all_cases: list[Case] = []
    all_detections: list[Detection] = []
    total_pairs = total_flagged = 0
    total_seconds = compare_seconds = compare_cpu = 0.0
    load_before = os.getloadavg()[0]
    errors: list[str] = []
    out_of_range = 0

    print(HEADER)
    with multiprocessing.Pool(args.workers) as pool:
        for folder in folders:
            pairs = read_pairs(corpus, folder, args.limit)
            cases = [c for pair in pairs for c in read_cases(corpus / folder / pair.xml_name)]
            detections: list[Detection] = []
            flagged = 0
            if args.out:
                (args.out / folder).mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            tasks = [(corpus, pair, args.reuse_analysis) for pair in pairs]
            for done, result in enumerate(pool.imap(align_pair, tasks, chunksize=args.chunksize), 1):
                detections.extend(result.detections)
                flagged += bool(result.detections)
                compare_seconds += result.seconds
                compare_cpu += result.cpu
                out_of_range += result.out_of_range
                if result.error is not None:
                    errors.append(f"{folder}/{result.pair.xml_name}: {result.error}")
                if args.out:
                    write_detections(
                        args.out / folder / result.pair.xml_name, result.pair.suspicious, result.detections
                    )
                if done % 50 == 0 or done == len(pairs):
                    print(f"\r{folder}: {done}/{len(pairs)} pairs", end="", file=sys.stderr, flush=True)
            seconds = time.perf_counter() - start
            print(file=sys.stderr)
            print(format_row(folder, evaluate(cases, detections), len(pairs), flagged, seconds), flush=True)
            all_cases.extend(cases)
            all_detections.extend(detections)
            total_pairs += len(pairs)
            total_flagged += flagged
            total_seconds += seconds

    print(format_row("overall", evaluate(all_cases, all_detections), total_pairs, total_flagged, total_seconds))
    own, worker = peak_rss_mib()
    mode = "reused per worker" if args.reuse_analysis else "both texts of every pair"
    cpu_per_pair = compare_cpu / max(total_pairs, 1)
    print(
        f"workers: {args.workers}; analysis: {mode}; "
        f"compare time: {compare_seconds:.1f} s "
        f"({1000 * compare_seconds / max(total_pairs, 1):.1f} ms/pair); "
        f"compare CPU time: {compare_cpu:.1f} s ({1000 * cpu_per_pair:.1f} ms/pair, "
        f"{args.workers / cpu_per_pair if cpu_per_pair else 0:.0f} pairs/s on {args.workers} idle cores); "
        f"peak RSS: main {own:.0f} MiB, largest worker {worker:.0f} MiB; "
        f"load average before/after: {load_before:.2f}/{os.getloadavg()[0]:.2f}"
    )
    for message in errors:
        print(f"compare refused {message}", file=sys.stderr)
    if out_of_range:
        print(f"warning: {out_of_range} detections have spans outside their texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
