//! What a clause without a metric word of its own borrows from the
//! clauses beside it.

/// Metrics a clause without a metric word may take: the one a list's
/// last item names ("Two crew members and 16 passengers died": `ahead`),
/// and the last one the sentence named before it (`before`), with or
/// without a figure ("Of the deaths, 211 were in …").
#[derive(Default)]
pub(in crate::extract) struct Borrowed {
    pub(in crate::extract) ahead: Option<String>,
    pub(in crate::extract) before: Option<String>,
    /// The clause before opens as a partitive header ("Of the 52 dead").
    pub(in crate::extract) after_header: bool,
    /// The clause after is a located item ("…, 261 in Sareth"): this
    /// clause's own place is part of its qualifier.
    pub(in crate::extract) heads_list: bool,
    /// "and"/"et" joins this clause to the one before.
    pub(in crate::extract) and_before: bool,
    /// "and"/"et" joins this clause to the one after.
    pub(in crate::extract) and_after: bool,
    /// "and"/"et" joins this clause to a list the claim before opened (its
    /// metric word before its figure, or a breakdown): "detained the
    /// club's two co-owners and a stage manager", "including five women
    /// and a child".
    pub(in crate::extract) joined_to_list: bool,
    /// The metric of the last count claim of the sentence before, when it
    /// had one: "Six workers were killed. | Two more were injured" says
    /// more of another metric, a claim of its own.
    pub(in crate::extract) sentence_before: Option<String>,
}
