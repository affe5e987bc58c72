"""Input arguments (files, folders, globs) -> a sorted, de-duplicated list of file paths.

A run must read the same files in the same order whatever the argument order or the file
system's listing order, and a bad path must become a Reject, never stop the run.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator, Sequence

from newsift.ingest.common import IngestStats, describe_os_error, reject
from newsift.model import Reject


def _exists(path: str) -> bool:
    return os.path.lexists(path)


def missing_inputs(paths: Sequence[str]) -> list[str]:
    """Input arguments that match nothing (a path that does not exist and a glob with no match)."""
    missing: list[str] = []
    for arg in map(os.fspath, paths):
        if _exists(arg):
            continue
        if glob.has_magic(arg) and glob.glob(arg, recursive=True):
            continue
        missing.append(arg)
    return missing


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _input_name(name: str) -> bool:
    """In a folder, read what has an input extension (or none: sniffed); skip READMEs, code...

    A file named on the command line is always read, whatever its name.
    """
    from newsift.ingest.reader import EXTENSIONS

    ext = os.path.splitext(name.lower())[1]
    return not ext or ext in EXTENSIONS


def _walk(root: str, out: list[str], rejects: list[Reject], stats: IngestStats) -> None:
    """Recursive, sorted, hidden entries skipped; symlinked folders followed once (no loops)."""
    seen: set[str] = set()

    def visit(folder: str) -> None:
        real = os.path.realpath(folder)
        if real in seen:
            return
        seen.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            rejects.append(reject(folder, f"cannot list folder: {describe_os_error(exc)}"))
            return
        for entry in entries:
            if _hidden(entry.name):
                stats.skip("hidden file or folder")
                continue
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()  # follows symlinks; a broken link is not a dir
            except OSError:
                is_dir = False
            if is_dir:
                visit(path)
            elif _input_name(entry.name):
                out.append(path)
            else:
                stats.skip("not an input format (in a folder)")

    visit(root)


def expand_inputs(paths: Sequence[str], stats: IngestStats) -> Iterator[str | Reject]:
    """Every file the arguments name, sorted by path, each once; unmatched arguments as Rejects.

    Files named directly are kept even when hidden (the user asked for them); folders and globs
    skip hidden entries. Anything that is not a folder is passed on: the reader decides
    whether it is a readable regular file.
    """
    files: list[str] = []
    rejects: list[Reject] = []
    for arg in map(os.fspath, paths):
        if _exists(arg):
            matches = [arg]
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                rejects.append(reject(arg, "no file matches this pattern"))
                continue
        else:
            rejects.append(reject(arg, "no such file or folder"))
            continue
        for path in matches:
            try:
                mode = os.stat(path).st_mode
            except OSError:
                mode = 0
            if stat.S_ISDIR(mode):
                _walk(path, files, rejects, stats)
            else:
                files.append(path)
    yield from rejects
    seen: set[str] = set()
    for path in sorted(files):
        key = os.path.normpath(os.path.abspath(path))
        if key in seen:
            continue
        seen.add(key)
        yield path
