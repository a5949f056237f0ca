"""quizgen: comprehension and media-literacy questions from news articles."""

__version__ = "0.1.0"
