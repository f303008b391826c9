"""Veille: cooperation events from French security and defence reporting, as analyst tables."""

__version__ = "0.1.0"
