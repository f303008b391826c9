"""The run summary for people: a markdown table as a Prefect artifact (visible in the Prefect UI
next to the run) and the same facts in the log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect import get_run_logger
from prefect.artifacts import create_markdown_artifact

if TYPE_CHECKING:
    from .flow import RunSummary


def summary_markdown(summary: RunSummary) -> str:
    lines = [
        "# Veille run",
        "",
        f"Output folder: `{summary.out}`",
        "",
        "| this run | count |",
        "|---|---:|",
        f"| files read (new or changed) | {summary.read} |",
        f"| documents analysed | {summary.analysed} |",
        f"| files removed since the last run | {summary.removed} |",
        f"| review decisions applied | {summary.decisions} |",
        f"| review decisions orphaned | {len(summary.orphaned)} |",
        f"| review sheet rows refused | {len(summary.refused)} |",
        "",
        "| documents by status | count |",
        "|---|---:|",
        *(f"| {status} | {count} |" for status, count in summary.by_status.items()),
        "",
    ]
    statuses = sorted({status for counts in summary.by_type.values() for status in counts})
    if statuses:
        lines += [
            "| events by type | " + " | ".join(statuses) + " | total |",
            "|---|" + "---:|" * (len(statuses) + 1),
        ]
        for event_type, counts in summary.by_type.items():
            cells = [str(counts.get(status, 0)) for status in statuses]
            lines.append(f"| {event_type} | " + " | ".join(cells) + f" | {sum(counts.values())} |")
        lines.append("")
    if summary.orphaned:
        lines += ["Orphaned decisions (kept; see `review_orphans.csv`): " + ", ".join(summary.orphaned), ""]
    if summary.refused:
        lines += ["Review sheet rows not imported:", "", *(f"- {line}" for line in summary.refused), ""]
    return "\n".join(lines)


def publish_summary(summary: RunSummary) -> None:
    logger = get_run_logger()
    events = ", ".join(f"{sum(counts.values())} {event_type}" for event_type, counts in summary.by_type.items())
    logger.info("events by type: %s", events or "none")
    create_markdown_artifact(
        key="veille-run-summary", markdown=summary_markdown(summary), description="Veille run summary"
    )
