"""End to end: the `veille run` command on a small real corpus, with the real French model and a
real (temporary) Prefect server, exactly as a user runs it."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from .conftest import (
    CORPUS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    build_small_corpus,
    veille,
)


def read_table(folder, name, sep=","):
    return pd.read_csv(folder / name, sep=sep, encoding="utf-8-sig", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    corpus = build_small_corpus(tmp_path_factory.mktemp("corpus"))
    out = tmp_path_factory.mktemp("out")
    result = veille("run", "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return corpus, out, result


def test_the_log_is_clean_and_shows_progress(run):
    _, _, result = run
    log = result.stdout + result.stderr
    assert "Traceback" not in log
    assert "database is locked" not in log
    assert "telemetry" not in log.lower()
    assert "analysed 4 of 4 documents" in log
    assert "Finished in state Completed()" in log


def test_every_file_has_one_document_row_with_its_status(run):
    corpus, out, _ = run
    documents = read_table(out, "documents.csv")
    assert list(documents.columns[:13]) == DOCUMENT_COLUMNS
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file())
    assert sorted(documents["source"]) == files
    status = dict(zip(documents["source"], documents["status"], strict=True))
    assert status == {
        "asie-centrale-cooperation-defense.txt": "ok",
        "page-sauvegardee.html": "ok",
        "aukus.md": "ok",
        "notes/english-note.txt": "skipped_language",
        "notes/empty.txt": "empty",
        "notes/page-saved-as.txt": "ok",
        "notes/copie-du-seed.txt": "duplicate",
    }
    english = documents.set_index("source").loc["notes/english-note.txt"]
    assert english["language"] == "en" and "language en" in english["status_detail"]
    duplicate = documents.set_index("source").loc["notes/copie-du-seed.txt"]
    assert "asie-centrale-cooperation-defense.txt" in duplicate["status_detail"]
    assert int(documents.set_index("source").loc["notes/english-note.txt", "n_events"]) == 0


def test_seed_article_yields_the_russia_tajikistan_exercise(run):
    _, out, _ = run
    documents = read_table(out, "documents.csv").set_index("source")
    events = read_table(out, "events.csv")
    assert list(events.columns[:17]) == EVENT_COLUMNS
    seed = documents.loc["asie-centrale-cooperation-defense.txt", "doc_id"]
    rows = events[
        (events["doc_id"] == seed) & (events["type"] == "JOINT_EXERCISE") & (events["participants"] == "RUS;TJK")
    ]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["date_start"], row["date_end"], row["place"], row["status"]) == (
        "2025-04-07",
        "2025-04-11",
        "Kharb-Maidon",
        "occurred",
    )
    assert row["date_granularity"] == "range" and row["cameo"] == "062"
    pairs = read_table(out, "event_actors.csv")
    assert (
        len(pairs[(pairs["event_id"] == row["event_id"]) & (pairs["actor_a"] == "RUS") & (pairs["actor_b"] == "TJK")])
        == 1
    )
    # the evidence points into the cleaned text written beside the tables
    text = (out / "texts" / f"{seed}.txt").read_text(encoding="utf-8")
    assert text[int(row["start"]) : int(row["end"])] == row["trigger"]
    assert row["sentence"] in text


def test_mentions_point_into_the_cleaned_texts(run):
    _, out, _ = run
    mentions = read_table(out, "mentions.csv")
    assert list(mentions.columns) == MENTION_COLUMNS
    entities = read_table(out, "entities.csv")
    assert list(entities.columns[:7]) == ENTITY_COLUMNS
    assert set(mentions["entity_id"]) <= set(entities["entity_id"])
    for row in mentions.sample(40, random_state=0).itertuples():
        text = (out / "texts" / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        assert text[int(row.start) : int(row.end)] == row.text
    russia = entities.set_index("entity_id").loc["RUS"]
    assert russia["iso3"] == "RUS" and {"Russie", "russes", "Moscou"} <= set(russia["aliases"].split(";"))


def test_saved_web_page_with_txt_extension_is_processed(run):
    _, out, _ = run
    documents = read_table(out, "documents.csv").set_index("source")
    page = documents.loc["notes/page-saved-as.txt"]
    assert page["title"] == "Exercices frontaliers au Kirghizstan"
    events = read_table(out, "events.csv")
    exercise = events[(events["doc_id"] == page["doc_id"]) & (events["type"] == "JOINT_EXERCISE")]
    assert "KGZ;TJK" in set(exercise["participants"]) or "CSTO;KGZ;TJK" in set(exercise["participants"])


def test_same_input_gives_identical_tables(run, tmp_path):
    corpus, out, _ = run
    again = tmp_path / "again"
    result = veille("run", "--corpus", str(corpus), "--out", str(again), "--sep", ";")
    assert result.returncode == 0, result.stderr
    for name in ("entities.csv", "mentions.csv", "events.csv"):
        assert read_table(out, name).equals(read_table(again, name, sep=";")), name
    first = read_table(out, "documents.csv").drop(columns="processed_at")
    second = read_table(again, "documents.csv", sep=";").drop(columns="processed_at")
    assert first.equals(second)
    assert (again / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_missing_corpus_is_a_one_line_error(tmp_path):
    result = veille("run", "--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"veille: error: corpus folder not found: {tmp_path / 'nowhere'}"]


def test_unwritable_output_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = veille("run", "--corpus", str(tmp_path), "--out", str(blocker / "out"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "output folder" in result.stderr


def test_help_lists_the_commands():
    result = veille("--help")
    assert result.returncode == 0
    assert "run" in result.stdout and "evaluate" in result.stdout


def test_author_note_is_metadata_not_entities(run):
    _, out, _ = run
    documents = read_table(out, "documents.csv").set_index("source")
    assert documents.loc["asie-centrale-cooperation-defense.txt", "author"] == "Maya Néel"
    entities = read_table(out, "entities.csv")
    assert not entities["aliases"].str.contains("Maya|Sorbonne").any()


def test_persons_have_role_and_affiliation_and_states_span_documents(run):
    _, out, _ = run
    entities = read_table(out, "entities.csv").set_index("entity_id")
    munir = entities[entities["aliases"].str.split(";").map(lambda forms: "Munir" in forms)].iloc[0]
    assert munir["affiliation"] == "PAK" and munir["role"].startswith("chef d’État-major")
    assert {"Asim Muir", "Munir"} <= set(munir["aliases"].split(";"))
    assert entities.loc["PER-kassym-jomart-tokaiev", "affiliation"] == "KAZ"
    assert int(entities.loc["RUS", "n_documents"]) >= 2


def test_evaluate_scores_model_and_pipeline_side_by_side(tmp_path):
    gold = tmp_path / "gold" / "dev"
    gold.mkdir(parents=True)
    for suffix in (".txt", ".gold.json"):
        name = "asie-centrale-cooperation-defense" + suffix
        (gold / name).write_bytes((CORPUS / "dev" / name).read_bytes())
    metrics = tmp_path / "metrics.json"
    result = veille("evaluate", "--gold", str(gold.parent), "--metrics", str(metrics), "--detail")
    assert result.returncode == 0, result.stderr
    assert "model P" in result.stdout and "pipeline P" in result.stdout and "baseline P" in result.stdout
    assert "misses and false positives" in result.stdout
    scores = json.loads(metrics.read_text(encoding="utf-8"))["splits"]["dev"]
    assert scores["pipeline"]["entities"]["ALL"]["f1"] >= 0.92
    assert scores["pipeline"]["entities"]["ALL"]["f1"] > scores["model"]["entities"]["ALL"]["f1"]
    assert scores["pipeline"]["events"]["ALL"]["f1"] >= 0.8


def test_a_local_two_worker_dask_cluster_writes_the_same_tables(run, tmp_path):
    corpus, out, _ = run
    dask_out = tmp_path / "dask"
    result = veille("run", "--corpus", str(corpus), "--out", str(dask_out), "--dask", "local", "--workers", "2")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "analysed 4 of 4 documents" in result.stdout + result.stderr
    for name in ("documents.csv", "entities.csv", "mentions.csv", "events.csv", "event_actors.csv"):
        single, dask = read_table(out, name), read_table(dask_out, name)
        if name == "documents.csv":  # when each file was read
            single, dask = single.drop(columns="processed_at"), dask.drop(columns="processed_at")
        pd.testing.assert_frame_equal(single, dask, obj=name)
