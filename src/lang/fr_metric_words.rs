//! French words that name what befell the people a figure counts
//! (`Extraction::extra_metrics`, `kept_metric_words`): which metric a
//! phrase reads as, and which of its words stay as the qualifier. Kept
//! apart from `fr_extraction.rs`, whose claimant and sentence tables read
//! who says a figure and where its clause ends.

/// Phrases that give a figure its metric, beyond the quick-entry words.
#[rustfmt::skip]
pub(super) const EXTRA_METRICS: &[(&str, &[&str])] = &[
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
        // "Trois enfants et un agent de la voirie sont au nombre des
        // victimes": among them.
        "au nombre des victimes", "au nombre des morts",
    ]),
    ("injured", &["au nombre des blessés"]),
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
        // "Nous avons admis 47 grands brûlés": the badly burned, as
        // hospitals count them (quick entry reads them as a basis).
        "grands brûlés", "grandes brûlées", "grand brûlé", "grande brûlée",
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
];

/// Metric phrases whose words are kept as the qualifier, as kept.
#[rustfmt::skip]
pub(super) const KEPT_METRIC_WORDS: &[(&str, &str)] = &[
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
    ("légèrement brûlées", "légèrement brûlées"), ("grands brûlés", "grands brûlés"),
    ("grandes brûlées", "grandes brûlées"), ("grand brûlé", "grand brûlé"),
    ("grande brûlée", "grande brûlée"),
    // "94 évadés ont été repris": escaped prisoners caught again.
    ("été repris", "repris"), ("été reprises", "reprises"),
    // Detention, like custody, is kept, and which ("provisoire").
    ("placés en détention provisoire", "détention provisoire"),
    ("placées en détention provisoire", "détention provisoire"),
    ("placé en détention provisoire", "détention provisoire"),
    ("placée en détention provisoire", "détention provisoire"),
    ("en détention provisoire", "détention provisoire"),
];

/// Still searched for: missing, unless a suspect (`metric_word_refusals`).
#[rustfmt::skip]
pub(super) const SOUGHT: &[&str] = &[
    "toujours recherché", "toujours recherchée", "toujours recherchés", "toujours recherchées",
    "encore recherché", "encore recherchée", "encore recherchés", "encore recherchées",
];
