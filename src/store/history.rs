//! The words a claim's history is written in: how a claim came in
//! (`claims.origin`) and what was done to it later
//! (`claim_history.action`). The enums keep callers from writing a word
//! the store does not know; the stored text is the same as before.

use std::fmt;

/// How a claim came into the database: the first line of its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Typed in with `claimlog add`.
    Add,
    /// Read from a file by `claimlog import` (or `demo`).
    Import,
    /// Made by `claimlog correct` to replace another claim.
    Correct,
}

impl Origin {
    /// Every origin, in the order `check` names them.
    pub const ALL: [Origin; 3] = [Origin::Add, Origin::Import, Origin::Correct];

    /// The word stored in `claims.origin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Add => "add",
            Origin::Import => "import",
            Origin::Correct => "correct",
        }
    }

    /// The origin a stored word names, if claimlog knows it.
    pub fn parse(s: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A change made to a claim after it came in: one `claim_history` row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Fields changed by `claimlog edit`.
    Edit,
    /// Removed by `claimlog rm` (kept, marked deleted).
    Rm,
    /// Brought back by `claimlog restore`.
    Restore,
    /// Withdrawn by `claimlog retract`.
    Retract,
    /// Replaced by the claim `claimlog correct` made.
    Supersede,
    /// Moved to another source or claimant by `claimlog source|claimant
    /// merge`.
    Merge,
    /// A verdict attached by `claimlog review` (the claim is unchanged).
    Review,
}

impl Action {
    pub const ALL: [Action; 7] = [
        Action::Edit,
        Action::Rm,
        Action::Restore,
        Action::Retract,
        Action::Supersede,
        Action::Merge,
        Action::Review,
    ];

    /// The word stored in `claim_history.action`.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Edit => "edit",
            Action::Rm => "rm",
            Action::Restore => "restore",
            Action::Retract => "retract",
            Action::Supersede => "supersede",
            Action::Merge => "merge",
            Action::Review => "review",
        }
    }

    /// The action a stored word names, if claimlog knows it.
    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_words_read_back_as_what_wrote_them() {
        for o in Origin::ALL {
            assert_eq!(Origin::parse(o.as_str()), Some(o));
        }
        for a in Action::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        assert_eq!(Origin::parse("Add"), None, "stored words are exact");
        assert_eq!(Action::parse("delete"), None);
    }
}
