"""The `quizgen` command: the same work as the web app, without a browser.

Imports are lazy so that each command loads only what it needs (start-up time matters).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.model import FAMILIES, TYPES


def _read_source(arg: str):
    """A path, or '-' for standard input (pasted text)."""
    if arg == "-":
        return sys.stdin.buffer.read()
    return Path(arg)


def _article(arg: str):
    from quizgen.pipeline import load_article

    source = _read_source(arg)
    return load_article(source, filename="stdin.txt" if arg == "-" else None)


def cmd_analyze(args: argparse.Namespace) -> int:
    import json

    from quizgen.pipeline import analyze

    analysis = analyze(_article(args.article))
    if args.format == "json":
        _write(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2), args.output)
    else:
        from quizgen.render.text import analysis_text

        _write(analysis_text(analysis), args.output)
    return 0


def _settings(args: argparse.Namespace):
    from quizgen.model import Settings

    return Settings(
        count=args.count,
        families=args.families or list(FAMILIES),
        types=args.types or list(TYPES),
        difficulty=args.difficulty or [1, 2, 3],
        seed=args.seed,
    )


def cmd_generate(args: argparse.Namespace) -> int:
    from quizgen.pipeline import analyze, generate

    settings = _settings(args)
    qset = generate(analyze(_article(args.article)), settings)
    if args.pdf:
        from quizgen.render.exporting import export_files

        for path in export_files(qset, formats=["pdf"], answer_key=args.answer_key,
                                 with_article=args.with_article, output=args.output):
            print(path, file=sys.stderr)
    elif args.format == "json":
        _write(qset.to_json(), args.output)
    else:
        from quizgen.render.text import question_set_text

        _write(question_set_text(qset), args.output)
    # after the set is written: an output that cannot be written is the one line printed
    if len(qset.questions) < settings.count:
        print(f"quizgen: {len(qset.questions)} of the {settings.count} questions asked for; "
              "the article gave no more that pass the quality checks", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from quizgen.render.exporting import export_files

    source = Path(args.source)
    if source.suffix.lower() == ".json":
        from quizgen.questionset import load_question_set

        qset = load_question_set(source)
    else:
        from quizgen.model import Settings
        from quizgen.pipeline import analyze, generate

        qset = generate(analyze(_article(args.source)), Settings())
    formats = [f for f in ("pdf", "moodle", "gift", "qti", "json") if getattr(args, f)]
    for path in export_files(qset, formats=formats or ["pdf"], answer_key=args.answer_key,
                             with_article=args.with_article, output=args.output):
        print(path)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from quizgen.web import create_app

    app = create_app()
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from quizgen.backup import backup

    print(backup(Path(args.output) if args.output else None))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from quizgen.backup import restore

    print(restore(Path(args.backup)))
    return 0


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


def _whole_number(lo: int, hi: int):
    """An argparse type: a whole number from lo to hi, refused with one clear line."""

    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text}") from None
        if not lo <= n <= hi:
            raise argparse.ArgumentTypeError(f"must be between {lo} and {hi}, not {n}")
        return n

    return parse


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quizgen", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("analyze", help="analyse an article (entities, dates, numbers, quotes)")
    a.add_argument("article", help="a .txt or .html file, or - for standard input")
    a.add_argument("--format", choices=["json", "text"], default="json")
    a.add_argument("-o", "--output")
    a.set_defaults(func=cmd_analyze)

    g = sub.add_parser("generate", help="generate a question set from an article")
    g.add_argument("article", help="a .txt or .html file, or - for standard input")
    g.add_argument("--format", choices=["json", "text"], default="json")
    g.add_argument("-n", "--count", type=_whole_number(1, 500), default=25,
                   help="number of questions (1 to 500)")
    g.add_argument("--types", nargs="+", choices=TYPES, metavar="TYPE",
                   help=f"question types ({', '.join(TYPES)})")
    g.add_argument("--families", nargs="+", choices=FAMILIES, metavar="FAMILY",
                   help=f"question families ({', '.join(FAMILIES)})")
    g.add_argument("--difficulty", nargs="+", type=int, choices=[1, 2, 3])
    g.add_argument("--seed", type=_whole_number(0, 1_000_000_000), default=0,
                   help="seed for reproducible shuffling (0 to 1000000000)")
    g.add_argument("-o", "--output")
    g.add_argument("--pdf", action="store_true", help="write a PDF worksheet instead")
    g.add_argument("--answer-key", action="store_true")
    g.add_argument("--with-article", action="store_true")
    g.set_defaults(func=cmd_generate)

    e = sub.add_parser("export", help="export a question set (or an article) as files")
    e.add_argument("source", help="a question-set .json file, or an article")
    for fmt, text in (("pdf", "PDF worksheet"), ("moodle", "Moodle XML"), ("gift", "GIFT"),
                      ("qti", "IMS QTI 2.1 package"), ("json", "question-set JSON")):
        e.add_argument(f"--{fmt}", action="store_true", help=text)
    e.add_argument("--answer-key", action="store_true", help="also write the answer key")
    e.add_argument("--with-article", action="store_true", help="print the article too")
    e.add_argument("-o", "--output", help="output file or folder (default: exports/)")
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("serve", help="run the classroom web app on this machine")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=5000)
    s.add_argument("--debug", action="store_true")
    s.set_defaults(func=cmd_serve)

    b = sub.add_parser("backup", help="copy the SQLite database (safe while serving)")
    b.add_argument("-o", "--output", help="file or folder (default: backups/)")
    b.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="replace the SQLite database with a backup")
    r.add_argument("backup", help="a file written by 'quizgen backup'")
    r.set_defaults(func=cmd_restore)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuizgenError as err:
        print(f"quizgen: {err.message('en')}", file=sys.stderr)
        return 2
    except OSError as err:  # an output path that cannot be written
        where = f": {err.filename}" if err.filename else ""
        print(f"quizgen: cannot write{where} ({err.strerror or err})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
