//! The words of servers' reply texts that name a cause, in lower case, as the rules and the
//! reading of clients' error lines share them.

/// A limit on connections or users.
pub(crate) const TOO_MANY: &[&str] = &[
    "too many",
    "maximum number",
    "max clients",
    "connection limit",
    "more than",
    "max ",
    "limit reached",
    "the maximum",
    "already logged in",
];
/// A session that was idle too long.
pub(crate) const TIMEOUT: &[&str] = &["timeout", "timed out", "idle", "inactiv"];
/// TLS, under its names.
pub(crate) const TLS: &[&str] = &["tls", "ssl", "encrypt", "secure", "cleartext", "ftps"];
/// What a demand makes of TLS.
pub(crate) const DEMANDED: &[&str] = &[
    "required",
    "must",
    "not accepted",
    "not allowed",
    "policy",
    "reconnect using",
    "only",
    "not allow",
    "have to",
    "you need",
    "please use",
];
/// Resuming a TLS session.
pub(crate) const REUSE: &[&str] = &["reuse", "resum"];
/// A full disk or a quota.
pub(crate) const STORAGE: &[&str] = &[
    "no space",
    "disk full",
    "quota",
    "insufficient storage",
    "storage",
    "disk is full",
];
/// A permission refused.
pub(crate) const PERMISSION: &[&str] = &[
    "permission",
    "access denied",
    "access is denied",
    "not allowed",
    "forbidden",
    "read-only",
    "read only",
    "could not create",
    "can't create",
    "cannot create",
    "prohibited",
];
/// A path that does not exist.
pub(crate) const MISSING: &[&str] = &[
    "no such",
    "not found",
    "does not exist",
    "doesn't exist",
    "failed to open",
    "failed to change directory",
    "not retrievable",
    "cannot find",
    "can't find",
    "couldn't find",
    "file unavailable",
];
/// A command the server does not know or will not run.
pub(crate) const UNSUPPORTED: &[&str] = &[
    "not understood",
    "not implemented",
    "unknown command",
    "unrecognized",
    "not recognized",
    "not supported",
    "unsupported",
    "use epsv",
    "command not allowed",
];

/// Whether `text` holds one of `words`.
pub(crate) fn any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| text.contains(word))
}

/// Whether `text` (in lower case) demands TLS, as servers word it: "TLS required",
/// "Non-anonymous sessions must use encryption", "cleartext sessions are not accepted".
pub(crate) fn demands_tls(text: &str) -> bool {
    any(text, TLS) && any(text, DEMANDED) && !any(text, REUSE)
}
