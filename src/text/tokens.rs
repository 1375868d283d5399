//! The one tokenizer: text cut into words, numbers and punctuation, each
//! with its byte span and its folded form. Every parser reads these
//! tokens and joins them as it needs: the value reader glues `A320` back
//! into one word and reads separators between digit runs as a figure's
//! groups, the date reader reads `1` + `er` as an ordinal day. The cut
//! itself is the same for all, so `1ᵉʳ` or a decomposed `é` cannot mean
//! one thing to one parser and another to the next.

use super::words::{fold_word, is_combining};
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters, with the combining accents that follow them.
    Word,
    /// A run of the ASCII digits 0-9; separators and suffixes are tokens
    /// of their own, read by the parser that knows what they mean.
    Number,
    /// Any other character but white space, alone: `,`, `-`, `’`, `٣`.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Lower case with accents kept, where they matter (`a` is not `à`).
    pub lower: String,
    /// Lower case without accents: what the word lists are written in.
    pub fold: String,
    /// Whether it begins with an upper-case letter.
    pub capital: bool,
}

impl Token {
    /// The token's text as written.
    pub fn raw<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }

    /// The character of a `Punct` token.
    pub fn punct(&self, text: &str) -> Option<char> {
        (self.kind == Kind::Punct)
            .then(|| self.raw(text).chars().next())
            .flatten()
    }
}

/// The class a character starts or continues: `ʼ` is a letter to Unicode
/// but an apostrophe to writers, so it is punctuation here.
fn kind_of(c: char) -> Option<Kind> {
    match c {
        '0'..='9' => Some(Kind::Number),
        'ʼ' => Some(Kind::Punct),
        c if c.is_alphabetic() => Some(Kind::Word),
        c if c.is_whitespace() => None,
        _ => Some(Kind::Punct),
    }
}

/// Whether `c` continues a token of `kind`: a word takes its letters and
/// combining accents (a decomposed `é` must not split it), a number its
/// digits; punctuation is one character a token.
fn continues(kind: Kind, c: char) -> bool {
    match kind {
        Kind::Word => kind_of(c) == Some(Kind::Word) || is_combining(c),
        Kind::Number => c.is_ascii_digit(),
        Kind::Punct => false,
    }
}

/// Cuts `text` into tokens; white space separates them and is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let Some(kind) = kind_of(c) else {
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(at, n)) = chars.peek()
            && continues(kind, n)
        {
            end = at + n.len_utf8();
            chars.next();
        }
        toks.push(make(text, kind, start, end));
    }
    toks
}

/// The end of the run of tokens glued to token `i` that are letters,
/// digits or combining accents: what a reader takes as one word when it
/// does not split letters from digits (`A320`, `km²`, `covid19`).
pub fn glued_end(toks: &[Token], i: usize, text: &str) -> usize {
    let mut end = toks[i].end;
    for tok in &toks[i + 1..] {
        let glues = tok.kind != Kind::Punct || tok.raw(text).chars().all(is_glued_char);
        if tok.start != end || !glues {
            break;
        }
        end = tok.end;
    }
    end
}

/// The byte ranges of the runs of glued letters and digits in `text`.
pub fn glued_runs(text: &str) -> Vec<Range<usize>> {
    let toks = tokenize(text);
    let mut runs = Vec::new();
    let mut i = 0;
    while let Some(tok) = toks.get(i) {
        if tok.kind == Kind::Punct && !tok.raw(text).chars().all(char::is_alphanumeric) {
            i += 1;
            continue;
        }
        let end = glued_end(&toks, i, text);
        runs.push(tok.start..end);
        while toks.get(i).is_some_and(|t| t.start < end) {
            i += 1;
        }
    }
    runs
}

/// Whether the tokens from `i` spell `phrase` (in lower case, as the word
/// tables are written: `per cent`, `a.m.`, `km/h`): the same tokens, white
/// space between them where the phrase has a space and none where it has
/// none, and no letter or digit glued after the last (`km` is not `km²`).
/// Returns the index of the token after the phrase.
pub fn spells(toks: &[Token], i: usize, text: &str, phrase: &str) -> Option<usize> {
    let want = tokenize(phrase);
    let got = toks.get(i..i + want.len())?;
    for (k, (w, g)) in want.iter().zip(got).enumerate() {
        let gap_differs = k > 0 && (want[k - 1].end == w.start) != (got[k - 1].end == g.start);
        if w.lower != g.lower || gap_differs {
            return None;
        }
    }
    let end = got.last()?.end;
    let glued = toks.get(i + want.len()).is_some_and(|n| {
        n.start == end
            && n.raw(text)
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    });
    (!glued).then_some(i + want.len())
}

