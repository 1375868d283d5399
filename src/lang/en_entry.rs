//! English quick entry: the words the entry reader cuts, qualifies and
//! settles fragments with (its bases are in `en_bases.rs`).

use super::Entry;

#[rustfmt::skip]
pub(super) const ENTRY: Entry = Entry {
    joiners: &["and", "as well as"],
    stopwords: &[
        // How tolls move ("the toll rose to 225"): they say nothing
        // about who is counted.
        "rose", "rises", "risen", "reached", "reaches", "climbed", "climbs", "stood", "stands",
        "previously", "fallen", "fell", "dropped", "declined", "halved", "doubled", "tripled", "went",
        "surpass", "tally",
        // Desk shorthand: "26 ppl dead", "26 dead vs 18 yesterday".
        "ppl", "vs",
        // "it's 8 missing, not 8 dead", "we have 26 confirmed dead".
        "it's", "it’s", "we",
        // "toll doubles to 46", "12 dead across 3 provinces".
        "doubles", "doubled", "triples", "tripled", "across",
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
        "found", "hits", "hit", "nears", "treated", "confirmed", "hours", "hour", "hrs", "days",
        "weeks", "taken", "overall", "altogether", "date", "provisional", "updated", "counting",
        "mostly",
        "possibly", "reach", "staying", "those", "these", "received", "grown", "grew", "included", "rise",
        // "deaths climb to 88", "(wk earlier 241)", "5 critical w/ burns".
        "climb", "wk", "wks", "w",
        // "8 of 11 on board killed", "toll 52+ (first report 30)".
        "board", "aboard", "first", "report", "reports",
        // "3,400 moved to neighbouring camp": where to, not how.
        "moved", "relocated",
        // "toll upgraded to 48", "official toll 40; unofficial 60+",
        // "injured 130 (90 this am)", "pls amend my last line to 31".
        "upgraded", "downgraded", "unofficial", "am", "pm", "pls", "please", "amend",
        "amended", "my",
        // "12 dead, exclusively civilians": who they all were, not a word of it.
        "exclusively",
        // "disregard prev, injured 38".
        "disregard", "ignore",
        // "not 17 but 7 dead"; the "s" of "Monday's 15".
        "but", "s",
        // "missing 18 (prior 25)": an earlier figure.
        "prior",
    ],
    earlier_words: &[
        "prev", "previous", "previously", "earlier", "before", "first", "initial", "initially",
        "orig", "original", "originally", "prior",
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
        "deaths", "death", "death toll", "death count", "fatalities", "injuries", "arrests",
        "detentions",
        "detainees",
    ],
    counting_verbs: &[
        "counted", "count", "counts", "fear", "fears", "feared", "treated", "recorded", "registered",
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
        // "fix - 5 dead (I had 15)".
        "i had", "i wrote", "i put",
        // "6 dead (typo'd as 60)"; a wire's correction note "(corrects
        // toll from 21)": the figure given in error.
        "typed as", "typo'd as", "typo’d as", "typoed as", "mistyped as", "corrects toll from",
        "corrects figure from", "corrects from",
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
        // "63 dead - health directorate", "(maritime prefecture)".
        "directorate", "prefecture",
        // "toll passes 100 - state broadcaster", "(state TV)".
        "broadcaster", "tv", "radio",
    ],
    source_bodies: &[
        "police", "the police", "army", "the army", "military", "the military", "navy",
        "the navy", "coast guard", "the coast guard", "national guard", "air force",
        "opposition", "the opposition", "civil defence", "civil defense",
        // UN agencies and relief bodies alone ("(Ocha)"); "(MSF staff)"
        // counts their staff. `who` is left out, a pronoun.
        "ocha", "unicef", "unhcr", "iom", "icrc", "ifrc", "msf", "wfp", "unrwa",
    ],
    headers: &[
        "update", "breaking", "flash", "urgent", "correction", "corr", "live", "alert", "day",
        // Wire slugs: "REFILE-Floods kill 14", "CORRECTED-Toll rises".
        "refile", "corrected",
        "bulletin", "breaking news", "news alert", "toll update",
        // "Sitrep 6: dead 71": a situation report's number.
        "sitrep", "situation report",
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
        // "multiple fatalities", "handful dead", "a score of villagers
        // killed": a quantity, not one person.
        "multiple", "handful", "score", "number", "lot", "lots", "couple", "majority",
        "minority", "various",
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
        "few", "of", "score", "multitude",
    ],
    among: &["among"],
    unmeasured: super::en_bases::UNMEASURED,
    change_openers: &["after", "as", "with"],
    more_words: &["more", "new", "further", "additional"],
    whole_words: &["all", "exclusively"],
    // "40 killed, half of them children": a share without a figure.
    most_phrases: &[
        "most of them", "mostly", "most", "half of them", "a third of them", "many of them",
        "some of them", "mainly", "largely", "chiefly",
        // "injured 58 — 9 critical, 17 serious, rest minor".
        "the rest", "rest",
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
        "announces", "announced", "say", "says", "said", "told", "tell", "tells",
    ],
    // "near-drownings"; "shoot-to-kill orders".
    not_prefixes: &["near", "non", "to"],
    heads_first: false,
    // "200+ hurt in metro crash", "42 killed in clashes", "6,000
    // evacuated after ammonia leak": the event, not who is counted.
    event_nouns: &[
        "crash", "crashes", "collision", "clashes", "clash", "attack", "attacks", "ambush",
        "blast", "explosion", "leak", "derailment", "stampede", "crush", "shooting", "tragedy",
        "disaster", "catastrophe",
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
    tolls_of: &["toll in", "toll from", "toll of", "toll after"],
    clause_openers: &["as", "when", "while", "whilst", "since"],
    cause_openers: &["after", "following"],
    // Before a state only ("said to be the worst attack" names none).
    exclusions: &["excluding", "excl", "not counting", "not including", "not included"],
    // "6 dead in Aro, ditto in Bel".
    same_figure_words: &["ditto", "as many"],
    each_words: &["each", "apiece"],
    respective_words: &["respectively", "resp"],
    agent_words: &["by"],
    same_figure_links: &["in", "at"],
    same_figure_of: &[],
    same_figure_comparisons: &["as", "than", "same", "compared", "like"],
    missing_fates: &[
        "presumed dead", "feared dead", "believed dead", "presumed drowned", "feared drowned",
        "believed drowned", "feared killed", "presumed killed",
    ],
    age_units: &["yo", "yrs"],
    hedges: &[
        "said to be in", "believed to be in", "thought to be in", "reported to be in",
        // When, not who: "down from 31 earlier in the day".
        "earlier in the day", "later in the day",
    ],
    scene_words: &["scene", "spot", "site", "inside", "instantly", "on board", "onboard"],
    later_words: &["later", "subsequently"],
    modals: &["could", "may", "might", "will", "can", "would"],
    animal_nouns: &[
        "cattle", "livestock", "sheep", "goats", "cows", "camels", "animals", "dogs", "horses",
        "poultry", "chickens", "pigs", "donkeys", "buffalo", "buffaloes", "head of cattle",
        "head of livestock",
    ],
    infinitive_markers: &["to"],
    perfect_auxiliaries: &["have", "be"],
    rate_links: &["in"],
    per_times: &["per day", "per week", "per month", "per year", "per hour"],
    // "5 officers wounded, 2 seriously, plus a bystander".
    adders: &["plus"],
    unknown_marks: &[
        "tbc", "tba", "unknown", "unk", "n/a", "?", "not known", "unclear", "undisclosed",
        "unspecified",
        // "the number of wounded keeps changing", "injured still being counted".
        "keeps changing", "keep changing", "still changing", "still being counted",
        "not yet known",
    ],
};
