//! The readable text of an HTML page or fragment, for extraction.
//!
//! html5ever's tokenizer reads the markup as it arrives (no document tree
//! is built, so memory holds one tag or comment at a time); what it gives
//! back is already decoded (`&nbsp;`, `&#8239;`, `&amp;`). Content that is
//! not the article's prose (scripts, styles, the head, navigation, forms)
//! is dropped; a block element (paragraph, heading, list item, cell…)
//! ends a paragraph, so its text never runs into the next one; inline
//! markup (`<b>`, `<span>`, links) adds nothing, so `8<b>&nbsp;</b>000`
//! reads as `8 000`. Runs of spaces and line breaks inside a block are one
//! space, as a browser shows them.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::{Cell, RefCell};

/// Elements whose content is not the article's text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "nav", "svg", "math", "iframe",
    "object", "select", "button", "textarea", "aside", "footer", "form",
];

/// Elements that start and end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that have no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Whether the start of a text looks like HTML: a doctype, a comment, or a
/// tag of an HTML element (`<p>`, `</b>`, `<div class=…>`). A `<` in prose
/// ("fewer than <10") is not followed by an element name.
pub fn looks_like_html(start: &str) -> bool {
    let lower = crate::parse::fold_case(start);
    if lower.contains("<!doctype html") || lower.contains("<!--") {
        return true;
    }
    lower.match_indices('<').any(|(at, _)| {
        let rest = &lower[at + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_len);
        let known = SKIPPED.contains(&name)
            || BLOCKS.contains(&name)
            || VOID.contains(&name)
            || INLINE.contains(&name);
        // The tag must close: `<b>`, `<br/>`, `<p class="x">` on one line.
        let closes = after.starts_with('>')
            || after.starts_with("/>")
            || after.starts_with([' ', '\t'])
                && after
                    .find(['>', '<', '\n'])
                    .is_some_and(|i| after[i..].starts_with('>'));
        known && closes
    })
}

/// Inline elements, named only to recognise HTML.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// HTML in, its text out, piece by piece.
pub struct HtmlText {
    tokenizer: Tokenizer<Sink>,
    queue: BufferQueue,
}

impl Default for HtmlText {
    fn default() -> Self {
        HtmlText::new()
    }
}

impl HtmlText {
    pub fn new() -> HtmlText {
        HtmlText {
            tokenizer: Tokenizer::new(Sink::default(), TokenizerOpts::default()),
            queue: BufferQueue::default(),
        }
    }

    /// Reads the next piece of markup (cut anywhere, even inside a tag or
    /// an entity) and returns the text it completes.
    pub fn feed(&mut self, markup: &str) -> String {
        self.queue.push_back(StrTendril::from_slice(markup));
        // The sink never asks to run a script, so one feed reads it all.
        let _ = self.tokenizer.feed(&self.queue);
        self.tokenizer.sink.out.take()
    }

    /// The end of the markup: the text still held.
    pub fn finish(self) -> String {
        self.tokenizer.end();
        self.tokenizer.sink.out.take()
    }
}

#[derive(Default)]
struct Sink {
    /// Text not yet handed out.
    out: RefCell<String>,
    /// Skipped elements open around the current point, innermost last.
    skipping: RefCell<Vec<String>>,
    /// Line breaks owed before the next text (2 = a paragraph ends).
    owed: Cell<u8>,
    /// Whether the text so far ends in a space (or nothing has been
    /// written in this paragraph yet), so spaces are not doubled.
    spaced: Cell<bool>,
    /// Whether any text has been written.
    started: Cell<bool>,
}

impl Sink {
    fn owe(&self, n: u8) {
        if self.started.get() {
            self.owed.set(self.owed.get().max(n));
        }
    }

