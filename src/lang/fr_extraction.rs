//! French words `extract` reads articles with (`Language::extraction`):
//! kept apart from `fr.rs` so each file stays one readable table.

use super::Extraction;

#[rustfmt::skip]
pub(super) const EXTRACTION: Extraction = Extraction {
    speech_verbs: SPEECH_VERBS,
    // Any verb of saying may open an inversion ("a indiqué l'alliance").
    not_said_objects: &[],
    inverting_verbs: SPEECH_VERBS,
    auxiliaries: &["a", "ont", "avait", "avaient", "aurait", "auraient"],
    inverting_auxiliaries: &["a", "ont"],
    // "6 812 cas ont été recensés": no one said it.
    passive_markers: &["été"],
    claimant_openers: &[
        "selon", "d'après", "d’après", "attribué au", "attribué à", "attribuée au",
        "attribuée à",
    ],
    contrasts: &["mais", "bien", "alors", "tandis", "quoique"],
    clause_openers: &["que", "tandis que"],
    elided_clause_openers: &["qu"],
    subject_openers: &["et", "puis", "ensuite", "que"],
    subject_tail: &[
        "ont", "a", "avait", "avaient", "déjà", "encore", "aussi", "également", "ailleurs",
        "par", "y", "en", "on",
        // "La Ligue a pour sa part dénombré", "La police a de son côté".
        "pour", "sa", "part", "de", "son", "côté",
        // "Le ministère n'a confirmé que deux morts": the negation is the verb's.
        "n'a", "n’a", "n'ont", "n’ont", "n'avait", "n’avait",
    ],
    articles: &["le", "la", "les", "un", "une", "des"],
    elided_articles: &["l"],
    indefinite_articles: &["un", "une"],
    possessives: &["son", "sa", "leur", "ses", "leurs"],
    // "Mercredi matin, celle-ci faisait encore état de quatre morts".
    pronouns: &[
        "il", "elle", "ils", "elles", "on", "celle-ci", "celui-ci",
        // "selon lui", "selon eux": the stressed forms stand for the speaker too.
        "lui", "eux",
    ],
    same_source: &["même source", "cette source", "ces sources", "ces mêmes sources"],
    source_words: &["source"],
    single_name_heads: &[("ministère", "de")],
    claimant_skips: &["matin", "soir", "après-midi", "auprès", "de", "du", "d'", "d’"],
    complementizers: &["que"],
    claimant_stops: &[
        "lors", "dans", "pendant", "après", "avant", "devant", "qui", "que", "à", "au", "sur",
        "quand", "sous",
        // "Le bilan établi par la protection civile était de neuf morts":
        // the report's verb ends its author's name.
        "était", "étaient", "faisait", "faisaient",
    ],
    named_days: &["hier", "aujourd'hui"],
    be_have: &["été", "sont", "ont", "est"],
    comparisons: &[
        "contre", "tandis que", "portant le total à", "portant le nombre total à", "vs", "vs.",
        // "8 morts au lieu de 6".
        "au lieu de",
    ],
    breakdowns: &[
        "dont", "d'entre eux", "d'entre elles", "d’entre eux", "d’entre elles", "parmi eux",
        "parmi elles", "parmi lesquels", "parmi lesquelles",
    ],
    qualifier_noise: &[
        "à", "autres", "ayant", "encore", "aussi", "où", "figurent", "figure", "toujours",
        "portées", "portés", "trouvent", "trouve", "pourraient", "pourrait", "avoir", "entre",
        "eux", "elles", "proche", "hébergées", "hébergés", "dénombre", "désormais",
        "communiqué",
    ],
    units: &[
        "pour cent", "ans", "an", "kilomètres", "mètres", "millimètres", "heures", "h",
        // "sur plus d'un kilomètre": a length, no one counted.
        "kilomètre", "mètre",
        "jours", "semaines", "mois", "degrés", "fois", "hectares",
        // "il y a environ une semaine": a time ago, no one counted.
        "jour", "semaine", "heure", "minute", "minutes", "seconde", "secondes",
        // "à trois reprises": three times.
        "reprises",
        // "deux Lyonnais d'une soixantaine d'années": an age.
        "années", "d'années", "d’années",
        // "500 millions de francs": money is no count of people.
        "francs", "de francs", "euros", "d'euros", "d’euros", "dollars", "de dollars", "fcfa",
        "de fcfa", "francs cfa", "de francs cfa", "pieds", "milles nautiques", "nœuds",
        // "une aide de 400 000 roupies aux familles": other currencies too.
        "roupies", "de roupies", "roubles", "de roubles", "dinars", "de dinars", "dirhams",
        "de dirhams", "livres", "de livres", "yuans", "de yuans", "pesos", "de pesos",
        "shillings", "de shillings", "nairas", "de nairas", "rands", "de rands",
        // "des obus de 152 mm": a calibre.
        "mm", "cm", "km", "kg",
    ],
    unmeasured_roles: &[],
    shelter_verbs: &[],
    shelter_links: &[],
    shelter_places: &[],
    not_sheltered: &[],
    figure_joiners: &["et", "ou", "à"],
    age_words: &["âgé", "âgée", "âgés", "âgées"],
    age_nouns: &[],
    parent_nouns: &["père", "mère", "parent"],
    first_person: &[],
    subordinators: &[],
    before_subordinators: 0,
    back_references: &[],
    age_bounds: &[],
    baselines: &[],
    // "quelque 200 sapeurs-pompiers sont mobilisés" ("engagé" is not one:
    // "le pronostic vital de trois blessés est engagé").
    deployment_verbs: &[
        "mobilisé", "mobilisés", "mobilisées", "mobilise", "mobilisent", "déployé", "déployés",
        "déployées", "déploie", "déploient",
        "dépêché", "dépêchés", "dépêchées", "dépêche",
    ],
    // "le Sdis, qui a engagé 85 sapeurs-pompiers et une trentaine d'engins".
    deployment_verbs_before: &["engagé", "engagés", "engagées", "engage", "engagent"],
    // "sur la départementale 557", "le vol 302", "la ligne 4".
    label_nouns: &[
        "départementale", "nationale", "route", "autoroute", "vol", "ligne", "numéro", "n°",
        "chambre", "salle", "quai", "voie", "pavillon", "bâtiment", "porte", "article",
    ],
    above_verbs: &["dépasse", "dépassent", "dépassé", "dépasser"],
    near_words: &[],
    among: &["parmi"],
    // "entre 2015 et 2021": a span of past years.
    background_year_words: &["en", "depuis", "de", "du", "avant", "après", "lors", "entre"],
    // "depuis 2013, lorsqu'un car …": what the year's own clause says is past.
    relatives: &["où", "qui", "quand", "après", "lorsque", "lorsqu"],
    linking_verbs: &["est", "sont", "se", "s'est"],
    // "34 morts (préc. 27)", "env. 300 évacués": desk shorthand too.
    abbreviations: &["m", "mme", "mlle", "me", "gén", "janv", "févr", "déc", "juil", "préc", "env",
        // Desk shorthand: "23 pers. évacuées", "(min. Santé)", "incl. le chauffeur".
        "pers", "min", "incl", "bl",
        // "préf. 974 : 1 mort": the prefecture of a département.
        "préf",
    ],
    extra_metrics: &[
        ("deaths", &["mortes", "perdu la vie", "trouvé la mort", "péri", "tuent", "tue"]),
        // "Treize autres, plus légèrement atteints, ont pu regagner leur
        // domicile": hit, with how badly ("le bilan a atteint 30 morts" and
        // "gravement touchée par les crues" are no injury).
        ("injured", &[
            "blessée", "légèrement atteint", "légèrement atteinte", "légèrement atteints",
            "légèrement atteintes", "grièvement atteint", "grièvement atteinte",
            "grièvement atteints", "grièvement atteintes", "grièvement touché",
            "grièvement touchée", "grièvement touchés", "grièvement touchées",
        ]),
        ("detained", &[
            // "19 ont été placés en détention provisoire": longest first.
            "placés en détention provisoire", "placées en détention provisoire",
            "placé en détention provisoire", "placée en détention provisoire",
            "en détention provisoire", "placés en détention",
            "interpellé", "interpellée", "placées en détention", "placés en garde à vue",
            // "Le chauffeur présumé a été arrêté mercredi" (quick entry's
            // table keeps the plurals only).
            "arrêté", "arrêtée",
            "placées en garde à vue", "en garde à vue", "en détention",
        ]),
        // "victimes" alone may count the injured too ("le total des
        // victimes"): only "parmi les victimes" says the dead.
        ("deaths", &[
            "parmi les victimes", "corps", "tuée", "morte", "décédé", "décédée", "succombé",
        ]),
        ("missing", &[
            "piégés", "piégées", "bloqués sous terre", "porté disparu", "portée disparue",
            // "onze mineurs tués, quatre toujours coincés", "quatre mineurs
            // restés coincés au fond du puits" (motorists "coincés" on a
            // road are only held up).
            "toujours coincés", "toujours coincées", "encore coincés", "encore coincées",
            "restés coincés au fond", "restées coincées au fond", "coincés sous les décombres",
            "coincées sous les décombres",
            "disparu", "disparue",
            // "Soixante-sept personnes manquaient toujours à l'appel".
            "manquent à l'appel", "manquent à l’appel", "manquaient à l'appel",
            "manquaient à l’appel", "manquent toujours à l'appel", "manquent toujours à l’appel",
            "manquaient toujours à l'appel", "manquaient toujours à l’appel",
            "manquent encore à l'appel", "manquent encore à l’appel",
            "manquaient encore à l'appel", "manquaient encore à l’appel", "manque à l'appel",
            "manque à l’appel", "manquait à l'appel", "manquait à l’appel",
            "manque toujours à l'appel", "manque toujours à l’appel",
            "manquait toujours à l'appel", "manquait toujours à l’appel",
            // "84 salariés n'ont toujours pas été localisés" ("pour
            // retrouver" may be said of those found safe, or of one
            // counted already).
            "pas été localisés", "pas été localisées", "pas été retrouvés",
            "pas été retrouvées", "pas encore été localisés", "pas encore été localisées",
            "pas encore été retrouvés", "pas encore été retrouvées",
        ]),
        // "quatre personnes sont toujours recherchées", "un randonneur
        // toujours recherché" (`metric_word_refusals`: not a suspect).
        ("missing", SOUGHT),
        // "a fait 40 victimes", "12 victimes" in a headline: the dead,
        // as copy says them (the injured are "blessés").
        ("deaths", &["victimes", "victime", "tuant", "coûté la vie", "coûte la vie"]),
        // Army communiqués: "35 combattants neutralisés" are enemy dead.
        ("deaths", &["neutralisés", "neutralisées", "neutralisé"]),
        // "Nous avons enterré 27 personnes": the buried are dead.
        ("deaths", &["enterré", "enterrés", "enterrées", "inhumé", "inhumés", "inhumées"]),
        ("injured", &["blessant"]),
        // "un autre a été grièvement brûlé" ("brûlés vifs" are dead, so
        // only with a degree; quick entry reads them as a basis).
        ("injured", &[
            "grièvement brûlé", "grièvement brûlée", "grièvement brûlés", "grièvement brûlées",
            "légèrement brûlé", "légèrement brûlée", "légèrement brûlés", "légèrement brûlées",
        ]),
        ("displaced", &["réfugiés", "réfugiées", "chez des proches"]),
        ("injured", &["dans un état grave", "dans un état critique", "blessés graves"]),
        // "Deux pompiers ont été brûlés", "hospitalisées pour des brûlures
        // ou des gelures": hurt ("brûlés vifs" are dead).
        ("deaths", &[
            "été brûlés vifs", "été brûlées vives", "été brûlé vif", "été brûlée vive",
            "brûlés vifs", "brûlées vives", "brûlé vif", "brûlée vive",
        ]),
        ("injured", &[
            "été brûlés", "été brûlées", "été brûlé", "été brûlée",
            // Hospitalised, not treated and sent home (`traitées pour des
            // brûlures légères`).
            "hospitalisés pour des brûlures", "hospitalisées pour des brûlures",
            "hospitalisés pour des gelures", "hospitalisées pour des gelures",
            // "112 personnes hospitalisées pour des difficultés
            // respiratoires" (gas, smoke, fumes): hurt, and kept as such.
            "hospitalisés pour des difficultés respiratoires",
            "hospitalisées pour des difficultés respiratoires",
            "hospitalisés pour des troubles respiratoires",
            "hospitalisées pour des troubles respiratoires",
            "hospitalisés pour une hypothermie", "hospitalisées pour une hypothermie",
            // "hospitalisés à Brest en état d'hypothermie sévère".
            "en état d'hypothermie sévère", "en état d’hypothermie sévère",
            "en état d'hypothermie", "en état d’hypothermie",
            // "dont 5 sont hospitalisés dans un état grave", "hospitalisées en
            // urgence absolue": the state too (`care_metric_words`).
            "hospitalisés dans un état grave", "hospitalisées dans un état grave",
            "hospitalisés dans un état critique", "hospitalisées dans un état critique",
            "hospitalisés en réanimation", "hospitalisées en réanimation",
            "hospitalisés en soins intensifs", "hospitalisées en soins intensifs",
            "hospitalisés en urgence absolue", "hospitalisées en urgence absolue",
            "hospitalisés en urgence relative", "hospitalisées en urgence relative",
            "hospitalisés", "hospitalisées",
        ]),
        // "deux souffrent de fractures": hurt, and how.
        ("injured", &[
            "souffrent de fractures", "souffrent de brûlures", "souffre de fractures",
            "souffre de brûlures",
        ]),
        // "cinq personnes hospitalisées en urgence absolue": the triage of
        // the injured ("en réanimation" is left to the toll it follows, as
        // the sick in intensive care are cases).
        ("injured", &["en urgence absolue", "en urgence relative"]),
        ("displaced", &[
            "sinistrés", "sinistrées", "sans-abri", "sans abri", "chassés de chez eux",
            "chassées de chez elles", "dans des centres d'accueil", "dans des centres d’accueil",
            "évacuées", "avaient fui", "fui", "fuir leur domicile", "fuir leurs domiciles",
            "fuir leurs foyers", "fuir leur foyer", "quitter leur logement", "quitter leurs logements",
            "quitter leur domicile", "relogés", "relogées",
            // "ont trouvé refuge dans une église", "ont perdu leur abri".
            "trouvé refuge", "perdu leur abri", "perdu leur maison", "perdu leur logement",
            "perdu leurs maisons", "perdu leurs logements", "perdu leur toit",
            // "1 200 campeurs ont été hébergés dans des gymnases", "200
            // habitants ont passé la nuit dans une école": sheltered away
            // from home (the night spent in hospital or in custody is no
            // shelter, so only the night in a place named after these).
            // The place after the phrase is kept ("écoles églises").
            "hébergés dans", "hébergées dans", "hébergés à", "hébergées à",
            "passé la nuit dans", "passé la nuit sous", "passé la nuit au",
        ]),
        // "depuis le début de l'offensive, le 24 février".
        ("start", &[
            "début de", "début du", "début des", "lancement de", "lancement du", "s'est déclarée",
            "s’est déclarée", "s'est déclaré", "s’est déclaré",
        ]),
        ("detained", &["gardes à vue", "garde à vue"]),
        // "94 évadés ont été repris": escaped prisoners caught again ("à
        // trois reprises" is a number of times, so no "reprises"). Quick
        // entry reads it as a basis (`fr_bases`). Only the passive: "ont
        // repris le quartier" takes a place back.
        ("detained", &["été repris", "été reprises"]),
        // "Le conducteur a été placé en garde à vue": one, in custody.
        ("detained", &[
            "placé en garde à vue", "placée en garde à vue", "placé en détention",
            "placée en détention",
        ]),
    ],
    name_without_role: false,
    headline_claimants: true,
    name_links: &[
        "de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "et", "pour", "au", "aux", "del",
    ],
    citing_words: &["citant"],
    relative_subjects: &["qui"],
    // "a précisé le ministère, selon lequel 11 d'entre elles …".
    opener_relatives: &["lequel", "laquelle", "lesquels", "lesquelles"],
    // "La précédente attaque d'ampleur, en mars, avait tué quatre soldats"
    // ("le précédent bilan" is this event's earlier toll, and stays).
    // "Les corps ont été inhumés en présence du maire et de plusieurs
    // dizaines d'habitants": mourners, not dead.
    presence_phrases: &["en présence de", "en présence du", "en présence des", "en présence d"],
    earlier_events: &[
        "précédente attaque", "précédent attentat", "précédent accident", "précédente explosion",
        "précédent naufrage", "précédent séisme", "précédente catastrophe", "précédent incendie",
        "précédente tempête", "précédente épidémie", "précédente éruption", "précédent crash",
        "précédente inondation", "précédentes inondations", "précédente opération",
        "précédent glissement", "précédente collision", "précédent déraillement",
        "précédente émeute", "précédentes émeutes", "précédent raid", "précédente fusillade",
        // "Le 3 décembre, un engin similaire avait tué sept soldats": an
        // event like the story's is another one.
        "similaire", "similaires",
    ],
    inverted_pronouns: &[
        ("a-t-il", "il"), ("a-t-elle", "elle"), ("ont-ils", "ils"), ("ont-elles", "elles"),
        ("a-t-on", "on"), ("avait-il", "il"), ("avait-elle", "elle"),
    ],
    addressee_markers: &["à", "au", "aux"],
    report_nouns: &["bilan", "chiffres", "décompte", "estimation", "estimations", "données", "liste"],
    report_authors: &["par", "de", "du", "des", "d'", "d’"],
    report_sources: &[],
    kept_metric_words: &[
        ("corps", "corps"), ("dans un état grave", "état grave"),
        ("dans un état critique", "état critique"),
        ("été brûlés", "brûlés"), ("été brûlées", "brûlées"), ("été brûlé", "brûlé"),
        ("été brûlée", "brûlée"),
        ("hospitalisés pour des brûlures", "hospitalisés brûlures"),
        ("hospitalisées pour des brûlures", "hospitalisées brûlures"),
        ("hospitalisés pour des gelures", "hospitalisés gelures"),
        ("hospitalisées pour des gelures", "hospitalisées gelures"),
        ("hospitalisés pour des difficultés respiratoires", "hospitalisés difficultés respiratoires"),
        ("hospitalisées pour des difficultés respiratoires", "hospitalisées difficultés respiratoires"),
        ("hospitalisés pour des troubles respiratoires", "hospitalisés troubles respiratoires"),
        ("hospitalisées pour des troubles respiratoires", "hospitalisées troubles respiratoires"),
        ("hospitalisés pour une hypothermie", "hospitalisés hypothermie"),
        ("hospitalisées pour une hypothermie", "hospitalisées hypothermie"),
        ("en état d'hypothermie sévère", "hypothermie sévère"),
        ("en état d’hypothermie sévère", "hypothermie sévère"),
        ("en état d'hypothermie", "hypothermie"), ("en état d’hypothermie", "hypothermie"),
        ("hospitalisés dans un état grave", "état grave hospitalisés"),
        ("hospitalisées dans un état grave", "état grave hospitalisées"),
        ("hospitalisés dans un état critique", "état critique hospitalisés"),
        ("hospitalisées dans un état critique", "état critique hospitalisées"),
        ("hospitalisés en réanimation", "réanimation hospitalisés"),
        ("hospitalisées en réanimation", "réanimation hospitalisées"),
        ("hospitalisés en soins intensifs", "soins intensifs hospitalisés"),
        ("hospitalisées en soins intensifs", "soins intensifs hospitalisées"),
        ("hospitalisés en urgence absolue", "urgence absolue hospitalisés"),
        ("hospitalisées en urgence absolue", "urgence absolue hospitalisées"),
        ("hospitalisés en urgence relative", "urgence relative hospitalisés"),
        ("hospitalisées en urgence relative", "urgence relative hospitalisées"),
        ("hospitalisés", "hospitalisés"), ("hospitalisées", "hospitalisées"),
        ("souffrent de fractures", "fractures"), ("souffrent de brûlures", "brûlures"),
        ("souffre de fractures", "fractures"), ("souffre de brûlures", "brûlures"),
        ("blessés graves", "graves"),
        ("en urgence absolue", "urgence absolue"), ("en urgence relative", "urgence relative"),
        ("sinistrés", "sinistrés"), ("sinistrées", "sinistrées"), ("sans-abri", "sans-abri"),
        ("sans abri", "sans abri"), ("dans des centres d'accueil", "centres d'accueil"),
        ("dans des centres d’accueil", "centres d'accueil"), ("gardes à vue", "gardes à vue"),
        ("garde à vue", "garde à vue"), ("en garde à vue", "garde à vue"),
        ("placés en garde à vue", "garde à vue"), ("placées en garde à vue", "garde à vue"),
        ("placé en garde à vue", "garde à vue"), ("placée en garde à vue", "garde à vue"),
        ("réfugiés", "réfugiés"), ("réfugiées", "réfugiées"), ("chez des proches", "proches"),
        // Poisoned or smoke-choked people are injured, and copy says so.
        ("intoxiqués", "intoxiqués"), ("intoxiquées", "intoxiquées"), ("intoxiqué", "intoxiqué"),
        ("intoxiquée", "intoxiquée"), ("grièvement brûlé", "grièvement brûlé"),
        ("grièvement brûlée", "grièvement brûlée"), ("grièvement brûlés", "grièvement brûlés"),
        ("grièvement brûlées", "grièvement brûlées"), ("légèrement brûlé", "légèrement brûlé"),
        ("légèrement brûlée", "légèrement brûlée"), ("légèrement brûlés", "légèrement brûlés"),
        ("légèrement brûlées", "légèrement brûlées"),
        // "94 évadés ont été repris": escaped prisoners caught again.
        ("été repris", "repris"), ("été reprises", "reprises"),
        // Detention, like custody, is kept, and which ("provisoire").
        ("placés en détention provisoire", "détention provisoire"),
        ("placées en détention provisoire", "détention provisoire"),
        ("placé en détention provisoire", "détention provisoire"),
        ("placée en détention provisoire", "détention provisoire"),
        ("en détention provisoire", "détention provisoire"),
    ],
    basis_words: &[
        ("retrouvé", "retrouvés"), ("retrouvés", "retrouvés"), ("retrouvées", "retrouvés"),
        ("repêché", "repêchés"), ("repêchés", "repêchés"), ("identifiés", "identifiés"),
        ("identifié", "identifiés"), ("dégagés", "dégagés"), ("remontés", "remontés"),
        ("remonté", "remontés"), ("remontées", "remontés"),
    ],
    thing_nouns: &[
        // "Plusieurs campings ont accueilli des familles évacuées".
        "campings", "gymnases", "hôtels",
        // "dont la maison s'est effondrée": one thing, no one.
        "maison", "voiture", "immeuble", "bâtiment", "véhicule", "camion", "école",
        "église", "usine", "boutique", "échoppe",
        // "lycée évacué, 3 blessés": a building evacuated is no person.
        "lycée", "collège", "stade", "gare", "aéroport", "magasin", "supermarché", "ehpad",
        "tribunal", "train", "centre", "musée", "théâtre", "mairie", "quartier", "hameau",
        "quartiers", "hameaux", "cliniques", "clinique", "centres", "stations",
        // "1 400 habitants de trois localités": places, not people.
        "localités", "villes", "régions", "districts", "départements",
        // "3 arrêts cardiaques": stops, not arrests.
        "arrêts", "avion", "drone", "sanglier", "ballons", "lits",
        // "rattrapé quelques rues plus loin".
        "rues", "minutes",
        "séismes", "secousses", "répliques", "wagons", "voitures", "hôpitaux", "maisons",
        "immeubles", "résidences", "bâtiments", "logements", "véhicules", "missiles", "drones",
        "roquettes", "incendies", "villages", "communes", "provinces", "étages", "écoles",
        "barrages", "bateaux", "camions", "ponts", "tonnes", "places", "kilos", "salles",
        "classes", "stands", "étals", "mines", "engins", "avions", "hélicoptères", "navires",
        "bateau", "navire", "hélicoptère", "chalutier", "ferry",
        // "deux citernes ont fui": tanks leak, people do not.
        "citernes", "cuves", "réservoirs", "conteneurs", "fûts", "canalisations",
        // "deux chars capturés", "trois fusils saisis": arms, not soldiers.
        "chars", "blindés", "armes", "fusils", "pistolets", "obus", "munitions",
        // "plusieurs centaines de têtes de bétail abattues": herds, not people.
        "têtes", "bêtes", "animaux", "moutons", "chèvres", "vaches", "bœufs", "bovins",
        "chameaux", "volailles", "poissons", "oiseaux", "chiens", "chevaux", "porcs",
        "cochons", "poulets", "canards", "ânes", "brebis", "dauphins", "tortues",
        // "2 300 abris détruits".
        "abris", "tentes", "cabanes", "chalets", "refuges", "toits",
    ],
    background_before_figure: &["avait fait", "avaient fait"],
    figure_fillers: &["les", "la", "le", "désormais", "déjà", "maintenant"],
    // "ceux de sept femmes et de deux enfants"; "une mère et ses deux
    // enfants": family named by a possessive.
    list_lead_words: &["tous", "toutes", "soit", "de", "ses", "leurs", "ceux", "celles"],
    // "ont été tués sur le coup, de même qu'un baigneur".
    same_fate_openers: &["de même que", "de même qu'", "de même qu’", "tout comme"],
    place_prepositions: &["dans", "à", "au", "aux", "en", "sur", "sous"],
    care_places: &["hôpital", "hosto"],
    care_routes: &["en route vers", "sur le chemin de", "pendant le transfert vers"],
    toll_moves: &[],
    cause_markers: &[],
    partitive_headers: &["parmi les", "sur les"],
    place_relatives: &["où"],
    casualty_words: &["victimes", "victime"],
    casualty_hints: &[
        "hôpital", "hôpitaux", "hospitalisé", "hospitalisée", "hospitalisés", "hospitalisées", "soignés",
        "soignées", "état grave", "état critique", "urgence", "indemnes", "réanimation",
    ],
    casualty_splits: &["dont", ":", "soit", "parmi lesquelles", "parmi lesquels"],
    casualty_parts: &[
        "blessé", "blessés", "blessée", "blessées", "mort", "morts", "tués", "tuées", "décès",
        "décédés",
    ],
    // "brûlés sur plus de la moitié du corps": the body burned, no one dead.
    not_metric_after: &[
        "camp de", "camps de", "statut de", "moitié du", "partie du", "surface du", "% du",
    ],
    // "Dix-sept détenus ont été tués", "la prison compte 2 900 détenus".
    status_metric_words: &["détenus", "détenues"],
    // "27 coureurs ont été hospitalisés", "dont neuf ont été hospitalisées"
    // are injured; "640 malades ont été hospitalisés", "ont présenté des
    // symptômes, dont 31 ont été hospitalisés" are the sick, no toll.
    // "dans les cinq derniers kilomètres du parcours": a length.
    before_unit_words: &["derniers", "dernières", "premiers", "premières"],
    // With or without the state after them ("hospitalisés en réanimation").
    care_metric_words: &["hospitalisés", "hospitalisées"],
    metric_word_refusals: &[
        (&["hospitalisés", "hospitalisées"], &[
            "malades", "malade", "patients", "patient", "cas", "symptômes",
        ]),
        // "un complice présumé est toujours recherché": wanted, not missing.
        (SOUGHT, &[
            "suspect", "suspects", "suspecte", "complice", "complices", "auteur", "auteurs",
            "tireur", "tireurs", "assaillant", "assaillants", "agresseur", "agresseurs",
            "fugitif", "fugitifs", "évadé", "évadés", "évadée", "ravisseur", "ravisseurs",
            "meurtrier", "présumé", "présumés", "présumée", "cavale", "braqueur",
            "braqueurs", "chauffard",
        ]),
    ],
    weak_metric_words: &[
        "réfugiés", "réfugiées", "victimes", "victime", "piégés", "piégées", "sinistrés",
        "sinistrées", "sans-abri", "sans abri", "en garde à vue", "garde à vue", "évacués",
        "évacuées",
        // "Dix-neuf des personnes hospitalisées se trouvaient dans un état
        // grave": the state says what befell them.
        "hospitalisés", "hospitalisées",
    ],
    since_words: &["depuis"],
    body_kinds: &["organisation", "ong", "association"],
    // "a précisé le magistrat" after "le procureur de la République de …".
    office_kinds: &[
        ("magistrat", &["procureur", "procureure", "juge", "substitut"]),
        ("magistrate", &["procureure", "juge", "substitute"]),
    ],
    living_states: &[
        "réanimation", "urgence absolue", "urgence relative", "état grave", "état critique",
        "soins intensifs",
    ],
    event_nouns: &[
        "affrontements", "violences", "attaques", "combats", "heurts", "émeutes",
        "manifestations", "bombardements", "frappes", "offensive", "incendie", "incendies",
        "feu", "feux", "pluies", "inondations", "crues", "intempéries", "épidémie", "canicule",
        "séisme", "tempête", "tempêtes", "cyclone", "ouragan", "pèlerinage", "raids",
        // "depuis le début, lundi, de l'éruption", "… de la vague de froid".
        "éruption", "vague", "canicules", "sécheresse", "grève", "grèves",
    ],
    onset_nouns: &["apparition", "détection", "premier cas", "premiers cas"],
    dated_descriptions: &[
        "construit", "construite", "construits", "fondé", "fondée", "ouvert", "ouverte", "élu",
        "élue", "pouvoir", "fonctions", "installé", "installée", "installés", "inauguré",
        "inaugurée", "rénové", "rénovée", "né", "née",
        // "un fusil semi-automatique acheté en 2022": when a thing was got.
        "acheté", "achetée", "achetés", "achetées", "fabriqué", "fabriquée", "fabriqués",
        "fabriquées", "acquis", "acquise",
    ],
    superlatives: &[
        "meurtrier", "meurtrière", "lourd", "lourde", "grave", "pire", "violent", "violente",
        "puissant", "puissante", "important", "importante", "premier", "première",
    ],
    area_nouns: &[
        "province", "district", "région", "département", "commune", "ville", "village",
        "territoire", "préfecture", "localité", "wilaya", "quartier", "capitale",
    ],
    header_verbs: &["figurent", "figure", "sont", "se", "trouvent", "comptent", "compte"],
    carried_headers: &[
        "parmi eux", "parmi elles", "parmi ceux-ci", "parmi celles-ci", "parmi ces victimes",
        "parmi ces morts", "parmi ces blessés", "parmi ces personnes",
    ],
    // "Le piroguier et son aide ont été interpellés": a possessive names one too.
    singular_markers: &["un", "une", "le", "la", "son", "sa", "leur"],
    // "Deux salariés ont été tués et un troisième est porté disparu".
    another_markers: &[
        "un autre", "une autre", "un deuxième", "une deuxième", "un second", "une seconde",
        "un troisième", "une troisième", "un quatrième", "une quatrième", "un cinquième",
        "une cinquième", "un sixième", "une sixième", "un septième", "une septième",
        "un huitième", "une huitième", "un neuvième", "une neuvième", "un dixième",
        "une dixième",
        // "dont deux sont blessés, l'un grièvement": one of them.
        "l'un", "l’un", "l'une", "l’une",
    ],
    // "faisait état d'un mort".
    object_markers: &["un", "une", "un autre", "une autre", "d'un", "d’un", "d'une", "d’une"],
    // "Le prêtre figure parmi les victimes".
    // "Le grutier fait partie des blessés graves".
    singular_verbs: &[
        "a", "été", "est", "avait", "figure", "figurait", "fait", "faisait",
        // "Un garçon de 12 ans se trouvait mercredi dans un état critique".
        "se", "trouve", "trouvait", "reste", "restait",
    ],
    result_verbs: &[],
    object_verbs: &[],
    person_tails: &[],
    describing_endings: &[],
    describing_exceptions: &[],
    // "Un adolescent est toujours porté disparu".
    singular_adverbs: &[
        "grièvement", "légèrement", "mortellement", "également", "aussi", "toujours", "encore",
    ],
    singular_metric_words: &[
        "tué", "tuée", "blessé", "blessée", "mort", "morte", "décédé", "décédée", "disparu",
        "disparue", "interpellé", "interpellée", "arrêté", "arrêtée", "corps", "victime",
        "placé en garde à vue", "placée en garde à vue", "placé en détention",
        "placée en détention", "placé en détention provisoire", "placée en détention provisoire",
        "toujours recherché", "toujours recherchée", "encore recherché", "encore recherchée",
    ],
    background_in_clause: &[
        "l'an dernier", "l’an dernier", "l'année dernière", "l’année dernière",
        // "Chaque année, les intoxications font une centaine de morts":
        // a yearly toll, background.
        "chaque année", "chaque hiver", "chaque été", "par an",
        // "recensés au cours des cinq dernières années": a span of years.
        "dernières années",
        "le mois dernier", "l'hiver dernier", "l’hiver dernier", "l'été dernier",
        "l’été dernier", "l'automne dernier", "l’automne dernier", "le printemps dernier",
    ],
    alive_phrases: &[
        "retrouvés vivants", "retrouvées vivantes", "retrouvé vivant", "retrouvée vivante",
        "sains et saufs", "saines et sauves",
    ],
    // "les secours ont retrouvé les corps de neuf personnes".
    actor_verbs: &["interpellé", "arrêté", "retrouvé", "repêché", "dégagé", "extrait"],
    possessive_endings: &[],
    background_phrases: &[],
    subject_asides: &["joint", "jointe", "joints", "contacté", "contactée", "interrogé", "interrogée"],
    passive_only_metric_words: &["arrêté", "arrêtée"],
    verb_asides: &[
        "pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui",
        "quant à elle", "quant à eux", "quant à elles",
    ],
};

