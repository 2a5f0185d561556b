#!/usr/bin/env bash
# Set up lineage and trace the example articles in seeds/ (writes lineage.svg).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/lineage trace seeds/ --graph lineage.svg
