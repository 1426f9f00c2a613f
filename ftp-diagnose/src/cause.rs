//! The hand-written half of [`Cause`]; the causes and their texts are generated from
//! `data/causes.toml`.

use core::fmt;

use crate::Cause;

impl fmt::Display for Cause {
    /// Writes the id, such as `passive-address`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Cause {
    /// Serializes as the id, such as `"passive-address"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}
