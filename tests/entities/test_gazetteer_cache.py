"""The gazetteer's cache directory is shared by every newsift on the machine."""

from __future__ import annotations

import os
import time
from pathlib import Path

from newsift.entities import gazetteer


def test_prune_keeps_indexes_other_versions_used_recently(tmp_path: Path) -> None:
    keep = tmp_path / "gaz-current"
    recent = tmp_path / "gaz-other-checkout"
    stale = tmp_path / "gaz-old-version"
    broken = tmp_path / "gaz-half-built"
    for d in (keep, recent, stale, broken):
        d.mkdir()
    for d in (keep, recent, stale):
        (d / "meta.json").write_text("{}", "utf-8")
    old = time.time() - gazetteer.STALE_INDEX_SECONDS - 60
    os.utime(stale / "meta.json", (old, old))
    gazetteer._prune(tmp_path, keep)
    assert keep.is_dir() and recent.is_dir()  # another newsift may be loading it right now
    assert not stale.exists() and not broken.exists()
