"""Scaling out: the analysis batches on a Dask cluster through prefect-dask.

`veille run --dask local --workers N` starts a cluster of N single-threaded worker processes on this
machine; `--dask tcp://host:8786` uses a running cluster whose workers have Veille installed. Each
worker loads the spaCy model once (the pipeline cache lives in pipelines.nlp) and returns plain
records, never spaCy objects."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .errors import VeilleError


class DaskUnavailable(VeilleError):
    """The Dask cluster cannot be reached or started."""


@contextmanager
def dask_task_runner(address: str, workers: int) -> Iterator[object]:
    from prefect_dask import DaskTaskRunner

    if address != "local":
        yield DaskTaskRunner(address=address)
        return
    from distributed import LocalCluster

    try:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
    except (OSError, RuntimeError) as error:
        raise DaskUnavailable(f"cannot start a local Dask cluster: {error}") from error
    with cluster:
        yield DaskTaskRunner(address=cluster.scheduler_address)
