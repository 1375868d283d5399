//! French: its words and how it writes numbers.

use super::fr_persons::PERSONS;
use super::fr_tense::{
    AIT_NOT_VERBS, AUXILIARIES, CLITICS, FILLERS, NOT_FUTURES, NOT_PARTICIPLES, PARTICIPLES,
    SHORT_FUTURES,
};
use super::{
    Ago, Bound, Compound, Counts, Cue, Dates, DaysAgo, Ending, Fractions, Guess, Homograph,
    Language, Month, Numbers, Participle, Rule, ScaleAnd, Tens, Tense, Vague, Verdict,
};
use chrono::Weekday;

#[rustfmt::skip]
pub const FRENCH: Language = Language {
    code: "fr",
    names: &["french", "français", "francais"],
    numbers: Numbers {
        group_separators: &[' ', '\u{a0}', '\u{202f}', '.', '\'', '’'],
        decimal_separators: &[','],
        decimal_unless_grouping: &['.'],
        ordinal_suffixes: &["er", "re", "ere", "e", "eme", "ieme", "nde"],
        clock_suffixes: &[],
        hour_marks: &["h"],
        clock_phrases: &[],
        year_words: &["en", "depuis", "annee", "an"],
        small: &[
            ("zero", 0), ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4),
            ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10),
            ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15),
            ("seize", 16),
        ],
        // dix-sept, dix-huit, dix-neuf
        small_compounds: &[(10, 7, 9)],
        tens: &[
            // quatre-vingt(s), quatre-vingt-un, quatre-vingt-dix-neuf
            Tens { words: &["quatre", "vingt"], value: 80, max_unit: 19, takes_and: false },
            Tens { words: &["quatre", "vingts"], value: 80, max_unit: 19, takes_and: false },
            Tens { words: &["vingt"], value: 20, max_unit: 9, takes_and: true },
            Tens { words: &["trente"], value: 30, max_unit: 9, takes_and: true },
            Tens { words: &["quarante"], value: 40, max_unit: 9, takes_and: true },
            Tens { words: &["cinquante"], value: 50, max_unit: 9, takes_and: true },
            // soixante-dix .. soixante-dix-neuf: French counts 70s from sixty
            Tens { words: &["soixante"], value: 60, max_unit: 19, takes_and: true },
            Tens { words: &["septante"], value: 70, max_unit: 9, takes_and: true },
            Tens { words: &["huitante"], value: 80, max_unit: 9, takes_and: true },
            Tens { words: &["octante"], value: 80, max_unit: 9, takes_and: true },
            Tens { words: &["nonante"], value: 90, max_unit: 9, takes_and: true },
        ],
        // vingt et un, trente-et-une, soixante et onze
        tens_and: Some(("et", &[("un", 0, 1), ("une", 0, 1), ("onze", 60, 11)])),
        hundreds: &["cent", "cents"],
        bare_hundred: true,
        hundred_and: None,
        one_articles: &[],
        scales: &[
            ("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9),
            ("milliards", 1e9),
            // The long scale: a French billion is a million millions.
            ("billion", 1e12), ("billions", 1e12),
        ],
        bare_scales: &["mille"],
        // mille et un
        scale_and: Some(ScaleAnd { word: "et", only: &["un", "une"] }),
        one_words: &["un", "une"],
        // `un`/`une` alone is nearly always the article.
        lone_one: None,
        // `un bâtiment neuf`, `l'immeuble neuf`, `rien de neuf`.
        homographs: &[Homograph {
            word: "neuf",
            determiners: &[
                "un", "une", "le", "la", "l", "du", "au", "ce", "cet", "cette", "son", "sa",
                "leur", "notre", "votre",
            ],
            function_words: &["des", "les", "ces", "de", "d", "aux", "et", "ou", "sur", "dont"],
            nothing: &["rien", "quoi", "chose"],
            nothing_link: "de",
        }],
        fractions: Fractions {
            before_scale: &[
                ("un demi", 0.5), ("demi", 0.5), ("un quart de", 0.25), ("trois quarts de", 0.75),
            ],
            before_scale_after_number: &[],
            after_scale: &[("et demi", 0.5), ("et demie", 0.5), ("et quart", 0.25)],
        },
        // "1,2 Md", "3 Mds": milliards.
        magnitudes: &[("k", 1e3), ("K", 1e3), ("M", 1e6), ("Md", 1e9), ("Mds", 1e9)],
        decimal_words: &["virgule"],
        stacked_scales: true,
    },
    counts: Counts {
        bounds: &[
            ("au moins", Bound::AtLeast),
            ("au minimum", Bound::AtLeast),
            ("au grand minimum", Bound::AtLeast),
            ("au bas mot", Bound::AtLeast),
            // Desk shorthand: "min. 26 morts", "max 30 disparus".
            ("min .", Bound::AtLeast),
            ("min", Bound::AtLeast),
            ("minimum", Bound::AtLeast),
            ("maximum", Bound::AtMost),
            ("pas moins de", Bound::AtLeast),
            ("plus de", Bound::MoreThan),
            // Desk shorthand: "+ de 30 blessés".
            ("+ de", Bound::MoreThan),
            ("bien plus de", Bound::MoreThan),
            ("un peu plus de", Bound::MoreThan),
            ("jusqu ' a", Bound::AtMost),
            ("au plus", Bound::AtMost),
            ("tout au plus", Bound::AtMost),
            ("au maximum", Bound::AtMost),
            // "grand max 10 blessés", "au grand maximum 30 évacués".
            ("au grand maximum", Bound::AtMost),
            ("grand maximum", Bound::AtMost),
            ("grand max", Bound::AtMost),
            ("max .", Bound::AtMost),
            ("max", Bound::AtMost),
            ("pas plus de", Bound::AtMost),
            ("moins de", Bound::LessThan),
            ("un peu moins de", Bound::LessThan),
            ("entre", Bound::Between),
            ("environ", Bound::Approx),
            // Desk shorthand: "env. 300 évacués".
            ("env .", Bound::Approx),
            ("env", Bound::Approx),
            ("quelque", Bound::Approx),
            // "quelques 200" (a common slip); alone, "quelques" is vague.
            ("quelques", Bound::Approx),
            ("qq", Bound::Approx),
            ("pres de", Bound::Approx),
            ("presque", Bound::Approx),
            ("autour de", Bound::Approx),
            // "autour des 80 blessés", "un bilan approchant les 70 morts",
            // "quelque chose comme 400 évacués".
            ("autour des", Bound::Approx),
            ("approchant les", Bound::Approx),
            ("approchant", Bound::Approx),
            ("quelque chose comme", Bound::Approx),
            // "un minimum de 40 interpellations".
            ("un minimum de", Bound::AtLeast),
            ("approximativement", Bound::Approx),
            ("a peu pres", Bound::Approx),
            ("quasiment", Bound::Approx),
            ("quasi", Bound::Approx),
            // Desks type the English short form too: "approx. 45 morts".
            ("approx .", Bound::Approx),
            ("approx", Bound::Approx),
            ("pas loin de", Bound::Approx),
            ("aux alentours de", Bound::Approx),
            // "aux environs de 40 blessés", "en gros 150 évacués", "ca. 80".
            ("aux environs de", Bound::Approx),
            ("en gros", Bound::Approx),
            ("ca .", Bound::Approx),
            // "à peine plus de 200 interpellés": barely more is more.
            ("a peine plus de", Bound::MoreThan),
            ("a peine moins de", Bound::LessThan),
            // "30 blessés maxi".
            ("maxi", Bound::AtMost),
            ("de l ' ordre de", Bound::Approx),
            ("proche de", Bound::Approx),
            ("proches de", Bound::Approx),
            ("frole les", Bound::Approx),
            ("depasse les", Bound::MoreThan),
            // "dépasse désormais les 2 000 morts": an adverb of when inside.
            ("depasse desormais les", Bound::MoreThan),
            ("depasse deja les", Bound::MoreThan),
            ("depasse maintenant les", Bound::MoreThan),
            ("depassent les", Bound::MoreThan),
            ("a depasse les", Bound::MoreThan),
            ("ont depasse les", Bound::MoreThan),
            ("depasse", Bound::MoreThan),
            ("franchi la barre des", Bound::MoreThan),
            ("depasser les", Bound::MoreThan),
            // "le bilan pourrait dépasser 100 morts"; "sans dépasser".
            ("depasser", Bound::MoreThan),
            ("sans depasser les", Bound::AtMost),
            ("sans depasser", Bound::AtMost),
            ("franchit la barre des", Bound::MoreThan),
            ("au - dela de", Bound::MoreThan),
            // "largement au-dessus de 200 morts".
            ("au - dessus de", Bound::MoreThan),
            ("largement au - dessus de", Bound::MoreThan),
            ("largement au - dela de", Bound::MoreThan),
            ("largement plus de", Bound::MoreThan),
            // "bilan supérieur à 100 morts".
            ("superieur a", Bound::MoreThan),
            ("superieurs a", Bound::MoreThan),
            ("inferieur a", Bound::LessThan),
            ("grosso modo", Bound::Approx),
            // Typed bounds: ">= 20", "≥ 20", "≤ 20".
            ("> =", Bound::AtLeast),
            ("< =", Bound::AtMost),
            ("≥", Bound::AtLeast),
            ("≤", Bound::AtMost),
            ("⩾", Bound::AtLeast),
            ("⩽", Bound::AtMost),
            (">", Bound::MoreThan),
            ("<", Bound::LessThan),
            ("~", Bound::Approx),
            ("≈", Bound::Approx),
            ("env .", Bound::Approx),
            ("c .", Bound::Approx),
        ],
        between_and: "et",
        // "33 ou 34 morts", "30 voire 40": either figure.
        range_words: &["a", "ou", "voire"],
        hedged_range_words: &["voire"],
        // "grimpé de 22" stays a change (`change_before`): only verbs that
        // never give a rise by N open a move.
        range_not_after: &[
            "passe de", "evolue de", "releve de", "revu de", "corrige de", "grimpe de", "monte de",
            "ramene de", "abaisse de", "revise de", "reevalue de", "rehausse de", "descendu de",
            // "les blessés passent de 60 à 85", "disparus : tombe de 40 à 23".
            "passent de", "passant de", "evoluent de", "grimpent de", "montent de", "tombe de",
            "tombent de", "baisse de", "baissent de", "recule de", "reculent de", "diminue de",
            "diminuent de", "descend de", "descendent de", "revus de", "revues de",
            // "morts passés de 4 à 7".
            "passes de", "passee de", "passees de",
        ],
        noun_of: "de",
        elided_words: &[("de", "d")],
        // "un demi-millier de déplacés", "un millier et demi de sinistrés".
        approx_phrases: &[
            ("un demi - millier", 500.0), ("un demi millier", 500.0), ("un millier et demi", 1500.0),
        ],
        approx_articles: &["un", "une"],
        approx_adjectives: &["petite", "bonne", "grosse", "large"],
        approx_nouns: &[
            ("dizaine", 10.0), ("douzaine", 12.0), ("quinzaine", 15.0), ("vingtaine", 20.0),
            ("trentaine", 30.0), ("quarantaine", 40.0), ("cinquantaine", 50.0),
            ("soixantaine", 60.0), ("centaine", 100.0), ("millier", 1e3),
        ],
        multipliers: &[("de milliers", 1e3), ("de millions", 1e6), ("de milliards", 1e9)],
        vague: Vague {
            nouns: &[
                ("dizaines", "", 20.0, 99.0),
                ("douzaines", "", 24.0, 99.0),
                ("centaines", "", 200.0, 999.0),
                ("milliers", "", 2e3, 9_999.0),
                ("millions", "", 2e6, 9_999_999.0),
                ("milliards", "", 2e9, 9_999_999_999.0),
            ],
            multiplied_only: &[],
            // "plsrs": desks drop the vowels of "plusieurs".
            quantifiers: &["plusieurs", "plsrs", "quelques", "qq", "une poignee"],
            articles: &["des"],
            few: (2.0, 9.0),
            written_plurals: &[],
            // "un bilan à deux chiffres": how many digits the toll has.
            digit_phrases: &[
                ("a deux chiffres", 10.0, 99.0),
                ("a trois chiffres", 100.0, 999.0),
                ("a quatre chiffres", 1e3, 9_999.0),
                ("a cinq chiffres", 1e4, 99_999.0),
            ],
            digit_tolls: &["bilan", "morts", "victimes", "blesses", "disparus", "deces"],
            digit_links: &[],
        },
        adjective_bounds: &[],
        moved_bounds: &[],
        moved_by: &[],
        bounds_after: &[
            ("ou plus", Bound::AtLeast), ("et plus", Bound::AtLeast), ("+", Bound::AtLeast),
            ("a minima", Bound::AtLeast),
            // "18 morts ou davantage", "30 blessés voire plus".
            ("ou davantage", Bound::AtLeast), ("voire plus", Bound::AtLeast),
            ("voire davantage", Bound::AtLeast),
            // "20 disparus tout au plus".
            ("tout au plus", Bound::AtMost), ("au plus", Bound::AtMost),
        ],
        counted_nouns: &[
            ("dizaines", 10.0), ("douzaines", 12.0), ("vingtaines", 20.0), ("centaines", 100.0),
            ("milliers", 1e3),
        ],
    },
    dates: Dates {
        months: &[
            Month::full("janvier", 1), Month::abbr("janv", 1),
            Month::full("fevrier", 2), Month::abbr("fev", 2), Month::abbr("fevr", 2),
            Month::full("mars", 3),
            Month::full("avril", 4), Month::abbr("avr", 4),
            Month::full("mai", 5),
            Month::full("juin", 6),
            Month::full("juillet", 7), Month::abbr("juil", 7),
            Month::full("aout", 8),
            Month::full("septembre", 9), Month::dotted("sept", 9),
            Month::full("octobre", 10), Month::abbr("oct", 10),
            Month::full("novembre", 11), Month::abbr("nov", 11),
            Month::full("decembre", 12), Month::abbr("dec", 12),
        ],
        months_need_capital: false,
        month_first: false,
        weekdays: &[
            ("lundi", Weekday::Mon), ("mardi", Weekday::Tue), ("mercredi", Weekday::Wed),
            ("jeudi", Weekday::Thu), ("vendredi", Weekday::Fri), ("samedi", Weekday::Sat),
            ("dimanche", Weekday::Sun),
        ],
        weekday_abbrevs: &[
            ("lun", Weekday::Mon), ("mar", Weekday::Tue), ("mer", Weekday::Wed),
            ("jeu", Weekday::Thu), ("ven", Weekday::Fri), ("sam", Weekday::Sat),
            ("dim", Weekday::Sun),
        ],
        day_suffixes: &["er", "re", "e", "eme"],
        day_words: &[("premier", 1)],
        day_of: &[],
        month_only_after: &["en"],
        verb_months: &[],
        verb_month_followers: &[],
        date_prepositions: &["le"],
        day_articles: &[],
        span_articles: &["le"],
        this: &["ce"],
        this_past: &[],
        this_future: &[],
        last: &[],
        next: &[],
        past_after_weekday: &["dernier", "derniere", "passé", "passée"],
        future_after_weekday: &["prochain", "prochaine"],
        relative_days: &[
            ("hier", -1), ("aujourdhui", 0), ("demain", 1), ("aujourd'hui", 0),
            ("avant-hier", -2), ("apres-demain", 2), ("ce matin", 0), ("ce soir", 0),
            ("cet apres-midi", 0),
        ],
        relative_years: &[
            ("de l'annee derniere", -1), ("l'annee derniere", -1), ("de l'an dernier", -1),
            ("l'an dernier", -1), ("l'an passe", -1), ("l'annee passee", -1),
            ("de l'annee passee", -1), ("cette annee", 0), ("de cette annee", 0),
            ("l'an prochain", 1), ("l'annee prochaine", 1), ("de l'annee prochaine", 1),
        ],
        days_ago: DaysAgo {
            before: &["il y a"],
            after: &[],
            units: &[("jour", 1), ("jours", 1), ("semaine", 7), ("semaines", 7)],
        },
        span_openers: &["du", "entre"],
        span_connectors: &["au", "et", "à", "jusqu'au"],
        tense: Tense {
            past_before_weekday: &[],
            future_before_weekday: &[],
            time_words: &[
                "semaine", "mois", "an", "annee", "fois", "nuit", "ete", "hiver", "printemps",
                "automne", "matinee", "journee", "soiree", "matin", "soir",
            ],
            future: &[
                Rule {
                    words: &[
                        "va", "vont", "vais", "allons", "allez", "doit", "doivent", "devrait",
                        "devraient", "devra", "devront",
                    ],
                    cue: Cue::BeforeInfinitive,
                    verdict: Verdict::Is,
                },
                Rule {
                    words: &["prochain", "prochaine", "prochains", "prochaines"],
                    cue: Cue::Always,
                    verdict: Verdict::Is,
                },
                // "d'ici jeudi": by Thursday.
                Rule { words: &["ici"], cue: Cue::AfterElided("d"), verdict: Verdict::Is },
                Rule {
                    words: &[
                        "prevu", "prevue", "prevus", "prevues", "programme", "programmee",
                        "programmes", "programmees", "attendu", "attendue", "attendus",
                        "attendues",
                    ],
                    cue: Cue::After(&["est", "sont", "sera", "seront", "etait", "etaient"]),
                    verdict: Verdict::Is,
                },
            ],
            // "arriveront", "arrivera"; futures too short for the ending
            // rule are words.
            future_ending: Ending {
                words: SHORT_FUTURES,
                endings: &[("ra", 5), ("ront", 5), ("rai", 5), ("ras", 5), ("rons", 5), ("rez", 5)],
                in_chars: true,
                accented_endings: &[],
                blockers: &[],
                exceptions: NOT_FUTURES,
                capitals: false,
                after_be: false,
            },
            be: &[],
            be_adverbs: &[],
            clitics: CLITICS,
            infinitive_endings: &["er", "ir", "re", "oir"],
            past: &[
                // "l'est", "sud-est": the compass point.
                Rule { words: &["est"], cue: Cue::AfterElided("l"), verdict: Verdict::IsNot },
                Rule { words: &["est"], cue: Cue::After(&["sud", "nord"]), verdict: Verdict::IsNot },
            ],
            compound: Compound {
                auxiliaries: AUXILIARIES,
                accents_kept: true,
                fillers: FILLERS,
                max_fillers: 3,
                participle: Participle {
                    words: PARTICIPLES,
                    accented_endings: &["é", "ée", "és", "ées"],
                    endings: &["i", "is", "ie", "ies", "u", "us", "ue", "ues"],
                    min_len: 4,
                    exceptions: NOT_PARTICIPLES,
                    capitals: false,
                },
            },
            past_words: &[
                "fut", "furent", "eut", "eurent", "dernier", "derniere", "derniers", "dernieres",
            ],
            // "il y a trois jours": three days ago.
            ago: Some(Ago {
                phrase: &["il", "y", "a"],
                units: &["jour", "jours", "semaine", "semaines", "mois", "an", "ans"],
                within: 3,
            }),
            // The passé simple and the imperfect, but not the conditional.
            past_ending: Ending {
                words: &[],
                endings: &[("aient", 6), ("ait", 5)],
                in_chars: false,
                accented_endings: &[("èrent", 6)],
                blockers: &["rait", "raient"],
                exceptions: AIT_NOT_VERBS,
                capitals: false,
                after_be: false,
            },
        },
    },
    entry: super::fr_entry::ENTRY,
    extraction: super::fr_extraction::EXTRACTION,
    guess: Guess {
        words: &[
            "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "ont", "au",
            "aux", "selon", "parmi", "dans", "pour", "avec", "sur", "plus", "moins", "près",
            "environ", "morts", "tués", "blessés", "hier", "jeudi", "vendredi", "lundi", "mardi",
            "mercredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai",
            "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "été",
            "qui", "que", "a", "entre", "jusqu'à", "dizaines", "centaines", "milliers",
            "plusieurs", "quelques", "ministère", "disparus", "corps", "bilan", "décès",
            "pompiers", "hôpital",
        ],
        // l'armée, d'Almaty, qu'il
        letters: "éèêàùûôîçœ",
    },
    elisions: &["l", "d", "qu", "j", "n", "s", "c", "jusqu"],
    metrics: &[
        ("deaths", &[
            "morts", "mort", "mrts", "tués", "tué", "tuées", "décès", "décédés", "décédées",
            // La croix d'un desk après un chiffre : « 3 † ».
            "†", "✝",
            // "Dix détenus ont été abattus par les gardiens": shot dead
            // (cattle are "têtes", a thing noun; "s'est abattue" is no count).
            "abattus", "abattues",
            // Titles in the present: "un séisme tue 300 personnes".
            "tue", "tuent", "meurt", "meurent",
            // "un supporter mortellement poignardé": a blow that killed.
            "mortellement poignardé", "mortellement poignardée", "mortellement poignardés",
            "mortellement poignardées", "mortellement touché", "mortellement touchée",
            "mortellement blessé", "mortellement blessée", "mortellement blessés",
            "mortellement blessées",
            "mortellement touchés", "mortellement touchées", "mortellement atteint",
            "mortellement atteinte", "mortellement atteints", "mortellement atteintes",
            "mortellement fauché", "mortellement fauchée", "mortellement fauchés",
            "mortellement fauchées", "mortellement renversé", "mortellement renversée",
        ]),
        ("injured", &[
            // "bl.": desk shorthand ("26 tués, 18 bl." gave 18 deaths).
            "bl", "blss", "blessés", "blessé", "blessées", "intoxiqués", "intoxiquées", "intoxiqué", "intoxiquée",
        ]),
        ("detained", &[
            "interpellés", "interpellées", "interpellations", "arrêtés", "arrêtées",
            "arrestations", "détenus",
            // "7 soldats darviens capturés": soldats an army holds.
            "capturés", "capturées", "capturé", "capturée",
        ]),
        ("displaced", &["déplacés", "déplacées", "évacués", "ont fui"]),
        ("missing", &[
            "disparus", "disparues", "portés disparus", "manquent à l'appel", "manque à l'appel",
        ]),
        ("arrival", &[
            "arrivées", "arrivés", "arrivée", "arrivé", "arriveront", "arrivera", "arrivent",
            "arrive",
        ]),
        ("start", &["éclaté", "commencé", "débuté", "démarré"]),
    ],
    persons: PERSONS,
};
