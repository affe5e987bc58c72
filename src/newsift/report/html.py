"""Write the report: one self-contained HTML file that opens from disk with no network.

Script, stylesheet and country outlines are inlined from ``assets/``; the data goes into a
``<script type="application/json">`` element with every ``<``, ``>``, ``&``, U+2028 and U+2029
written as a JSON ``\\u`` escape, so no input text can close the element or open a comment. A
Content-Security-Policy (hashes of the inline script and style, nothing else allowed) makes the
page unable to fetch anything or run any script but its own, even if a bug let markup through.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from newsift.model import Document, Reject
from newsift.report.build import build_payload

_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def json_for_script(data: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element (no ``</``, ``<!--``, line seps)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return "".join(_ESCAPES.get(c, c) for c in text) if any(c in text for c in _ESCAPES) else text


def _asset(name: str) -> str:
    return resources.files("newsift.report").joinpath("assets", name).read_text("utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def render_html(payload: dict[str, Any]) -> str:
    """The page for ``payload`` (see :func:`newsift.report.build.build_payload`)."""
    script = _asset("report.js")
    style = _asset("report.css")
    world = json.loads(_asset("world_110m.json"))
    for asset in (script, style):
        if "</" in asset:
            raise ValueError("an asset contains '</' and would end its element early")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; "
        f"style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    title = str(payload.get("title") or "newsift report")
    safe_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{safe_title}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
        '<noscript><p class="noscript">This report needs JavaScript to draw its map, '
        "timeline and tables.</p></noscript>\n"
        '<div id="app"></div>\n'
        f'<script type="application/json" id="newsift-data">{json_for_script(payload)}</script>\n'
        f'<script type="application/json" id="newsift-world">{json_for_script(world)}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


def write_report(
    docs: Iterable[Document],
    rejects: Iterable[Reject],
    stats: dict[str, Any] | None,
    out_path: Path,
    *,
    title: str = "newsift report",
) -> None:
    """Write ``out_path`` (report.html) from the stored documents, rejects and run statistics."""
    payload = build_payload(docs, rejects, stats, title=title)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    tmp.write_text(render_html(payload), "utf-8")
    tmp.replace(out_path)
