"""Tables: schemas, spreadsheet safety, atomic CSV writing."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.errors import SchemaViolation
from pipelines.records import Document
from pipelines.tables import (
    DOCUMENTS_SCHEMA,
    EVENT_ACTORS_SCHEMA,
    documents_table,
    event_actors_table,
    neutralise,
    neutralised,
    validate,
    write_csv,
)

from .conftest import DOCUMENT_COLUMNS


def test_documents_table_matches_its_schema():
    documents = [Document(doc_id="D1", source="a.txt", sha256="x", text="Texte.", language="fr", language_score=0.99)]
    table = documents_table(documents, {}, {}, {"a.txt": "2026-01-01T00:00:00+00:00"})
    frame = validate(table, DOCUMENTS_SCHEMA, "documents")
    assert list(frame.columns)[: len(DOCUMENT_COLUMNS)] == DOCUMENT_COLUMNS


def test_an_unknown_status_is_refused_before_writing():
    documents = [Document(doc_id="D1", source="a.txt", sha256="x", status="weird")]
    with pytest.raises(SchemaViolation, match="documents"):
        validate(documents_table(documents, {}, {}, {}), DOCUMENTS_SCHEMA, "documents")


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd", "\rx"])
def test_formula_like_cells_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_a_table_is_neutralised_cell_by_cell_and_left_unchanged_when_safe():
    frame = pd.DataFrame(
        {
            "text": ["=1+1", "calme", None, "-2", "@x"],
            "mixed": [1, "+33", None, "ok", 2.5],
            "n": [1, -2, 3, 4, 5],
            "sure": ["a", "b", "c", "d", "e"],
        }
    )
    safe = neutralised(frame)
    assert safe.equals(frame.map(neutralise))
    assert frame.loc[0, "text"] == "=1+1"  # the table given is not changed
    clean = frame[["n", "sure"]]
    assert neutralised(clean) is clean


def test_csv_has_a_bom_quotes_newlines_and_uses_the_separator(tmp_path):
    frame = pd.DataFrame({"sentence": ['« Il a dit ; "oui" »\net ensuite', "=1+1"], "n": [1, 2]})
    path = tmp_path / "t.csv"
    write_csv(frame, path, sep=";")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    assert back["sentence"].tolist() == ['« Il a dit ; "oui" »\net ensuite', "'=1+1"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_event_actors_has_one_row_per_pair():
    events = pd.DataFrame(
        [
            {
                "event_id": "E1",
                "doc_id": "D1",
                "type": "JOINT_EXERCISE",
                "participants": "IND;KAZ;UZB",
                "status": "occurred",
                "date_start": "2025",
            },
            {
                "event_id": "E2",
                "doc_id": "D1",
                "type": "MILITARY_PRESENCE",
                "participants": "IND",
                "status": "hypothetical",
                "date_start": "",
            },
        ]
    )
    pairs = validate(event_actors_table(events), EVENT_ACTORS_SCHEMA, "event_actors.csv")
    assert pairs[["actor_a", "actor_b"]].values.tolist() == [["IND", "KAZ"], ["IND", "UZB"], ["KAZ", "UZB"]]
    assert set(pairs["event_id"]) == {"E1"}
