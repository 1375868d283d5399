//! Candidate claims in an article's text, for `claimlog extract`.
//!
//! Pure code: the text, its language, the lexicon and the publication day go
//! in; candidates with their sentence and character span come out. The
//! pipeline reuses the quick-entry readers so an extracted claim reads
//! exactly as the same words typed into `claimlog add` would:
//!
//! 1. the text is cut into sentences (terminal punctuation, line breaks);
//! 2. each sentence's attributions are found ("the Interior Ministry said
//!    on Saturday", "selon la même source", "a annoncé jeudi le préfet");
//! 3. the sentence is cut into clauses with `entry::split_fragments`;
//! 4. a clause with a metric word and a quantity (or a day, for date
//!    metrics) is a candidate; a clause with a quantity but no metric word
//!    borrows the metric of the claim before it only when it opens as a
//!    breakdown or a comparison ("dont 103 à Almaty", "about 400 of whom",
//!    "up from 3,811");
//! 5. the qualifier is what `entry::parse_fragment` keeps from the claim's
//!    own words, once attribution and other figures are blanked out.
//!
//! Numbers with no metric word in their clause (years, ages, prices,
//! percentages, hours) never become candidates, and figures followed by a
//! unit (`68 ans`, `15 percent`, `120 tenge`) are ignored even beside one.
//!
//! The text is read as a stream: `Extractor::feed` takes it in pieces of
//! any size, cuts off the sentences that are complete and forgets them, so
//! time is linear in the text and memory holds one sentence plus a short
//! list of recent claimants. `sentences` says why a sentence cut made on a
//! prefix is the one the whole text would give.

mod actors;
mod ages;
mod attribution;
mod care;
mod claimant;
mod clause;
pub mod html;
mod joins;
mod lists;
mod resolve;
mod roles;
mod said_day;
mod scene;
mod sentences;
mod since;
mod singular;
mod subject;
mod toll_aside;
mod traps;
mod words;

use crate::domain::Value;
use crate::lang::{ALL, Lang};
use crate::parse::entry::split_fragments;
use crate::parse::lexicon::{Alias, Lexicon};
use actors::actor_before;
use attribution::{attributions, pick_attribution};
use chrono::NaiveDate;
pub use claimant::normalise_claimant;
use clause::{Borrowed, read_clause};
use joins::{
    is_and, join_split_subjects, split_breakdowns, split_header_items, split_partitive_headers,
};
use lists::{is_located_item, is_partitive_header, metric_ahead, opens_with_carried_header};
pub use sentences::MAX_SENTENCE;
use std::ops::Range;
use traps::is_background;

/// One candidate claim found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub metric: String,
    pub qualifier: String,
    /// The value's own words, as written (`au moins 26`, `jeudi`).
    pub text: String,
    pub value: Value,
    /// Who the sentence attributes the claim to; empty when unattributed.
    pub claimant: String,
    /// Whom the claimant relays ("X, citing Y", "selon X, citant Y").
    pub citing: String,
    /// The day the claimant said it, when the sentence names one.
    pub said_at: Option<NaiveDate>,
    /// The day the figure describes when its clause names one ("up from
    /// 7,939 on Monday", "Dès jeudi, … 1 000 blessés"), else `said_at`.
    pub as_of: Option<NaiveDate>,
    /// The sentence, trimmed.
    pub sentence: String,
    /// The claim's words as written (the text under `span`).
    pub words: String,
    /// Character offsets (not bytes) of the claim's words in the whole text:
    /// from the first to the last of its value and metric word.
    pub span: (usize, usize),
}

/// The lexicon used for extraction: `aliases` (built-in or the database's)
/// plus each language's extra metric words (`Extraction::extra_metrics`:
/// inflections such as "kills", set phrases such as "ont trouvé la mort")
/// for the metrics they name, skipping words already there.
pub fn extraction_lexicon(aliases: Vec<Alias>) -> Lexicon {
    let mut all = aliases;
    let extra = ALL.iter().flat_map(|l| {
        let words = l.extraction.extra_metrics.iter();
        words.flat_map(move |(metric, words)| words.iter().map(move |w| (metric, l.code(), w)))
    });
    for (metric, lang, word) in extra {
        let Some(kind) = all.iter().find(|a| a.metric == *metric).map(|a| a.kind) else {
            continue;
        };
        if all
            .iter()
            .any(|a| a.word.to_lowercase() == word.to_lowercase())
        {
            continue;
        }
        all.push(Alias {
            word: (*word).to_string(),
            lang: (*lang).to_string(),
            metric: (*metric).to_string(),
            kind,
        });
    }
    Lexicon::new(all).exact()
}

