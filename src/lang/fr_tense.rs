//! French tense words: auxiliaries, participles and future and imperfect
//! forms the tense reader needs, with the words that only look like them.
//! Kept beside `fr.rs`, which names them in its `dates` table.

/// Auxiliaries of the compound past tenses (accents kept: `a` is "has",
/// `à` is "to").
#[rustfmt::skip]
pub(super) const AUXILIARIES: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais", "avions", "aviez",
    "aurait", "auraient", "eut", "eurent", "suis", "es", "est", "sommes", "êtes", "sont", "était",
    "étaient", "étais", "étions", "étiez", "serait", "seraient", "fut", "furent",
];

/// Words that may sit between an auxiliary and its participle.
#[rustfmt::skip]
pub(super) const FILLERS: &[&str] = &[
    "ne", "n", "pas", "plus", "jamais", "deja", "bien", "aussi", "encore", "toujours",
    "finalement", "notamment", "enfin", "y", "en", "alors", "donc", "rien", "tout", "tous",
    "egalement", "officiellement",
];

/// Participles that do not end in -é.
#[rustfmt::skip]
pub(super) const PARTICIPLES: &[&str] = &[
    "fait", "faite", "faits", "faites", "dit", "dite", "dits", "dites", "mort", "morte", "morts",
    "mortes", "pris", "prise", "prises", "mis", "mise", "mises", "ouvert", "ouverte", "ouverts",
    "offert", "couvert", "decouvert", "souffert", "atteint", "atteinte", "craint", "peint",
    "detruit", "detruite", "detruits", "conduit", "produit", "construit", "inscrit", "ecrit",
    "decrit", "eu", "vu", "su", "pu", "du", "lu", "cru", "recu", "recue", "recus",
];

/// Words ending like a participle (-i, -u, -is, -ue…) that are not one.
#[rustfmt::skip]
pub(super) const NOT_PARTICIPLES: &[&str] = &[
    "lieu", "peu", "feu", "jeu", "aussi", "ainsi", "depuis", "puis", "parmi", "ici", "lui",
    "celui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi", "pays", "plus",
    "tous", "vous", "nous", "sous", "dessus", "dessous", "jus", "bus", "virus", "obus", "avenue",
    "rue", "revue", "issue", "statue", "vie", "pluie", "hui", "aujourd", "menu", "tissu",
    "milieu", "neveu", "voeu", "cheveu", "enjeu", "adieu", "dieu",
];

/// Clitics and adverbs between "va"/"doit" and an infinitive.
#[rustfmt::skip]
pub(super) const CLITICS: &[&str] = &[
    "se", "s", "y", "en", "le", "la", "les", "lui", "leur", "nous", "vous", "me", "m", "te", "t",
    "ne", "n", "pas", "bientot", "probablement", "egalement", "aussi", "encore", "donc", "bien",
    "finalement",
];

/// Futures too short for the ending rule.
#[rustfmt::skip]
pub(super) const SHORT_FUTURES: &[&str] = &[
    "sera", "seront", "serai", "seras", "serons", "serez", "aura", "auront", "aurai", "auras",
    "aurons", "aurez", "fera", "feront", "ferai", "feras", "ferons", "ferez", "ira", "iront",
    "irai", "iras", "irons", "irez",
];

/// Words with a future-tense ending that are not verbs.
#[rustfmt::skip]
pub(super) const NOT_FUTURES: &[&str] = &[
    "front", "affront", "extra", "ultra", "terra", "opera", "camera", "cobra", "zebra", "tiara",
    "sierra", "mantra", "cholera", "tundra", "hydra", "contra", "intra", "environs", "patrons",
    "citrons", "marrons", "larrons", "perrons", "herons", "escadrons", "ronrons",
];

/// Words ending in -ait that are not imperfect verbs.
#[rustfmt::skip]
pub(super) const AIT_NOT_VERBS: &[&str] = &[
    "fait", "lait", "trait", "portrait", "extrait", "attrait", "retrait", "souhait", "abstrait",
    "distrait", "parfait", "bienfait", "forfait",
];
