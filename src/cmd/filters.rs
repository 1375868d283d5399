//! Flags shared by the report and list commands: the closed sets of words
//! they take, read by clap as value enums.
//!
//! The value enums are implemented here rather than derived in `domain`,
//! which stays free of the command line.

use crate::domain::Status;
use clap::builder::PossibleValue;

/// `--status active|retracted|superseded`: the stored words, exactly.
impl clap::ValueEnum for Status {
    fn value_variants<'a>() -> &'a [Self] {
        &[Status::Active, Status::Retracted, Status::Superseded]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn status_words_are_the_stored_ones() {
        for status in Status::value_variants() {
            let value = status.to_possible_value().unwrap();
            assert_eq!(Status::parse(value.get_name()), Some(*status));
        }
        assert!(Status::from_str("gone", false).is_err());
    }
}
