"""Event dates (session 10): a denied act told as following its doer's entry or capture takes
the day of that entry told before at its place (tests/CONVENTIONS.md section 7).

Cause: "Les milices ont démenti jeudi soir avoir incendié des maisons de la ville après leur
entrée": the denial's day is not the act's, and the story's current day (the last day told,
here an earlier execution) is not the entry's either; the entry is the capture of the town told
at the top of the report. Sentences written for these tests; the mentions are placed by hand
as the time stage would.
"""

from __future__ import annotations

from helpers import make_doc

from newsift.model import Event

_FR = (
    "Les forces irakiennes ont repris samedi le contrôle du centre de Mossoul, après trois "
    "jours d'offensive.\n"
    "Jeudi, au premier jour de l'offensive, l'aviation a frappé une trentaine de cibles dans "
    "la ville.\n"
    "Vendredi, deux soldats ont été tués par une bombe artisanale près du pont.\n"
    "La veille de l'assaut, selon le maire, les jihadistes avaient exécuté une dizaine "
    "d'habitants.\n"
)
_FR_DATES = [
    ("samedi", "2017-10-07"),
    ("Jeudi", "2017-10-05"),
    ("Vendredi", "2017-10-06"),
    ("La veille", "2017-10-04"),
]


def denied(events: list[Event]) -> set[str | None]:
    return {e.event_date for e in events if e.modality == "denied"}


def test_denied_burning_after_entry_takes_the_entry_day_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        _FR + "Les milices ont démenti lundi avoir incendié des maisons de la ville après "
        "leur entrée.",
        places=[("Mossoul", "Mosul")],
        dates=[*_FR_DATES, ("lundi", "2017-10-09")],
        lang="fr",
        published="2017-10-10",
    )
    assert denied(process(doc)) == {"2017-10-07"}


def test_denied_looting_after_recapture_takes_its_day_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Government forces recaptured Mosul on Saturday after a three-day offensive.\n"
        "On Thursday, jets struck thirty targets in the city.\n"
        "On Friday, two soldiers were killed by a roadside bomb near the bridge.\n"
        "The day before the assault, the jihadists had executed a dozen residents, the mayor "
        "said.\n"
        "The militias on Monday denied looting shops in the city after the recapture of the "
        "town.",
        places=[("Mosul", "Mosul")],
        dates=[
            ("Saturday", "2017-10-07"),
            ("Thursday", "2017-10-05"),
            ("Friday", "2017-10-06"),
            ("The day before", "2017-10-04"),
            ("Monday", "2017-10-09"),
        ],
        published="2017-10-10",
    )
    assert denied(process(doc)) == {"2017-10-07"}


def test_denied_act_with_no_entry_told_stays_undated_fr(process) -> None:  # noqa: ANN001
    # no capture or entry of the town is told: the denial's day still dates nothing
    doc = make_doc(
        "Jeudi, l'aviation a frappé une trentaine de cibles à Mossoul.\n"
        "Les milices ont démenti lundi avoir incendié des maisons de la ville après leur "
        "entrée.",
        places=[("Mossoul", "Mosul")],
        dates=[("Jeudi", "2017-10-05"), ("lundi", "2017-10-09")],
        lang="fr",
        published="2017-10-10",
    )
    assert "2017-10-09" not in denied(process(doc))


# A denied act is not dated by another clause's time either: a relative clause on the denier
# ("qui mène depuis le 30 septembre une campagne") or a claim hung on the act ("following a
# claim made last week") tells that clause's time, not the act's.


def test_denier_relative_clause_day_does_not_date_the_denied_strike_fr(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "Le ministère russe de la Défense, qui mène depuis le 30 septembre une campagne de "
        "frappes en Syrie, a démenti mercredi que ses avions aient bombardé le marché de "
        "Saraqib, comme l'affirmaient des secouristes.",
        places=[("Saraqib", "Saraqib")],
        dates=[("depuis le 30 septembre", "2015-09-30"), ("mercredi", "2015-10-14")],
        lang="fr",
        published="2015-10-15",
    )
    assert denied(process(doc)) == {None}


def test_claim_time_does_not_date_the_denied_strike_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "The Pentagon, for its part, denied that coalition jets had struck army positions near "
        "Raqqa, following a claim made by Russian officials last week.",
        places=[("Raqqa", "Raqqa")],
        dates=[("last week", "2017-10-16/2017-10-22")],
        published="2017-10-25",
    )
    assert denied(process(doc)) == {None}


def test_denied_strike_keeps_its_own_day_en(process) -> None:  # noqa: ANN001
    doc = make_doc(
        "The Pentagon on Monday denied that coalition jets had struck army positions near "
        "Raqqa on Saturday, following a claim made by Russian officials.",
        places=[("Raqqa", "Raqqa")],
        dates=[("Monday", "2017-10-23"), ("Saturday", "2017-10-21")],
        published="2017-10-25",
    )
    assert denied(process(doc)) == {"2017-10-21"}
