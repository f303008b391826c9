"""Incremental runs on a corpus that changes between runs, as `veille run` is used every morning:
only the new work is done, removed files are recorded, a change to models/ or `--full` redoes the
analysis, a killed run leaves the previous tables and the next one completes the work, and a second
run on the same output folder stops with a clear message."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

from pipelines.state import STATE_FILE, STATE_FOLDER, run_lock

from .conftest import CORPUS, ROOT, SEED, build_small_corpus, veille
from .test_flow import read_table

TABLES = ("documents.csv", "entities.csv", "mentions.csv", "events.csv", "event_actors.csv")
NEW_SENTENCE = (
    "\n\nEn mars 2026, la France et l'Inde ont mené l'exercice naval conjoint Varuna au large de Goa, "
    "avec deux frégates et un sous-marin.\n"
)


def snapshot(out):
    return {name: (out / name).read_bytes() for name in TABLES}


def log(result):
    return result.stdout + result.stderr


def analysed_count(result):
    return int(log(result).split(" read and ")[1].split(" analysed")[0])


class History(NamedTuple):
    corpus: Path
    out: Path
    runs: dict[str, subprocess.CompletedProcess]
    tables: dict[str, dict[str, bytes]]
    rewritten: set[str]  # the tables the run with no change wrote again


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Five runs over one output folder, the corpus and the models changing in between."""
    corpus = build_small_corpus(tmp_path_factory.mktemp("corpus"))
    out = tmp_path_factory.mktemp("out")
    models = tmp_path_factory.mktemp("models") / "models"
    shutil.copytree(ROOT / "models", models)
    options = ("--corpus", str(corpus), "--out", str(out), "--models", str(models))
    runs, tables = {}, {}

    runs["first"] = veille("run", *options)
    tables["first"] = snapshot(out)
    stamps = {name: (out / name).stat().st_mtime_ns for name in TABLES}
    runs["again"] = veille("run", *options)
    tables["again"] = snapshot(out)
    rewritten = {name for name in TABLES if (out / name).stat().st_mtime_ns != stamps[name]}
    (out / "events.csv").unlink()  # an analyst deletes a table: the next run writes it again
    runs["restored"] = veille("run", *options)
    tables["restored"] = snapshot(out)

    with open(corpus / "aukus.md", "a", encoding="utf-8") as stream:
        stream.write(NEW_SENTENCE)
    (corpus / "notes" / "page-saved-as.txt").unlink()
    shutil.copy(CORPUS / "dev" / "moy-rafale-golfe-inde.txt", corpus / "rafale.txt")
    runs["changed"] = veille("run", *options)
    tables["changed"] = snapshot(out)

    with open(models / "codebook.yaml", "a", encoding="utf-8") as stream:
        stream.write("\n# an analyst's note: any change to models/ makes stored analyses out of date\n")
    runs["models"] = veille("run", *options)
    tables["models"] = snapshot(out)
    runs["full"] = veille("run", *options, "--full")
    tables["full"] = snapshot(out)
    for name, result in runs.items():
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
    return History(corpus, out, runs, tables, rewritten)


def test_a_second_run_with_no_change_does_no_work_and_writes_the_same_tables(history):
    _, _, runs, tables, rewritten = history
    assert analysed_count(runs["first"]) == 4
    assert "0 new or changed, 7 unchanged, 0 removed" in log(runs["again"])
    assert analysed_count(runs["again"]) == 0
    assert tables["again"] == tables["first"]
    # nothing the tables are built from changed: they are kept as they are, not written again
    assert "the tables in" in log(runs["again"]) and "are current" in log(runs["again"])
    assert rewritten == set()


def test_a_table_deleted_since_the_last_run_is_written_again(history):
    _, _, runs, tables, _ = history
    assert "are current" not in log(runs["restored"])
    assert analysed_count(runs["restored"]) == 0
    assert tables["restored"] == tables["first"]


def test_only_new_and_changed_files_are_analysed_and_removed_ones_are_recorded(history):
    corpus, out, runs, _, _ = history
    assert "2 new or changed, 5 unchanged, 1 removed" in log(runs["changed"])
    assert analysed_count(runs["changed"]) == 2
    documents = read_table(out, "documents.csv").set_index("source")
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file())
    assert sorted(documents.index) == sorted([*files, "notes/page-saved-as.txt"])
    removed = documents.loc["notes/page-saved-as.txt"]
    assert removed["status"] == "removed" and "no longer in the corpus since" in removed["status_detail"]
    assert not (out / "texts" / f"{removed['doc_id']}.txt").exists()
    events = read_table(out, "events.csv")
    assert removed["doc_id"] not in set(events["doc_id"])
    varuna = events[events["sentence"].str.contains("Varuna", regex=False)]
    assert set(varuna["participants"]) == {"FRA;IND"}
    assert events["event_id"].is_unique


def test_a_change_to_models_or_full_analyses_everything_again(history):
    _, _, runs, tables, _ = history
    assert "models changed since the last run" in log(runs["models"])
    assert analysed_count(runs["models"]) == 4
    assert analysed_count(runs["full"]) == 4 and "7 new or changed" in log(runs["full"])
    # the removed file stays recorded as removed after a full run
    assert b"notes/page-saved-as.txt" in tables["full"]["documents.csv"]
    assert tables["full"]["events.csv"] == tables["models"]["events.csv"]


def test_a_second_run_on_the_same_folder_stops_with_a_clear_message(tmp_path):
    corpus = build_small_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    with run_lock(out):
        result = veille("run", "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("veille: error: another veille run is using")
    assert f"pid {os.getpid()}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_killed_run_leaves_the_tables_and_the_next_run_completes_the_work(tmp_path):
    corpus = build_small_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert veille("run", "--corpus", str(corpus), "--out", str(out)).returncode == 0
    before = snapshot(out)
    for path in [p for p in sorted((CORPUS / "dev").glob("*.txt")) if p.name != SEED.name][:6]:
        shutil.copy(path, corpus / f"nouveau-{path.name}")
    command = [sys.executable, "-m", "pipelines.cli", "run", "--corpus", str(corpus), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "--batch-size", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    store = out / STATE_FOLDER / STATE_FILE
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and process.poll() is None:
            with sqlite3.connect(store) as connection:
                (stored,) = connection.execute("SELECT count(*) FROM analyses").fetchone()
            if stored >= 6:  # the 4 from the first run and 2 of the 6 new ones
                break
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert snapshot(out) == before  # the previous tables are intact
    result = veille("run", "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert 0 < analysed_count(result) < 6  # only what the killed run had not stored
    events = read_table(out, "events.csv")
    assert events["event_id"].is_unique
    documents = read_table(out, "documents.csv")
    assert len(documents) == len(list(p for p in corpus.rglob("*") if p.is_file()))
    assert (documents["status"] == "ok").sum() == 10
