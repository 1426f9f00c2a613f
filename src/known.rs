//! The hand-written half of [`KnownCode`]; the variants, their records and the accessors
//! that read them are generated, in `generated/`.

use core::fmt;
use core::str::FromStr;

use crate::{
    Category, CodeInfo, FunctionGroup, KnownCode, ParseKnownCodeError, ReplyCode, UnknownReplyCode,
};

/// The catalogued code of each number from 100 to 699, built from [`KnownCode::ALL`] when
/// the crate compiles: looking a code up is one load, and the table holds no text.
static BY_NUMBER: [Option<KnownCode>; 600] = {
    let mut table = [None; 600];
    let mut index = 0;
    while index < KnownCode::ALL.len() {
        let code = KnownCode::ALL[index];
        table[code as usize - 100] = Some(code);
        index += 1;
    }
    table
};

/// The record of each number from 100 to 699, the same way, for [`ReplyCode::info`].
static RECORDS: [Option<&CodeInfo>; 600] = {
    let mut table = [None; 600];
    let mut index = 0;
    while index < KnownCode::ALL.len() {
        let code = KnownCode::ALL[index];
        table[code as usize - 100] = Some(code.info());
        index += 1;
    }
    table
};

impl KnownCode {
    /// The record of the catalogued code with this number, for [`ReplyCode::info`].
    pub(crate) fn record(value: u16) -> Option<&'static CodeInfo> {
        *RECORDS.get(usize::from(value.wrapping_sub(100)))?
    }

    /// The catalogued code with this number.
    ///
    /// ```
    /// use ftp_reply::KnownCode;
    ///
    /// assert_eq!(KnownCode::from_u16(220), Some(KnownCode::ServiceReady));
    /// assert_eq!(KnownCode::from_u16(299), None);
    /// ```
    pub const fn from_u16(value: u16) -> Option<KnownCode> {
        let index = value.wrapping_sub(100) as usize;
        if index < BY_NUMBER.len() {
            BY_NUMBER[index]
        } else {
            None
        }
    }

    /// The code whose variant name is `name`, such as `"NotLoggedIn"`.
    ///
    /// ```
    /// use ftp_reply::KnownCode;
    ///
    /// assert_eq!(KnownCode::from_name("NotLoggedIn"), Some(KnownCode::NotLoggedIn));
    /// assert_eq!(KnownCode::from_name("notloggedin"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<KnownCode> {
        crate::generated::BY_NAME.get(name).copied()
    }

    /// The code as a number, the same as `self as u16`.
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The code as a [`ReplyCode`], the type of any code, known or not.
    pub const fn as_reply_code(self) -> ReplyCode {
        ReplyCode::from_known(self)
    }

    /// The category, from the first digit.
    pub const fn category(self) -> Category {
        self.as_reply_code().category()
    }

    /// The function group, from the second digit. Every catalogued code has one.
    pub const fn function_group(self) -> FunctionGroup {
        match self.as_reply_code().function_group() {
            Some(group) => group,
            // The generator rejects catalogue entries whose second digit is above 5.
            None => FunctionGroup::Unspecified,
        }
    }
}

impl fmt::Display for KnownCode {
    /// Writes the three digits, as on the wire; [`KnownCode::name`] gives the name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_reply_code(), f)
    }
}

impl FromStr for KnownCode {
    type Err = ParseKnownCodeError;

    /// Parses three digits naming a catalogued code.
    ///
    /// ```
    /// use ftp_reply::{KnownCode, ParseKnownCodeError};
    ///
    /// assert_eq!("421".parse(), Ok(KnownCode::ServiceNotAvailable));
    /// assert!(matches!("499".parse::<KnownCode>(), Err(ParseKnownCodeError::Unknown(_))));
    /// assert!(matches!("4x1".parse::<KnownCode>(), Err(ParseKnownCodeError::Invalid(_))));
    /// ```
    fn from_str(text: &str) -> Result<KnownCode, ParseKnownCodeError> {
        Ok(KnownCode::try_from(text.parse::<ReplyCode>()?)?)
    }
}

impl TryFrom<ReplyCode> for KnownCode {
    type Error = UnknownReplyCode;

    fn try_from(code: ReplyCode) -> Result<KnownCode, UnknownReplyCode> {
        code.known().ok_or(UnknownReplyCode::new(code))
    }
}

impl TryFrom<u16> for KnownCode {
    type Error = ParseKnownCodeError;

    fn try_from(value: u16) -> Result<KnownCode, ParseKnownCodeError> {
        Ok(KnownCode::try_from(ReplyCode::from_u16(value)?)?)
    }
}

impl PartialEq<u16> for KnownCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<KnownCode> for u16 {
    fn eq(&self, other: &KnownCode) -> bool {
        *self == other.as_u16()
    }
}

impl From<KnownCode> for u16 {
    fn from(code: KnownCode) -> u16 {
        code.as_u16()
    }
}

// strum's traits, implemented here rather than derived, so that no proc macro is compiled.
#[cfg(feature = "strum")]
impl strum::EnumCount for KnownCode {
    const COUNT: usize = KnownCode::ALL.len();
}

#[cfg(feature = "strum")]
impl strum::VariantArray for KnownCode {
    const VARIANTS: &'static [KnownCode] = KnownCode::ALL;
}

#[cfg(feature = "strum")]
impl strum::IntoEnumIterator for KnownCode {
    type Iterator = core::iter::Copied<core::slice::Iter<'static, KnownCode>>;

    fn iter() -> Self::Iterator {
        KnownCode::ALL.iter().copied()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for KnownCode {
    /// Serializes the code as an integer.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for KnownCode {
    /// Accepts a catalogued code as an integer or a string of three digits.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<KnownCode, D::Error> {
        let code = ReplyCode::deserialize(deserializer)?;
        KnownCode::try_from(code).map_err(serde::de::Error::custom)
    }
}
