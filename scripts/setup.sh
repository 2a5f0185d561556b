#!/usr/bin/env bash
# Install everything lineage needs on a fresh Debian/Ubuntu machine:
# Graphviz (dot), Redis (shared-index tests), Chromium (HTML report tests), Java (Spark),
# then a virtual environment in .venv with lineage and its dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)  # Spark (lineage spark trace)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)  # README's query of the store's columns
if [ "${LINEAGE_SKIP_BROWSER:-0}" != "1" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e '.[dev,spark]'
# Compile the kernels once (numba caches them on disk): later runs load them in a fraction of a second.
.venv/bin/lineage trace seeds/ --format json >/dev/null 2>&1 || .venv/bin/lineage trace seeds/ --format json >/dev/null
echo "setup: done (.venv/bin/lineage)" >&2
