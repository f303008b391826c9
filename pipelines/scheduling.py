"""Scheduled runs: `veille serve --cron "0 6 * * *"` serves the run flow as a Prefect deployment
with a cron schedule, from this process, until it is stopped. Teams with a Prefect server and a work
pool use prefect.yaml at the project root instead (see the README)."""

from __future__ import annotations

from prefect.schedules import Cron

from .flow import veille_run


def serve(parameters: dict, cron: str, timezone: str, name: str) -> None:
    veille_run.serve(name=name, schedules=[Cron(cron, timezone=timezone)], parameters=parameters)
