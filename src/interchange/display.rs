//! Values for people: figures with thousands separators and the short
//! forms tables show (`≥26`, `20–30`, `~200`). Records keep the exact
//! bounds; these are for reading.

use super::Bound;
use crate::domain::Value;

/// A number for people: `7,939`, `1,500,000`, `2.5`.
pub fn group_thousands(n: f64) -> String {
    let text = Bound::number(n).to_text();
    let (sign, rest) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    if int.len() <= 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// A short human form of a value for tables: `26`, `≥26`, `20–30`, `~200`,
/// `2022-01-06`.
pub fn display_value(value: &Value, text: &str) -> String {
    match value {
        Value::Count(c) => {
            let n = group_thousands;
            let core = match (c.low, c.high) {
                (Some(l), Some(h)) if l == h => n(l),
                (Some(l), Some(h)) => format!("{}–{}", n(l), n(h)),
                (Some(l), None) => format!("≥{}", n(l)),
                (None, Some(h)) => format!("≤{}", n(h)),
                (None, None) => text.to_string(),
            };
            if c.approx { format!("~{core}") } else { core }
        }
        Value::Date(span) if span.start == span.end => crate::domain::iso_day(span.start),
        Value::Date(span) => format!(
            "{}..{}",
            crate::domain::iso_day(span.start),
            crate::domain::iso_day(span.end)
        ),
        Value::Text => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Count, DateSpan};
    use chrono::NaiveDate;

    #[test]
    fn thousands_are_grouped_for_people() {
        assert_eq!(group_thousands(7939.0), "7,939");
        assert_eq!(group_thousands(1_500_000.0), "1,500,000");
        assert_eq!(group_thousands(26.0), "26");
        assert_eq!(group_thousands(-4500.5), "-4,500.5");
    }

    #[test]
    fn display_values_are_short() {
        let c = |low, high, approx| {
            Value::Count(Count {
                low,
                high,
                approx,
                vague: false,
            })
        };
        assert_eq!(display_value(&c(Some(26.0), Some(26.0), false), "26"), "26");
        assert_eq!(display_value(&c(Some(26.0), None, false), ""), "≥26");
        assert_eq!(display_value(&c(None, Some(30.0), false), ""), "≤30");
        assert_eq!(
            display_value(&c(Some(20.0), Some(30.0), false), ""),
            "20–30"
        );
        assert_eq!(
            display_value(&c(Some(200.0), Some(200.0), true), ""),
            "~200"
        );
        let d = NaiveDate::from_ymd_opt(2022, 1, 6).unwrap();
        assert_eq!(
            display_value(&Value::Date(DateSpan::day(d)), "jeudi"),
            "2022-01-06"
        );
    }
}
