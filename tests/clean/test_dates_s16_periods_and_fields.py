"""Periods and labelled record fields on a line: which date is the publication's.

Class (session 16): a report's or a bulletin's period ("Point de situation du 12 au 18 octobre
2017", "Reporting period: 1 - 6 April 2015", a numbered heading "4. Juin 2014 - juillet 2017")
was taken as its publication date, while the labelled field that dates it ("Issue date: 7 April
2015", "Date de mise en ligne : 12/10/2017") was not read as a dateline at all. Every line
below is written for this test.
"""

from __future__ import annotations

import pytest

from newsift.clean.dates import dateline, find_date, publication_stamp


@pytest.mark.parametrize(
    "line",
    [
        "Bilan hebdomadaire des frappes du 3 au 9 mars 2019",
        "Situation report, period covered: 14 - 20 May 2016",
        "Covering the week from 2 to 8 January 2021",
        "3. Mars 2011 - décembre 2012 : la ville assiégée",
        "Relevé des incidents : 2018-06-01 au 2018-06-30",
        "Chronique du 28 février au 4 mars 2017",
    ],
)
def test_a_period_is_no_stamp(line: str) -> None:
    assert find_date(line) is None
    assert dateline(line) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("N° 10.244 - 2 février 1979", "1979-02-02"),  # an issue number, not a period's day
        ("Page 8 - 21 avril 1983", "1983-04-21"),
        ("Publié le 23/03/2019 - 14:05", "2019-03-23"),  # a clock time, not a period's end
        ("Mardi 4 avril 1978 - 16 pages", "1978-04-04"),
        ("L'offensive lancée le 9 juin 2014 a duré trois jours", "2014-06-09"),
    ],
)
def test_a_single_date_beside_numbers_is_kept(line: str, value: str) -> None:
    hit = find_date(line)
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Date de mise en ligne : 04/05/2016", "2016-05-04"),
        ("Mise en ligne le 9 février 2020", "2020-02-09"),
        ("Paru le 17 novembre 2015", "2015-11-17"),
        ("Déposé le : jeudi 8 juin 2017 - 09:41:12", "2017-06-08"),
        ("Issue date: 22 September 2016", "2016-09-22"),
        ("Publication date: 3 March 2014", "2014-03-03"),
    ],
)
def test_a_labelled_publication_field_is_a_dateline(line: str, value: str) -> None:
    hit = dateline(line)
    assert hit is not None and hit.value == value
    stamp = publication_stamp(line)
    assert stamp is not None and stamp.value == value


def test_the_field_wins_over_the_period_on_a_report_page() -> None:
    # the period line says nothing of the publication; the issue field does
    assert dateline("Reporting period: 14 - 20 May 2016") is None
    hit = dateline("Issue date: 22 May 2016")
    assert hit is not None and hit.value == "2016-05-22"
