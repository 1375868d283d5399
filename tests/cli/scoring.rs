//! Scoring extracted or parsed claims against gold claims, shared by the
//! extraction corpus (`tests/extract/`) and the wire-copy corpus
//! (`tests/corpus/`). A candidate matches a gold claim when metric, low and
//! high are equal; qualifier and claimant are judged on matched claims.

use serde_json::Value;

/// One JSON record per line.
pub fn records(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON record per line"))
        .collect()
}

/// Lower-case words without punctuation, elisions or filler words.
pub fn words(text: &str) -> Vec<String> {
    const FILLER: &[&str] = &[
        "the", "of", "in", "de", "du", "des", "la", "le", "les", "l", "d", "par", "à",
    ];
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(str::to_string)
        .collect()
}

pub fn same_claimant(gold: &Value, found: &Value) -> bool {
    words(gold["claimant"].as_str().unwrap_or(""))
        == words(found["claimant"].as_str().unwrap_or(""))
}

/// Every content word of the gold qualifier is in the found one (and an
/// empty gold qualifier wants an empty one).
pub fn same_qualifier(gold: &Value, found: &Value) -> bool {
    let g = words(gold["qualifier"].as_str().unwrap_or(""));
    let f = words(found["qualifier"].as_str().unwrap_or(""));
    if g.is_empty() {
        f.is_empty()
    } else {
        g.iter().all(|w| f.contains(w))
    }
}

pub fn same_claim(gold: &Value, found: &Value) -> bool {
    gold["metric"] == found["metric"]
        && gold["low"] == found["low"]
        && gold["high"] == found["high"]
}

/// Counts over one or more texts.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
    pub qualifiers: usize,
    pub claimants: usize,
}

impl Score {
    pub fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
        self.qualifiers += other.qualifiers;
        self.claimants += other.claimants;
    }

    pub fn precision(&self) -> f64 {
        self.matched as f64 / self.found.max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }

    pub fn qualifier_agreement(&self) -> f64 {
        self.qualifiers as f64 / self.matched.max(1) as f64
    }

    pub fn claimant_accuracy(&self) -> f64 {
        self.claimants as f64 / self.matched.max(1) as f64
    }

    pub fn line(&self) -> String {
        format!(
            "precision {:.2} recall {:.2} ({} of {} gold claims, {} candidates; qualifier agreement {:.2}, claimant accuracy {:.2} on matched claims)",
            self.precision(),
            self.recall(),
            self.matched,
            self.gold,
            self.found,
            self.qualifier_agreement(),
            self.claimant_accuracy(),
        )
    }
}

/// Matches `found` against `gold` (each candidate used once, preferring one
/// with the right claimant) and, when `show` is set, prints what was
/// missed, extra or misattributed, each line starting with `name`.
pub fn score(name: &str, gold: &[Value], found: &[Value], show: bool) -> Score {
    let mut s = Score {
        gold: gold.len(),
        found: found.len(),
        ..Score::default()
    };
    let mut used = vec![false; found.len()];
    for g in gold {
        let pick = (0..found.len())
            .filter(|&i| !used[i] && same_claim(g, &found[i]))
            .max_by_key(|&i| (same_claimant(g, &found[i]), std::cmp::Reverse(i)));
        match pick {
            Some(i) => {
                used[i] = true;
                s.matched += 1;
                s.qualifiers += same_qualifier(g, &found[i]) as usize;
                s.claimants += same_claimant(g, &found[i]) as usize;
                if show && !same_qualifier(g, &found[i]) {
                    println!(
                        "  {name}: qualifier {:?}, gold {:?} ({} {})",
                        found[i]["qualifier"], g["qualifier"], g["metric"], g["low"]
                    );
                }
                if show && !same_claimant(g, &found[i]) {
                    println!(
                        "  {name}: claimant {:?}, gold {:?} ({} {})",
                        found[i]["claimant"], g["claimant"], g["metric"], g["low"]
                    );
                }
            }
            None if show => println!(
                "  {name}: MISSED {} {} {} {:?} by {:?}",
                g["metric"], g["low"], g["high"], g["qualifier"], g["claimant"]
            ),
            None => {}
        }
    }
    for (i, f) in found.iter().enumerate() {
        if show && !used[i] {
            println!(
                "  {name}: EXTRA {} {} {} {:?} in {:?}",
                f["metric"], f["low"], f["high"], f["value"], f["sentence"]
            );
        }
    }
    s
}
