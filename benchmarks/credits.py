"""Credits against the families' gold: does lineage read the credit of every copy that credits
its source, and none where there is none?

    .venv/bin/python benchmarks/credits.py ../shared/reuse-families/ benchmarks/families/

For every article of the families given but the wire, the agencies its text credits for the text
(:func:`lineage.text.credits.find_credits`, photo credits left out, the article's own agency left
out) are compared with its gold ``credited``: a credited copy whose credit is read, one whose
credit is missed (with the gold ``credit_text``), an article credited by none whose text lineage
reads a credit in. Credits that name no agency (``(fonti di agenzia)``, ``(from wire reports)``) or
a company or an outlet instead of an agency are counted among the missed: no agency to read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lineage.text.credits import agency_named, find_credits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("families", nargs="+", type=Path)
    read = missed = extra = 0
    lines = []
    for root in parser.parse_args().families:
        for path in sorted(root.glob("*/family.json")) if root.is_dir() else [root]:
            for doc in json.loads(path.read_text(encoding="utf-8"))["documents"]:
                if doc["kind"] == "wire":
                    continue
                own = agency_named(doc["outlet"]) if doc.get("outlet") else None
                found = {c.agency for c in find_credits(doc["text"]) if c.covers_text} - {own.name if own else ""}
                if doc.get("credited") and found:
                    read += 1
                elif doc.get("credited"):
                    missed += 1
                    lines.append(f"missed: {doc['id']} ({doc['kind']}): {doc.get('credit_text')!r}")
                elif found:
                    extra += 1
                    lines.append(f"extra: {doc['id']} ({doc['kind']}): {sorted(found)}")
    print(f"credited copies read {read}, missed {missed}; credits read where there is none {extra}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
