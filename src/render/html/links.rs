//! Links out of a page: only a claim's own http(s) address becomes a live
//! link. Anything else a user stored as a URL (`javascript:`, `data:`, a
//! bare path, an address with spaces or controls in it) is shown as text,
//! so a page can neither run it nor send the reader to it by a click.

use super::shown;
use crate::domain::Claim;
use maud::{Markup, html};

/// The address as a link target, when it is a plain web address.
pub fn web_address(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    let host = url
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
        .unwrap_or("");
    (scheme_ok && clean && !host.is_empty()).then_some(url)
}

/// `text` linked to the claim's address (a new tab is the reader's
/// choice), or plain when the claim has no web address.
pub fn to_claim(claim: &Claim, text: &str) -> Markup {
    linked(&claim.url, text)
}

/// `text` linked to `url` when it is a web address, else plain.
pub fn linked(url: &str, text: &str) -> Markup {
    match web_address(url) {
        Some(href) => html! { a href=(href) rel="noopener noreferrer" { (shown(text)) } },
        None => html! { (shown(text)) },
    }
}

/// The address itself, for the reader to see where a figure appeared: a
/// link when it is a web address, else the stored text marked as not one.
pub fn address(url: &str) -> Markup {
    if url.trim().is_empty() {
        return html! { span.none { "no link recorded" } };
    }
    match web_address(url) {
        Some(href) => html! { a.url href=(href) rel="noopener noreferrer" { (shown(href)) } },
        None => {
            html! { span.url.unsafe title="not a web address: shown, never linked" { (shown(url)) } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_addresses_are_links() {
        assert_eq!(
            web_address(" https://example.org/a "),
            Some("https://example.org/a")
        );
        assert_eq!(
            web_address("HTTP://Example.org"),
            Some("HTTP://Example.org")
        );
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>",
            "//example.org/x",
            "/local/path",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\u{1b}[31m",
            "vbscript:msgbox",
            "",
        ] {
            assert_eq!(web_address(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_hostile_address_is_text_and_escaped() {
        let out = address("javascript:alert('<b>&\"')").into_string();
        assert!(!out.contains("href"), "{out}");
        assert!(
            out.contains("javascript:alert('&lt;b&gt;&amp;&quot;')"),
            "{out}"
        );
        let out = linked("https://example.org/?q=\"><script>", "26 <i>").into_string();
        assert!(
            out.contains(r#"href="https://example.org/?q=&quot;&gt;&lt;script&gt;""#),
            "{out}"
        );
        assert!(out.contains("26 &lt;i&gt;"), "{out}");
    }
}
