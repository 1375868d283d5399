//! A clause with figures and no metric word of its own: a breakdown,
//! a comparison or an item of a list, read with the claim before.

use super::*;

impl Clause<'_> {
    /// A clause with figures but no metric word: a breakdown or comparison
    /// of the claim before ("dont 103 à Almaty", "up from 3,811"), or an
    /// item of a list whose metric is written once ("261 in Sareth and 97
    /// in Ilm", "Nineteen women, eight men and four children were …").
    pub(super) fn without_metric_word(
        &self,
        previous: &Option<(String, Kind, String)>,
        chained: bool,
        borrowed: &Borrowed,
    ) -> Option<Found> {
        // "Forty people were rescued and 12 others died": people counted
        // for no metric take none from the claims beside them.
        let dead_before = previous.as_ref().is_some_and(|p| p.0 == "deaths");
        // "50 residents who escaped were being housed in a sports centre":
        // people put under another roof are displaced whatever befell
        // them before.
        if let Some(sheltered) = self.sheltered() {
            return Some(sheltered);
        }
        // "en présence du maire | et de plusieurs dizaines d'habitants".
        if unmeasured_one(&self.text, self.lang)
            || crate::extract::scene::present_at(self.s, self.clause.start)
            || unmeasured_ahead(self.s, self.clause.end, self.lang, self.lexicon)
            || (dead_before && bare_living(&self.text, self.lang))
        {
            return None;
        }
        let before = previous
            .as_ref()
            .filter(|p| p.1 == Kind::Count)
            .map(|p| p.0.clone());
        // "Un client a été grièvement blessé, un autre plus légèrement":
        // one more of the claim before, with its own words.
        if let Some(name) = &before
            && let Some(one) = self.another_alone(name)
        {
            return Some(one);
        }
        if let Some(more) = self
            .more_elliptical(previous)
            .or_else(|| self.other_batch(previous))
        {
            return Some(more);
        }
        if let Some(name) = &before
            && let Some(one) = self.same_fate(name)
        {
            return Some(one);
        }
        if let Some(name) = before.as_ref().filter(|_| borrowed.joined_to_list)
            && let Some(one) =
                singular_joined(&self.text, self.lang).or_else(|| self.definite_joined())
        {
            return Some(self.one_found(name.clone(), one, chained));
        }
        if let Some(name) = &before
            && let Some(opening) = continuation_in(&self.text, chained)
        {
            let count = self.count(
                name.clone(),
                None,
                Some(opening.clone()),
                previous,
                false,
                false,
            );
            // "dont un pompier": one, in a breakdown.
            let breakdown = !opening.1 && !opening.0.is_empty();
            return count.or_else(|| {
                // People named among those held say who they are.
                let tail = (name != "detained").then(|| &self.s[self.clause.end..]);
                let one = singular_in_breakdown(&self.text, opening.0.end, tail)
                    .filter(|_| breakdown)
                    .map(|one| self.one_found(name.clone(), one, true));
                one.or_else(|| self.one_of_them(name, &opening.0).filter(|_| breakdown))
            });
        }
        let counts = self.counts(None);
        // "had given a toll of 19 on Wednesday | and of 11 on the night of
        // the collapse": the report's noun elided after the joiner, and
        // with it who the toll counts; the words after the figure say when.
        if let Some(name) = &before
            && self.elided_report(&counts)
        {
            let found = self.count(
                name.clone(),
                None,
                Some((0..0, false)),
                previous,
                true,
                false,
            )?;
            let qualifier = previous.as_ref().map_or(String::new(), |p| p.2.clone());
            return Some(Found { qualifier, ..found });
        }
        // "Riot leaves 13 inmates | and two guards dead".
        let objects = borrowed.and_after
            && before.is_none()
            && borrowed.ahead.is_some()
            && leaves_objects(&self.text, &counts);
        let shape = list_item(&self.text, &counts, borrowed.after_header)
            .or(objects.then_some(ItemShape::Short))?;
        // A list item after a claim of this sentence continues it ("Among
        // the dead were 11 children and eight women, …, adding that 64
        // were wounded"); one before any claim takes the metric ahead.
        let name = match (shape, before) {
            // "Un supporter a été tué et 31 personnes, dont 18 policiers,
            // ont été blessées": the subject of the verb past the aside.
            _ if borrowed.ahead.is_some() && predicate_after_aside(self.s, self.clause.end) => {
                borrowed.ahead.clone()?
            }
            // "…, and another 267 students and 10 teachers were injured":
            // coordinated with a clause that names its own metric.
            (ItemShape::Short, Some(_)) if borrowed.and_after && borrowed.ahead.is_some() => {
                borrowed.ahead.clone()?
            }
            (_, Some(name)) => name,
            (ItemShape::Short, None) => borrowed.ahead.clone().or(borrowed.before.clone())?,
            (_, None) => borrowed.before.clone()?,
        };
        self.count(name, None, Some((0..0, false)), previous, true, false)
    }
}

impl Clause<'_> {
    /// Whether the clause is a figure after the link of a report's noun
    /// alone ("and of 11 on the night of the collapse") and the sentence
    /// before it gave that noun, its link and a figure ("a toll of 19").
    fn elided_report(&self, counts: &[(crate::domain::Count, Range<usize>)]) -> bool {
        let Some((_, first)) = counts.first() else {
            return false;
        };
        let of = self.lang.counts.noun_of;
        let head: Vec<String> = words_of(&self.text[..first.start]).map(lowered).collect();
        if !matches!(head.as_slice(), [w] if w == of) {
            return false;
        }
        let before: Vec<String> = words_of(&self.s[..self.clause.start])
            .map(lowered)
            .collect();
        before.windows(3).any(|w| {
            any_lang(&w[0], |e| e.report_nouns)
                && w[1] == of
                && !crate::parse::value::find_counts(&w[2], self.lang).is_empty()
        })
    }
}
