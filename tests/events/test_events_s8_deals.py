"""A local deal's government party (session 8, newsift.events.deals), through the whole
pipeline on articles written for these tests:

- a deal whose clause names only the armed opposition ("l'accord conclu avec les chefs de
  Jaych al-Islam", "a deal struck with the rebel factions"), or only the state as its object
  ("un accord de réconciliation avec les autorités"), or its broker first ("brokered by
  Moscow ... between the government and the rebels"), and the rebels' departure under it:
  actor1 is the government of the country, the rebels actor2 (CONVENTIONS 4);
- near misses: rebels who accept a deal keep actor1 (the side that accepts), a deal of the
  Kurdish forces with the Islamic State is no government's.
"""

from __future__ import annotations

from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

DEAL = "Agreement"
GOV = "Government of Syria"


def _deals(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("sub_event_type") == DEAL]


def test_deal_naming_only_the_rebel_group_fr(run) -> None:  # noqa: ANN001
    text = (
        "Douma : la fin d'un long siège\n\nPublié le 14 avril 2018\n\n"
        "À Douma, l'armée syrienne a resserré son étau pendant des semaines. "
        "L'accord conclu le 8 avril à Douma avec les chefs de Jaych al-Islam prévoit la sortie "
        "des combattants vers Jarablus.\n"
    )
    deals = _deals(run(text))
    assert deals, "no deal found"
    assert deals[0]["actor1"] == GOV, deals
    assert deals[0]["actor2"] == "Jaysh al-Islam", deals


def test_departure_of_rebels_under_a_deal_en(run) -> None:  # noqa: ANN001
    text = (
        "Buses leave Rastan\n\nMay 9, 2018\n\n"
        "The first buses carrying rebel fighters and their families left Rastan on Monday "
        "under an evacuation agreement reached last week, state television said.\n"
    )
    deals = _deals(run(text))
    assert deals, "no deal found"
    assert deals[0]["actor1"] == GOV, deals
    assert deals[0]["actor2"] == "Opposition Rebels (Syria)", deals


def test_convoy_under_the_deal_signed_before_en(run) -> None:  # noqa: ANN001
    text = (
        "Al-Waer\n\nMarch 20, 2017\n\n"
        "On Saturday, a first convoy of buses carrying rebel fighters and their families left "
        "the al-Waer district of Homs under the agreement signed on Monday.\n"
    )
    deals = _deals(run(text))
    assert deals, "no deal found"
    assert deals[0]["actor1"] == GOV, deals


def test_broker_named_first_fr(run) -> None:  # noqa: ANN001
    text = (
        "Homs\n\nLe 16 mars 2017\n\n"
        "L'accord d'évacuation, parrainé par la Russie, a été conclu lundi à Homs entre le "
        "gouvernement syrien et les insurgés du quartier d'al-Waer.\n"
    )
    deals = _deals(run(text))
    assert deals, "no deal found"
    assert deals[0]["actor1"] == GOV, deals


def test_broker_is_not_the_party_en(run) -> None:  # noqa: ANN001
    text = (
        "Deal for al-Waer\n\nMarch 16, 2017\n\n"
        "The evacuation deal, sponsored by Russia, was concluded on Monday in Homs between the "
        "Syrian government and the rebels of the al-Waer district.\n"
    )
    deals = _deals(run(text))
    assert deals, "no deal found"
    assert deals[0]["actor1"] == GOV, deals


def test_rebels_who_accept_keep_actor1_fr(run) -> None:  # noqa: ANN001
    text = (
        "Deraa\n\nLe 7 juillet 2018\n\n"
        "Les groupes rebelles de l'est de la province de Deraa ont accepté vendredi à Bosra "
        "un accord de reddition négocié sous l'égide de la Russie.\n"
    )
    deals = _deals(run(text))
    assert deals, "no deal found"
    assert deals[0]["actor1"] != GOV, deals


def test_kurdish_deal_with_the_islamic_state_is_no_governments(run) -> None:  # noqa: ANN001
    text = (
        "Tabqa\n\nMay 12, 2017\n\n"
        "In Tabqa, a deal struck by tribal elders on Wednesday allowed the last Islamic State "
        "fighters to leave the dam, the Syrian Democratic Forces said.\n"
    )
    deals = _deals(run(text))
    assert all(e["actor1"] != GOV for e in deals), deals
