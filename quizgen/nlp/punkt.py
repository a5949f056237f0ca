"""NLTK's Punkt sentence splitter, without NLTK's package start-up.

`import nltk` runs nltk/__init__.py, which imports every corpus reader and, where SciPy is
installed, scipy.stats: 1.5-6 s, most of the start-up of `quizgen analyze`. Punkt itself needs
four small modules. They are loaded under a bare stand-in for the `nltk` package, which is
then removed, so that an `import nltk` elsewhere in the process still gets the real package.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import cache
from pathlib import Path


@cache
def punkt_module() -> types.ModuleType:
    if "nltk.tokenize.punkt" in sys.modules:
        return sys.modules["nltk.tokenize.punkt"]
    if "nltk" in sys.modules:  # the real package is loaded already: nothing to save
        return importlib.import_module("nltk.tokenize.punkt")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed")
    root = Path(list(spec.submodule_search_locations)[0])
    stand_ins = {"nltk": root, "nltk.tokenize": root / "tokenize"}
    for name, path in stand_ins.items():
        module = types.ModuleType(name)
        module.__path__ = [str(path)]
        sys.modules[name] = module
    try:
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name in stand_ins:
            sys.modules.pop(name, None)