/// How many distinct claimants are remembered for "the ministry" / "la
/// même source": enough for any article, and it keeps memory and the
/// look-up bounded on a long stream of articles.
const HISTORY: usize = 64;

/// Finds every candidate claim in `text`. Weekdays are resolved against
/// `reference` (the publication day, else today); `published` says whether
/// that day is known, in which case it is also each claim's default said_at.
pub fn extract(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    published: bool,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut extractor = Extractor::new(lang, lexicon, reference, published);
    let mut keep = |c| {
        out.push(c);
        Ok::<(), std::convert::Infallible>(())
    };
    let _ = extractor.feed(text, &mut keep);
    let _ = extractor.finish(&mut keep);
    out
}

/// What went wrong while extracting from a stream: a sentence too long to
/// be article text (at which character it starts), or the caller's own
/// error from handling a candidate.
#[derive(Debug)]
pub enum StreamError<E> {
    SentenceTooLong { at: usize },
    Emit(E),
}

/// Extraction over a text that arrives in pieces.
pub struct Extractor<'a> {
    lang: Lang,
    lexicon: &'a Lexicon,
    reference: NaiveDate,
    published: bool,
    /// Claimants named so far, most recent last, each once.
    history: Vec<String>,
    /// Bodies named in full in the text so far ("Kelby General
    /// Hospital"), most recent last.
    bodies: Vec<String>,
    /// The last count claim of the sentence before (metric, kind,
    /// qualifier) and its claimant: what "Of those, 188 were children"
    /// breaks down, said by the same voice unless it names another.
    last_count: Option<((String, crate::domain::Kind, String), String)>,
    /// Count claims emitted so far (metric, value, qualifier, claimant),
    /// most recent last, at most `HISTORY`: a partitive header restating
    /// one ("Of the 86 deaths, 23 were children, it said") is no new claim.
    emitted: Vec<(String, Value, String, String)>,
    /// Whether no sentence has been read yet: the first, when it ends
    /// without a full stop, is the headline.
    first: bool,
    /// Text read whose sentences are not known to be complete yet.
    pending: String,
    /// Characters of the text before `pending`.
    base: usize,
    /// Cut `pending` again once it reaches this length, so a long sentence
    /// is not rescanned for every small piece fed.
    next_scan: usize,
    /// How much new text to gather before cutting again (`SCAN_STEP`; small
    /// in tests, to cut at every point).
    step: usize,
}

/// How much new text to gather before cutting sentences again.
const SCAN_STEP: usize = 64 * 1024;

