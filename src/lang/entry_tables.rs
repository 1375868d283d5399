//! The table of words quick entry reads with, one per language
//! (`Language::entry`), and the bases that name a metric without a metric
//! word: kept apart from the other tables so each file stays short.

/// Words quick entry cuts and qualifies fragments with.
pub struct Entry {
    /// Words that cut an entry into fragments, as a comma does (`and`).
    pub joiners: &'static [&'static str],
    /// Words a qualifier drops (as typed: lower case, accents kept): how
    /// tolls move (`rose`, `s'élève`), articles, pronouns, auxiliaries.
    pub stopwords: &'static [&'static str],
    /// Words that start an attribution or a breakdown (`selon`,
    /// `including`): after the figure they end its qualifier.
    pub qualifier_ends: &'static [&'static str],
    /// Prepositions that put the source after them (`selon`, `according
    /// to`): before the figure, every word from them to it names who
    /// gives it (`selon les secours 7 blessés`).
    pub source_prepositions: &'static [&'static str],
    /// Words that mark an earlier figure in brackets (`prev`, `préc`):
    /// `31 blessés (précédent bilan 24)` is of the figure before it, where
    /// `40 blessés (bilan 3)` is the toll.
    pub earlier_words: &'static [&'static str],
    /// Verbs of counting (`counted`, `dénombré`): before the figure, the
    /// words before them name who counted, not who is counted; after it
    /// they are stop words.
    pub counting_verbs: &'static [&'static str],
    /// Metric words that are nouns (`deaths`, `arrests`): before the
    /// figure, the words before them say which (`heat deaths top 200`),
    /// where a verb's (`the quake killed 300`) name the cause.
    pub metric_nouns: &'static [&'static str],
    /// Text that marks a breakdown of the figure before (`of them`,
    /// `dont`): such a fragment borrows that figure's metric.
    pub breakdown_markers: &'static [&'static str],
    /// Phrases that stand for one at the start of a fragment, before a
    /// person or a metric word (`another`, `un autre`, `un`), longest first.
    pub singulars: &'static [&'static str],
    /// Words for none at the start of a fragment with a metric word (`no
    /// deaths`, `aucun mort`).
    pub zeros: &'static [&'static str],
    /// Words for two at the start of a fragment with a metric word (`both
    /// pilots killed`).
    pub pairs: &'static [&'static str],
    /// Words that name who gave a figure when they follow it in brackets
    /// or after a dash (`26 dead (state media)`, `- governor`); people who
    /// may be the ones counted (`police`, `residents`) are not among them.
    pub source_words: &'static [&'static str],
    /// Bodies that may also be the ones counted (`police`, `navy`): they
    /// say who gave the figure only when they are all a bracket or a
    /// dash after it holds (`33 dead – coast guard`, `(police)`).
    pub source_bodies: &'static [&'static str],
    /// Words just before a figure that refute it (`17 dead, not 71`, `et
    /// non 17`): a desk's correction, no claim.
    pub negations: &'static [&'static str],
    /// Words opening an entry as a header, with any number of theirs,
    /// before a colon (`UPDATE 2:`, `màj :`): no claim.
    pub headers: &'static [&'static str],
    /// Words after a header's or a line's time (`GMT`, `heure locale`)
    /// and before its number (`n°`), all part of the header.
    pub time_zones: &'static [&'static str],
    pub number_marks: &'static [&'static str],
    /// Words that stand for the people counted before (`another`,
    /// `autres`): a fragment naming no one else borrows their qualifier.
    pub others: &'static [&'static str],
    /// Endings of a plural noun (`s`): a person named with no figure nor
    /// marker of one ("the captain and 2 crew arrested", "shop owner
    /// detained") is one only when its noun has none of them. Empty: no
    /// noun alone counts one.
    pub plural_endings: &'static [&'static str],
    /// Endings that undo a plural ending (`boss`, `actress`: `-ss`).
    pub singular_endings: &'static [&'static str],
    /// Nouns of a group and words of quantity that count no one alone
    /// (`police`, `crew`, `many`).
    pub collective_nouns: &'static [&'static str],
    /// Whether a noun names the kind of the noun after it (`train
    /// passengers`); false where adjectives follow (`maisons détruites`).
    pub kind_before_noun: bool,
    /// Words that name what a figure counts, and so its metric, when the
    /// fragment has no metric word (`bodies recovered`, `gardes à vue`).
    pub bases: &'static [Basis],
    /// Phrases just before a figure that make it a change, not a total
    /// (`rose by`, `en hausse de`): quick entry refuses such a figure.
    pub changes: &'static [&'static str],
    /// Words after `a`/`un` that make it no figure (`a number of`, `un
    /// grand nombre`).
    pub not_singular_before: &'static [&'static str],
    /// Words between a part and the total it belongs to (`two children
    /// among 14 dead`): each figure is read in a fragment of its own.
    pub among: &'static [&'static str],
    /// Words naming people counted for no metric of the table (`rescued`,
    /// `casualties`, dead and injured together): a figure of them never
    /// borrows the metric of a figure beside it. A word written `^word`
    /// counts only right after the figure (`80 treated`).
    pub unmeasured: &'static [&'static str],
    /// Words opening a clause that tells how the total moved (`toll rises
    /// to 9 after 2 more die`): with a figure followed by one of
    /// `more_words` in it, the clause is a change and no part of the claim.
    pub change_openers: &'static [&'static str],
    pub more_words: &'static [&'static str],
    /// Words that say every one of those counted before (`all`, `tous`):
    /// a fragment opening with one and holding no figure nor metric word
    /// says who they were ("11 disparus, tous militaires").
    pub whole_words: &'static [&'static str],
    /// Phrases for most of those counted before (`most of them`, `pour la
    /// plupart`): a piece with one and no figure says how they were, an
    /// aside of the figure before.
    pub most_phrases: &'static [&'static str],
    /// Definite articles that name one person after a breakdown marker
    /// (`incl the seller`, `including the groom and eight children`).
    pub definites: &'static [&'static str],
    /// Nouns after such an article that name a thing of those counted
    /// (`dont le pronostic vital est engagé`): no one more.
    pub whose_nouns: &'static [&'static str],
    /// Nouns of held people that are also detention words (`détenus`,
    /// `detainees`): in a breakdown of another metric, who is counted.
    pub held_nouns: &'static [&'static str],
    /// Words that name one person opening a fragment beside a metric
    /// (`le syndic placé en garde à vue`, `son adjoint`): a definite or
    /// a possessive, each with its elision (`l'`) where the language has
    /// one.
    pub definite_ones: &'static [&'static str],
    /// Words that make what follows a complement of the noun before
    /// (`le directeur de l'hôpital`): a basis after them names no metric.
    pub noun_links: &'static [&'static str],
    /// Words between a place and its size (`town of 90k`, `ville de
    /// 90 000 habitants`): a figure after them counts no one.
    pub size_links: &'static [&'static str],
    /// Words of a scale whose figure after them is a degree, not a count
    /// (`magnitude 6.1`, `category 4 hurricane`, `niveau 3`).
    pub scale_words: &'static [&'static str],
    /// Verbs that give a count after them (`report`, `font état de`): an
    /// article of one right after them, before a metric word, is one
    /// (`police report a death`, `font état d'un mort`).
    pub reporting_verbs: &'static [&'static str],
    /// Words that, glued before a metric word by a hyphen, make it say the
    /// event did not happen (`near-drownings`, `quasi-noyade`).
    pub not_prefixes: &'static [&'static str],
    /// Whether a noun phrase's head comes first, adjectives after it
    /// (`frappe aérienne`), rather than last (`car bomb`).
    pub heads_first: bool,
    /// Nouns of the event a figure came out of (`in metro crash`, `after
    /// ammonia leak`): after the figure, they and the words since the
    /// preposition before them (`event_links`) name no one counted.
    pub event_nouns: &'static [&'static str],
    pub event_links: &'static [&'static str],
    /// A toll word and the link that names its event after it (`toll in`,
    /// `bilan de`): before the figure, from there to an event noun
    /// (`Toll in Belvik ferry sinking rises to 31`, `le bilan de
    /// l'effondrement`) names the event, not who is counted.
    pub tolls_of: &'static [&'static str],
    /// Words opening a clause of what was happening (`3 killed as police
    /// fire on mob`): in a quick entry, what follows is no one counted.
    pub clause_openers: &'static [&'static str],
    /// Words opening what caused the toll (`14 dead after bus plunges into
    /// gorge`): once the figure has its metric word or a qualifier, what
    /// follows is no one counted (`2 after being carried out` keeps it).
    pub cause_openers: &'static [&'static str],
    /// Hedges of more than one word (`are said to be in a critical
    /// condition`): no attribution, and no one counted, so only they go.
    pub hedges: &'static [&'static str],
    /// Words that leave out who follows them (`34 morts hors assaillants`,
    /// `excluding attackers`): they and the words after them, up to the
    /// next mark, name no one counted; ending a piece, the words before
    /// them (`l'assaillant non compris`).
    pub exclusions: &'static [&'static str],
    /// Words for the figure said just before (`autant`, `idem`), and the
    /// words after them that make them a count for a place (`à`, `in`).
    pub same_figure_words: &'static [&'static str],
    pub same_figure_links: &'static [&'static str],
    /// What may stand between that word and a metric word (`autant de
    /// blessés`), and what after the metric word makes it a comparison
    /// (`autant de morts que l'an dernier`, `as many dead as in 2019`).
    pub same_figure_of: &'static [&'static str],
    pub same_figure_comparisons: &'static [&'static str],
    /// Words for each of several places (`2 each in Brin and Cass`,
    /// `apiece`, `chacune`): one figure for every place listed.
    pub each_words: &'static [&'static str],
    /// Words matching figures to places in order (`31 and 14 injured in
    /// Tesk and Olvan respectively`).
    pub respective_words: &'static [&'static str],
    /// Words before who did it (`killed by Hamas and Hezbollah`): the
    /// names after them are no places.
    pub agent_words: &'static [&'static str],
    /// What is feared of the missing (`5 missing, presumed dead`): right
    /// after a missing word, the same people, no one more counted.
    pub missing_fates: &'static [&'static str],
    /// Units of an age typed glued to it (`34yo`, `34ans`): cut from it
    /// so it reads as an age (`48h` stays a time).
    pub age_units: &'static [&'static str],
    /// Where people die on the spot (`at the scene`, `inside`, `sur
    /// place`): after such a figure, one in a place of care died there too
    /// (`7 died inside, 2 in hosp`).
    pub scene_words: &'static [&'static str],
    /// Words for later (`2 later in hospital`): one who died there.
    pub later_words: &'static [&'static str],
    /// Words that make a metric word a projection (`200 could die`): no
    /// count.
    pub modals: &'static [&'static str],
    /// Animals right after a figure (`1,500 livestock dead`, `300 chèvres
    /// tuées`): no one a metric counts, whatever befell them.
    pub animal_nouns: &'static [&'static str],
    /// Words that make the metric verb after them an infinitive (`plan to
    /// kill 30`): an intent, no count.
    pub infinitive_markers: &'static [&'static str],
    /// The auxiliary that makes a modal a hedge on what happened (`may
    /// have died`, `pourraient avoir fait`): a count, hedged.
    pub perfect_auxiliaries: &'static [&'static str],
    /// Words between two figures that make a rate (`1 in 5`, `1 sur 5`):
    /// no count.
    pub rate_links: &'static [&'static str],
    /// How often (`per day`, `par semaine`): a figure followed by one is a
    /// rate, not a count (`12 killed per day`).
    pub per_times: &'static [&'static str],
    /// Joining words that add one more of the people counted before
    /// (`5 officers wounded, 2 seriously, plus a bystander`): one said
    /// after them takes the metric before.
    pub adders: &'static [&'static str],
    /// What a desk types for a figure not known yet (`injured tbc`,
    /// `missing: ?`): that metric has no claim.
    pub unknown_marks: &'static [&'static str],
}

impl Entry {
    /// Whether `word` (folded) ends as a plural: "drivers", "firemen",
    /// not "boss".
    pub fn is_plural(&self, word: &str) -> bool {
        self.plural_endings.iter().any(|e| word.ends_with(e))
            && !self.singular_endings.iter().any(|e| word.ends_with(e))
    }
}

/// Words naming a figure's metric by what is counted.
pub struct Basis {
    pub metric: &'static str,
    /// Groups of phrases (as typed: lower case, accents kept): one phrase
    /// of every group must be in the fragment; one ending in `$` only where
    /// it ends the fragment.
    pub all_of: &'static [&'static [&'static str]],
    pub qualifier: BasisQualifier,
}

/// What a basis leaves in the qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisQualifier {
    /// Nothing: the words only name the metric (`toll`, `ont péri`).
    Dropped,
    /// The words as typed (`gardes à vue`, `intensive care`).
    Kept,
    /// This label, whatever the words (`bodies recovered`), so a change of
    /// basis is never read as a revision.
    Named(&'static str),
}
