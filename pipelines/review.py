"""Analyst review that survives re-runs.

Every run writes `review.csv`: one row per event with its evidence, a `decision` column (blank, accept,
reject, edit) and the fields an analyst may correct (type, participants, place, date_start, date_end,
status), with `note` and `reviewer`. Decisions are imported into the state store, keyed by the stable
event id, by `veille review import FILE` and at the start of every run from the sheet in the output
folder. A run never overwrites a decision: the sheet it writes shows the stored decisions again, and
`events_reviewed.csv` applies them (rejected events out, edits applied, accepted ones flagged). A
decision whose event no longer exists (its source text changed) is orphaned: reported and kept.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .codebook import Codebook
from .errors import VeilleError
from .state import Decision, StateStore
from .tables import plain

DECISIONS = ("accept", "reject", "edit")
EDITABLE = ("type", "participants", "place", "date_start", "date_end", "status")
REVIEW_COLUMNS = [
    "event_id",
    "decision",
    *EDITABLE,
    "note",
    "reviewer",
    "doc_id",
    "participant_names",
    "date_text",
    "sentence",
    "confidence",
    "method",
    "decided_at",
    "import_problem",
]
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ORPHAN_COLUMNS = ["event_id", "decision", *EDITABLE, "note", "reviewer", "decided_at", "doc_id", "sentence"]


class ReviewSheetError(VeilleError):
    """The review sheet cannot be read at all (missing, not a CSV, no event_id column)."""


@dataclass
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    # (row number in the file, reason, the row as the analyst left it)
    refused: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)


def _clean(value: str) -> str:
    """Cells as a spreadsheet gives them back: trimmed, and without the quote Veille puts before a
    cell that would read as a formula."""
    value = (value or "").strip()
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        value = value[1:]
    return value


def read_sheet(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a review sheet with their line number (the header is row 1), whatever the separator
    the spreadsheet saved it with."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise ReviewSheetError(f"review sheet not found: {path}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ReviewSheetError(f"cannot read the review sheet {path}: {error}") from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or "event_id" not in reader.fieldnames or "decision" not in reader.fieldnames:
        raise ReviewSheetError(f"{path} is not a review sheet: it needs the columns event_id and decision")
    rows = []
    for row in reader:
        rows.append((reader.line_num, {key: _clean(value) for key, value in row.items() if key}))
    return rows


def check_row(row: dict[str, str], codebook: Codebook) -> tuple[Decision | None, str]:
    """A decision from one row of the sheet, or the reason it is refused."""
    decision = row.get("decision", "").lower()
    if not decision:
        return None, ""
    if decision not in DECISIONS:
        return None, f"unknown decision '{row['decision']}' (accept, reject or edit)"
    event_id = row.get("event_id", "")
    if not event_id:
        return None, "no event_id"
    fields: dict[str, str] = {}
    if decision == "edit":
        fields = {name: row.get(name, "") for name in EDITABLE}
        if fields["type"] not in codebook.event_types:
            return None, f"unknown event type '{fields['type']}'"
        if fields["status"] not in codebook.statuses:
            return None, f"unknown status '{fields['status']}' ({', '.join(codebook.statuses)})"
        for name in ("date_start", "date_end"):
            if fields[name] and not ISO_DATE.match(fields[name]):
                return None, f"malformed {name} '{fields[name]}' (YYYY, YYYY-MM or YYYY-MM-DD)"
        if fields["date_start"] and fields["date_end"] and fields["date_end"][:10] < fields["date_start"][:10]:
            return None, "date_end is before date_start"
        participants = [p.strip() for p in fields["participants"].split(";") if p.strip()]
        if not participants:
            return None, "an edited event needs its participants (entity ids separated by ';')"
        fields["participants"] = ";".join(sorted(set(participants)))
    return (
        Decision(
            event_id=event_id,
            decision=decision,
            fields=fields,
            note=row.get("note", ""),
            reviewer=row.get("reviewer", ""),
            doc_id=row.get("doc_id", ""),
            sentence=row.get("sentence", ""),
        ),
        "",
    )


def import_sheet(path: Path, store: StateStore, codebook: Codebook) -> ImportReport:
    """Store the decisions of a review sheet. Invalid rows are refused with their row number and
    reason; the rest is imported. A row that repeats the stored decision changes nothing."""
    report = ImportReport()
    stored = store.decisions()
    decisions = []
    for line, row in read_sheet(path):
        decision, reason = check_row(row, codebook)
        if reason:
            report.refused.append((line, reason, row))
        elif decision is not None:
            if decision.same_as(stored.get(decision.event_id)):
                report.unchanged += 1
            else:
                decisions.append(decision)
    store.save_decisions(decisions)
    report.imported = len(decisions)
    return report


def review_sheet(
    events: pd.DataFrame, decisions: dict[str, Decision], refused: dict[str, tuple[dict[str, str], str]] | None = None
) -> pd.DataFrame:
    """The sheet a run writes: the current events, with the stored decisions shown again. A row the
    last import refused comes back as the analyst left it, with the reason in `import_problem`."""
    rows = []
    refused = refused or {}
    for event in plain(events).to_dict("records"):
        decision = decisions.get(event["event_id"])
        row = {column: event.get(column, "") for column in REVIEW_COLUMNS}
        row.update(decision="", note="", reviewer="", decided_at="", import_problem="")
        if event["event_id"] in refused:
            entered, reason = refused[event["event_id"]]
            row.update({name: entered.get(name, "") for name in ("decision", *EDITABLE, "note", "reviewer")})
            row["import_problem"] = reason
        elif decision is not None:
            row.update(
                decision=decision.decision,
                note=decision.note,
                reviewer=decision.reviewer,
                decided_at=decision.decided_at,
            )
            if decision.decision == "edit":
                row.update(decision.fields)
        rows.append(row)
    return pd.DataFrame(rows, columns=REVIEW_COLUMNS).astype(str)


def reviewed_events(events: pd.DataFrame, decisions: dict[str, Decision], names: dict[str, str]) -> pd.DataFrame:
    """events.csv with the decisions applied: rejected events out, edits applied, and three more
    columns: review (accepted, edited or unreviewed), reviewer, note."""
    rows = []
    for event in plain(events).to_dict("records"):
        decision = decisions.get(event["event_id"])
        review, reviewer, note = "unreviewed", "", ""
        if decision is not None:
            if decision.decision == "reject":
                continue
            review = "accepted" if decision.decision == "accept" else "edited"
            reviewer, note = decision.reviewer, decision.note
            if decision.decision == "edit":
                event.update(decision.fields)
                event["participant_names"] = ";".join(
                    names.get(p, p) for p in decision.fields["participants"].split(";")
                )
        rows.append({**event, "review": review, "reviewer": reviewer, "note": note})
    return pd.DataFrame(rows, columns=[*events.columns, "review", "reviewer", "note"])


def orphaned(events: pd.DataFrame, decisions: dict[str, Decision]) -> pd.DataFrame:
    """Decisions whose event is no longer extracted: kept in the store, listed for the analyst."""
    current = set(events["event_id"])
    rows = [
        {
            "event_id": d.event_id,
            "decision": d.decision,
            **{name: d.fields.get(name, "") for name in EDITABLE},
            "note": d.note,
            "reviewer": d.reviewer,
            "decided_at": d.decided_at,
            "doc_id": d.doc_id,
            "sentence": d.sentence,
        }
        for event_id, d in sorted(decisions.items())
        if event_id not in current
    ]
    return pd.DataFrame(rows, columns=ORPHAN_COLUMNS)
