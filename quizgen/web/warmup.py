"""Load the language models while the teacher is still pasting the article.

The first analysis in a process loads the taggers (about 5 s on the development machine); doing
it in a background thread when the "new set" page is opened makes the first generation as quick
as later ones (about 1.3 s for the seed article).
"""

from __future__ import annotations

import threading

from flask import Flask

SAMPLES = (
    "Die Regierung in Berlin hat am Dienstag ein Gesetz beschlossen. Der Kanzler sagte, "
    "das Gesetz sei gut für das Land.",
    "The government in London passed a law on Tuesday. The prime minister said the law "
    "was good for the country.",
)
_lock = threading.Lock()
_started = False
# One pipeline run at a time per process: the warm-up and a teacher's request never load the
# models concurrently, and CPU-bound generations would not run faster in parallel anyway.
pipeline_lock = threading.Lock()


def warm_up() -> bool:
    """Run the pipeline once on tiny German and English texts; False if that failed."""
    from quizgen import pipeline
    from quizgen.model import Settings

    try:
        with pipeline_lock:
            for text in SAMPLES:
                pipeline.generate(pipeline.analyze(pipeline.load_article(text)),
                                  Settings(count=1))
    except Exception:  # the real request will report any problem properly
        return False
    return True


def warm_up_in_background(app: Flask) -> None:
    """Start ``warm_up`` once per process (not under tests, not with WARM_UP=false)."""
    global _started
    if app.testing or not app.config.get("WARM_UP", True):
        return
    with _lock:
        if _started:
            return
        _started = True
    threading.Thread(target=warm_up, name="quizgen-warm-up", daemon=True).start()
