#!/usr/bin/env bash
# Debian's headless Chromium (+ chromium-driver) and CJK fonts for the browser tests and
# benchmarks/bench_viz.py. Uses apt only: never downloads a browser build (no `playwright install`).
# Safe to run again; installs only what is missing. Needs root (or sudo).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
# (no grep -q: with pipefail, fc-list would die of SIGPIPE and the test would fail)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
if [ "${#need[@]}" -eq 0 ]; then
  echo "install-browser: /usr/bin/chromium and Noto Sans CJK already present"
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-browser: need root to apt-get install ${need[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}"
/usr/bin/chromium --version
