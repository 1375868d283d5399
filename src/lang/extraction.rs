//! The table of words `extract` reads articles with, one per language
//! (`Language::extraction`): kept apart from the other tables so each file
//! stays short.

/// Words `extract` reads articles with. Except the verbs of saying, they
/// are read in text of any language: articles mix them.
pub struct Extraction {
    /// Verbs of saying, as written (accents kept). Participles take their
    /// auxiliary into the span when it is there ("a annoncé").
    pub speech_verbs: &'static [&'static str],
    /// Words after a verb of saying that make it no saying (`claimed 40
    /// lives`), in any language.
    pub not_said_objects: &'static [&'static str],
    /// Verbs of saying that may put the claimant after them, after a comma.
    pub inverting_verbs: &'static [&'static str],
    /// Auxiliaries a verb of saying takes into its span (`has said`).
    pub auxiliaries: &'static [&'static str],
    /// Auxiliaries that let a verb open an inversion (`a indiqué X`).
    pub inverting_auxiliaries: &'static [&'static str],
    /// Words before a verb of saying that make it passive (`was said`).
    pub passive_markers: &'static [&'static str],
    /// Words before a verb of saying that make it reflexive (`s'est
    /// déclaré`): something broke out, no one said anything.
    pub reflexive_markers: &'static [&'static str],
    /// Phrases that put the claimant after them (`according to`).
    pub claimant_openers: &'static [&'static str],
    /// Words opening a clause that gives another voice (`although`).
    pub contrasts: &'static [&'static str],
    /// Words opening a clause (`that`, `tandis que`).
    pub clause_openers: &'static [&'static str],
    /// Elided clause openers (`qu'`).
    pub elided_clause_openers: &'static [&'static str],
    /// Words before a subject that are not part of it (`and`, `puis`).
    pub subject_openers: &'static [&'static str],
    /// Words of when before a subject (`earlier`, `later`): not part of
    /// it only before an article, a day or another opener (`Earlier on
    /// Tuesday the ministry`; `Later Day Saints Relief` is a name).
    pub time_openers: &'static [&'static str],
    /// Words that cannot end a claimant (`Officials have since said`).
    pub subject_tail: &'static [&'static str],
    pub articles: &'static [&'static str],
    /// Elided articles (`l'`).
    pub elided_articles: &'static [&'static str],
    /// Articles that describe rather than name (`un`, `a`): "Un
    /// responsable local, Abdoulaye Maïga, a fait état" logs the name.
    pub indefinite_articles: &'static [&'static str],
    pub possessives: &'static [&'static str],
    /// Pronouns standing for the claimant before.
    pub pronouns: &'static [&'static str],
    /// Phrases naming the claimant before (`same source`), and whole names
    /// that do (`source`).
    pub same_source: &'static [&'static str],
    pub source_words: &'static [&'static str],
    /// A head and a linking word: `ministère X` is one name unless `de`
    /// follows the head.
    pub single_name_heads: &'static [(&'static str, &'static str)],
    /// Words skipped before a claimant after its verb (`said on Friday`).
    pub claimant_skips: &'static [&'static str],
    /// Words that end the search for a claimant after a verb (`that`).
    pub complementizers: &'static [&'static str],
    /// Words after which an inverted claimant stops (`lors`, `during`).
    pub claimant_stops: &'static [&'static str],
    /// Days named relative to the article (`yesterday`), besides weekdays.
    pub named_days: &'static [&'static str],
    /// Forms of `be` and `have` that make a phrase a clause, not a role.
    pub be_have: &'static [&'static str],
    /// Words that open a clause comparing with the claim before
    /// (`up from`, `contre`): the same scope, so the same qualifier.
    pub comparisons: &'static [&'static str],
    /// Words that open a breakdown of the claim before (`dont`, `of whom`).
    pub breakdowns: &'static [&'static str],
    /// Words that say nothing about who is counted.
    pub qualifier_noise: &'static [&'static str],
    /// Units after a figure that make it no count (`years`, `km`, `%`).
    pub units: &'static [&'static str],
    /// Roles holding a word of the people counted for no metric
    /// (`Entry::unmeasured`) that name who may be counted: "two rescue
    /// workers" were killed, no one was rescued.
    pub unmeasured_roles: &'static [&'static str],
    /// Verbs that put people somewhere, said in the passive ("were moved",
    /// "were being housed"), links to where they went (`to`, `in`), places
    /// people shelter in (`school`, `stadium`), and people moved who are
    /// no displaced (`inmates`, `patients`): "About 60 people were moved
    /// to the village school" are displaced, whatever words name the
    /// place.
    pub shelter_verbs: &'static [&'static str],
    pub shelter_links: &'static [&'static str],
    pub shelter_places: &'static [&'static str],
    pub not_sheltered: &'static [&'static str],
    /// Words between two figures before a unit (`19 or 20 years`).
    pub figure_joiners: &'static [&'static str],
    /// Phrases before a figure that make it a norm or a rate (`an average
    /// of 380 deaths`, `one latrine for every 90 people`), not a count.
    pub baselines: &'static [&'static str],
    /// Nouns a number right after names rather than counts (`la
    /// départementale 557`, `le vol 302`): a label, no count.
    pub label_nouns: &'static [&'static str],
    /// Verbs that send people to the scene (`mobilisés`, `a engagé`):
    /// beside a figure, it counts rescuers or forces, not victims.
    pub deployment_verbs: &'static [&'static str],
    /// Such verbs only before the figure they send ("qui a engagé 85
    /// pompiers"; "le pronostic vital de trois blessés est engagé" sends
    /// no one).
    pub deployment_verbs_before: &'static [&'static str],
    /// Bounds that, after a linking verb and ending the clause, give an
    /// age (`the dead were over 75`).
    pub age_bounds: &'static [&'static str],
    /// Words before an age (`aged`).
    pub age_words: &'static [&'static str],
    /// Nouns of a person whose figure after `of` is an age ("a girl of
    /// nine").
    pub age_nouns: &'static [&'static str],
    /// Nouns of a parent whose figure after `of` counts their children
    /// ("a father of three", "père de trois enfants"): family, no toll.
    pub parent_nouns: &'static [&'static str],
    /// Words of the first person: a sentence wholly in quotes that holds
    /// one is a witness's anecdote ("We spent the night in the church with
    /// 300 other people."), not a count.
    pub first_person: &'static [&'static str],
    /// Words opening a clause of its own (`when`, `as`): a figure past one
    /// after the metric word, or one before it with `as`/`when` between,
    /// counts what that clause tells ("were killed when hundreds of
    /// prisoners stormed the gate", "Hundreds of relatives gathered as
    /// bodies were laid out"), not the metric's people. The first
    /// `before_subordinators` of them also cut a figure before the word.
    pub subordinators: &'static [&'static str],
    pub before_subordinators: usize,
    /// Nouns that name someone the story has already counted when said
    /// with a definite article (`the suspect`, `the man`): "the suspect was
    /// arrested" after "police arrested a man" counts no one more. Roles
    /// (`the owner`, `the captain`) are new people.
    pub back_references: &'static [&'static str],
    /// Verbs before a figure that make it a lower bound (`passed 100`).
    pub above_verbs: &'static [&'static str],
    /// Words before a figure that make it approximate (`nearly`).
    pub near_words: &'static [&'static str],
    /// Words after a metric word that say who is counted (`among`).
    pub among: &'static [&'static str],
    /// Words before a past year that make a sentence background (`in 2015`).
    pub background_year_words: &'static [&'static str],
    /// Relative words that start a subject anew (`where`, `qui`).
    pub relatives: &'static [&'static str],
    /// Linking verbs that are no subject (`est`, `is`, `s'est`).
    pub linking_verbs: &'static [&'static str],
    /// Abbreviations whose dot ends no sentence (`Mr.`, `Mme.`).
    pub abbreviations: &'static [&'static str],
    /// Metric words read in articles only: (metric, words).
    pub extra_metrics: &'static [(&'static str, &'static [&'static str])],
    /// Whether a claimant named with a lower-case description before it
    /// (`ministry spokesman Farid Osei`) or a role in apposition (`the
    /// agency's head, Colonel Ravi Anand`) is logged by the name alone.
    pub name_without_role: bool,
    /// Whether a headline's attribution is its figures' claimant. French
    /// headlines name a source (`61 morts selon l'ONU`); English ones say
    /// `…, officials say` and leave the source to the story, so their
    /// figures are logged as the outlet's own.
    pub headline_claimants: bool,
    /// Lower-case words a name may hold (`of`, `de`): they do not end it.
    pub name_links: &'static [&'static str],
    /// Words opening a phrase that relays someone else (`citing`).
    pub citing_words: &'static [&'static str],
    /// Relative pronouns standing for the phrase before a comma (`qui`).
    pub relative_subjects: &'static [&'static str],
    /// Relative pronouns after a claimant opener that stand for the
    /// claimant named just before their comma (`, selon lequel`,
    /// `, according to which`).
    pub opener_relatives: &'static [&'static str],
    /// An earlier event named as such (`la précédente attaque`): a
    /// sentence naming one before its first figure tells that event's toll.
    pub earlier_events: &'static [&'static str],
    /// Phrases after which the people a figure counts were only there
    /// (`en présence de plusieurs dizaines d'habitants`).
    pub presence_phrases: &'static [&'static str],
    /// An inverted auxiliary and its pronoun (`a-t-il` → `il`).
    pub inverted_pronouns: &'static [(&'static str, &'static str)],
    /// Words that put the addressee after a verb of saying (`à l'AFP`).
    pub addressee_markers: &'static [&'static str],
    /// Nouns naming a report, not its author (`bilan`, `figures`).
    pub report_nouns: &'static [&'static str],
    /// Words after a report noun that name its author (`par`, `of`).
    pub report_authors: &'static [&'static str],
    /// Words right after a report noun that name its source (`toll from
    /// the ministry`).
    pub report_sources: &'static [&'static str],
    /// Metric words that also say who or what is counted, and the
    /// qualifier they give (`bodies` → `bodies recovered`, `centres
    /// d'accueil`, `gardes à vue`).
    pub kept_metric_words: &'static [(&'static str, &'static str)],
    /// Words beside a kept metric word that add to its qualifier, and the
    /// word they add (`repêché` → `repêchés`).
    pub basis_words: &'static [(&'static str, &'static str)],
    /// Nouns of things, not people: a figure they follow counts them
    /// (`two earthquakes`, `14 carriages`, `plusieurs résidences`).
    pub thing_nouns: &'static [&'static str],
    /// Phrases that set a sentence in an earlier event when a figure
    /// follows them (`avait fait 140 morts`), or anywhere (`last year`).
    pub background_before_figure: &'static [&'static str],
    pub background_phrases: &'static [&'static str],
    /// Phrases that set a clause's count in an earlier period (`last
    /// year`) unless they date a happening in it.
    pub background_in_clause: &'static [&'static str],
    /// Phrases that say the people counted are alive (`found alive`): the
    /// clause counts no victims.
    pub alive_phrases: &'static [&'static str],
    /// Words between a bounding verb and its figure (`dépasse désormais
    /// les 1 200`).
    pub figure_fillers: &'static [&'static str],
    /// Words a list item may open with before its figure (`all`, `soit`).
    pub list_lead_words: &'static [&'static str],
    /// Words opening a clause that says one more shared the fate of the
    /// claim before (`Both drivers were among the dead, as was a
    /// conductor`): the one they name takes its metric.
    pub same_fate_openers: &'static [&'static str],
    /// Prepositions of place after a list item's figure (`in`, `dans`).
    pub place_prepositions: &'static [&'static str],
    /// Where the people counted were when it befell them, after the
    /// metric word and a place preposition (`died in hospital`, `at the
    /// scene`): the word goes to the qualifier.
    pub care_places: &'static [&'static str],
    /// Words of a way to a place of care that stand for a preposition of
    /// place before it ("died on the way to hospital").
    pub care_routes: &'static [&'static str],
    /// The words a toll moved from and to between two figures ("risen
    /// from two to five"): (before the first, between them).
    pub toll_moves: &'static [(&'static str, &'static str)],
    /// Words after a metric word that give a cause, not who is counted
    /// (`death toll from the earthquakes`).
    pub cause_markers: &'static [&'static str],
    /// Openings of a partitive header (`of the`, `parmi les`).
    pub partitive_headers: &'static [&'static str],
    /// Headers opening a sentence that stand for the figure of the sentence
    /// before (`Of those, 188 were children`, `Parmi eux`): its breakdown.
    pub carried_headers: &'static [&'static str],
    /// Superlatives that make a past year a comparison, not a setting
    /// (`the deadliest since 2010`, `le plus meurtrier depuis 2010`).
    pub superlatives: &'static [&'static str],
    /// Words before `in`/`since` and a past year that make the year describe
    /// something of the story (`built in 1960`, `au pouvoir depuis 2019`).
    pub dated_descriptions: &'static [&'static str],
    /// The words for since before such a year (`since`, `depuis`).
    pub since_words: &'static [&'static str],
    /// Nouns of an event whose start a day after `since_words` dates
    /// ("tuées depuis dimanche dans des violences", "les pluies qui
    /// s'abattent depuis samedi"): a start claim beside the toll.
    pub event_nouns: &'static [&'static str],
    /// Nouns of an event's first sign ("depuis son apparition, le 4
    /// novembre", "depuis la détection du premier cas, le 8 juillet"):
    /// the day set off after them dates the start of the event the
    /// sentence opens on.
    pub onset_nouns: &'static [&'static str],
    /// Nouns naming a body by its kind alone (`l'organisation`): they
    /// stand for the body named last by its own name.
    pub body_kinds: &'static [&'static str],
    /// Nouns naming a person by the kind of office alone, with the first
    /// words of the titles they stand for (`le magistrat` after `le
    /// procureur de la République de …`).
    pub office_kinds: &'static [(&'static str, &'static [&'static str])],
    /// Phrases of a state only the living are in (`en réanimation`, `état
    /// grave`): a figure said with one takes no deaths from the claim
    /// before ("un élève mort, neuf en réanimation").
    pub living_states: &'static [&'static str],
    /// Metric words that count the dead only when the sentence does not
    /// make them a total of casualties (`victimes`): no word of care for
    /// the living in the sentence (`hinted`: `hôpital`, `état grave`), and
    /// no breakdown after them into the dead and the injured (`15
    /// victimes, dont 2 morts et 13 blessés`: a `split`, then a `part`).
    /// "Une victime, quatre blessés" lists the dead beside the injured.
    pub casualty_words: &'static [&'static str],
    pub casualty_hints: &'static [&'static str],
    pub casualty_splits: &'static [&'static str],
    pub casualty_parts: &'static [&'static str],
    /// Metric words that name who is counted as much as what befell them
    /// (`refugees`, `victimes`): another metric word of the clause wins.
    pub weak_metric_words: &'static [&'static str],
    /// Metric words that name people by a status they were in before the
    /// story (`détenus`: inmates): beside a metric word of what befell them
    /// they are its qualifier, and alone they count only in a sentence
    /// that names the metric with another word (an arrest).
    pub status_metric_words: &'static [&'static str],
    /// Metric words that say people are in care (`hospitalisés`, and the
    /// metric words they open, `hospitalisés en réanimation`): the
    /// injured, unless the sentence names the sick (`sick_words`), whose
    /// care says nothing of an injury.
    pub care_metric_words: &'static [&'static str],
    /// Words between a figure and its unit (`les cinq derniers
    /// kilomètres`): the figure is still the unit's.
    pub before_unit_words: &'static [&'static str],
    /// Metric words, each with the words of a sentence that refuse it:
    /// the care of the sick is no injury (`malades`), a suspect still
    /// sought is no one missing (`complice`).
    pub metric_word_refusals: &'static [(&'static [&'static str], &'static [&'static str])],
    /// Phrases after which a metric word names a place or a status, not
    /// people counted (`camp de réfugiés`).
    pub not_metric_after: &'static [&'static str],
    /// Relatives standing for a place named before their comma (`where`,
    /// `où`).
    pub place_relatives: &'static [&'static str],
    /// Nouns of an area within the story's (`province`, `région`): a place
    /// after a metric word that names one is where that part was counted.
    pub area_nouns: &'static [&'static str],
    /// Verbs between a partitive header's total and the part it names
    /// (`Among the 26 dead were four children`).
    pub header_verbs: &'static [&'static str],
    /// Words opening a subject of one (`a`, `one`, `un`, `le`).
    pub singular_markers: &'static [&'static str],
    /// Words standing for one right before a singular metric word, as the
    /// object of a verb (`a fait un mort`, `left one dead`).
    pub object_markers: &'static [&'static str],
    /// Words opening a subject of one more (`another`, `un autre`): with
    /// no noun, it counts what the claim before counted.
    pub another_markers: &'static [&'static str],
    /// Verbs that leave people in a state named after them (`leaves 13
    /// inmates and two guards dead`): their objects are a list before its
    /// metric word.
    pub result_verbs: &'static [&'static str],
    /// Active metric verbs whose object may be the one counted
    /// (`arrested a 23-year-old man`, `killing a police officer`).
    pub object_verbs: &'static [&'static str],
    /// Words after a person that open what is said of them, not who they
    /// are (`a man suspected of arson`).
    pub person_tails: &'static [&'static str],
    /// Endings of a participle that describes a person after their noun
    /// (`a worker clearing a drain`), and words with that ending that are
    /// none (`morning`).
    pub describing_endings: &'static [&'static str],
    pub describing_exceptions: &'static [&'static str],
    /// Singular forms of `be` before a metric word (`was`, `a été`).
    pub singular_verbs: &'static [&'static str],
    /// Adverbs between them and the metric word (`seriously`).
    pub singular_adverbs: &'static [&'static str],
    /// Metric words that count one by themselves: singular participles
    /// (`tué`, `blessée`) and verbs that take no object (`died`).
    pub singular_metric_words: &'static [&'static str],
    /// Active verbs whose subject did the counting (`Police arrested
    /// five`): with no attribution, that subject is the claimant.
    pub actor_verbs: &'static [&'static str],
    /// Endings of an owner's word before a person ("maker's owner
    /// arrested"): the owner names no one counted.
    pub possessive_endings: &'static [&'static str],
    /// Words opening an aside between the subject and its speech verb
    /// ("X, joint par téléphone, a fait état de", "X, reached by phone,
    /// said"): the subject is the phrase before the aside.
    pub subject_asides: &'static [&'static str],
    /// Metric words that count only right after a passive marker (`a été
    /// arrêté`): elsewhere they are a noun or another verb (`un arrêté
    /// préfectoral`, `le train s'est arrêté`).
    pub passive_only_metric_words: &'static [&'static str],
    /// Words that may follow a verb of saying without naming anyone (`pour
    /// sa part`, `de son côté`): "Le syndicat, qui …, affirme pour sa part
    /// que" keeps its subject before the verb.
    pub verb_asides: &'static [&'static str],
}
