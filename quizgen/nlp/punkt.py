"""NLTK's Punkt and Snowball, without NLTK's package start-up.

`import nltk` runs nltk/__init__.py, which imports every corpus reader and, where SciPy is
installed, scipy.stats: 1.5-6 s, most of the start-up of `quizgen analyze`. Punkt and the
Snowball stemmers need a handful of small modules. They are loaded under bare stand-ins for
the `nltk` packages, which are then removed, so that an `import nltk` elsewhere in the process
still gets the real package.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import cache
from pathlib import Path


def _load(name: str, packages: tuple[str, ...], stubs: dict[str, dict]) -> types.ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    if "nltk" in sys.modules:  # the real package is loaded already: nothing to save
        return importlib.import_module(name)
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed")
    root = Path(list(spec.submodule_search_locations)[0])
    added = []
    for package in ("nltk", *packages):
        module = types.ModuleType(package)
        module.__path__ = [str(root.joinpath(*package.split(".")[1:]))]
        sys.modules[package] = module
        added.append(package)
    for stub, attributes in stubs.items():
        if stub not in sys.modules:
            module = types.ModuleType(stub)
            module.__dict__.update(attributes)
            sys.modules[stub] = module
            added.append(stub)
    try:
        return importlib.import_module(name)
    finally:
        for package in added:
            sys.modules.pop(package, None)


@cache
def punkt_module() -> types.ModuleType:
    return _load("nltk.tokenize.punkt", ("nltk.tokenize",), {})


@cache
def snowball_module() -> types.ModuleType:
    # snowball.py imports nltk.corpus only for stop words, which we never ask it for
    return _load("nltk.stem.snowball", ("nltk.stem",), {"nltk.corpus": {"stopwords": None}})
