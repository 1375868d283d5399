//! A clause that claims a day: when a start or an arrival happened.

use super::window::{content_words, one_piece, relative_antecedent, subject_window};
use super::{Clause, Found};
use crate::domain::Value;
use crate::parse::date;
use std::ops::Range;

impl Clause<'_> {
    /// A date claim: the day named in the clause, resolved by its tense.
    pub(super) fn date(&self, metric: String, m: Range<usize>) -> Option<Found> {
        let text = &self.text;
        let tense = date::tense_of(text, self.lang);
        // The same rule as quick entry: a weekday named in that same day's
        // copy is that day ("a éclaté dimanche" in a Sunday paper is
        // today); "dimanche dernier" names the week before.
        let (span, range) = date::find_day(text, self.lang, Some(self.reference), tense)?;
        // Who or what arrived: the words before the verb.
        let window = one_piece(subject_window(text, m.start)..m.end.max(range.end));
        let mut qualifier = self.qualifier(&window, &self.blank, true);
        // "the eruption of Mount Teravu, which began on Sunday": what the
        // relative stands for, when nothing else names it.
        if qualifier.is_empty()
            && let Some(before) = relative_antecedent(self.s, self.clause.start + m.start)
        {
            qualifier = content_words(&self.s[before]);
        }
        let words = range.start.min(m.start)..range.end.max(m.end);
        Some(Found {
            metric,
            qualifier,
            text: text[range].trim().to_string(),
            value: Value::Date(span),
            span: self.shifted(words),
            day: None,
            breakdown: false,
        })
    }
}
