//! The catalogue record of a known code, and the pieces it is made of.

use core::fmt;

use crate::{Category, Command, FunctionGroup, KnownCode};

/// Everything the catalogue says about one reply code.
///
/// Records are static: [`KnownCode::info`] and [`ReplyCode::info`](crate::ReplyCode::info)
/// return them without allocating. With the `serde` feature a record serializes with the
/// fields `code`, `name`, `canonical_text`, `category`, `function_group`, `meaning`,
/// `when_you_see_it`, `how_to_fix`, `rfc`, `commands`, `status` and `notes`.
///
/// ```
/// use ftp_reply::{KnownCode, Standing};
///
/// let info = KnownCode::EnteringPassiveMode.info();
/// assert_eq!(info.canonical_text(), "Entering Passive Mode (h1,h2,h3,h4,p1,p2).");
/// assert_eq!(info.commands(), [ftp_reply::Command::Pasv]);
/// assert_eq!(info.status(), Standing::Standard);
/// assert_eq!(info.rfc()[0].to_string(), "RFC 959 §4.1.2, §4.2.1, §4.2.2, §5.4");
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CodeInfo {
    pub(crate) code: KnownCode,
    pub(crate) canonical_text: &'static str,
    pub(crate) meaning: &'static str,
    pub(crate) when_you_see_it: &'static str,
    pub(crate) how_to_fix: &'static str,
    pub(crate) rfc: &'static [RfcRef],
    pub(crate) commands: &'static [Command],
    pub(crate) status: Standing,
    pub(crate) notes: &'static [Note],
}

impl CodeInfo {
    /// The code this record describes.
    pub const fn code(&self) -> KnownCode {
        self.code
    }

    /// The name of the code's [`KnownCode`] variant, such as `"NotLoggedIn"`.
    pub fn name(&self) -> &'static str {
        self.code.name()
    }

    /// The short text the defining RFC gives the code, such as `"Not logged in."`.
    ///
    /// For a de facto code, the text servers usually send. Servers may send any text
    /// (RFC 959 §4.2): match on the code, never on this text.
    pub const fn canonical_text(&self) -> &'static str {
        self.canonical_text
    }

    /// What the server is telling the client.
    pub const fn meaning(&self) -> &'static str {
        self.meaning
    }

    /// The commands and situations that produce the code.
    pub const fn when_you_see_it(&self) -> &'static str {
        self.when_you_see_it
    }

    /// What a user, a client author and a server administrator can do about it; for a
    /// success, what comes next.
    pub const fn how_to_fix(&self) -> &'static str {
        self.how_to_fix
    }

    /// The category, from the first digit.
    pub const fn category(&self) -> Category {
        self.code.code().category()
    }

    /// The function group, from the second digit.
    pub const fn function_group(&self) -> FunctionGroup {
        self.code.function_group()
    }

    /// The RFC sections that define or use the code; empty for a de facto code.
    pub const fn rfc(&self) -> &'static [RfcRef] {
        self.rfc
    }

    /// The commands that can produce the code: those whose replies in RFC 959 §5.4, the
    /// extension RFCs or the documented deviations of real servers include it. `421` and the
    /// protected replies can answer any command; they list those that name them.
    pub const fn commands(&self) -> &'static [Command] {
        self.commands
    }

    /// Whether an RFC defines the code, or servers use it without one.
    pub const fn status(&self) -> Standing {
        self.status
    }

    /// Other meanings of the code and where they come from, and facts worth knowing that do
    /// not fit the other fields.
    pub const fn notes(&self) -> &'static [Note] {
        self.notes
    }
}

/// Where a code or command stands in the standards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Standing {
    /// Defined by a standards-track RFC (RFC 959 and its extensions).
    Standard,
    /// Defined only by an Experimental RFC, such as RFC 1639's `228` and LPSV.
    Experimental,
    /// Defined by no RFC, but sent or accepted by real servers or listed in widely used tables.
    DeFacto,
    /// Replaced by a standard form that servers may still accept, such as RFC 775's XMKD.
    Obsolete,
}

impl Standing {
    /// The standing in lower case: `"standard"`, `"experimental"`, `"de facto"` or
    /// `"obsolete"`.
    pub const fn name(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Experimental => "experimental",
            Standing::DeFacto => "de facto",
            Standing::Obsolete => "obsolete",
        }
    }
}

impl fmt::Display for Standing {
    /// Writes [`Standing::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A reference to an RFC and the sections of it that concern a code.
///
/// Displays as `RFC 959 §4.2.1, §5.4`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RfcRef {
    pub(crate) number: u16,
    pub(crate) sections: &'static [&'static str],
}

impl RfcRef {
    /// The RFC's number.
    pub const fn number(&self) -> u16 {
        self.number
    }

    /// The sections, such as `"4.2.1"` or `"Appendix II"`.
    pub const fn sections(&self) -> &'static [&'static str] {
        self.sections
    }
}

impl fmt::Display for RfcRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RFC {}", self.number)?;
        for (index, section) in self.sections.iter().enumerate() {
            let separator = if index == 0 { " " } else { ", " };
            let mark = if section.starts_with(|c: char| c.is_ascii_digit()) {
                "§"
            } else {
                ""
            };
            write!(f, "{separator}{mark}{section}")?;
        }
        Ok(())
    }
}

/// A fact about a code, with the document it comes from.
///
/// Codes with more than one meaning (`232`, `234`, `431`, `521`, `522`) have one note per
/// meaning; de facto codes have a note naming who sends them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Note {
    pub(crate) source: &'static str,
    pub(crate) text: &'static str,
}

impl Note {
    /// The document or software the fact comes from, such as `"RFC 4217 §10.2"`.
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// The fact.
    pub const fn text(&self) -> &'static str {
        self.text
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CodeInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        let mut record = serializer.serialize_struct("CodeInfo", 12)?;
        record.serialize_field("code", &self.code.as_u16())?;
        record.serialize_field("name", self.name())?;
        record.serialize_field("canonical_text", self.canonical_text)?;
        record.serialize_field("category", &self.category())?;
        record.serialize_field("function_group", &self.function_group())?;
        record.serialize_field("meaning", self.meaning)?;
        record.serialize_field("when_you_see_it", self.when_you_see_it)?;
        record.serialize_field("how_to_fix", self.how_to_fix)?;
        record.serialize_field("rfc", self.rfc)?;
        record.serialize_field("commands", self.commands)?;
        record.serialize_field("status", &self.status)?;
        record.serialize_field("notes", self.notes)?;
        record.end()
    }
}
