//! English tense words: auxiliaries and irregular past forms the tense
//! reader needs, with the words that only look like past verbs or verbs.
//! Kept beside `en.rs`, which names them in its `dates` table.

/// Past markers: auxiliaries, irregular past forms, "ago".
#[rustfmt::skip]
pub(super) const PAST: &[&str] = &[
    "was", "were", "had", "did", "wasn", "weren", "hadn", "didn", "ago", "earlier", "began",
    "broke", "came", "went", "fled", "took", "fell", "left", "met", "sent", "told", "said",
    "struck", "shot", "fought", "held", "made", "saw", "gave", "ran", "rose", "won", "lost",
    "spoke", "wrote", "brought", "bought", "caught", "thought", "found", "got", "drove", "flew",
    "grew", "knew", "threw", "blew", "drew", "led", "sank", "stood", "stole", "tore", "arose",
    "became", "overran", "withdrew", "undertook", "sought", "meant", "kept", "felt", "built",
    "spent", "paid", "laid", "sold", "heard", "understood", "froze", "chose", "hid", "slid",
    "swept", "seen", "gone", "taken", "given", "fallen", "begun", "been",
];

/// Words ending in -ed that are not past verbs, or are mostly adjectives.
#[rustfmt::skip]
pub(super) const ED_NOT_PAST: &[&str] = &[
    "need", "speed", "feed", "seed", "weed", "deed", "breed", "bleed", "creed", "greed", "heed",
    "reed", "steed", "tweed", "proceed", "succeed", "exceed", "indeed", "shed", "sled", "hundred",
    "kindred", "sacred", "naked", "wicked", "armed", "unarmed", "united", "alleged", "based",
    "masked", "unidentified", "unnamed", "limited", "advanced", "detailed", "related",
    "concerned", "interested", "supposed", "wounded", "injured", "displaced", "retired",
    "experienced", "skilled", "talented", "expected", "scheduled",
];

/// Words ending in -ing that are not verbs.
#[rustfmt::skip]
pub(super) const ING_NOT_VERB: &[&str] = &[
    "during", "nothing", "something", "anything", "everything", "morning", "evening", "thing",
    "king", "bring", "spring", "string", "ring", "sing", "wing", "sibling", "building", "ceiling",
    "offspring", "pudding", "darling", "willing",
];
