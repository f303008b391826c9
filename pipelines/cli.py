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


def _run_parameters(args: argparse.Namespace) -> dict:
    corpus, out = Path(args.corpus), Path(args.out)
    if not corpus.is_dir():
        raise CorpusNotFound(f"corpus folder not found: {corpus}")
    _check_output(out)
    if args.workers < 1 or args.batch_size < 1:
        raise VeilleError("--workers and --batch-size must be 1 or more")
    return {
        "corpus": str(corpus.resolve()),
        "out": str(out.resolve()),
        "sep": args.sep,
        "models": str(Path(args.models).resolve()) if args.models else None,
        "workers": args.workers,
        "max_bytes": args.max_bytes,
        "batch_size": args.batch_size,
    }


def command_run(args: argparse.Namespace) -> int:
    parameters = _run_parameters(args)
    from .flow import veille_run  # imported late: Prefect reads its settings on import
    from .state import run_lock

    with run_lock(Path(parameters["out"])):  # a second run stops here, before Prefect starts
        if args.dask:
            from .scaling import dask_task_runner

            # the workers are Dask's: one spaCy process in each
            with dask_task_runner(args.dask, args.workers) as runner:
                veille_run.with_options(task_runner=runner)(**{**parameters, "workers": 1}, full=args.full)
        else:
            veille_run(**parameters, full=args.full)
    return 0


def command_review_import(args: argparse.Namespace) -> int:
    from .codebook import load_codebook
    from .config import default_models_dir
    from .review import import_sheet
    from .state import StateStore, run_lock

    out, sheet = Path(args.out), Path(args.file)
    _check_output(out)
    models = Path(args.models) if args.models else default_models_dir()
    with run_lock(out):
        report = import_sheet(sheet, StateStore(out), load_codebook((models / "codebook.yaml").resolve()))
    print(
        f"{report.imported} decisions imported, {report.unchanged} already recorded, "
        f"{len(report.refused)} rows refused; `veille run --out {out}` applies them"
    )
    for line, reason, _ in report.refused:
        print(f"{sheet}: row {line}: {reason}", file=sys.stderr)
    return 1 if report.refused else 0


def command_serve(args: argparse.Namespace) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        # a temporary server has no scheduler: the deployment would never run
        raise VeilleError(
            "veille serve needs a Prefect server for its schedule: run `prefect server start` in another "
            "terminal, then set PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    parameters = _run_parameters(args)
    from .scheduling import serve

    serve(parameters, cron=args.cron, timezone=args.timezone, name=args.name)
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
        description="Process the new and changed files of a corpus folder and rebuild the analyst tables.",
    )
    _add_run_options(run)
    run.add_argument("--full", action="store_true", help="read and analyse every file again, not only the new work")
    run.add_argument(
        "--dask",
        metavar="ADDRESS",
        default=None,
        help="send the analysis batches to a Dask cluster (tcp://host:8786), or 'local' for a cluster on this machine",
    )
    run.set_defaults(handler=command_run)

    serve = commands.add_parser(
        "serve",
        help="run on a schedule (a Prefect deployment served by this process)",
        description="Serve the run on a cron schedule until stopped (Ctrl-C). Same options as `veille run`.",
    )
    _add_run_options(serve)
    serve.add_argument("--cron", required=True, help='cron schedule, e.g. "0 6 * * *" for 6:00 every day')
    serve.add_argument("--timezone", default="Europe/Paris", help="time zone of the schedule (default: Europe/Paris)")
    serve.add_argument("--name", default="veille-daily", help="deployment name (default: veille-daily)")
    serve.set_defaults(handler=command_serve)

    review = commands.add_parser(
        "review",
        help="analysts' decisions on events (import a review sheet)",
        description="Store analysts' decisions on events; every run applies them.",
    )
    review_commands = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    review_import = review_commands.add_parser(
        "import",
        help="store the decisions of a review sheet",
        description="Store the decisions (accept, reject, edit) of a review sheet; invalid rows are refused with "
        "their row number and the reason, the rest is imported. Exit status 1 when a row was refused.",
    )
    review_import.add_argument("file", help="review sheet (review.csv as written by a run, edited)")
    review_import.add_argument("--out", default="outputs", help="output folder whose state keeps the decisions")
    review_import.add_argument("--models", default=None, help="folder of gazetteers and codebook (default: models)")
    review_import.set_defaults(handler=command_review_import)

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


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", default="corpus", help="folder of source texts (default: corpus)")
    parser.add_argument("--out", default="outputs", help="folder for the tables and the run state (default: outputs)")
    parser.add_argument("--sep", default=",", choices=[",", ";"], help="CSV separator; ';' for French-locale Excel")
    parser.add_argument("--models", default=None, help="folder of gazetteers and codebook (default: models)")
    parser.add_argument("--workers", type=int, default=1, help="spaCy processes (default: 1)")
    parser.add_argument(
        "--max-bytes", type=int, default=5_000_000, help="larger files are refused (default: 5000000, 5 MB)"
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=200,
        help="documents per analysis task; each batch is saved when done (default: 200)",
    )


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
