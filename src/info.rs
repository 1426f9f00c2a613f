//! The hand-written half of [`CodeInfo`], the record of a known code, and the pieces that
//! records of codes and commands are made of.

use core::fmt;

use crate::{Category, CodeInfo, FunctionGroup};

impl CodeInfo {
    /// The name of the code's [`KnownCode`](crate::KnownCode) variant, such as `"NotLoggedIn"`.
    pub const fn name(&self) -> &'static str {
        self.code.name()
    }

    /// The category, from the first digit.
    pub const fn category(&self) -> Category {
        self.code.category()
    }

    /// The function group, from the second digit.
    pub const fn function_group(&self) -> FunctionGroup {
        self.code.function_group()
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
    /// Defined by no RFC, but sent or accepted by real servers.
    DeFacto,
    /// Defined by no RFC in force: found in the FTP reply lists that came before RFC 959 and
    /// in tables copied from them, and sent by no server in common use, such as `231`.
    Historical,
}

impl Standing {
    /// The standing in lower case: `"standard"`, `"experimental"`, `"de facto"` or
    /// `"historical"`.
    pub const fn title(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Experimental => "experimental",
            Standing::DeFacto => "de facto",
            Standing::Historical => "historical",
        }
    }
}

impl fmt::Display for Standing {
    /// Writes [`Standing::title`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
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
