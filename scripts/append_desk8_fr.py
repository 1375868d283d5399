#!/usr/bin/env python3
"""Append the held-out `desk8` quick entries to tests/corpus/fr/entries.tsv.

Written blind to the reader (see the Desk8 section of the fr README).
Loads the entry column of entries.tsv, drops any new entry that repeats an
old one or another new one (case- and space-insensitively), checks that every
expected array parses, keeps SPARE entries only as far as needed to reach
120, shuffles, and appends.  Prints only counts.
"""
import json
import random
import sys
from pathlib import Path

TSV = Path(__file__).resolve().parent.parent / "tests/corpus/fr/entries.tsv"
SPLIT = "desk8"
TARGET = 120
NNBSP = "\u202f"
NBSP = "\u00a0"
N = None

D, I, M, X, P = "deaths", "injured", "missing", "detained", "displaced"


def c(metric, qual, low, high="same"):
    return {"metric": metric, "qualifier": qual, "low": low,
            "high": low if high == "same" else high}


ENTRIES = [
    # terse tolls
    ("Onze morts.", [c(D, "", 11)]),
    ("vingt-et-un blessés", [c(I, "", 21)]),
    ("quatre-vingt-dix disparus", [c(M, "", 90)]),
    ("deux cents évacués", [c(P, "", 200)]),
    ("bilan définitif : 43 morts", [c(D, "", 43)]),
    ("3 millions de sinistrés", [c(P, "sinistrés", 3000000)]),
    ("12'400 personnes évacuées", [c(P, "", 12400)]),
    ("1 noyée à Plémorin", [c(D, "plémorin", 1)]),
    ("7 décédés", [c(D, "", 7)]),
    ("15" + NBSP + "800 sinistrés", [c(P, "sinistrés", 15800)]),
    ("plus de 2" + NNBSP + "300 déplacés (OIM)", [c(P, "", 2301, N)]),
    # breakdowns
    ("bilan 12 (8 civils + 4 militaires)",
     [c(D, "", 12), c(D, "civils", 8), c(D, "militaires", 4)]),
    ("19 morts y compris 3 secouristes", [c(D, "", 19), c(D, "secouristes", 3)]),
    ("34 morts hors assaillants, 6 assaillants abattus",
     [c(D, "", 34), c(D, "assaillants", 6)]),
    ("52 blessés dont une dizaine en UA", [c(I, "", 52), c(I, "ua", 10)]),
    ("18 disparus, pour la plupart des pêcheurs", [c(M, "", 18)]),
    ("40 morts dont la moitié d'enfants", [c(D, "", 40)]),
    ("15 interpellés, dont 4 mineurs et le conducteur",
     [c(X, "", 15), c(X, "mineurs", 4), c(X, "conducteur", 1)]),
    ("9 tués : 5 à la caserne Dunoyer, 4 à la préfecture",
     [c(D, "", 9), c(D, "caserne dunoyer", 5), c(D, "préfecture", 4)]),
    ("24 blessés (16 légers, 8 graves)",
     [c(I, "", 24), c(I, "légers", 16), c(I, "graves", 8)]),
    ("sur les 52 à bord : 41 morts, 8 blessés, 3 indemnes",
     [c(D, "", 41), c(I, "", 8)]),
    ("37 blessés dont 5 graves, le reste légers", [c(I, "", 37), c(I, "graves", 5)]),
    ("80 évacués, dont 35 hébergés au gymnase", [c(P, "", 80), c(P, "gymnase", 35)]),
    ("6 morts : 4 adultes et 2 enfants",
     [c(D, "", 6), c(D, "adultes", 4), c(D, "enfants", 2)]),
    ("bilan : 7 morts (dont l'auteur des tirs)", [c(D, "", 7), c(D, "auteur des tirs", 1)]),
    ("2 blessés graves, dont le pronostic vital est engagé", [c(I, "graves", 2)]),
    ("21 morts dont 1 bébé de 6 mois", [c(D, "", 21), c(D, "bébé", 1)]),
    ("Disparus: 11 (dont 2 Belges)", [c(M, "", 11), c(M, "belges", 2)]),
    ("NB: 3 des blessés sont des enfants", [c(I, "enfants", 3)]),
    # lists by place
    ("Kessar 7, Oulmène 3, Tazmit 1 (morts)",
     [c(D, "kessar", 7), c(D, "oulmène", 3), c(D, "tazmit", 1)]),
    ("décès par commune : Lestrac 4 / Vernoux 2 / Plémorin 1",
     [c(D, "lestrac", 4), c(D, "vernoux", 2), c(D, "plémorin", 1)]),
    ("blessés : 14 à Douarven, 6 à Saint-Aulaire",
     [c(I, "douarven", 14), c(I, "saint-aulaire", 6)]),
    ("9 morts à Rusaka et 4 autres à Isoka", [c(D, "rusaka", 9), c(D, "isoka", 4)]),
    ("Zembaya (5 morts), Koulé (2 morts), Mboudjé (1 mort)",
     [c(D, "zembaya", 5), c(D, "koulé", 2), c(D, "mboudjé", 1)]),
    ("40 déplacés à Kifundi, une centaine à Malanga-Sud",
     [c(P, "kifundi", 40), c(P, "malanga-sud", 100)]),
    ("3 morts en Haute-Orlane (71)", [c(D, "haute-orlane", 3)]),
    ("2 morts dans le Lestrac (46), 1 dans le Vaudray (12)",
     [c(D, "lestrac", 2), c(D, "vaudray", 1)]),
    ("dizaines de morts à Koulé", [c(D, "koulé", 20, 99)]),
    ("2 morts côté assaillants, 5 côté armée",
     [c(D, "assaillants", 2), c(D, "armée", 5)]),
    # revisions and earlier tolls
    ("bilan revu à la baisse : 11 morts (13 annoncés précédemment)",
     [c(D, "", 11), c(D, "", 13)]),
    ("on passe de 4 à 6 Lorvaniens tués",
     [c(D, "lorvaniens", 4), c(D, "lorvaniens", 6)]),
    ("le bilan grimpe à 28 morts (il était de 19 ce matin)", [c(D, "", 28), c(D, "", 19)]),
    ("nouveau bilan 31 morts, soit 3 de plus qu'hier soir", [c(D, "", 31)]),
    ("3e bilan : 27 morts, 40 blessés", [c(D, "", 27), c(I, "", 40)]),
    ("Point de situation n°4 : 16 disparus (contre 22)", [c(M, "", 16), c(M, "", 22)]),
    ("bilan relevé à 57 morts, le précédent faisait état de 48",
     [c(D, "", 57), c(D, "", 48)]),
    ("toujours 19 morts, bilan inchangé", [c(D, "", 19)]),
    ("34 morts selon le dernier bilan, 29 selon le précédent", [c(D, "", 34), c(D, "", 29)]),
    ("26 blessés ce soir (20 hier)", [c(I, "", 26), c(I, "", 20)]),
    # corrections of the desk's own line
    ("erratum : 31 morts et non 13", [c(D, "", 31)]),
    ("[corr.] lire 8 blessés graves (pas 18)", [c(I, "graves", 8)]),
    ("rectificatif — il s'agit de 5 disparus, pas 15", [c(M, "", 5)]),
    ("14 interpellés, et non 41 comme écrit plus haut", [c(X, "", 14)]),
    ("CORR. 2 morts, coquille sur le chiffre", [c(D, "", 2)]),
    # bounds and approximations
    ("au bas mot 40 morts", [c(D, "", 40, N)]),
    ("pas loin de 200 déplacés", [c(P, "", 200)]),
    ("tout au plus 15 disparus", [c(M, "", N, 15)]),
    ("au minimum 7 tués", [c(D, "", 7, N)]),
    ("un peu plus de 300 évacués", [c(P, "", 301, N)]),
    ("moins de 10 blessés", [c(I, "", N, 9)]),
    ("<10 disparus", [c(M, "", N, 9)]),
    ("de 30 à 40 disparus", [c(M, "", 30, 40)]),
    ("±40 morts", [c(D, "", 40)]),
    ("quasi 50 blessés", [c(I, "", 50)]),
    ("pas moins d'une centaine de disparus", [c(M, "", 100, N)]),
    ("plus d'un millier de déplacés", [c(P, "", 1001, N)]),
    ("au-delà de 2 000 sinistrés", [c(P, "sinistrés", 2001, N)]),
    ("près d'un demi-million de déplacés", [c(P, "", 500000)]),
    ("grosso modo 60 morts", [c(D, "", 60)]),
    ("dans les 200 blessés", [c(I, "", 200)]),
    ("une petite centaine d'évacués", [c(P, "", 100)]),
    ("3 morts minimum", [c(D, "", 3, N)]),
    ("12 disparus au max", [c(M, "", N, 12)]),
    ("mini 20 morts", [c(D, "", 20, N)]),
    ("approx. 150 déplacés", [c(P, "", 150)]),
    # vague words
    ("plusieurs dizaines de blessés", [c(I, "", 20, 99)]),
    ("quelques centaines de déplacés", [c(P, "", 200, 999)]),
    ("une poignée de disparus", [c(M, "", 2, 9)]),
    ("plusieurs milliers d'évacués", [c(P, "", 2000, 9999)]),
    ("des dizaines de milliers de sinistrés", [c(P, "sinistrés", 20000, 99999)]),
    ("qq blessés légers", [c(I, "légers", 2, 9)]),
    # one person named by role
    ("le chauffeur du car parmi les morts", [c(D, "chauffeur du car", 1)]),
    ("le maire de Sarnac blessé", [c(I, "maire de sarnac", 1)]),
    ("pilote tué, copilote grièvement blessé",
     [c(D, "pilote", 1), c(I, "copilote grièvement", 1)]),
    ("la conductrice du poids lourd en GAV", [c(X, "conductrice du poids lourd gav", 1)]),
    ("le directeur de l'école au nombre des victimes", [c(D, "directeur de l'école", 1)]),
    ("l'assaillant neutralisé, 3 policiers blessés",
     [c(D, "assaillant", 1), c(I, "policiers", 3)]),
    ("un 2nd policier succombe à ses blessures", [c(D, "policier", 1)]),
    ("décès d'un 3e randonneur", [c(D, "randonneur", 1)]),
    # several metrics in one line
    ("3 morts, 12 bl., 2 disp., 40 évac.",
     [c(D, "", 3), c(I, "", 12), c(M, "", 2), c(P, "", 40)]),
    ("24 impliqués : 4 DCD, 11 UA, 9 UR",
     [c(D, "", 4), c(I, "ua", 11), c(I, "ur", 9)]),
    ("7 morts, 19 blessés, 2 disparus et 150 sinistrés",
     [c(D, "", 7), c(I, "", 19), c(M, "", 2), c(P, "sinistrés", 150)]),
    ("61 interpellations, 12 policiers blessés, 1 manifestant tué",
     [c(X, "", 61), c(I, "policiers", 12), c(D, "manifestant", 1)]),
    ("2 tués, 5 blessés dont 1 gendarme, 3 suspects en fuite",
     [c(D, "", 2), c(I, "", 5), c(I, "gendarme", 1)]),
    ("aucun mort, 7 blessés légers", [c(D, "", 0), c(I, "légers", 7)]),
    ("9 interpellés, 4 relâchés", [c(X, "", 9)]),
    ("70 sans-abri et 3 blessés après l'incendie", [c(P, "sans-abri", 70), c(I, "", 3)]),
    ("18 morts. 4 disparus. 30 blessés.", [c(D, "", 18), c(M, "", 4), c(I, "", 30)]),
    ("4 morts · 9 blessés · 1 disparu", [c(D, "", 4), c(I, "", 9), c(M, "", 1)]),
    # sources inline
    ("Sdis 974 : 2 noyés", [c(D, "", 2)]),
    ("via @Prefet_HteOrlane : 3 morts, 6 blessés", [c(D, "", 3), c(I, "", 6)]),
    ("(source hospitalière) 16 blessés dont 4 en réa", [c(I, "", 16), c(I, "réa", 4)]),
    ("de source policière, 9 gardes à vue", [c(X, "gardes à vue", 9)]),
    ("ARS : 12 décès liés à la chaleur", [c(D, "chaleur", 12)]),
    ("14 morts, d'après un décompte de l'AFP", [c(D, "", 14)]),
    ("selon nos informations, 5 morts", [c(D, "", 5)]),
    ("Reuters citant la police : 22 tués", [c(D, "", 22)]),
    ("3 morts (@pompiers72)", [c(D, "", 3)]),
    ("le parquet fait état de 2 gardes à vue", [c(X, "gardes à vue", 2)]),
    ("11 morts, confirme la mairie", [c(D, "", 11)]),
    # days, weekdays, durations
    ("dans la nuit de lundi à mardi : 3 morts à Nérac-les-Bains",
     [c(D, "nérac-les-bains", 3)]),
    ("J+3 : 212 morts, 1 400 blessés", [c(D, "", 212), c(I, "", 1400)]),
    ("MAJ 12/10 18h : 4 morts", [c(D, "", 4)]),
    ("mercredi 6h : 17 morts", [c(D, "", 17)]),
    ("week-end : 5 noyés sur le littoral", [c(D, "littoral", 5)]),
    ("à l'aube, 8 tués à Tiloumé", [c(D, "tiloumé", 8)]),
    ("4 noyés en 48h", [c(D, "", 4)]),
    # abbreviations and symbols
    ("➡️ 9 morts, 23 blessés", [c(D, "", 9), c(I, "", 23)]),
    ("⚠️ bilan provisoire 6 DCD", [c(D, "", 6)]),
    ("nb de morts : 12", [c(D, "", 12)]),
    ("env 80 pers. évac.", [c(P, "", 80)]),
    ("tjrs 4 disp.", [c(M, "", 4)]),
    ("7 FDS tués", [c(D, "fds", 7)]),
    ("3 SP blessés", [c(I, "sp", 3)]),
    ("1 mort + 2 bl. graves", [c(D, "", 1), c(I, "graves", 2)]),
    # missing spaces
    ("12morts,4blessés", [c(D, "", 12), c(I, "", 4)]),
    ("plusde 40 disparus", [c(M, "", 41, N)]),
    ("bilan:9morts", [c(D, "", 9)]),
    ("aumoins 15 blessés", [c(I, "", 15, N)]),
    ("3morts dont1enfant", [c(D, "", 3), c(D, "enfant", 1)]),
    # capitals
    ("BILAN : 14 MORTS ET 30 BLESSÉS", [c(D, "", 14), c(I, "", 30)]),
    ("Trois Morts, Deux Blessés Graves", [c(D, "", 3), c(I, "graves", 2)]),
    ("AU MOINS 8 DISPARUS", [c(M, "", 8, N)]),
    # typos (metric and bound words only)
    ("19 mrots", [c(D, "", 19)]),
    ("7 disaprus", [c(M, "", 7)]),
    ("31 blesséss", [c(I, "", 31)]),
    ("600 évaucés", [c(P, "", 600)]),
    ("au mions 12 tués", [c(D, "", 12, N)]),
    ("evniron 300 sinistrés", [c(P, "sinistrés", 300)]),
    ("jusqu'à 50 dispaus", [c(M, "", N, 50)]),
    ("prèss de 900 déplacés", [c(P, "", 900)]),
    ("4 interpelés", [c(X, "", 4)]),
    ("8 dcédés", [c(D, "", 8)]),
    # pasted live-blog lines and wire alerts
    ("17h12 : Le décompte provisoire fait état de 23 morts et 4 disparus, selon la préfecture de Haute-Orlane.",
     [c(D, "", 23), c(M, "", 4)]),
    ("• Neuf assaillants abattus ; onze membres des FDS tués, dont huit au camp de Boré et trois au poste de douane de Kerfa",
     [c(D, "assaillants", 9), c(D, "membres des fds", 11),
      c(D, "camp de boré", 8), c(D, "poste de douane de kerfa", 3)]),
    ("URGENT - Effondrement d'un immeuble à Port-Ludal : au moins 17 morts (pompiers)",
     [c(D, "", 17, N)]),
    ("FLASH Séisme en Zembaya: plus de 300 morts selon un bilan officiel", [c(D, "", 301, N)]),
    ("[DIRECT] 22h40 – un 21e mort à Morlac, annonce la préfecture", [c(D, "morlac", 1)]),
    ("14h05 Le bilan s'alourdit : 38 morts, dont 6 enfants, et plus de 120 blessés (ministère de la Santé)",
     [c(D, "", 38), c(D, "enfants", 6), c(I, "", 121, N)]),
    ("09h58 : deux sources sécuritaires interrogées par l'AFP évoquent désormais une quarantaine de morts",
     [c(D, "", 40)]),
    ("ALERTE - Incendie d'un hôtel à Bellerive : 9 morts, 2 disparus, bilan provisoire",
     [c(D, "", 9), c(M, "", 2)]),
    ("« Nous déplorons 4 décès et 13 blessés, dont 3 en urgence absolue », a tweeté le préfet",
     [c(D, "", 4), c(I, "", 13), c(I, "urgence absolue", 3)]),
    ("Mis à jour à 07h31 — Au moins 63 personnes ont péri et 18 sont toujours portées disparues après le naufrage",
     [c(D, "", 63, N), c(M, "", 18)]),
    ("BREAKING: Tassamir blast toll rises to 54, 200+ injured - state media",
     [c(D, "", 54), c(I, "", 200, N)]),
    ("UPDATE 1-Floods in Kifundi kill at least 31, dozens missing -Red Cross",
     [c(D, "", 31, N), c(M, "", 24, 99)]),
    ("Selon un nouveau bilan du ministère de l'Intérieur, 112 personnes ont été tuées et 340 blessées",
     [c(D, "", 112), c(I, "", 340)]),
    ("11h20 | Le nombre de personnes évacuées atteint désormais 4 600, selon la mairie",
     [c(P, "", 4600)]),
    ("Le bilan passe à 26 morts après le décès à l'hôpital d'un blessé grave",
     [c(D, "", 26), c(D, "hôpital", 1)]),
    ("5 gendarmes légèrement blessés lors des heurts", [c(I, "gendarmes légèrement", 5)]),
    ("5 morts, le bilan pourrait encore s'alourdir", [c(D, "", 5)]),
]