/// The byte ranges of the words of `text` as the word tables are written:
/// runs of touching letters, digits and the characters `joins` accepts
/// (the apostrophe of `l'armée`, the hyphen of `vingt-six`), cut where the
/// tokenizer cuts, so a decomposed `é` stays inside its word.
pub fn words_joined_by(text: &str, joins: impl Fn(char) -> bool) -> Vec<Range<usize>> {
    runs_where(text, |tok| match tok.punct(text) {
        Some(c) => c.is_alphanumeric() || joins(c),
        None => true,
    })
}

/// The byte ranges of the runs of tokens with no white space between
/// them (`agency's`, `Paris,`): the pieces extraction reads a phrase in,
/// where punctuation glued to a word still tells where a clause ends.
pub fn pieces(text: &str) -> Vec<Range<usize>> {
    runs_where(text, |_| true)
}

/// The maximal runs of touching tokens that `keep` accepts.
fn runs_where(text: &str, keep: impl Fn(&Token) -> bool) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut open = false;
    for tok in tokenize(text) {
        if !keep(&tok) {
            open = false;
            continue;
        }
        match runs.last_mut() {
            Some(run) if open && run.end == tok.start => run.end = tok.end,
            _ => runs.push(tok.start..tok.end),
        }
        open = true;
    }
    runs
}

fn is_glued_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn make(text: &str, kind: Kind, start: usize, end: usize) -> Token {
    let raw = &text[start..end];
    Token {
        kind,
        start,
        end,
        lower: raw.to_lowercase(),
        fold: fold_word(raw),
        capital: raw.chars().next().is_some_and(char::is_uppercase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(Kind, &str)> {
        tokenize(text)
            .iter()
            .map(|t| (t.kind, t.raw(text)))
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation_split() {
        use Kind::*;
        assert_eq!(
            cut("xa 1ᵉʳ yb, 8 000 A320"),
            [
                (Word, "xa"),
                (Number, "1"),
                (Word, "ᵉʳ"),
                (Word, "yb"),
                (Punct, ","),
                (Number, "8"),
                (Number, "000"),
                (Word, "A"),
                (Number, "320"),
            ]
        );
        assert_eq!(cut("dʼune"), [(Word, "d"), (Punct, "ʼ"), (Word, "une")]);
        assert_eq!(cut("٣ km²"), [(Punct, "٣"), (Word, "km"), (Punct, "²")]);
    }

    #[test]
    fn decomposed_accents_stay_in_their_word() {
        let toks = tokenize("De\u{301}cembre");
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].fold, "decembre");
        assert!(toks[0].capital);
        assert_eq!(toks[0].punct("x"), None);
    }

    #[test]
    fn glued_runs_keep_letters_and_digits_together() {
        let text = "A320, in 2011 km² (x)";
        let runs: Vec<&str> = glued_runs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(runs, ["A320", "in", "2011", "km²", "x"]);
    }

    #[test]
    fn words_and_pieces_cut_where_the_tokens_cut() {
        let text = "xa'yb-zc, De\u{301}cembre (q)";
        let cut = |runs: Vec<Range<usize>>| runs.into_iter().map(|r| &text[r]).collect::<Vec<_>>();
        assert_eq!(
            cut(words_joined_by(text, |c| c == '\'')),
            ["xa'yb", "zc", "De\u{301}cembre", "q"]
        );
        assert_eq!(cut(pieces(text)), ["xa'yb-zc,", "De\u{301}cembre", "(q)"]);
    }

    #[test]
    fn phrases_are_spelt_token_by_token() {
        let text = "xa per cent, 9 km² 3 km/h";
        let toks = tokenize(text);
        assert_eq!(spells(&toks, 1, text, "per cent"), Some(3));
        assert_eq!(spells(&toks, 1, text, "percent"), None);
        assert_eq!(spells(&toks, 5, text, "km"), None);
        assert_eq!(spells(&toks, 8, text, "km"), Some(9));
        assert_eq!(spells(&toks, 8, text, "km/h"), Some(11));
        assert_eq!(spells(&toks, 8, text, "km / h"), None);
    }
}