/// Still searched for: missing, unless a suspect (`metric_word_refusals`).
#[rustfmt::skip]
const SOUGHT: &[&str] = &[
    "toujours recherché", "toujours recherchée", "toujours recherchés", "toujours recherchées",
    "encore recherché", "encore recherchée", "encore recherchés", "encore recherchées",
];

/// Verbs of saying, participles and present forms.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "annoncé", "déclaré", "indiqué", "affirmé", "précisé", "ajouté", "assuré", "confirmé",
    "rapporté", "estimé", "prévenu", "fait état", "faisait état", "faisaient état",
    "font état", "fait savoir", "affirme", "affirment", "indique", "indiquent", "précise",
    "annonce", "annoncent", "déclare", "estime", "comptait", "recensait", "donnait",
    "souligné", "détaillé", "déploré", "appris", "dit", "expliqué", "reconnu", "reconnaît",
    "reconnaissent", "avançait", "signalé", "rappelé", "faisait encore état",
    "faisaient encore état", "fait également état", "faisait également état", "évoqué",
    "évoque", "évoquent", "évoquait",
    // Posted rather than said: "a tweeté le préfet", "a écrit le maire".
    "tweeté", "écrit", "posté",
    // Who counted says the count: "Le ministère avait recensé 12 morts",
    // "L'opposition avance un bilan de 27 morts".
    "recensé", "dénombré", "comptabilisé", "avance", "avancent",
    // "L'agence, citant le ministère, porte à 4 870 le nombre de morts".
    "porte à", "portent à", "portait à",
];