# Entries kept only if repeats leave fewer than TARGET (first ones first).
SPARE_KEYS = [
    "deux cents évacués", "bilan définitif : 43 morts", "7 décédés",
    "6 morts : 4 adultes et 2 enfants", "37 blessés dont 5 graves, le reste légers",
    "21 morts dont 1 bébé de 6 mois",
    "40 déplacés à Kifundi, une centaine à Malanga-Sud",
    "blessés : 14 à Douarven, 6 à Saint-Aulaire",
    "toujours 19 morts, bilan inchangé",
    "34 morts selon le dernier bilan, 29 selon le précédent",
    "CORR. 2 morts, coquille sur le chiffre",
    "de 30 à 40 disparus", "quasi 50 blessés", "grosso modo 60 morts", "mini 20 morts",
    "approx. 150 déplacés", "plus d'un millier de déplacés",
    "plusieurs milliers d'évacués", "décès d'un 3e randonneur",
    "7 morts, 19 blessés, 2 disparus et 150 sinistrés",
    "11 morts, confirme la mairie", "14 morts, d'après un décompte de l'AFP",
    "à l'aube, 8 tués à Tiloumé", "nb de morts : 12", "bilan:9morts", "4 interpelés",
    "5 morts, le bilan pourrait encore s'alourdir",
    "5 gendarmes légèrement blessés lors des heurts",
    "9 interpellés, 4 relâchés", "3 morts (@pompiers72)",
    "le parquet fait état de 2 gardes à vue", "dans les 200 blessés",
    "12 disparus au max", "2 morts dans le Lestrac (46), 1 dans le Vaudray (12)",
    "70 sans-abri et 3 blessés après l'incendie",
    "9 tués : 5 à la caserne Dunoyer, 4 à la préfecture",
    "<10 disparus", "mercredi 6h : 17 morts",
]
_by_entry = dict(ENTRIES)
assert all(k in _by_entry for k in SPARE_KEYS)
SPARE = [(k, _by_entry[k]) for k in SPARE_KEYS]
ENTRIES = [(e, cl) for e, cl in ENTRIES if e not in set(SPARE_KEYS)]


