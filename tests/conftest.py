from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The build hook owns the snippet rules ("# raises:" markers, time limit);
# the tests import them from there so both sides agree.
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))
