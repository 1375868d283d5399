//! Hand-built claims for tests: a builder that names what each test cares
//! about (`ClaimBuilder::deaths(26).by("Interior Ministry").source("AFP")
//! .day(7).build()`) and leaves the rest at plain defaults, and the older
//! seven-argument `claim`, kept as a thin wrapper for the tests outside
//! `report` and `store` that still call it.

use crate::domain::{Claim, Count, DateSpan, Status, Value, When};
use chrono::{NaiveDate, Utc};

/// Day `d` of January 2022, the month every fixture lives in.
pub fn day(d: u32) -> When {
    When::Day(NaiveDate::from_ymd_opt(2022, 1, d).unwrap())
}

pub fn count(low: f64, high: f64) -> Value {
    Value::Count(Count {
        low: Some(low),
        high: Some(high),
        approx: false,
        vague: false,
    })
}

pub fn date(d: u32) -> Value {
    Value::Date(DateSpan::day(NaiveDate::from_ymd_opt(2022, 1, d).unwrap()))
}

/// A claim being built: event `kz`, said on its `as_of` day (1 January 2022
/// unless `day` says otherwise), in English, active, with no source, no
/// claimant, no number and no global id until given.
#[derive(Debug, Clone)]
pub struct ClaimBuilder {
    claim: Claim,
}

impl ClaimBuilder {
    /// A claim of `metric` holding `value`.
    pub fn of(metric: &str, value: Value) -> ClaimBuilder {
        ClaimBuilder {
            claim: Claim {
                number: 0,
                id: String::new(),
                event: "kz".into(),
                metric: metric.into(),
                qualifier: String::new(),
                text: String::new(),
                value,
                unit: String::new(),
                as_of: day(1),
                said_at: Some(day(1)),
                published_at: None,
                recorded_at: Utc::now(),
                source: String::new(),
                claimant: String::new(),
                citing: String::new(),
                url: String::new(),
                quote: String::new(),
                lang: crate::lang::Lang::from_code("en"),
                status: Status::Active,
                retracted_at: None,
                retract_reason: String::new(),
                retracted_by: String::new(),
                superseded_by: None,
                superseded_at: None,
                note: String::new(),
                tags: Vec::new(),
                deleted: false,
            },
        }
    }

    /// An exact count of `metric`.
    pub fn count(metric: &str, n: impl Into<f64>) -> ClaimBuilder {
        let n = n.into();
        ClaimBuilder::of(metric, count(n, n))
    }

    /// An exact death toll.
    pub fn deaths(n: impl Into<f64>) -> ClaimBuilder {
        ClaimBuilder::count("deaths", n)
    }

    /// The local number `n`, and the global id `c{n}` that goes with it.
    pub fn number(mut self, n: i64) -> ClaimBuilder {
        self.claim.number = n;
        self.claim.id = format!("c{n}");
        self
    }

    pub fn qualifier(mut self, qualifier: &str) -> ClaimBuilder {
        self.claim.qualifier = qualifier.into();
        self
    }

    /// Who made the claim (the claimant).
    pub fn by(mut self, claimant: &str) -> ClaimBuilder {
        self.claim.claimant = claimant.into();
        self
    }

    /// Whom the claimant relays (`--citing`).
    pub fn citing(mut self, cited: &str) -> ClaimBuilder {
        self.claim.citing = cited.into();
        self
    }

    /// Which outlet carried it.
    pub fn source(mut self, source: &str) -> ClaimBuilder {
        self.claim.source = source.into();
        self
    }

    /// As of (and said on) day `d` of January 2022.
    pub fn day(self, d: u32) -> ClaimBuilder {
        self.at(day(d))
    }

    /// As of (and said at) `when`.
    pub fn at(mut self, when: When) -> ClaimBuilder {
        self.claim.as_of = when;
        self.claim.said_at = Some(when);
        self
    }

    pub fn lang(mut self, code: &str) -> ClaimBuilder {
        self.claim.lang = crate::lang::Lang::from_code(code);
        self
    }

    pub fn tag(mut self, tag: &str) -> ClaimBuilder {
        self.claim.tags.push(tag.into());
        self
    }

    /// Withdrawn on day `d`.
    pub fn retracted(mut self, d: u32) -> ClaimBuilder {
        self.claim.status = Status::Retracted;
        self.claim.retracted_at = Some(day(d));
        self
    }

    pub fn build(self) -> Claim {
        // The words the figure was given in: its low end, or a weekday for
        // a date, as the older fixture wrote them.
        let mut claim = self.claim;
        claim.text = match &claim.value {
            Value::Count(c) => format!("{}", c.low.unwrap_or(0.0)),
            _ => "jeudi".into(),
        };
        claim
    }
}

/// A claim of `metric`/`qualifier` on day `d` of January 2022 (the older
/// fixture; `ClaimBuilder` says the same with names).
pub fn claim(
    n: i64,
    metric: &str,
    qualifier: &str,
    value: Value,
    d: u32,
    source: &str,
    claimant: &str,
) -> Claim {
    ClaimBuilder::of(metric, value)
        .number(n)
        .qualifier(qualifier)
        .day(d)
        .source(source)
        .by(claimant)
        .build()
}

/// The samples' first figure, the one most tests start from: 26 dead, the
/// Interior Ministry's, carried by `source` on the 7th.
pub fn ministry_26(number: i64, source: &str) -> Claim {
    ClaimBuilder::deaths(26)
        .number(number)
        .by("Interior Ministry")
        .source(source)
        .day(7)
        .build()
}
