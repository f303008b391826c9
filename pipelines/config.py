"""Where things are, and the environment Prefect needs to run quietly without a server."""

from __future__ import annotations

import os
from pathlib import Path

SPACY_MODEL = "fr_core_news_md"


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def default_models_dir() -> Path:
    return Path(os.environ.get("VEILLE_MODELS", project_root() / "models"))


def configure_prefect() -> None:
    """Defaults for a serverless run; anything the user set (PREFECT_API_URL, prefect.toml) wins.
    Must run before prefect is imported."""
    defaults = {
        # No network here: analytics would log an error on every run.
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        # One database per user, not per working directory, and quiet logs.
        "PREFECT_HOME": str(Path.home() / ".veille" / "prefect"),
        "PREFECT_LOGGING_LEVEL": "INFO",
        "PREFECT_LOGGING_LOG_PRINTS": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "DASK_LOGGING__DISTRIBUTED": "warning",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    # Prefect does not create the parents of its home folder.
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