def norm(s):
    return "".join(s.lower().split())


def main():
    text = TSV.read_text(encoding="utf-8")
    lines = text.splitlines()
    old = {norm(l.split("\t", 1)[0]) for l in lines[1:] if l.strip()}
    seen = set()
    kept, repeats_old, repeats_new = [], 0, 0
    for entry, claims in ENTRIES + SPARE:
        k = norm(entry)
        if k in old:
            repeats_old += 1
            continue
        if k in seen:
            repeats_new += 1
            continue
        seen.add(k)
        js = json.dumps(claims, ensure_ascii=False, separators=(",", ":"))
        back = json.loads(js)
        assert isinstance(back, list) and back, "every row expects a claim"
        for cl in back:
            assert set(cl) == {"metric", "qualifier", "low", "high"}
            assert cl["low"] is not None or cl["high"] is not None
        assert "\t" not in entry and "\n" not in entry
        kept.append((entry, js))
    main_count = len(ENTRIES)
    kept = kept[:TARGET]
    print(f"drafted {main_count} (+{len(SPARE)} spare); repeats of old rows {repeats_old}; "
          f"repeats among new {repeats_new}; kept {len(kept)}; "
          f"claims {sum(len(json.loads(j)) for _, j in kept)}")
    if "--dry-run" in sys.argv:
        return
    if len(kept) != TARGET:
        print("not appending: need exactly", TARGET)
        sys.exit(1)
    random.Random(8).shuffle(kept)
    with TSV.open("a", encoding="utf-8") as f:
        if not text.endswith("\n"):
            f.write("\n")
        for entry, js in kept:
            f.write(f"{entry}\t{js}\t{SPLIT}\n")
    print("appended", len(kept))


if __name__ == "__main__":
    main()
