//! "Did you mean": whether a new source or claimant name is likely another
//! spelling of one the database knows (OCHA / UN OCHA, OMS / WHO,
//! Abduljalil / Abduljaleel), so `add` can stop before a typo splits one
//! claimant's figures into two series.
//!
//! Pure functions on names; the store feeds them its names and aliases.
//! Word by word rather than one edit distance over the whole name:
//! "BBC News" and "CBC News" are one edit apart yet two outlets, while
//! "Defence Ministry" and "Defense Ministry" are one body.

/// Bodies known under several names in English and French. Compared whole
/// (folded), so "OMS" finds "WHO" and "World Health Organization".
const KNOWN: &[&[&str]] = &[
    &[
        "WHO",
        "OMS",
        "World Health Organization",
        "Organisation mondiale de la santé",
    ],
    &[
        "UN",
        "ONU",
        "United Nations",
        "Nations unies",
        "Organisation des Nations unies",
    ],
    &[
        "OCHA",
        "UN OCHA",
        "BCAH",
        "Bureau de la coordination des affaires humanitaires",
    ],
    &["UNICEF", "Fonds des Nations unies pour l'enfance"],
    &[
        "UNHCR",
        "HCR",
        "UN Refugee Agency",
        "Haut-Commissariat pour les réfugiés",
    ],
    &[
        "ICRC",
        "CICR",
        "International Committee of the Red Cross",
        "Comité international de la Croix-Rouge",
    ],
    &[
        "IFRC",
        "FICR",
        "International Federation of Red Cross and Red Crescent Societies",
    ],
    &["MSF", "Doctors Without Borders", "Médecins sans frontières"],
    &["NATO", "OTAN"],
    &["EU", "UE", "European Union", "Union européenne"],
    &["IAEA", "AIEA"],
    &["HRW", "Human Rights Watch"],
    &["Amnesty", "Amnesty International"],
    &["AFP", "Agence France-Presse"],
    &["AP", "Associated Press"],
];

/// Words initials and comparisons skip ("Office for the Coordination of
/// Humanitarian Affairs" is OCHA).
const SMALL: &[&str] = &[
    "a", "an", "and", "d", "de", "des", "du", "et", "for", "in", "l", "la", "le", "les", "of",
    "on", "pour", "the",
];

/// Words many different bodies share: a name that only shares these with
/// another ("Almaty Police", "Police") is not taken for it.
const GENERIC: &[&str] = &[
    "affairs",
    "agence",
    "agency",
    "armee",
    "army",
    "authorities",
    "autorites",
    "bureau",
    "city",
    "civil",
    "civile",
    "comite",
    "committee",
    "conseil",
    "council",
    "defence",
    "defense",
    "department",
    "direction",
    "directorate",
    "emergency",
    "etat",
    "firefighters",
    "foreign",
    "forces",
    "gendarmerie",
    "general",
    "government",
    "gouvernement",
    "health",
    "hopital",
    "hospital",
    "interieur",
    "interior",
    "international",
    "mairie",
    "maire",
    "mayor",
    "military",
    "minister",
    "ministere",
    "ministre",
    "ministry",
    "national",
    "nationale",
    "news",
    "ngo",
    "office",
    "officials",
    "ong",
    "parquet",
    "police",
    "pompiers",
    "prefecture",
    "president",
    "presse",
    "press",
    "prime",
    "procureur",
    "prosecutor",
    "protection",
    "radio",
    "region",
    "rescue",
    "sante",
    "secours",
    "security",
    "securite",
    "service",
    "services",
    "spokesman",
    "state",
    "tv",
    "world",
];

/// Lower case, accents dropped, anything but letters and digits a space,
/// spaces single: the form names are compared in.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = unaccent(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// The base letter of the accented Latin letters French and other
/// European names use.
fn unaccent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The folded words of a name that carry meaning (small words left out).
fn content_words(folded: &str) -> Vec<String> {
    folded
        .split(' ')
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .map(str::to_string)
        .collect()
}

