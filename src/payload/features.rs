//! The feature list of a 211 reply to FEAT (RFC 2389 §3.2).

use crate::Lines;

/// The features of a 211 reply to FEAT, from [`Reply::features`](crate::Reply::features).
///
/// RFC 2389 puts one feature per line between the first and last lines, each after one
/// space; servers that repeat `211-` on every line are read too. A single-line 211 lists
/// no features.
///
/// ```
/// use ftp_reply::Reply;
///
/// let reply = Reply::parse(b"211-Features:\r\n MDTM\r\n REST STREAM\r\n MLST size*;modify*;\r\n211 End\r\n")?
///     .complete()
///     .unwrap();
/// let features = reply.features()?;
/// assert!(features.supports("mdtm"));
/// let mlst = features.get("MLST").unwrap();
/// assert_eq!(mlst.parameters(), b"size*;modify*;");
/// assert_eq!(features.count(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Features<'a> {
    /// The feature lines, from the first, and how many there are: what `get` searches.
    all: Lines<'a>,
    count: usize,
    /// Where iteration has got to.
    lines: Lines<'a>,
    remaining: usize,
}

/// One feature: its name, such as `MLST`, and its parameters, such as `size*;modify*;`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Feature<'a> {
    name: &'a [u8],
    parameters: &'a [u8],
}

impl<'a> Features<'a> {
    /// The features in the lines of a 211 reply, such as [`Reply::lines`](crate::Reply::lines)
    /// gives them. Every line but the first and the last can hold a feature.
    pub fn parse(mut lines: Lines<'a>) -> Features<'a> {
        let count = lines.clone().count().saturating_sub(2);
        lines.next();
        Features {
            all: lines.clone(),
            count,
            lines,
            remaining: count,
        }
    }

    /// The feature with this name, compared without regard to ASCII case. Searches every
    /// feature, however far iteration has got.
    pub fn get(&self, name: &str) -> Option<Feature<'a>> {
        let mut all = Features {
            lines: self.all.clone(),
            remaining: self.count,
            ..self.clone()
        };
        all.find(|feature| feature.name.eq_ignore_ascii_case(name.as_bytes()))
    }

    /// Whether the server lists the feature.
    pub fn supports(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

impl<'a> Iterator for Features<'a> {
    type Item = Feature<'a>;

    fn next(&mut self) -> Option<Feature<'a>> {
        while self.remaining > 0 {
            self.remaining -= 1;
            let line = self.lines.next()?;
            let start = line
                .iter()
                .position(|&byte| byte != b' ')
                .unwrap_or(line.len());
            let line = &line[start..];
            if line.is_empty() {
                continue;
            }
            let end = memchr::memchr(b' ', line).unwrap_or(line.len());
            let parameters = line.get(end + 1..).unwrap_or_default();
            return Some(Feature {
                name: &line[..end],
                parameters,
            });
        }
        None
    }
}

impl<'a> Feature<'a> {
    /// The feature's name, as the server wrote it.
    pub const fn name(&self) -> &'a [u8] {
        self.name
    }

    /// Everything after the name and one space; empty if there is nothing.
    pub const fn parameters(&self) -> &'a [u8] {
        self.parameters
    }
}
