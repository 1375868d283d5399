//! French quick entry: the words the entry reader cuts, qualifies and
//! settles fragments with (its bases are in `fr_bases.rs`).

use super::Entry;

#[rustfmt::skip]
pub(super) const ENTRY: Entry = Entry {
    // "ont été arrêtés, ainsi que le responsable de la sécurité".
    joiners: &["et", "ainsi que"],
    stopwords: &[
        // How tolls move ("le bilan s'élève à 225"): they say nothing
        // about who is counted.
        // "s'élève" (the toll rises), not "un élève" (a pupil).
        "bilan", "s'élève", "s’élève", "élevé", "atteint", "passé", "grimpé", "monté", "porté", "à",
        // Desk words of when or of how it reads ("tjrs 5 disparus", "7
        // noyés ce week-end", "erratum - lire 3 disparus").
        "tjrs", "tjs", "week-end", "weekend", "lire", "monte", "grimpe", "il", "agit", "s'agit",
        "rectificatif", "inchangé", "initialement", "corr", "correction", "pardon", "désolé", "oups",
        // "lapsus, il faut lire 5 disparus".
        "lapsus", "faut",
        // "ils étaient 25 ce matin": a pronoun names no one new; alert tags.
        "ils", "flash", "alerte",
        // A desk's note on its own line ("(coquille dans ma ligne
        // précédente)", "51 blessés (dernier bilan)").
        "coquille", "ma", "mon", "ligne", "précédente", "dernier", "dernière",
        // "nb de morts : 17": the number of.
        "nb", "nbre",
        // A note on the figure itself ("25 morts (chiffre officieux)",
        // "au moins 16 morts (chiffre plancher)", "nombre de morts estimé
        // à 70"): nobody counted ("un officiel du parti" is someone).
        "chiffre", "plancher", "officieux", "estimé",
        // Pronouns of breakdowns ("dont 103", "parmi eux")
        "eux", "elles", "lesquels", "lesquelles",
        "le", "la", "les", "l", "des", "de", "du", "d", "un", "une", "ou", "a", "ont", "sont",
        "été", "est", "parmi", "dont", "personnes", "personne", "lors", "depuis", "au", "aux",
        "en", "par", "pour", "qui", "que", "ainsi", "y", "compris", "se", "sur", "dans",
        "avec", "hier", "aujourd", "hui", "avaient", "avait", "seraient", "auraient", "et",
        // Hedges, adverbs and verbs of how a toll moves: they name no one.
        "élevait", "élèvent", "élevaient", "restaient", "reste", "restent", "restait",
        "toujours", "encore", "seul", "seuls", "seule", "seules", "pourraient", "pourrait",
        "avoir", "être", "craint", "craignait", "redouté", "probablement", "peut-être",
        "autre", "autres", "désormais", "déjà", "aussi", "également", "nouveau", "nouveaux",
        "nouvelles", "provisoire", "atteignait", "grimpe", "grimpait", "passe", "passait",
        "passés", "passée", "passées", "passé",
        "passent", "tombe", "tombent", "grimpent", "montent", "baisse", "baissent", "recule",
        "reculent", "diminue", "diminuent", "descend", "descendent",
        "alourdit", "alourdi", "contre", "veille", "précédent", "plus", "moins", "vraisemblablement",
        "chez", "totalisent", "fait", "font", "ce", "cette", "nombre", "grimpé", "atteignent",
        "heures", "jours", "placés", "placées", "placé", "placée", "son", "sa", "provisoire",
        "actualisé", "total", "peut-être", "davantage", "portés", "portées", "porté",
        "portée", "déplorer", "tout", "seulement", "on", "étaient", "était", "dû", "contraints", "contraintes", "devant", "sous",
        // How a toll was corrected ("31 morts, contre 35 précédemment").
        "précédemment", "auparavant", "revu", "revue", "révisé", "révisée", "corrigé",
        "confirmé", "confirmés", "confirmée", "confirmées",
        // Desk shorthand: "26 pers. interpellées", "26 morts vs 18 hier".
        "pers", "vs", "ds",
        // "11 tués, bilan prov.", "12 morts (ss réserve)".
        "prov",
        // "45 blessés répartis en 30 légers et 15 graves", "parmi les 60
        // blessés figurent 9 enfants", "les disparus ne sont plus que 4",
        // "(20 au dernier pointage)", "en hausse par rapport aux 21".
        "répartis", "réparties", "figurent", "ne", "pointage", "transmis", "reçus", "reçues",
        "hausse", "rapport",
        // "le bilan officiel": who gives it, not who is counted.
        "officiel", "officielle",
        // "26 morts mardi soir": when, not who.
        "matin", "après-midi", "soir", "soirée", "matinée", "nuit", "midi", "minuit",
        "mi-journée", "présent",
        // "bilan relevé à 52 morts", "rehaussé", "abaissé".
        "relevé", "rehaussé", "abaissé", "réévalué", "ramené", "ramenée",
        // "(au lieu de 39)", "17 annoncés plus tôt", "nvx bilan", "(préc 15)",
        // "le bilan s'établit à 18 morts".
        "lieu", "tôt", "nvx", "nouv", "préc", "établit", "s'établit", "s’établit",
        // "28 tués, exclusivement des civils": who they all were.
        "exclusivement", "uniquement",
        // "disparus revus à 13", "(coquille dans le message précédent)".
        "revus", "revues", "message",
        // "non pas 17 mais 7 morts", "au plus tard lundi".
        "mais", "tard",
    ],
    earlier_words: &[
        "préc", "précédent", "précédente", "précédemment", "auparavant", "avant", "initial",
        "ancien", "initialement",
    ],
    source_prepositions: &["selon", "d'après", "d’après"],
    qualifier_ends: &[
        "selon", "annoncé", "déclaré", "indiqué", "affirmé", "d'après", "après", "dont", "dt", "dnt",
        "tweeté", "écrit", "posté",
        "incl",
        // "26 morts (source policière)": who said it, not who died.
        "source", "sources",
        // "le ministère annonce 26 morts": who says it, not who died.
        "annonce", "annoncent", "indique", "indiquent", "déclare", "affirme", "rapporte",
        "annoncés", "annoncées", "annoncée",
        "rapportent", "évoque", "évoquent", "précise", "communique", "dit", "ajouté", "ajoute",
        // "17 blessés, a souligné le Samu": the past of a verb of saying
        // ("précisé" is left out: extraction would know it as no metric
        // word, and "a-t-il précisé, et une trentaine…" then reads one).
        "souligné", "expliqué", "rapporté",
        "confirme", "confirment", "estime", "estiment",
        // "l'attaque a fait 3 morts": the cause is not who is counted.
        "fait",
        // "la protection civile relève le bilan à 61 morts": who moves it.
        "relève", "relèvent", "revoit", "revoient", "alourdit", "alourdissent",
    ],
    // "les secours ont dénombré 15 morts": nor who counted them.
    metric_nouns: &[],
    counting_verbs: &[
        "dénombre", "dénombrent", "dénombré", "dénombrés", "compte", "comptent", "comptait",
        "recense", "recensent", "recensé", "recensés", "craignent", "craint", "déplore",
        "déplorent", "déploré", "fait état", "font état", "faisait état",
        // "« Nous déplorons 8 décès »".
        "déplorons", "comptons", "dénombrons", "recensons",
    ],
    breakdown_markers: &[
        "dont", "dt", "dnt", "incl", "parmi eux", "parmi elles", "parmi lesquels", "parmi lesquelles",
    ],
    singulars: &["un autre", "une autre", "un", "une"],
    zeros: &["aucun", "aucune", "pas de", "zéro"],
    // "tous deux", "les deux" already read two.
    pairs: &[],
    // "4 disparus (j'avais mis 14)": the desk's own slip.
    negations: &[
        "non pas", "non", "pas", "j'avais mis", "j’avais mis", "j'avais écrit", "j’avais écrit",
        // "5 tués, j'avais tapé 15": the desk's own slip.
        "j'avais tapé", "j’avais tapé", "j'ai tapé", "j’ai tapé", "j'ai mis", "j’ai mis",
    ],
    source_words: &[
        "préfecture", "ministère", "autorités", "sources", "médias", "gouvernement", "préfet",
        "préfète", "maire", "mairie", "parquet", "sdis", "porte-parole", "agence",
        "direction", "commission", "secrétariat", "sécu", "gendarmerie", "entreprise",
        "compagnie", "exploitant", "garde-côtes", "gardes-côtes", "min", "minist", "préf",
        "gouverneur", "gouverneure",
    ],
    source_bodies: &[
        "police", "la police", "gendarmerie", "la gendarmerie", "armée", "l'armée", "marine",
        "la marine", "pompiers", "les pompiers", "sapeurs-pompiers", "secours", "les secours",
        "police ferroviaire", "police nationale", "police municipale", "police judiciaire",
        // Agences de l'ONU et organisations de secours ("(Ocha)"), seules:
        // "(personnel MSF)" compte leurs équipes.
        "ocha", "unicef", "hcr", "oim", "cicr", "ficr", "msf", "oms", "onu", "pam", "unrwa",
        // "(protection civile)", "(bilan ARS)": l'agence régionale de santé.
        "protection civile", "la protection civile", "ars",
    ],
    headers: &[
        "màj", "maj", "mise à jour", "urgent", "alerte", "correctif", "rectif", "direct", "live",
        "jour", "j", "point de situation", "point presse", "bulletin", "dernière minute",
        // A wire's correction slug: "annule et remplace : 44 blessés".
        "annule et remplace", "mis à jour",
    ],
    time_zones: &["gmt", "utc", "heure locale", "heure de paris", "locale"],
    number_marks: &["n°", "nº", "no", "n."],
    // "2 salariés tués, un 3e porté disparu": an ordinal names one
    // more of the people counted before.
    others: &[
        "autre", "autres", "2e", "3e", "4e", "5e", "6e", "second", "seconde", "deuxième",
        "troisième", "quatrième", "cinquième", "sixième",
    ],
    // "chauffeur arrêté", "le frère du forcené en garde à vue": a
    // singular noun alone names one ("les" nouns and "-s"/"-x" plurals
    // do not).
    plural_endings: &["s", "x"],
    singular_endings: &[],
    collective_nouns: &[
        "police", "gendarmerie", "armée", "personnel", "famille", "foule", "public",
        "population", "équipage", "direction", "gouvernement", "jeunesse", "monde",
        "plusieurs", "quelques", "beaucoup", "nombreux", "certains", "tous", "toutes",
        "aucun", "aucune", "chacun", "chacune", "la plupart", "dizaine", "centaine",
        "millier",
        // "multiples victimes", "une poignée de soldats tués": a quantity.
        "multiples", "poignée", "multitude", "nombre", "majorité", "minorité", "dizaines",
        "centaines", "milliers", "divers", "diverses",
        // "trop de morts", "autant de blessés" (without a figure before).
        "trop", "autant", "tant", "plein", "assez",
    ],
    // "maisons détruites": the adjective follows.
    kind_before_noun: false,
    bases: super::fr_bases::BASES,
    changes: &[
        "augmenté de", "augmente de", "en hausse de", "alourdi de", "alourdit de",
        "progressé de", "grimpé de", "une hausse de", "en baisse de", "diminué de",
        "hausse de", "baisse de",
    ],
    not_singular_before: &[
        "nombre", "grand", "certain", "total", "bilan", "partie", "majorité", "minorité", "reste",
        "quart", "tiers", "moitié", "peu", "poignée", "série", "ensemble", "plupart",
    ],
    // "fait partie des blessés": one of them.
    among: &["parmi", "partie"],
    unmeasured: super::fr_bases::UNMEASURED,
    change_openers: &["après", "avec"],
    // "soit 5 de moins qu'au dernier pointage": a change down.
    more_words: &["autres", "nouveaux", "nouvelles", "supplémentaires", "de plus", "de moins"],
    // "28 tués, exclusivement des civils".
    whole_words: &["tous", "toutes", "exclusivement", "uniquement"],
    most_phrases: &[
        "pour la plupart", "la plupart", "en majorité", "majoritairement", "la moitié",
        "essentiellement", "surtout", "principalement",
        // "52 blessés : 9 UA, 14 UR, le reste en léger".
        "le reste",
    ],
    // "12 gardes à vue dont le DG du port": a definite person in a
    // breakdown is one.
    definites: &["le", "la", "l'"],
    whose_nouns: &["pronostic", "identité", "état", "vie"],
    held_nouns: &["détenus", "détenues", "prisonniers", "otages"],
    // "le conducteur et son passager en garde à vue", "l'exploitant du
    // manège placé en garde à vue": one each.
    definite_ones: &["le", "la", "l'", "son", "sa"],
    noun_links: &["de", "du", "d'", "d’"],
    size_links: &["de", "d'", "d’"],
    scale_words: &["magnitude", "catégorie", "cat", "niveau", "force", "degré", "phase", "échelon"],
    reporting_verbs: &[
        "fait état de", "font état de", "faisait état de", "fait état d", "font état d",
        "faisait état d", "signale", "signalent", "annonce", "annoncent", "rapporte",
        "rapportent", "confirme", "confirment", "déplore", "déplorent", "disent", "affirment",
        "indiquent", "évoque", "évoquent", "évoquait", "parle de", "parlent de", "parlait de",
    ],
    not_prefixes: &["quasi", "non"],
    heads_first: true,
    // "une explosion, 5 morts": the event, not one counted.
    event_nouns: &[
        "explosion", "incendie", "attaque", "attentat", "accident", "séisme", "effondrement", "drame",
        "tragédie", "catastrophe",
        "fusillade", "naufrage", "collision", "bousculade", "tempête", "émeute", "glissement",
        "attaques", "explosions", "incendies", "attentats", "frappes", "accidents",
        "coupure", "panne", "frappe", "raid", "bombardement", "crash", "inondation",
        "inondations", "crue", "crues", "embuscade", "embuscades", "assaut", "affrontements",
        "combats", "bombardements", "éboulement", "avalanche", "tornade", "cyclone", "ouragan",
        // Weather and disease: "canicule, 12 morts" names no one counted.
        "canicule", "grêle", "épidémie", "choléra", "rougeole", "méningite",
    ],
    // "40 blessés dans l'effondrement d'un immeuble", "lors d'une
    // fusillade", "après le naufrage".
    event_links: &["dans", "lors", "après", "pendant"],
    tolls_of: &["bilan de", "bilan du", "bilan des", "bilan d"],
    clause_openers: &["lorsque", "quand", "alors", "depuis"],
    // "après" is left out: "d'après X" names a source.
    cause_openers: &[],
    // "seraient", "dit-on": single words, stop words already.
    exclusions: &["hors", "sans compter", "non compris", "non inclus"],
    // "9 morts à Tessoul et autant à Ravigne", "idem à Brunzac".
    same_figure_words: &["autant", "idem"],
    each_words: &["chacun", "chacune", "chacuns", "chacunes"],
    respective_words: &["respectivement", "resp"],
    agent_words: &["par"],
    same_figure_links: &["à", "a", "au", "aux", "dans", "en", "pour", "chez", "côté", "cote"],
    same_figure_of: &["de", "d'", "d’"],
    same_figure_comparisons: &["que", "qu'", "qu’"],
    missing_fates: &[
        "présumés morts", "présumé mort", "présumée morte", "présumées mortes",
        "probablement morts", "probablement mort", "probablement noyés", "présumés noyés",
    ],
    age_units: &["ans"],
    // When, not who: "contre 11 la semaine dernière".
    // "bilan stabilisé à 8 morts": the toll holds.
    hedges: &[
        "la semaine dernière", "le mois dernier", "plus tôt dans la journée", "bilan stabilisé",
        // Not yet checked, no one counted: "12 morts (sous réserve)".
        "sous toutes réserves", "sous toute réserve", "sous réserve", "ss réserve",
        // "143 blessés répartis comme suit : 45 à Vérannes, …".
        "comme suit",
    ],
    scene_words: &["sur place", "sur le coup", "à bord"],
    later_words: &["ensuite"],
    modals: &["pourrait", "pourraient", "risque", "risquent", "devrait", "devraient"],
    animal_nouns: &[
        "têtes de bétail", "bétail", "bovins", "chèvres", "moutons", "brebis", "vaches",
        "chameaux", "dromadaires", "animaux", "chiens", "chevaux", "volailles", "poulets",
        "porcs", "ânes", "zébus",
    ],
    infinitive_markers: &[],
    perfect_auxiliaries: &["avoir", "être"],
    rate_links: &["sur"],
    per_times: &["par jour", "par semaine", "par mois", "par an", "par heure"],
    adders: &[],
    unknown_marks: &[
        "nc", "n.c.", "n.c", "inconnu", "?", "non communiqué", "à préciser", "en cours",
        // "le nombre de blessés évolue encore", "blessés : pas encore connu".
        "évolue encore", "encore inconnu", "pas encore connu", "toujours inconnu",
    ],
};
