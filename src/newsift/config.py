"""Run configuration: built-in defaults (data/default.toml) merged with a user TOML file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from newsift.stage import UnknownStageError, stage_class


class ConfigError(ValueError):
    """A user configuration problem: reported as a message, never a traceback."""


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@dataclass
class Config:
    run: dict[str, Any] = field(default_factory=dict)
    ingest: dict[str, Any] = field(default_factory=dict)
    stages: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)


def default_toml() -> dict[str, Any]:
    text = resources.files("newsift.data").joinpath("default.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_config(path: Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Defaults, then the user's file, then command-line overrides; validated."""
    data = default_toml()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        unknown = set(user) - {"run", "ingest", "pipeline", "stages"}
        if unknown:
            raise ConfigError(f"config file {path}: unknown section(s) {sorted(unknown)}")
        data = _merge(data, user)
    if overrides:
        data = _merge(data, overrides)
    names = data.get("pipeline", {}).get("stages", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConfigError("[pipeline].stages must be a list of stage names")
    settings = data.get("stages", {})
    stages: list[tuple[str, dict[str, Any]]] = []
    for name in names:
        try:
            stage_class(name)
        except UnknownStageError as exc:
            raise ConfigError(str(exc)) from None
        conf = settings.get(name, {})
        if not isinstance(conf, dict):
            raise ConfigError(f"[stages.{name}] must be a table")
        stages.append((name, conf))
    run = data.get("run", {})
    workers = run.get("workers", 0)
    if not isinstance(workers, int) or workers < 0:
        raise ConfigError("[run].workers must be a non-negative integer")
    if run.get("engine", "local") not in ("local", "ray"):
        raise ConfigError("[run].engine must be 'local' or 'ray'")
    return Config(run=run, ingest=data.get("ingest", {}), stages=stages, raw=data)
