//! French words `extract` reads articles with (`Language::extraction`):
//! kept apart from `fr.rs` so each file stays one readable table; the
//! words that give a figure its metric are in `fr_metric_words.rs`.

use super::Extraction;
use super::fr_metric_words::{EXTRA_METRICS, KEPT_METRIC_WORDS, SOUGHT};

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
    // "L'incendie s'est déclaré samedi": reflexive, no one says anything.
    reflexive_markers: &["s'est", "s’est"],
    claimant_openers: &[
        "selon", "d'après", "d’après", "attribué au", "attribué à", "attribuée au",
        "attribuée à",
    ],
    contrasts: &["mais", "bien", "alors", "tandis", "quoique"],
    clause_openers: &["que", "tandis que"],
    elided_clause_openers: &["qu"],
    subject_openers: &["et", "puis", "ensuite", "que"],
    time_openers: &[],
    subject_tail: &[
        "ont", "a", "avait", "avaient", "déjà", "encore", "aussi", "également", "ailleurs",
        "par", "y", "en", "on",
        // "La Ligue a pour sa part dénombré", "La police a de son côté".
        "pour", "sa", "part", "de", "son", "côté",
        // "Le ministère n'a confirmé que deux morts": the negation is the verb's.
        "n'a", "n’a", "n'ont", "n’ont", "n'avait", "n’avait",
        // "La télévision locale avait d'abord évoqué une dizaine de morts".
        "d'abord", "d’abord",
        // "Le gouvernement ne reconnaît que 41 décès".
        "ne",
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
    // "…, a annoncé le ministère dans un communiqué. …, précise le
    // texte": the text is the voice of who issued it.
    source_words: &["source", "texte", "communiqué"],
    single_name_heads: &[("ministère", "de")],
    // "a indiqué tard jeudi la ministre": the hour of saying.
    claimant_skips: &["matin", "soir", "après-midi", "auprès", "de", "du", "d'", "d’", "tard"],
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
        "couronnes", "de couronnes", "zlotys", "de zlotys", "forints", "de forints", "hryvnias",
        "de hryvnias", "bahts", "de bahts", "yens", "de yens", "wons", "de wons", "rials",
        "de rials", "riyals", "de riyals", "cedis", "de cedis", "kwachas", "de kwachas",
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
    extra_metrics: EXTRA_METRICS,
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
    kept_metric_words: KEPT_METRIC_WORDS,
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
        // "la sortie, dont une porte était fermée à clé": a door, no one.
        "porte", "portes", "fenêtre", "fenêtres",
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
        // "qui assure quelque 350 vols par saison": flights.
        "vols",
        // "deux citernes ont fui": tanks leak, people do not.
        "citernes", "cuves", "réservoirs", "conteneurs", "fûts", "canalisations",
        // "deux chars capturés", "trois fusils saisis": arms, not soldiers.
        "chars", "blindés", "armes", "fusils", "pistolets", "obus", "munitions",
        // "plusieurs centaines de têtes de bétail abattues": herds, not people.
        "têtes", "bêtes", "animaux", "moutons", "chèvres", "vaches", "bœufs", "bovins",
        "chameaux", "volailles", "poissons", "oiseaux", "chiens", "chevaux", "porcs",
        "cochons", "poulets", "canards", "ânes", "brebis", "dauphins", "tortues",
        // "ainsi qu'un cheval": one animal is no one either.
        "cheval", "chien", "âne", "mouton", "vache", "bœuf", "chameau", "animal",
        // "2 300 abris détruits".
        "abris", "tentes", "cabanes", "chalets", "refuges", "toits",
    ],
    background_before_figure: &["avait fait", "avaient fait"],
    figure_fillers: &["les", "la", "le", "désormais", "déjà", "maintenant"],
    // "ceux de sept femmes et de deux enfants"; "une mère et ses deux
    // enfants": family named by a possessive.
    list_lead_words: &["tous", "toutes", "soit", "de", "ses", "leurs", "ceux", "celles"],
    // "ont été tués sur le coup, de même qu'un baigneur".
    // "L'arbitre figure parmi les morts, ainsi qu'un garçon de 12 ans":
    // the elided "ainsi qu'" before one new person ("ainsi que" whole is
    // a joiner of the quick-entry table).
    same_fate_openers: &[
        "de même que", "de même qu'", "de même qu’", "tout comme", "ainsi qu'", "ainsi qu’",
    ],
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
        // "le centre des grands brûlés de Percy": a ward, no one counted.
        "centre des", "centre de traitement des", "service des", "unité des", "centre pour",
        "centres pour", "lits de", "lits pour les", "lits pour",
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
        // "a indiqué l'établissement" after "L'hôpital pédiatrique de …".
        ("établissement", &["hôpital", "clinique", "centre", "chu", "lycée", "collège", "école"]),
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
        // "L'ONG, qui appuie l'hôpital, fait état d'un bilan plus lourd":
        // the verb's object, never an inverted speaker (not any `de`:
        // "a déclaré d'une voix émue le maire").
        "d'un bilan", "d’un bilan", "d'un nouveau bilan", "d’un nouveau bilan",
        "d'un premier bilan", "d’un premier bilan", "d'un dernier bilan", "d’un dernier bilan",
    ],
};

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
    // "Le CNGC fait aussi état de 112 blessés": an adverb inside the verb.
    "fait aussi état", "faisait aussi état", "font aussi état", "faisaient aussi état",
    "fait encore état", "font encore état", "font également état", "faisaient également état",
    // Posted rather than said: "a tweeté le préfet", "a écrit le maire".
    "tweeté", "écrit", "posté",
    // Who counted says the count: "Le ministère avait recensé 12 morts",
    // "L'opposition avance un bilan de 27 morts".
    "recensé", "dénombré", "comptabilisé", "avance", "avancent",
    // "La préfecture dénombre pour sa part 312 intoxiqués": the present too.
    "dénombre", "dénombrent", "recense", "recensent",
    // "L'agence, citant le ministère, porte à 4 870 le nombre de morts".
    "porte à", "portent à", "portait à",
    // "La veille, les autorités avançaient un bilan de neuf morts", "les
    // secours recensaient 14 disparus": the imperfect plural too (not
    // "avançaient" alone: "les habitants avançaient dans l'eau").
    "avançaient un bilan", "avançaient le chiffre", "avançaient un chiffre", "recensaient",
    "dénombrait", "dénombraient",
];
