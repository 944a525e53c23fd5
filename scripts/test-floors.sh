#!/usr/bin/env bash
# The suite against the dependency floors: every "name>=X" of pyproject.toml (dependencies and
# the test extra) installed as "name==X.*" (the oldest minor release allowed) in .venv-floors,
# then the fast tests. Run it after changing a floor. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv-floors/bin/python ] || "$PY" -m venv .venv-floors
.venv-floors/bin/python - > .venv-floors/floors.txt <<'PYEOF'
import re, tomllib
data = tomllib.load(open("pyproject.toml", "rb"))["project"]
for dep in data["dependencies"] + data["optional-dependencies"]["test"]:
    m = re.match(r"([A-Za-z0-9_.\-]+)>=([0-9.]+)$", dep)
    if m and m.group(1) not in ("ruff", "playwright"):
        print(f"{m.group(1)}=={m.group(2)}.*")
PYEOF
.venv-floors/bin/python -m pip install -q -r .venv-floors/floors.txt
.venv-floors/bin/python -m pip install -q --no-deps -e .
.venv-floors/bin/python -m pip list --format=freeze | grep -i -f <(cut -d= -f1 .venv-floors/floors.txt)
.venv-floors/bin/python -m pytest -q -m "not slow and not neo4j and not browser" "$@"
