# ruff: noqa: E501  (the page dump below keeps one paragraph per line, as the page does)
"""A channel's web preview closes each post with its view counter OVER its stamp.

Why: the preview ("👁 8.9K" / "01.10.2019 18:00") was read as a text export whose stamps head
the next post, so a dispatch took the previous post's day and its weekdays ("mercredi") fell a
week early. The page below is written for this test (channel, names and figures invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.eval.segments import line_labels
from newsift.model import Document

PREVIEW = """Telegram
Veille Levant
@veille_levant
8.1K subscribers · 640 photos · 31 videos
Dépêches traduites chaque jour. Contact : @vl_contact
Preview channel

💰 Aidez le canal ! Tipeee : tipeee.com/veillelevant
👁 5.2K
03.02.2020 08:10

Veille Levant
Notre groupe de discussion 👉 @vl_chat
👁 6.0K
10.02.2020 19:02

Veille Levant
L'armée syrienne a repris mardi la localité de Khan Toumane, au sud-ouest d'Alep, après deux jours de combats avec les rebelles.

Les rebelles ont riposté dans la soirée par des tirs de roquettes sur les quartiers ouest de la ville, selon la télévision d'État.

#Syrie #Alep
👁 7.4K
13.02.2020 07:55

Veille Levant
🎥 Vidéo (0:48)
👁 3.3K
13.02.2020 12:40
"""


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def test_counter_over_stamp_dates_the_post_above(clean: CleanStage) -> None:
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=PREVIEW)
    )
    art = doc.articles[0]
    assert art.published == "2020-02-13"  # the dispatch's own footer, not the chat post's stamp
    lines = PREVIEW.splitlines()
    pred = line_labels(PREVIEW, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    label = {ln: pred[i] for i, ln in enumerate(lines) if ln}
    assert label["10.02.2020 19:02"] == "boiler"
    assert label["Notre groupe de discussion 👉 @vl_chat"] == "boiler"
    assert label["13.02.2020 07:55"] == "meta:1"
    assert label[next(ln for ln in lines if ln.startswith("L'armée syrienne"))] == "body:1"
