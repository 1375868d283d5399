//! English words that name what a quick entry's figure counts, and so its
//! metric, when the fragment has no metric word (`Entry::bases`): kept
//! apart from `en.rs` so that file stays one readable table.

use super::{Basis, BasisQualifier};

#[rustfmt::skip]
pub(super) const BASES: &[Basis] = &[
    Basis {
        metric: "deaths",
        all_of: &[
            &["bodies", "body", "corpses", "corpse"],
            &[
                "recovered", "found", "retrieved", "pulled out", "pulled", "pulled from", "washed up",
                "brought up", "brought out",
                "washed ashore", "dug out", "dug from", "exhumed",
                // "we have counted 17 bodies".
                "counted",
            ],
        ],
        qualifier: BasisQualifier::Named("bodies recovered"),
    },
    // "27 bodies in mortuaries": bodies where the dead are kept (bodies
    // alone may be organisations).
    Basis {
        metric: "deaths",
        all_of: &[
            &["bodies", "body", "corpses"],
            &["in mortuaries", "in morgues", "in the morgue", "at the morgue", "in mortuary"],
        ],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "deaths",
        all_of: &[&["claimed", "claiming", "claims", "has claimed"], &["lives", "life"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "deaths",
        all_of: &[&[
            "lost their lives", "lost his life", "lost her life", "perished", "drowned",
            "succumbed to their injuries", "succumbed to injuries", "succumbed to their wounds",
            "succumbed to wounds", "died of their wounds", "died of their injuries",
            "died of wounds", "died of injuries", "burned to death", "burnt to death",
            "crushed to death", "stabbed to death", "beaten to death", "shot dead",
            "killing", "succumbed", "massacred", "lynched",
            // "Sanbaro: 14 electrocuted" (not "electrocution risk").
            "electrocuted",
            // "8 deceased", "19 dec'd": how a register says it.
            "deceased", "dec'd", "dec’d",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&[
            "lost their homes", "lost homes", "homeless", "sleeping in", "sheltering in", "sheltering",
            "evacuees", "moved out", "moved to safety", "moved to higher ground",
            // "1,500 told to leave their homes", "600 slept in sports hall".
            "told to leave their homes", "told to leave", "ordered to leave", "told to evacuate",
            "ordered to evacuate", "forced to flee", "slept in", "spent the night in",
            "forced from their homes", "forced from homes", "driven from their homes",
            "spent the night at", "bedding down in", "bedding down",
            // "600 sought refuge in Tamsa", "80 took shelter in the mosque".
            "sought refuge", "took refuge", "taking refuge", "sought shelter", "took shelter",
            "taking shelter",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&[
            "evacuation centres", "evacuation centers", "evacuation centre",
            "evacuation center", "shelters", "relief camps", "sports hall", "sports halls",
            "gymnasium", "tents", "without shelter", "cooling centres", "cooling centers",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "displaced",
        // "3,400 moved to neighbouring camp" (after their shelters burned);
        // inmates moved to another prison are not.
        // "~60 residents moved to school overnight".
        all_of: &[
            &["moved to", "moved into", "relocated to", "housed in"],
            &[
                "camp", "camps", "school", "schools", "mosque", "mosques", "church", "churches",
                "stadium", "gym", "hotel", "hotels", "shelter",
            ],
        ],
        qualifier: BasisQualifier::Kept,
    },
    // "1,300 relocated" (after "relocated to", which keeps the place).
    Basis {
        metric: "displaced",
        all_of: &[&["relocated"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&["refugees", "refugee", "relatives", "host families"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "displaced",
        // "2,000 or more in mosques and schools": where people shelter.
        all_of: &[&[
            "in mosques", "in schools", "in churches", "in a school", "in a church",
            "in a mosque", "in school buildings", "in a stadium", "in public buildings",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "injured",
        all_of: &[&["injuring", "wounding"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "injured",
        all_of: &[&[
            "intensive care", "icu", "hospital", "hospitalised", "hospitalized", "hosp",
            "in burns unit", "in burn unit", "in the burns unit",
            "critical condition", "serious condition", "in a critical condition",
            "with burns", "w/ burns", "on ventilators", "on ventilator",
            "on life support",
            // "7 dead, 3 critical": a severity alone says injured.
            "^critical", "^serious", "^crit",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "detained",
        // "3 attackers killed, 2 captured", "2 held for looting".
        // "87 escapees recaptured", "as many as 1,400 held".
        // "cops nab 7 looters": desk and headline slang.
        all_of: &[&[
            "rounded up", "captured", "held for", "held on suspicion", "held", "nabbed", "nab",
            "nabs",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "detained",
        // "40 recaptured": those counted are escapees taken back, and the
        // qualifier says so.
        all_of: &[&["recaptured"]],
        qualifier: BasisQualifier::Kept,
    },
    // "of 64 arrested, 40 released, 24 charged": charged and held.
    Basis {
        metric: "detained",
        all_of: &[&["^charged", "^remanded"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "detained",
        all_of: &[&["custody"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "missing",
        all_of: &[&["trapped", "feared buried", "believed buried", "still buried"]],
        qualifier: BasisQualifier::Dropped,
    },
    // "3 DOA, 9 in hosp": dead on arrival, which the desk keeps.
    Basis {
        metric: "deaths",
        all_of: &[&["doa", "dead on arrival"]],
        qualifier: BasisQualifier::Kept,
    },
    // "12 unaccounted", "evac'd 3,000".
    Basis {
        metric: "missing",
        all_of: &[&["unaccounted"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&["evac'd", "evacd", "evac’d"]],
        qualifier: BasisQualifier::Dropped,
    },
    // Military and desk shorthand: "5 soldiers KIA, 2 MIA", "3 WIA".
    Basis {
        metric: "deaths",
        all_of: &[&["kia"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "injured",
        all_of: &[&["wia"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "missing",
        all_of: &[&["mia"]],
        qualifier: BasisQualifier::Dropped,
    },
    // Desk words for the missing and the dead: "4 still
    // not traced", "whereabouts of 11 fishermen unknown", "fatals: 7"
    // ("4 traced" alone says they were found; "uprooted" is left out,
    // trees are).
    Basis {
        metric: "missing",
        all_of: &[&["not traced", "untraced", "yet to be traced"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "missing",
        all_of: &[&["whereabouts"], &["unknown"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "deaths",
        all_of: &[&["fatals"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "missing",
        // "9 still under rubble".
        all_of: &[&["still under rubble", "still under the rubble"]],
        qualifier: BasisQualifier::Named("rubble"),
    },
    // "community leader: 17 buried", "47 admitted": after the bases of the
    // missing ("feared buried") and of the sick.
    Basis {
        metric: "deaths",
        all_of: &[&["buried"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "injured",
        all_of: &[&["admitted"]],
        qualifier: BasisQualifier::Kept,
    },
    // "2,100 in camps": after every other basis ("12 held in camps" are
    // detained).
    Basis {
        metric: "displaced",
        all_of: &[&["in camps"]],
        qualifier: BasisQualifier::Kept,
    },
    // "toll 22": a toll is of the dead, unless a word of its own says whom
    // it counts ("toll: 2,000 in shelters"), so it comes last.
    Basis {
        metric: "deaths",
        all_of: &[&["toll"]],
        qualifier: BasisQualifier::Dropped,
    },
];

/// People counted for no metric of the table (`Entry::unmeasured`): kept
/// beside the bases, the words that do name a metric by who is counted.
#[rustfmt::skip]
pub(super) const UNMEASURED: &[&str] = &[
        "rescued", "rescue", "saved", "survivors", "survived", "casualties", "casualty",
        // "58 dead, one survivor": the one who lived.
        "survivor",
        "affected", "alive", "released", "freed", "discharged", "questioned",
        // "more than 140 pupils and staff fell ill", "hundreds escape".
        "ill", "sick", "sickened", "escaped", "escape", "escapes", "at large",
        // Admissions: "11 others were taken to hospital".
        "taken to hospital", "taken to hospitals",
        // "2 technicians under investigation": no arrest.
        "under investigation",
        // "8 pupils walked out unharmed".
        "unharmed", "unhurt", "uninjured",
        // "120 accounted for, 61 missing": found safe ("unaccounted for"
        // is another word).
        "accounted for",
        // "14 dead, 900 suspected cases": the sick are counted by no
        // metric.
        "cases", "infections", "infected", "stranded",
        // "1.2M need aid", "20k without power", "52 on board": no toll.
        "need aid", "in need", "need help", "without power", "on board", "aboard", "involved",
        "without electricity", "without water", "lost power", "cut off",
        // "3 dead, 40 jobs lost": work, not people.
        "jobs",
        // "9 pulled from river" alive (bodies pulled out are deaths, read
        // first); "12 people in shock" ("5 injured including 2 in shock"
        // are of the injured).
        "pulled from", "pulled out", "people in shock", "people treated for shock",
        // "hundreds of homes destroyed": things.
        "destroyed", "damaged", "flattened",
        // "80 treated, 6 still in hospital": treatment is no injury
        // count; those still in care are (`^`: right after the figure,
        // not "where the first patient was treated").
        "^treated",
        // "EMS: 1 DOA, 3 transported": taken to hospital, like admissions.
        "^transported",
        // "2 guards sought": wanted, not yet held.
        "sought",
];
