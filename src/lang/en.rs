//! English: its words and how it writes numbers.

use super::en_tense::{ED_NOT_PAST, ING_NOT_VERB, PAST};
use super::{
    Bound, Compound, Counts, Cue, Dates, DaysAgo, Ending, Entry, Fractions, Guess, Language,
    LoneOne, Month, Numbers, Participle, Persons, Rule, ScaleAnd, Tens, Tense, Vague, Verdict,
};
use chrono::Weekday;

#[rustfmt::skip]
pub const ENGLISH: Language = Language {
    code: "en",
    names: &["english"],
    numbers: Numbers {
        group_separators: &[',', ' ', '\u{a0}', '\u{202f}', '\'', '’'],
        decimal_separators: &['.'],
        decimal_unless_grouping: &[],
        ordinal_suffixes: &["st", "nd", "rd", "th"],
        clock_suffixes: &["am", "pm"],
        hour_marks: &[],
        clock_phrases: &["o ' clock"],
        year_words: &["in", "since", "year", "until"],
        small: &[
            ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
            ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
            ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
            ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
        ],
        small_compounds: &[],
        tens: &[
            Tens { words: &["twenty"], value: 20, max_unit: 9, takes_and: false },
            Tens { words: &["thirty"], value: 30, max_unit: 9, takes_and: false },
            Tens { words: &["forty"], value: 40, max_unit: 9, takes_and: false },
            Tens { words: &["fifty"], value: 50, max_unit: 9, takes_and: false },
            Tens { words: &["sixty"], value: 60, max_unit: 9, takes_and: false },
            Tens { words: &["seventy"], value: 70, max_unit: 9, takes_and: false },
            Tens { words: &["eighty"], value: 80, max_unit: 9, takes_and: false },
            Tens { words: &["ninety"], value: 90, max_unit: 9, takes_and: false },
        ],
        tens_and: None,
        hundreds: &["hundred"],
        bare_hundred: false,
        hundred_and: Some("and"),
        one_articles: &["a"],
        scales: &[
            ("thousand", 1e3), ("million", 1e6), ("millions", 1e6), ("billion", 1e9),
            ("billions", 1e9), ("trillion", 1e12), ("trillions", 1e12),
        ],
        bare_scales: &[],
        scale_and: Some(ScaleAnd { word: "and", only: &[] }),
        one_words: &["one"],
        lone_one: Some(LoneOne {
            not_after: &["no", "any", "every", "each", "the", "this", "that", "which", "another"],
            not_before: &[
                "of", "another", "by", "who", "which", "that", "day", "way", "time",
                // "at one point 300 people were trapped"
                "point",
            ],
        }),
        homographs: &[],
        fractions: Fractions {
            before_scale: &[
                ("half a", 0.5), ("a quarter of a", 0.25), ("quarter of a", 0.25),
                ("three quarters of a", 0.75), ("a third of a", 1.0 / 3.0),
            ],
            before_scale_after_number: &[
                ("and a half", 0.5), ("and a quarter", 0.25), ("and three quarters", 0.75),
            ],
            after_scale: &[("and a half", 0.5)],
        },
        // "1.2 mln", "3 bln": wire shorthand.
        magnitudes: &[("k", 1e3), ("K", 1e3), ("M", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9)],
        decimal_words: &["point"],
        stacked_scales: false,
    },
    counts: Counts {
        bounds: &[
            ("at least", Bound::AtLeast),
            // Typed fast: "atleast 21 killed".
            ("atleast", Bound::AtLeast),
            ("no less than", Bound::AtLeast),
            ("no fewer than", Bound::AtLeast),
            ("not less than", Bound::AtLeast),
            ("a minimum of", Bound::AtLeast),
            // Desk shorthand: "min. 26 dead", "max 30 missing".
            ("min .", Bound::AtLeast),
            ("min", Bound::AtLeast),
            ("minimum", Bound::AtLeast),
            ("maximum", Bound::AtMost),
            ("more than", Bound::MoreThan),
            ("over", Bound::MoreThan),
            ("well over", Bound::MoreThan),
            ("upwards of", Bound::MoreThan),
            ("in excess of", Bound::MoreThan),
            ("up to", Bound::AtMost),
            ("at most", Bound::AtMost),
            ("no more than", Bound::AtMost),
            ("not more than", Bound::AtMost),
            ("a maximum of", Bound::AtMost),
            ("max .", Bound::AtMost),
            ("max", Bound::AtMost),
            ("fewer than", Bound::LessThan),
            ("less than", Bound::LessThan),
            ("between", Bound::Between),
            ("about", Bound::Approx),
            // Desk shorthand: "abt 2,600 sheltering".
            ("abt", Bound::Approx),
            ("around", Bound::Approx),
            ("some", Bound::Approx),
            ("roughly", Bound::Approx),
            ("approximately", Bound::Approx),
            ("approx", Bound::Approx),
            ("approx .", Bound::Approx),
            ("nearly", Bound::Approx),
            ("almost", Bound::Approx),
            ("close to", Bound::Approx),
            // "lawyers say nearer 700".
            ("closer to", Bound::Approx),
            ("nearer to", Bound::Approx),
            ("nearer", Bound::Approx),
            ("an estimated", Bound::Approx),
            ("as many as", Bound::AtMost),
            ("past", Bound::MoreThan),
            ("above", Bound::MoreThan),
            ("topped", Bound::MoreThan),
            ("tops", Bound::MoreThan),
            // Headline present: "heat deaths top 200", "toll passes 300".
            ("top", Bound::MoreThan),
            ("pass", Bound::MoreThan),
            ("passes", Bound::MoreThan),
            ("exceed", Bound::MoreThan),
            ("surpasses", Bound::MoreThan),
            ("passed", Bound::MoreThan),
            ("surpassed", Bound::MoreThan),
            ("exceeded", Bound::MoreThan),
            ("exceeds", Bound::MoreThan),
            // Typed bounds: ">= 20", "≥ 20", "≤ 20".
            ("> =", Bound::AtLeast),
            ("< =", Bound::AtMost),
            ("≥", Bound::AtLeast),
            ("≤", Bound::AtMost),
            ("⩾", Bound::AtLeast),
            ("⩽", Bound::AtMost),
            (">", Bound::MoreThan),
            ("<", Bound::LessThan),
            ("nearing", Bound::Approx),
            ("upward of", Bound::MoreThan),
            ("just under", Bound::LessThan),
            ("~", Bound::Approx),
            ("≈", Bound::Approx),
            ("c .", Bound::Approx),
            ("ca .", Bound::Approx),
            ("circa", Bound::Approx),
            ("est .", Bound::Approx),
            ("estimated", Bound::Approx),
        ],
        between_and: "and",
        // "33 or 34 dead": either figure.
        range_words: &["to", "or"],
        range_not_after: &["from"],
        noun_of: "of",
        elided_words: &[],
        approx_phrases: &[
            ("a dozen", 12.0), ("one dozen", 12.0), ("half a dozen", 6.0), ("a good dozen", 12.0),
        ],
        approx_articles: &[],
        approx_adjectives: &[],
        approx_nouns: &[],
        multipliers: &[
            ("of thousands", 1e3), ("of millions", 1e6), ("of billions", 1e9),
            ("thousand", 1e3), ("million", 1e6),
        ],
        vague: Vague {
            nouns: &[
                ("dozens", "dozen", 24.0, 99.0),
                ("hundreds", "hundred", 200.0, 999.0),
                ("thousands", "thousand", 2e3, 9_999.0),
                ("millions", "million", 2e6, 9_999_999.0),
                ("billions", "billion", 2e9, 9_999_999_999.0),
                ("scores", "", 40.0, 99.0),
            ],
            multiplied_only: &[("tens", 20.0, 99.0)],
            quantifiers: &["several", "a few", "a handful"],
            articles: &[],
            few: (2.0, 9.0),
            written_plurals: &[
                ("100s", "hundreds"), ("1000s", "thousands"), ("1,000s", "thousands"),
            ],
        },
        adjective_bounds: &["top", "past"],
        moved_bounds: &["up to"],
        moved_by: &[
            "toll", "revised", "rises", "rose", "risen", "climbs", "climbed", "jumps", "jumped",
            "deaths", "now", "injured", "wounded", "injuries", "arrests",
        ],
        bounds_after: &[
            ("or more", Bound::AtLeast), ("and more", Bound::AtLeast), ("or over", Bound::AtLeast),
            ("plus", Bound::AtLeast), ("+", Bound::AtLeast), ("or so", Bound::Approx),
            ("- plus", Bound::AtLeast),
        ],
        counted_nouns: &[("dozen", 12.0)],
    },
    dates: Dates {
        months: &[
            Month::full("january", 1), Month::abbr("jan", 1),
            Month::full("february", 2), Month::abbr("feb", 2),
            Month::full("march", 3), Month::abbr("mar", 3),
            Month::full("april", 4), Month::abbr("apr", 4),
            Month::full("may", 5),
            Month::full("june", 6), Month::abbr("jun", 6),
            Month::full("july", 7), Month::abbr("jul", 7),
            Month::full("august", 8), Month::abbr("aug", 8),
            Month::full("september", 9), Month::abbr("sep", 9), Month::abbr("sept", 9),
            Month::full("october", 10), Month::abbr("oct", 10),
            Month::full("november", 11), Month::abbr("nov", 11),
            Month::full("december", 12), Month::abbr("dec", 12),
        ],
        months_need_capital: true,
        month_first: true,
        weekdays: &[
            ("monday", Weekday::Mon), ("tuesday", Weekday::Tue), ("wednesday", Weekday::Wed),
            ("thursday", Weekday::Thu), ("friday", Weekday::Fri), ("saturday", Weekday::Sat),
            ("sunday", Weekday::Sun),
        ],
        weekday_abbrevs: &[
            ("mon", Weekday::Mon), ("tue", Weekday::Tue), ("tues", Weekday::Tue),
            ("wed", Weekday::Wed), ("thu", Weekday::Thu), ("thur", Weekday::Thu),
            ("thurs", Weekday::Thu), ("fri", Weekday::Fri), ("sat", Weekday::Sat),
            ("sun", Weekday::Sun),
        ],
        day_suffixes: &["st", "nd", "rd", "th"],
        day_words: &[],
        day_of: &["of"],
        month_only_after: &["in"],
        verb_months: &["may", "march", "mar"],
        verb_month_followers: &[
            "be", "have", "still", "not", "also", "never", "yet", "well", "rise", "climb",
            "exceed", "reach", "include", "die", "grow", "increase",
        ],
        date_prepositions: &["on"],
        day_articles: &["the"],
        span_articles: &["the"],
        this: &["this"],
        this_past: &["past"],
        this_future: &["coming"],
        last: &["last"],
        next: &["next"],
        past_after_weekday: &[],
        future_after_weekday: &[],
        relative_days: &[
            ("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1),
            ("last night", -1), ("this morning", 0), ("this afternoon", 0), ("this evening", 0),
            // "before" counts back whichever day follows it, as it always has.
            ("the day before yesterday", -2), ("the day before tomorrow", -2),
            ("the day after yesterday", 2), ("the day after tomorrow", 2),
            ("day before yesterday", -2), ("day before tomorrow", -2),
            ("day after yesterday", 2), ("day after tomorrow", 2),
        ],
        relative_years: &[("last year", -1), ("this year", 0), ("next year", 1)],
        days_ago: DaysAgo {
            before: &[],
            after: &["ago"],
            units: &[("day", 1), ("days", 1), ("week", 7), ("weeks", 7)],
        },
        span_openers: &["between", "from"],
        span_connectors: &["and", "to", "through", "till", "until"],
        tense: Tense {
            past_before_weekday: &["last", "past"],
            future_before_weekday: &["next", "coming"],
            time_words: &[
                "week", "weekend", "month", "year", "night", "time", "morning", "evening",
                "afternoon", "summer", "winter", "spring", "autumn", "fall", "end",
            ],
            future: &[
                Rule { words: &["will", "shall", "gonna", "upcoming"], cue: Cue::Always, verdict: Verdict::Is },
                Rule { words: &["ll"], cue: Cue::AfterApostrophe, verdict: Verdict::Is },
                Rule { words: &["won"], cue: Cue::BeforeApostrophe("t"), verdict: Verdict::Is },
                Rule {
                    words: &["going", "about", "plans", "plan", "planning"],
                    cue: Cue::Before(&["to"]),
                    verdict: Verdict::Is,
                },
                Rule { words: &["next", "coming"], cue: Cue::BeforeTimeWord, verdict: Verdict::Is },
                Rule {
                    words: &["expected", "scheduled", "slated", "due", "poised", "set", "to"],
                    cue: Cue::AfterBe,
                    verdict: Verdict::Is,
                },
            ],
            // "is arriving"
            future_ending: Ending {
                words: &[],
                endings: &[("ing", 5)],
                in_chars: false,
                accented_endings: &[],
                blockers: &[],
                exceptions: ING_NOT_VERB,
                capitals: true,
                after_be: true,
            },
            be: &["is", "are", "am", "re"],
            be_adverbs: &[
                "not", "also", "now", "still", "reportedly", "already", "currently", "reported", "due",
            ],
            clitics: &[],
            infinitive_endings: &[],
            past: &[
                Rule { words: &["won"], cue: Cue::BeforeApostrophe("t"), verdict: Verdict::IsNot },
                Rule { words: &["last", "past"], cue: Cue::BeforeTimeWord, verdict: Verdict::Is },
                // "so-called" is an adjective.
                Rule { words: &["called"], cue: Cue::After(&["so"]), verdict: Verdict::IsNot },
            ],
            // The present perfect: "have withdrawn", "has taken".
            compound: Compound {
                auxiliaries: &["has", "have", "hasn", "haven"],
                accents_kept: false,
                fillers: &[],
                max_fillers: 0,
                participle: Participle {
                    words: PAST,
                    accented_endings: &[],
                    endings: &["ed", "en", "wn"],
                    min_len: 4,
                    exceptions: &[],
                    capitals: true,
                },
            },
            past_words: PAST,
            ago: None,
            // Words ending in -ed that are not past verbs, or are mostly
            // adjectives in news copy ("armed men", "the United Nations").
            past_ending: Ending {
                words: &[],
                endings: &[("ed", 4)],
                in_chars: false,
                accented_endings: &[],
                blockers: &[],
                exceptions: ED_NOT_PAST,
                capitals: false,
                after_be: false,
            },
        },
    },
    entry: Entry {
        joiners: &["and", "as well as"],
        stopwords: &[
            // How tolls move ("the toll rose to 225"): they say nothing
            // about who is counted.
            "rose", "rises", "risen", "reached", "reaches", "climbed", "climbs", "stood", "stands",
            "previously", "fallen", "fell", "dropped", "declined",
            // Desk shorthand: "26 ppl dead", "26 dead vs 18 yesterday".
            "ppl", "vs",
            // "26 dead by Monday evening": when, not who.
            "morning", "afternoon", "evening", "night", "tonight", "noon", "midday", "midnight", "yday",
            // A desk's own correction: "17 dead (not 71, typo)".
            "typo", "typed", "should", "read", "unchanged", "steady", "yo", "yrs", "sorry", "oops",
            "corr", "correction", "flash", "breaking",
            "increased", "jumped", "number", "figure", "revised", "corrected", "lowered",
            "raised",
            "the", "them", "whom", "all", "a", "an", "of", "in", "on", "at", "by", "to", "for",
            "from", "among", "including", "were", "was", "been", "be", "being", "have", "has",
            "had", "are", "is", "people", "persons", "person", "who", "which", "that", "with",
            "during", "since", "so", "far", "total", "reportedly", "officially", "confirmed",
            "reported", "now", "toll", "their", "its", "his", "her", "they", "it", "into", "as",
            "this", "week", "today", "yesterday", "will", "shall", "last", "next", "and", "or",
            // Hedges, adverbs and verbs of how a toll moves: they name no one.
            "still", "alone", "feared", "soared", "soaring", "surged", "believed", "thought",
            "likely", "may", "might", "could", "possibly", "probably", "presumed", "up", "down",
            "earlier", "before", "previously", "prev", "previous", "orig", "originally", "initially", "later", "overnight", "another", "other", "others",
            "homes", "were", "also", "further", "more", "least", "latest", "new", "so-far",
            "allegedly", "estimated", "rising", "risen", "jumps", "stands", "climbing", "with",
            "then", "now", "only", "just", "additional", "remain", "remained", "remaining", "are",
            "found", "hits", "hit", "nears", "treated", "confirmed", "hours", "hour", "days",
            "weeks", "taken", "overall", "date", "provisional", "updated", "counting", "mostly",
            "possibly", "reach", "staying", "those", "these", "received", "grown", "grew", "included", "rise",
            // "deaths climb to 88", "(wk earlier 241)", "5 critical w/ burns".
            "climb", "wk", "wks", "w",
            // "8 of 11 on board killed", "toll 52+ (first report 30)".
            "board", "aboard", "first", "report", "reports",
            // "3,400 moved to neighbouring camp": where to, not how.
            "moved", "relocated",
        ],
        earlier_words: &[
            "prev", "previous", "previously", "earlier", "before", "first", "initial", "initially",
            "orig", "original", "originally",
        ],
        source_prepositions: &["according", "acc", "per"],
        qualifier_ends: &[
            "according", "acc", "said", "says", "per", "announced", "reported", "including",
            "incl", "inc", "say", "told", "added", "adds", "stated",
            // "ministry reports 26 dead": who says it, not who died.
            "reports", "announces", "confirms", "claims", "citing", "cites", "quoting", "tell",
            "tells", "reporting",
            // "injured 38 not 83 as typed": a refuted figure after it.
            "not",
            // "the crash left 12 dead": the cause is not who is counted.
            "left",
        ],
        // "authorities counted 300 dead": nor who counted them.
        metric_nouns: &[
            "deaths", "death", "death toll", "fatalities", "injuries", "arrests", "detentions",
            "detainees",
        ],
        counting_verbs: &[
            "counted", "count", "fear", "fears", "feared", "treated", "recorded", "registered",
            "estimate", "estimates", "put",
            // "storm leaves 5 dead": the cause before it.
            "leaves", "leaving",
        ],
        breakdown_markers: &["of them", "of whom", "including", "incl", "inc", "of which", "among them"],
        // "a third pupil died" (not "a third of them": `of` follows).
        // "3rd gunman arrested": desks write the ordinal in figures.
        singulars: &[
            "another", "a second", "a third", "a fourth", "2nd", "3rd", "4th", "5th", "an", "a",
            "one",
        ],
        zeros: &["no one", "nobody", "no", "none", "zero"],
        pairs: &["both"],
        // "9 missing (I typed 6)": the desk's own slip.
        // "(earlier line said 9)", "(typo in prev line: 32)": the desk's own
        // line, not an earlier toll.
        negations: &[
            "not", "typed", "earlier line said", "earlier line had", "prev line said",
            "previous line said", "in prev line", "in previous line",
        ],
        source_words: &[
            "media", "ministry", "officials", "official", "sources", "authorities", "agency",
            "government", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson",
            "office", "department", "commission", "council", "command", "headquarters",
            // "20 dead – fire service", "(emergency services)"; desks
            // shorten them ("fire svc", "fire dept", "govt").
            "service", "services", "svc", "dept", "govt", "eyewitness", "witness", "witnesses",
            // "2 dead (company)", "(operator)".
            "company", "operator", "airline", "coastguard", "min", "cross", "crescent",
        ],
        source_bodies: &[
            "police", "the police", "army", "the army", "military", "the military", "navy",
            "the navy", "coast guard", "the coast guard", "national guard", "air force",
            "opposition", "the opposition", "civil defence", "civil defense",
        ],
        headers: &[
            "update", "breaking", "flash", "urgent", "correction", "corr", "live", "alert", "day",
            "bulletin",
        ],
        time_zones: &["gmt", "utc", "local time", "local", "hrs", "hours"],
        number_marks: &["no.", "no", "nr"],
        // "2 crew seriously injured, a third missing": an ordinal names one
        // more of the people counted before.
        others: &["another", "other", "others", "second", "third", "fourth", "fifth", "sixth"],
        // "gunmen", "women": plurals without an s too.
        plural_endings: &["s", "men"],
        singular_endings: &["ss"],
        collective_nouns: &[
            "police", "crew", "staff", "army", "military", "personnel", "people", "family",
            "militia", "public", "management", "press", "media", "government", "clergy",
            "children", "youth", "elderly",
            // Words of quantity: "26 dead, many wounded".
            "many", "most", "several", "numerous", "countless", "everyone", "nobody", "none",
            "some", "few", "both", "each", "dozen", "dozens", "hundreds", "thousands", "scores",
        ],
        kind_before_noun: true,
        bases: super::en_bases::BASES,
        changes: &[
            "rose by", "risen by", "rises by", "rise by", "increased by", "increases by",
            "increase by", "up by", "jumped by", "jumps by", "jump by", "climbed by", "climbs by",
            "grew by", "grows by", "went up by", "goes up by", "swelled by", "swells by",
            "soared by", "soars by", "surged by", "surges by", "surge by", "a rise of",
            "an increase of", "down by", "fell by", "falls by", "dropped by", "drops by",
            // "toll up 4", "toll now 26, up 4".
            "up", "down",
        ],
        not_singular_before: &[
            "number", "lot", "lots", "handful", "couple", "total", "host", "series", "majority",
            "minority", "quarter", "third", "half", "fraction", "percentage", "toll", "further",
            "few", "of",
        ],
        among: &["among"],
        unmeasured: super::en_bases::UNMEASURED,
        change_openers: &["after", "as", "with"],
        more_words: &["more", "new", "further", "additional"],
        whole_words: &["all"],
        // "40 killed, half of them children": a share without a figure.
        most_phrases: &[
            "most of them", "mostly", "most", "half of them", "a third of them", "many of them",
            "some of them",
        ],
        definites: &["the"],
        whose_nouns: &[],
        held_nouns: &["detainees", "prisoners", "hostages", "inmates"],
        definite_ones: &[],
        noun_links: &[],
        size_links: &["of"],
        scale_words: &["magnitude", "category", "cat", "level", "grade", "stage", "phase"],
        reporting_verbs: &[
            "report", "reports", "reported", "confirm", "confirms", "confirmed", "announce",
            "announces", "announced", "say", "says", "said", "told",
        ],
        not_prefixes: &["near", "non"],
        heads_first: false,
        // "200+ hurt in metro crash", "42 killed in clashes", "6,000
        // evacuated after ammonia leak": the event, not who is counted.
        event_nouns: &[
            "crash", "crashes", "collision", "clashes", "clash", "attack", "attacks", "ambush",
            "blast", "explosion", "leak", "derailment", "stampede", "crush", "shooting",
            "bombing", "riot", "riots", "violence", "fighting", "quake",
            "earthquake", "landslide", "mudslide", "storm", "cyclone", "typhoon", "tsunami",
            "collapse", "capsizing", "sinking", "fire", "fires", "blaze", "wildfire", "flood", "floods",
            "flooding", "airstrike", "airstrikes", "shelling", "eruption", "avalanche", "heatwave",
            "crackdown", "blasts", "explosions", "bombings", "collisions", "stampedes", "bomb",
            "bombs", "blackout", "outage",
            // Weather and disease: "injured in hail", "died in a cholera
            // outbreak".
            "blizzard", "snowstorm", "hail", "hailstorm", "heat", "outbreak", "epidemic",
            "cholera", "typhoid", "measles", "meningitis", "dengue",
        ],
        event_links: &["in", "after", "during", "from"],
        clause_openers: &["as", "when", "while", "whilst", "since"],
        cause_openers: &["after", "following"],
        // Before a state only ("said to be the worst attack" names none).
        exclusions: &["excluding", "excl", "not counting", "not including"],
        age_units: &["yo", "yrs"],
        hedges: &[
            "said to be in", "believed to be in", "thought to be in", "reported to be in",
            // When, not who: "down from 31 earlier in the day".
            "earlier in the day", "later in the day",
        ],
        scene_words: &["scene", "spot", "site", "inside", "instantly", "on board", "onboard"],
        later_words: &["later", "subsequently"],
        modals: &["could", "may", "might", "will", "can", "would"],
        infinitive_markers: &["to"],
        perfect_auxiliaries: &["have", "be"],
        rate_links: &["in"],
        per_times: &["per day", "per week", "per month", "per year", "per hour"],
        // "5 officers wounded, 2 seriously, plus a bystander".
        adders: &["plus"],
    },
    extraction: super::en_extraction::EXTRACTION,
    guess: Guess {
        words: &[
            "the", "toll", "now", "up", "from", "of", "and", "a", "an", "in", "on", "at", "by", "were", "was", "is", "are",
            "have", "has", "said", "according", "to", "dead", "killed", "wounded", "injured",
            "least", "more", "than", "about", "nearly", "dozens", "hundreds", "thousands",
            "several", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "between", "ministry",
            "people", "arrived", "will", "missing", "bodies", "recovered", "still", "died",
            "dies", "hurt", "arrested", "among", "after", "with", "says", "officials",
        ],
        letters: "",
    },
    elisions: &[],
    metrics: &[
        ("deaths", &[
            "dead", "killed", "died", "deaths", "death", "death toll", "fatalities", "fatality",
            "lives lost",
            // "army claims ~30 militants neutralised".
            "neutralised", "neutralized",
            // Wounds that killed.
            "fatally wounded", "fatally injured", "mortally wounded",
            // Headline present: "blast kills 5", "2 more die in hospital".
            "kills", "die", "dies", "drownings",
        ]),
        // "inj": desk shorthand ("26 dead/18 inj" gave 18 deaths).
        ("injured", &["wounded", "injured", "injuries", "hurt", "inj", "injd", "injures"]),
        ("detained", &["arrested", "detained", "arrests", "detentions", "detainees"]),
        ("displaced", &["displaced", "fled", "evacuated"]),
        ("missing", &["missing", "unaccounted for"]),
        ("arrival", &["arrived", "arriving", "arrive", "arrives", "arrival", "landed"]),
        ("start", &["erupted", "began", "broke out", "started", "begun"]),
    ],
    persons: Persons {
        titles: &[
            "mr", "mrs", "ms", "dr", "prof", "president", "vice-president", "prime", "minister",
            "secretary", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor",
            "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "captain", "sgt",
            "sergeant", "ambassador", "senator", "rep", "representative", "judge", "prosecutor",
            "chief", "director", "commissioner", "king", "queen", "prince", "sheikh", "pope",
        ],
        bodies: &[
            "ministry", "office", "department", "agency", "service", "services", "committee",
            "council", "government", "cabinet", "commission", "secretariat", "police", "army",
            "forces", "guard", "organization", "organisation", "association", "federation",
            "institute", "hospital", "authority", "authorities", "administration", "bureau",
            "command", "headquarters", "media",
        ],
        speakers: &[
            "officials", "official", "sources", "witnesses", "rescuers", "medics", "doctors",
            "residents", "activists",
        ],
    },
};