impl<'a> Extractor<'a> {
    pub fn new(
        lang: Lang,
        lexicon: &'a Lexicon,
        reference: NaiveDate,
        published: bool,
    ) -> Extractor<'a> {
        Extractor {
            lang,
            lexicon,
            reference,
            published,
            history: Vec::new(),
            bodies: Vec::new(),
            last_count: None,
            emitted: Vec::new(),
            first: true,
            pending: String::new(),
            base: 0,
            next_scan: SCAN_STEP,
            step: SCAN_STEP,
        }
    }

    #[cfg(test)]
    fn with_step(mut self, step: usize) -> Self {
        self.step = step;
        self.next_scan = step;
        self
    }

    /// Takes the next piece of the text; `emit` gets each candidate of the
    /// sentences it completes, in order.
    pub fn feed<E>(
        &mut self,
        piece: &str,
        emit: &mut impl FnMut(Candidate) -> Result<(), E>,
    ) -> Result<(), StreamError<E>> {
        self.pending.push_str(piece);
        if self.pending.len() < self.next_scan {
            return Ok(());
        }
        self.scan(false, emit)
    }

    /// The end of the text: its last sentences.
    pub fn finish<E>(
        mut self,
        emit: &mut impl FnMut(Candidate) -> Result<(), E>,
    ) -> Result<(), StreamError<E>> {
        self.scan(true, emit)
    }

    /// Cuts `pending` into sentences and reads every complete one; at the
    /// end of the text the last one is complete too.
    fn scan<E>(
        &mut self,
        end: bool,
        emit: &mut impl FnMut(Candidate) -> Result<(), E>,
    ) -> Result<(), StreamError<E>> {
        let pending = std::mem::take(&mut self.pending);
        let mut cuts = sentences::sentences(&pending);
        // The last sentence may run on into text not read yet.
        let held = if end { None } else { cuts.pop() };
        // Byte and character offset of a point already passed in `pending`.
        let mut cursor = (0, self.base);
        let mut advance = |to: usize| {
            cursor.1 += pending[cursor.0..to].chars().count();
            cursor.0 = to;
            cursor.1
        };
        for range in cuts {
            let start = advance(range.start);
            if range.len() > MAX_SENTENCE {
                return Err(StreamError::SentenceTooLong { at: start });
            }
            self.sentence(&pending[range], start, emit)
                .map_err(StreamError::Emit)?;
        }
        let keep = held.map_or(pending.len(), |r| r.start);
        self.base = advance(keep);
        self.pending = pending[keep..].to_string();
        if self.pending.len() > MAX_SENTENCE {
            return Err(StreamError::SentenceTooLong { at: self.base });
        }
        self.next_scan = self.pending.len() + self.step;
        Ok(())
    }

    /// The candidates of one sentence, which starts at character `start`
    /// of the text.
    fn sentence<E>(
        &mut self,
        s: &str,
        start: usize,
        emit: &mut impl FnMut(Candidate) -> Result<(), E>,
    ) -> Result<(), E> {
        let (lang, lexicon, reference) = (self.lang, self.lexicon, self.reference);
        // "Heatwave deaths pass 200, officials say": where the language's
        // headlines leave the source to the story, a headline's figures are
        // the outlet's own.
        let headline = std::mem::take(&mut self.first)
            && !lang.extraction.headline_claimants
            && !s.trim_end().ends_with(['.', '!', '?', '"', '”', '»']);
        let mut named = Vec::new();
        let mut attributions = attributions(s, lang, reference, &self.history, &mut named);
        // "…, died in Kelby General Hospital, the hospital said": a body
        // named by its kind is the one named in full before.
        self.bodies.extend(resolve::body_names(s));
        for a in &mut attributions {
            if let Some(full) = resolve::named_body(&a.claimant, &self.bodies) {
                a.claimant = full;
            }
        }
        let over = self.bodies.len().saturating_sub(HISTORY);
        self.bodies.drain(..over);
        self.remember(named);
        let sentence_before = self.last_count.as_ref().map(|c| c.0.0.clone());
        let carried = std::mem::take(&mut self.last_count).filter(|_| opens_with_carried_header(s));
        if is_background(s, lang, reference) {
            return Ok(());
        }
        let carried_claimant = carried.as_ref().map(|c| c.1.clone());
        let mut previous: Option<(String, crate::domain::Kind, String)> =
            carried.as_ref().map(|c| c.0.clone());
        // Where the last clause with a claim ended, whether that claim was a
        // breakdown, and whether it opened a list ("detained two co-owners",
        // "including five women": more people may be joined to it).
        let mut previous_end: Option<(usize, bool, bool)> = None;
        // Whether the last claim read counts one person.
        let mut last_one = false;
        let clauses = join_split_subjects(s, split_fragments(s, lang, lexicon), lang, lexicon);
        let clauses = split_partitive_headers(s, clauses, lang, lexicon);
        let clauses = split_breakdowns(s, clauses, lang, lexicon);
        let clauses = split_header_items(s, clauses, lang, lexicon);
        let mut named_before: Option<String> = carried.map(|c| c.0.0);
        // Each claim of the sentence (its words, metric and value): one read
        // twice (an item of an apposition, and joined to the list before
        // it) is one claim.
        let mut read_at: Vec<(Range<usize>, String, Value)> = Vec::new();
        // "tuées depuis dimanche dans des violences": the start of the
        // event, dated once, beside the first toll.
        let mut dated = false;
        let mut last_claimant: Option<String> = None;
        // Where the last exact total a verb's object counted ends, and the
        // total ("arrested three people, the owner and two engineers").
        let mut object_total: Option<(usize, f64)> = None;
        let mut bare_total: Option<roles::BareTotal> = None;
        for (i, clause) in clauses.iter().enumerate() {
            let clause = clause.clone();
            // "400 of whom were in hospital and 62 in intensive care": a bare
            // figure joined by and/et to a breakdown is one more breakdown.
            let chained = previous_end.is_some_and(|(end, breakdown, _)| {
                breakdown && is_and(&s[end.min(clause.start)..clause.start])
            });
            let borrowed = Borrowed {
                ahead: metric_ahead(s, &clauses[i + 1..], lang, lexicon),
                before: named_before.clone(),
                after_header: i > 0 && is_partitive_header(&s[clauses[i - 1].clone()]),
                and_before: i > 0 && is_and(&s[clauses[i - 1].end.min(clause.start)..clause.start]),
                // "The dead were two workers, | a truck driver | and a
                // woman": an item after a comma, when "and" closes the series.
                joined_to_list: previous_end.is_some_and(|(end, _, list)| {
                    let gap = &s[end.min(clause.start)..clause.start];
                    let series = gap.trim() == ","
                        && i > 0
                        && joins::names_series(&s[clauses[i - 1].clone()], lang, lexicon)
                        && clauses
                            .get(i + 1)
                            .is_some_and(|next| is_and(&s[clause.end.min(next.start)..next.start]));
                    // "a été placé en garde à vue, ainsi que son matelot": a
                    // joiner of more than a word adds to any claim.
                    (list && (is_and(gap) || series)) || joins::adds_to(gap)
                }),
                and_after: clauses
                    .get(i + 1)
                    .is_some_and(|next| is_and(&s[clause.end.min(next.start)..next.start])),
                heads_list: clauses
                    .get(i + 1)
                    .is_some_and(|next| is_located_item(&s[next.clone()], lang, lexicon)),
                sentence_before: sentence_before.clone(),
            };
            if let Some(m) = lexicon.find(&s[clause.clone()], lang)
                && m.kind == crate::domain::Kind::Count
            {
                named_before = Some(m.metric);
            }
            let read = |text: &str, range: Range<usize>| {
                read_clause(
                    text,
                    range,
                    lang,
                    lexicon,
                    reference,
                    &attributions,
                    &previous,
                    chained,
                    &borrowed,
                )
            };
            let found = read(s, clause.clone());
            // "Le conducteur, légèrement blessé, | a été placé en détention":
            // the predicate read with the subject over the aside.
            let found = match joins::subject_past_metric_aside(s, &clauses, i, lang, lexicon) {
                Some((blanked, range)) if found.is_empty() => read(&blanked, range),
                _ => found,
            };
            // "The toll from the sequence, | … included, | now stands at 1,846".
            let found = match toll_aside::toll_past_asides(s, &clauses, i, lang, lexicon) {
                Some((blanked, range)) if found.is_empty() => read(&blanked, range),
                _ => found,
            };
            // "depuis le début de l'offensive, | le 24 février": a day in
            // apposition, which the claims after it do not continue.
            let apposed = found.is_empty();
            let found = if apposed {
                since::apposed_start(s, &clauses, i, lang, lexicon, reference)
                    .into_iter()
                    .collect()
            } else {
                joins::without_apposed_ones(s, found)
            };
            let mut found = roles::without_named_roles(s, &clause, bare_total.as_ref(), found);
            bare_total = roles::bare_total(s, &clause, &found, lang, lexicon);
            let toll = found
                .iter()
                .any(|f| f.value.kind() == crate::domain::Kind::Count);
            if toll && !std::mem::replace(&mut dated, true) && !headline {
                let kind = |f: &clause::Found| {
                    lexicon.kind_of(&f.metric) == Some(crate::domain::Kind::Date)
                };
                if !found.iter().any(kind)
                    && let Some(start) = since::since_day_start(s, lang, reference)
                {
                    found.push(start);
                }
            }
            if found.is_empty() {
                // "figurent le boulanger, | âgé de 54 ans, | et une cliente":
                // an aside with no count and no metric word leaves the list
                // open past it.
                let after_one = previous_end.is_some() && last_one;
                let aside =
                    joins::describes_one_before(&s[clause.clone()], lang, lexicon, after_one);
                previous_end = previous_end
                    .filter(|&(end, _, list)| {
                        list && aside && s[end.min(clause.start)..clause.start].trim() == ","
                    })
                    .map(|(_, breakdown, list)| (clause.end, breakdown, list));
                continue;
            }
            let several = found.len() > 1;
            for found in found {
                let at = (
                    found.span.clone(),
                    found.metric.clone(),
                    found.value.clone(),
                );
                // "Les victimes, un chauffeur et un passager, ont été tuées":
                // the passenger read in the apposition and as a subject of
                // the verb, from the same marker, is one claim.
                if read_at
                    .iter()
                    .any(|r| r.0.start == at.0.start && r.1 == at.1 && r.2 == at.2)
                {
                    continue;
                }
                read_at.push(at);
                // "detained the club's two co-owners": the metric word
                // before the figure, whose list may go on.
                let object = !s[found.span.clone()].starts_with(found.text.as_str());
                let exact = match &found.value {
                    Value::Count(c) if c.low.is_some() && c.low == c.high && !c.approx => c.low,
                    _ => None,
                };
                if let (Some(_), Some((end, total))) = (exact, object_total)
                    && joins::recounts_total(s, end, total, &found.span, lang)
                {
                    continue;
                }
                if let Some(n) = exact.filter(|_| object && !found.breakdown) {
                    object_total = Some((found.span.end, n));
                }
                // "de même qu'un baigneur et une fillette": one sharing the
                // fate of those before opens a list too.
                let same_fate = joins::same_fate_opening(&s[clause.clone()]).is_some();
                let list = found.value.kind() == crate::domain::Kind::Count
                    && (found.breakdown || object || borrowed.joined_to_list || same_fate);
                previous_end = Some((clause.end, found.breakdown, list));
                last_one = found.value == Value::Count(singular::one());
                // "perished in the wildfire that broke out on Thursday, …,
                // up from 11": the count is what a comparison continues.
                // "Quatre personnes, dont un enfant, ont été tuées et 47
                // autres blessées": the others are more than the total,
                // not than the one in its breakdown.
                let part = several && found.breakdown;
                if !apposed
                    && !part
                    && (!several || found.value.kind() == crate::domain::Kind::Count)
                {
                    previous = Some((
                        found.metric.clone(),
                        found.value.kind(),
                        found.qualifier.clone(),
                    ));
                }
                let attribution = pick_attribution(&attributions, &clause, &found.span);
                let said_at = attribution
                    .and_then(|a| a.day)
                    .or(self.published.then_some(reference));
                let as_of = found.day.or(said_at);
                // "Police detained the plant's manager | and two shift
                // supervisors": a list the claim before opened keeps its
                // claimant.
                let listed = borrowed.joined_to_list.then(|| last_claimant.clone());
                let claimant = attribution
                    .map(|a| a.claimant.clone())
                    .or_else(|| actor_before(s, clause.start, found.span.start))
                    .or(listed.flatten())
                    .or_else(|| carried_claimant.clone())
                    .filter(|_| !headline)
                    .unwrap_or_default();
                last_claimant = Some(claimant.clone()).filter(|c| !c.is_empty());
                // A breakdown in the next sentence breaks down a total.
                if found.value.kind() == crate::domain::Kind::Count && !found.breakdown {
                    self.last_count = Some((
                        (
                            found.metric.clone(),
                            found.value.kind(),
                            found.qualifier.clone(),
                        ),
                        claimant.clone(),
                    ));
                }
                let key = (
                    found.metric.clone(),
                    found.value.clone(),
                    found.qualifier.clone(),
                    claimant.clone(),
                );
                let header = is_partitive_header(&s[clause.clone()]) && !found.breakdown;
                if header && self.emitted.contains(&key) {
                    continue;
                }
                if found.value.kind() == crate::domain::Kind::Count {
                    self.emitted.retain(|k| *k != key);
                    self.emitted.push(key);
                    let over = self.emitted.len().saturating_sub(HISTORY);
                    self.emitted.drain(..over);
                }
                // A span is never inverted; should a reader ever give one,
                // the claim keeps its start and no words rather than panic.
                let from = start + char_at(s, found.span.start);
                let to = (start + char_at(s, found.span.end)).max(from);
                emit(Candidate {
                    metric: found.metric,
                    qualifier: found.qualifier,
                    text: found.text,
                    value: found.value,
                    claimant,
                    citing: attribution.map(|a| a.citing.clone()).unwrap_or_default(),
                    said_at,
                    as_of,
                    sentence: s.trim().to_string(),
                    words: s.chars().skip(from - start).take(to - from).collect(),
                    span: (from, to),
                })?;
            }
        }
        Ok(())
    }

    /// Adds a sentence's claimants to the history: a name said again moves
    /// to the end (so the most recent match is still the one found), and
    /// the oldest are forgotten beyond `HISTORY`.
    fn remember(&mut self, named: Vec<String>) {
        for name in named {
            self.history.retain(|h| *h != name);
            self.history.push(name);
        }
        let over = self.history.len().saturating_sub(HISTORY);
        self.history.drain(..over);
    }
}

/// The character offset of byte `byte` in `s` (characters starting before
/// it).
fn char_at(s: &str, byte: usize) -> usize {
    s.char_indices().take_while(|&(b, _)| b < byte).count()
}

#[cfg(test)]
mod tests;