/// The group of `KNOWN` a folded name belongs to (the table folded once).
fn known_group(folded: &str) -> Option<usize> {
    static FOLDED: std::sync::OnceLock<Vec<(String, usize)>> = std::sync::OnceLock::new();
    FOLDED
        .get_or_init(|| {
            KNOWN
                .iter()
                .enumerate()
                .flat_map(|(i, group)| group.iter().map(move |n| (fold(n), i)))
                .collect()
        })
        .iter()
        .find(|(name, _)| name == folded)
        .map(|(_, i)| *i)
}

/// Edits allowed between two spellings of one word: none for short words
/// (AFP and AP are two agencies), then one, then two.
fn allowed_edits(a: &str, b: &str) -> usize {
    match a.chars().count().max(b.chars().count()) {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// Two words that are one word misspelt: few edits, and no figure in
/// either (France 2 and France 24 are two channels, Unit 7 and Unit 8 two
/// units).
fn typo_of(a: &str, b: &str) -> bool {
    let figure = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    !figure(a) && !figure(b) && strsim::osa_distance(a, b) <= allowed_edits(a, b)
}

/// Same number of words, each the same or a misspelling of the other.
fn spelling_variant(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y || typo_of(x, y))
}

/// A name written as one acronym in capitals (WHO, OCHA), folded. Three
/// letters at least: two-letter initials are too often a coincidence (AP,
/// Almaty police); the two-letter ones that matter (UN, EU) are in `KNOWN`.
fn acronym(name: &str) -> Option<String> {
    let word = name.trim();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let ok = letters >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '.')
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    ok.then(|| fold(&word.replace('.', "")))
}

