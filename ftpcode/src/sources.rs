//! The sources of the catalogue's texts (`data/SOURCES.md`): where each cited sentence ends
//! in the text the crates return, and what it cites. The site renders them as links and
//! footnotes, its JSON as `sources`, and `ftpcode CODE --sources` as a list.

#[path = "generated/sources.rs"]
mod generated;

/// A cited sentence: where it ends in its text, and its sources.
#[derive(Debug)]
pub struct Cite {
    /// The byte offset in the text just past the sentence.
    pub end: usize,
    /// Its sources, in the order the data gives them.
    pub sources: &'static [Source],
}

/// One source of a sentence.
#[derive(Debug)]
pub struct Source {
    /// The source as written: `RFC 959 §4.2.1`, `ProFTPD 1.3.8 contrib/mod_tls.c`,
    /// `session vsftpd`.
    pub label: &'static str,
    /// Where to open it; empty when it has no stable address.
    pub url: &'static str,
}

/// The cited sentences of the text at `place`, such as `code 530 meaning`, `command USER
/// summary` or `cause login-failed fix_server`; empty when none is cited.
pub fn cites(place: &str) -> &'static [Cite] {
    generated::CITES
        .binary_search_by(|(key, _)| (*key).cmp(place))
        .map_or(&[], |index| generated::CITES[index].1)
}

/// Every source of the text at `place`, each once, in the order of first citation.
pub fn sources(place: &str) -> Vec<&'static Source> {
    let mut out: Vec<&'static Source> = Vec::new();
    for source in cites(place).iter().flat_map(|cite| cite.sources) {
        if !out.iter().any(|seen| seen.label == source.label) {
            out.push(source);
        }
    }
    out
}

/// `text` in pieces: each piece of prose, with the sources of the sentence it ends, if any.
/// `text` must be the text at `place` as the crates return it.
pub fn pieces<'t>(text: &'t str, place: &str) -> Vec<(&'t str, &'static [Source])> {
    let mut out = Vec::new();
    let mut start = 0;
    for cite in cites(place) {
        match text.get(start..cite.end) {
            Some(piece) => out.push((piece, cite.sources)),
            // The text and the sources came from different data: show the text alone.
            None => return vec![(text, &[])],
        }
        start = cite.end;
    }
    if start < text.len() {
        out.push((&text[start..], &[]));
    }
    out
}

#[cfg(test)]
mod tests {
    use ftp_diagnose::Cause;
    use ftp_reply::{Command, KnownCode};

    use super::*;

    /// Every text the catalogue cites in, with its place.
    fn texts() -> Vec<(String, &'static str)> {
        let mut texts = Vec::new();
        for &code in KnownCode::ALL {
            let n = code.as_u16();
            texts.push((format!("code {n} meaning"), code.meaning()));
            texts.push((format!("code {n} when_you_see_it"), code.when_you_see_it()));
            texts.push((format!("code {n} how_to_fix"), code.how_to_fix()));
        }
        for &command in Command::ALL {
            texts.push((
                format!("command {} summary", command.verb()),
                command.summary(),
            ));
        }
        for &cause in Cause::ALL {
            let id = cause.id();
            texts.push((format!("cause {id} explanation"), cause.explanation()));
            texts.push((format!("cause {id} fix_user"), cause.fix_user()));
            texts.push((format!("cause {id} fix_client"), cause.fix_client()));
            texts.push((format!("cause {id} fix_server"), cause.fix_server()));
        }
        texts
    }

    /// The sources fit the texts the crates return: each cited sentence ends at its
    /// punctuation, and the pieces put back together are the text.
    #[test]
    fn every_cite_ends_a_sentence_of_its_text() {
        let mut cited = 0;
        for (place, text) in texts() {
            for cite in cites(&place) {
                let before = text
                    .get(..cite.end)
                    .unwrap_or_else(|| panic!("{place}: {}", cite.end));
                assert!(
                    before.ends_with(['.', '?', '!', '"', ')', ':']),
                    "{place}: a cite after \"{}\"",
                    &before[before.len().saturating_sub(30)..]
                );
                cited += 1;
            }
            let joined: String = pieces(text, &place)
                .iter()
                .map(|(piece, _)| *piece)
                .collect();
            assert_eq!(joined, text, "{place}");
        }
        assert!(cited > 500, "{cited} cited sentences");
        // Every code's meaning says where it comes from.
        for &code in KnownCode::ALL {
            assert!(
                !cites(&format!("code {} meaning", code.as_u16())).is_empty(),
                "{code}"
            );
        }
    }

    #[test]
    fn sources_are_listed_once_with_their_addresses() {
        let first = sources("code 530 meaning");
        assert_eq!(first[0].label, "RFC 959 §4.2.1");
        assert_eq!(
            first[0].url,
            "https://www.rfc-editor.org/rfc/rfc959#section-4.2.1"
        );
        let all = sources("code 530 when_you_see_it");
        let labels: Vec<&str> = all.iter().map(|source| source.label).collect();
        let mut unique = labels.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), labels.len());
        assert!(labels.contains(&"session vsftpd"));
        assert!(cites("code 999 meaning").is_empty());
    }
}
