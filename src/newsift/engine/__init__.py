"""Engines run the per-document stages over a stream: locally in a process pool, or on Ray."""
