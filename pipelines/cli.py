"""The `veille` command."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .config import configure_prefect
from .errors import CorpusNotFound, OutputNotWritable, VeilleError


def _check_output(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputNotWritable(f"cannot create the output folder {out}: {error.strerror or error}") from error
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputNotWritable(f"the output folder is not writable: {out}")


def command_run(args: argparse.Namespace) -> int:
    corpus, out = Path(args.corpus), Path(args.out)
    if not corpus.is_dir():
        raise CorpusNotFound(f"corpus folder not found: {corpus}")
    _check_output(out)
    from .flow import veille_run  # imported late: Prefect reads its settings on import

    veille_run(
        corpus=str(corpus),
        out=str(out),
        sep=args.sep,
        models=args.models,
        workers=args.workers,
        max_bytes=args.max_bytes,
    )
    return 0


def command_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import run_evaluation

    return run_evaluation(
        Path(args.gold), models=args.models, detail=args.detail, metrics=Path(args.metrics) if args.metrics else None
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veille",
        description="Extract security and defence cooperation events from French reporting into analyst tables.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = commands.add_parser(
        "run",
        help="process a corpus folder and write the CSV tables",
        description="Process every file of a corpus folder and write the analyst tables.",
    )
    run.add_argument("--corpus", default="corpus", help="folder of source texts (default: corpus)")
    run.add_argument("--out", default="outputs", help="folder for the tables (default: outputs)")
    run.add_argument("--sep", default=",", choices=[",", ";"], help="CSV separator; ';' for French-locale Excel")
    run.add_argument("--models", default=None, help="folder of gazetteers and codebook (default: models)")
    run.add_argument("--workers", type=int, default=1, help="spaCy processes (default: 1)")
    run.add_argument("--max-bytes", type=int, default=5_000_000, help="larger files are refused (default: 5 MB)")
    run.set_defaults(handler=command_run)

    evaluate = commands.add_parser(
        "evaluate",
        help="score entities and events against gold annotations",
        description="Score the bare model and the full pipeline against gold files.",
    )
    evaluate.add_argument("--gold", default="corpus", help="folder of texts with .gold.json files (default: corpus)")
    evaluate.add_argument("--models", default=None, help="folder of gazetteers and codebook (default: models)")
    evaluate.add_argument("--detail", action="store_true", help="list every miss and false positive")
    evaluate.add_argument("--metrics", default=None, help="metrics file (default: outputs/metrics.json)")
    evaluate.set_defaults(handler=command_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_prefect()
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except VeilleError as error:
        print(f"veille: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("veille: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