    fn text(&self, chunk: &str) {
        if !self.skipping.borrow().is_empty() {
            return;
        }
        let mut out = self.out.borrow_mut();
        for c in chunk.chars() {
            // HTML's white space (not the no-break spaces, which bind
            // figures such as `8&nbsp;000`).
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                if !self.spaced.get() && self.owed.get() == 0 {
                    out.push(' ');
                    self.spaced.set(true);
                }
                continue;
            }
            if c == '\0' {
                continue;
            }
            let owed = self.owed.replace(0);
            if owed > 0 {
                // A paragraph starts afresh: drop the space left before it.
                if out.ends_with(' ') {
                    out.pop();
                }
                for _ in 0..owed {
                    out.push('\n');
                }
            }
            out.push(c);
            self.spaced.set(false);
            self.started.set(true);
        }
    }

    fn tag(&self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let mut skipping = self.skipping.borrow_mut();
        match tag.kind {
            TagKind::StartTag => {
                if name == "body" {
                    // An unclosed head ends where the body starts.
                    skipping.clear();
                }
                if SKIPPED.contains(&name) && !tag.self_closing {
                    skipping.push(name.to_string());
                }
                if skipping.is_empty() {
                    if name == "br" {
                        self.owe(1);
                    } else if BLOCKS.contains(&name) {
                        self.owe(2);
                    }
                }
                // Tell the tokenizer which elements hold raw text, so a `<`
                // or `</div>` inside a script is not read as markup.
                match name {
                    "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                        return TokenSinkResult::RawData(RawKind::Rawtext);
                    }
                    "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                    "plaintext" => return TokenSinkResult::Plaintext,
                    _ => {}
                }
            }
            TagKind::EndTag => {
                if let Some(open) = skipping.iter().rposition(|s| s == name) {
                    skipping.truncate(open);
                } else if skipping.is_empty() && (BLOCKS.contains(&name) || name == "br") {
                    self.owe(if name == "br" { 1 } else { 2 });
                }
            }
        }
        TokenSinkResult::Continue
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::CharacterTokens(text) => self.text(&text),
            Token::TagToken(tag) => return self.tag(&tag),
            // Comments, doctypes, NUL and parse errors hold no prose: a
            // malformed page is read as a browser would show it.
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        let mut h = HtmlText::new();
        let mut out = h.feed(html);
        out.push_str(&h.finish());
        out
    }

    #[test]
    fn tags_go_and_blocks_break() {
        assert_eq!(
            text("<p>At least <b>26</b>\n killed.</p><p>Next</p>"),
            "At least 26 killed.\n\nNext"
        );
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            text("<p>8&nbsp;000 d&eacute;plac&eacute;s &amp; 3&#8239;200</p>"),
            "8\u{a0}000 déplacés & 3\u{202f}200"
        );
    }

    #[test]
    fn scripts_and_heads_are_dropped() {
        assert_eq!(
            text(
                "<html><head><title>12 dead</title><style>p{}</style></head><body><script>if (a<b) x='</p>5 dead';</script><p>Text</p></body></html>"
            ),
            "Text"
        );
    }

    #[test]
    fn any_cut_of_the_markup_gives_the_same_text() {
        let html = "<div>Près de 8&nbsp;000 <i>déplacés</i>, <script>x</script>selon <a href='x'>l'ONU</a>.</div><p>Fin &amp; suite</p>";
        let whole = text(html);
        for cut in (1..html.len()).filter(|&i| html.is_char_boundary(i)) {
            let mut h = HtmlText::new();
            let mut out = h.feed(&html[..cut]);
            out.push_str(&h.feed(&html[cut..]));
            out.push_str(&h.finish());
            assert_eq!(out, whole, "cut at {cut}");
        }
    }

    #[test]
    fn html_is_told_from_prose() {
        assert!(looks_like_html("At least <b>26</b> killed"));
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("<P CLASS=x>Hi"));
        assert!(!looks_like_html("fewer than <10 people, a<b"));
        assert!(!looks_like_html("if a<b\nand c>d"));
        assert!(!looks_like_html("a <b officials said\nc> d"));
        assert!(looks_like_html("<a href=\"/x\">police</a>"));
        assert!(!looks_like_html("26 killed"));
    }
}
