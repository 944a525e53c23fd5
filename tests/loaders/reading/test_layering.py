"""Reading documents does not depend on extraction (no import cycle between the sub-packages)."""

import ast
import subprocess
import sys


def test_reading_imports_no_extraction_module():
    code = ("import sys, conceptkg.loaders.reading as r; "
            "r.split_sentences(r.normalize_text('一、总体要求\\n第一句。第二句。')); "
            "print(sorted(m for m in sys.modules if m.startswith('conceptkg.loaders.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(out.stdout)
    assert "conceptkg.loaders.reading.normalize" in loaded
    assert not [m for m in loaded if m.startswith("conceptkg.loaders.extraction")]
