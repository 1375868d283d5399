//! Reading a request's target: the path split into decoded segments and
//! the query into decoded name/value pairs. Anything malformed (a bad
//! percent escape, bytes that are not UTF-8, a control character) is a
//! plain message for a 400 answer, never a panic.

/// A request target, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The path's segments (`/api/events/kz/summary` → api, events, kz,
    /// summary); empty segments from doubled or trailing slashes dropped.
    pub segments: Vec<String>,
    pub params: Vec<(String, String)>,
}

impl Target {
    /// Reads `url` (the request's path and query).
    pub fn read(url: &str) -> Result<Target, String> {
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let path = path.split_once('#').map_or(path, |(p, _)| p);
        let segments = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| decode(s, false))
            .collect::<Result<Vec<_>, _>>()?;
        let mut params = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            params.push((decode(name, true)?, decode(value, true)?));
        }
        Ok(Target { segments, params })
    }

    /// The one value of parameter `name`, refused when given twice.
    pub fn param(&self, name: &str) -> Result<Option<&str>, String> {
        let mut found = self.params.iter().filter(|(n, _)| n == name);
        let first = found.next().map(|(_, v)| v.as_str());
        if found.next().is_some() {
            return Err(format!("parameter {name} is given twice"));
        }
        Ok(first)
    }

    /// Every value of a repeatable parameter.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.params
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Refuses parameters other than `known`, naming them.
    pub fn only(&self, known: &[&str]) -> Result<(), String> {
        match self
            .params
            .iter()
            .find(|(n, _)| !known.contains(&n.as_str()))
        {
            None => Ok(()),
            Some((name, _)) if known.is_empty() => Err(format!(
                "unknown parameter '{}': this address takes none",
                crate::text::escape(name)
            )),
            Some((name, _)) => Err(format!(
                "unknown parameter '{}' (this address takes {})",
                crate::text::escape(name),
                known.join(", ")
            )),
        }
    }
}

/// Percent-decodes one segment or query part (`+` is a space in a query).
fn decode(text: &str, query: bool) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| {
                        format!("'{}' has a bad percent escape", crate::text::escape(text))
                    })?;
                out.push(hex);
                i += 3;
            }
            b'+' if query => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    let decoded =
        String::from_utf8(out).map_err(|_| format!("'{text}' does not decode to UTF-8 text"))?;
    if decoded.chars().any(char::is_control) {
        return Err(format!(
            "'{}' holds a control character",
            crate::text::escape(&decoded)
        ));
    }
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_queries_are_decoded() {
        let t =
            Target::read("/api/events/kz%20unrest//summary/?as_of=2022-01-09&metric=a+b").unwrap();
        assert_eq!(t.segments, ["api", "events", "kz unrest", "summary"]);
        assert_eq!(t.param("as_of").unwrap(), Some("2022-01-09"));
        assert_eq!(t.all("metric"), ["a b"]);
        assert_eq!(t.param("window").unwrap(), None);
        assert_eq!(Target::read("/").unwrap().segments, Vec::<String>::new());
        assert_eq!(
            Target::read("/events/%C3%A9t%C3%A9").unwrap().segments,
            ["events", "été"]
        );
    }

    #[test]
    fn malformed_targets_are_plain_refusals() {
        assert!(
            Target::read("/events/%zz")
                .unwrap_err()
                .contains("bad percent escape")
        );
        assert!(Target::read("/events/%2").is_err());
        assert!(Target::read("/events/%FF").unwrap_err().contains("UTF-8"));
        assert!(
            Target::read("/events/a%0Ab")
                .unwrap_err()
                .contains("control")
        );
        let t = Target::read("/x?as_of=1&as_of=2&evil=%3Cb%3E").unwrap();
        assert!(t.param("as_of").unwrap_err().contains("twice"));
        let err = t.only(&["as_of"]).unwrap_err();
        assert_eq!(err, "unknown parameter 'evil' (this address takes as_of)");
    }
}