/// The initials of a name of two words or more ("World Health
/// Organization" → "who").
fn initials(words: &[String]) -> Option<String> {
    (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// One name's meaningful words all in the other's ("OCHA" in "UN OCHA",
/// "Tokayev" in "President Tokayev"), sharing one that is not generic.
/// The share of the longer name's letters they cover.
fn contained(a: &[String], b: &[String]) -> Option<f64> {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let inside = !small.is_empty() && small.iter().all(|w| large.contains(w));
    if !inside || small.iter().all(|w| GENERIC.contains(&w.as_str())) {
        return None;
    }
    let letters = |ws: &[String]| ws.iter().map(|w| w.len()).sum::<usize>() as f64;
    Some(letters(small) / letters(large).max(1.0))
}

/// A name worked out once for comparing with many others.
struct Prepared {
    folded: String,
    /// Folded, without spaces: "Al Jazeera" is "AlJazeera".
    joined: String,
    words: Vec<String>,
    acronym: Option<String>,
    initials: Option<String>,
    group: Option<usize>,
}

impl Prepared {
    fn new(name: &str) -> Prepared {
        let folded = fold(name);
        let words = content_words(&folded);
        Prepared {
            joined: folded.replace(' ', ""),
            acronym: acronym(name),
            initials: initials(&words),
            group: known_group(&folded),
            folded,
            words,
        }
    }

    /// How strongly this name looks like another way of writing `other`
    /// (0 to 1), or `None` when they look like two different names.
    fn likeness(&self, other: &Prepared) -> Option<f64> {
        let (a, b) = (self, other);
        if a.folded.is_empty() || b.folded.is_empty() {
            return None;
        }
        if a.folded == b.folded || a.joined == b.joined {
            return Some(1.0);
        }
        if a.group.is_some() && a.group == b.group {
            return Some(0.95);
        }
        if spelling_variant(&a.words, &b.words) {
            return Some(0.9);
        }
        let initials_of =
            |x: &Prepared, y: &Prepared| x.acronym.is_some() && x.acronym == y.initials;
        if initials_of(a, b) || initials_of(b, a) {
            return Some(0.85);
        }
        contained(&a.words, &b.words).map(|share| 0.5 + 0.3 * share)
    }
}

/// How strongly `new` looks like another way of writing `known` (0 to 1),
/// or `None` when they look like two different names.
pub fn likeness(new: &str, known: &str) -> Option<f64> {
    Prepared::new(new).likeness(&Prepared::new(known))
}

/// Known names, each a spelling with the main name it leads to, worked
/// out once to compare many new names with (an import's).
pub struct Spellings {
    known: Vec<(Prepared, String)>,
}

impl Spellings {
    /// `known`: (spelling, main name) pairs, as `Store::party_spellings`
    /// gives them.
    pub fn new(known: &[(String, String)]) -> Spellings {
        Spellings {
            known: known
                .iter()
                .map(|(spelling, main)| (Prepared::new(spelling), main.clone()))
                .collect(),
        }
    }

    /// The main name `new` most looks like, if any: what "did you mean"
    /// suggests.
    pub fn most_like(&self, new: &str) -> Option<&str> {
        let new = Prepared::new(new);
        self.known
            .iter()
            .filter_map(|(spelling, main)| new.likeness(spelling).map(|score| (score, main)))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, main)| main.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alike(a: &str, b: &str) -> bool {
        likeness(a, b).is_some() && likeness(b, a).is_some()
    }

    #[test]
    fn spellings_of_one_name_are_alike() {
        assert!(alike("Abduljalil", "Abduljaleel"));
        assert!(alike("Defence Ministry", "Defense Ministry"));
        assert!(alike("Ministère de la Santé", "ministere de la sante"));
        assert!(alike("Al-Jazeera", "Al Jazira"));
        assert!(alike("Reuter", "Reuters"));
        assert!(alike("AlJazeera", "Al Jazeera"));
    }

    #[test]
    fn initials_and_known_aliases_are_alike() {
        assert!(alike("WHO", "World Health Organization"));
        assert!(alike(
            "OCHA",
            "Office for the Coordination of Humanitarian Affairs"
        ));
        assert!(alike("ICRC", "International Committee of the Red Cross"));
        assert!(alike("WHO", "OMS"));
        assert!(alike("OMS", "World Health Organization"));
        assert!(alike("ONU", "United Nations"));
        assert!(alike("UN OCHA", "OCHA"));
        assert!(alike("President Tokayev", "Tokayev"));
        assert!(alike("Kassym-Jomart Tokayev", "Tokayev"));
    }

    #[test]
    fn different_bodies_are_not_alike() {
        for (a, b) in [
            ("BBC News", "CBC News"),
            ("AFP", "AP"),
            ("France 2", "France 24"),
            ("Brigade 581", "Brigade x581"),
            ("Ministry of Health", "Ministry of Defence"),
            ("Almaty Police", "Police"),
            ("AP", "Almaty police"),
            ("préfecture", "préfecture du Rhône"),
            ("Interior Ministry", "Health Ministry"),
            ("WHO", "UN"),
            ("Reuters", "Khabar 24"),
            ("Red Cross", "Red Crescent"),
        ] {
            assert!(likeness(a, b).is_none(), "{a} / {b}");
            assert!(likeness(b, a).is_none(), "{b} / {a}");
        }
    }

    #[test]
    fn the_closest_main_name_is_suggested() {
        let known: Vec<(String, String)> = [
            ("UN", "UN"),
            ("OCHA", "OCHA"),
            ("Bureau de la coordination", "OCHA"),
            ("World Health Organization", "WHO"),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect();
        let known = Spellings::new(&known);
        assert_eq!(known.most_like("UN OCHA"), Some("OCHA"));
        assert_eq!(known.most_like("OMS"), Some("WHO"));
        assert_eq!(known.most_like("Reuters"), None);
    }

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(
            fold("  Ministère de l'Intérieur "),
            "ministere de l interieur"
        );
        assert_eq!(fold("U.N."), "u n");
    }
}
