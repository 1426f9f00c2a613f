//! Which deviations from RFC 959 the parser accepts, and how much it buffers.

/// The parser's tolerance for real servers' deviations from RFC 959 §4.2, and its limits.
///
/// [`ParserConfig::new`] (also the [`Default`]) reads the servers people run and never
/// desynchronises a conforming stream; [`ParserConfig::strict`] accepts RFC 959 only. Each
/// tolerance and limit is a field, and a `with_` method sets it, in a constant too (the
/// struct is `#[non_exhaustive]`, so a struct literal does not compile outside this crate):
///
/// ```
/// use ftp_reply::ParserConfig;
///
/// const GLFTPD: ParserConfig = ParserConfig::new()
///     .with_allow_any_final_code(true)
///     .with_max_reply_length(64 * 1024);
/// assert!(GLFTPD.allow_any_final_code);
///
/// let mut config = ParserConfig::strict();
/// config.max_line_length = 4096;
/// ```
///
/// # Why the defaults are safe
///
/// RFC 959 requires a server to pad any line inside a multi-line reply that begins with a
/// three-digit number. So in a conforming stream no inner line starts with the reply's code
/// followed by a space or the end of the line, and accepting a bare code as the final line
/// changes nothing for it. Accepting a final line with any code is different: an unpadded
/// inner line such as `100 GB free` in a banner would end the reply early, so that
/// tolerance is off by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ParserConfig {
    /// Accept a line ended by LF alone, not CR LF. RFC 959 requires CR LF; some servers send
    /// bare LF: ftp.sda.it on every line, curl's test server on 227 and 229 replies until
    /// 2025, and the Wii U ftpiiu plugin in its FEAT reply. Default: `true`.
    pub allow_bare_lf: bool,
    /// Accept a line that is only the code (`200\r\n`) as a single-line reply or as the last
    /// line of a multi-line one, where RFC 959 requires a space after the code. ftp.ripe.net
    /// ended replies with such a line, and Cyberduck met a server answering
    /// `250-` … `550` … `250` (Cyberduck issue 15892). Default: `true`.
    pub allow_bare_code: bool,
    /// End a multi-line reply at any line that starts with a well-formed code and a space,
    /// not only one with the opening code, and take the reply's code from that line. glFTPd
    /// answers an upload with `553-` lines ended by `150 Opening BINARY mode data
    /// connection`. Default: `false` (see above).
    pub allow_any_final_code: bool,
    /// The longest line accepted, in bytes, without its line end. Default: 16 KiB.
    ///
    /// It bounds the first and the final line of every reply. The inner lines of a
    /// multi-line reply are bounded by it too when the parser reads them one by one, that is
    /// when [`allow_bare_lf`](ParserConfig::allow_bare_lf) is off or
    /// [`allow_any_final_code`](ParserConfig::allow_any_final_code) is on; with the default
    /// tolerances the parser looks only for the line that ends the reply, and the inner
    /// lines are bounded by [`max_reply_length`](ParserConfig::max_reply_length), which
    /// keeps memory bounded all the same.
    pub max_line_length: usize,
    /// The longest reply accepted, in bytes, line ends included. Default: 1 MiB, enough for
    /// a `STAT` listing of a directory of several thousand files.
    pub max_reply_length: usize,
}

impl ParserConfig {
    /// The default line length limit: 16 KiB.
    pub const DEFAULT_MAX_LINE_LENGTH: usize = 16 * 1024;
    /// The default reply length limit: 1 MiB.
    pub const DEFAULT_MAX_REPLY_LENGTH: usize = 1024 * 1024;

    /// The default configuration: bare LF and bare-code final lines accepted, final lines
    /// with another code not, and the default limits.
    pub const fn new() -> ParserConfig {
        ParserConfig {
            allow_bare_lf: true,
            allow_bare_code: true,
            allow_any_final_code: false,
            max_line_length: ParserConfig::DEFAULT_MAX_LINE_LENGTH,
            max_reply_length: ParserConfig::DEFAULT_MAX_REPLY_LENGTH,
        }
    }

    /// RFC 959 only: CR LF line ends, a space after the code on single and final lines, and
    /// the default limits.
    pub const fn strict() -> ParserConfig {
        ParserConfig {
            allow_bare_lf: false,
            allow_bare_code: false,
            allow_any_final_code: false,
            max_line_length: ParserConfig::DEFAULT_MAX_LINE_LENGTH,
            max_reply_length: ParserConfig::DEFAULT_MAX_REPLY_LENGTH,
        }
    }
}

/// Setters, one per field, that keep the rest: `ParserConfig::new().with_allow_bare_lf(false)`.
impl ParserConfig {
    /// Sets [`allow_bare_lf`](#structfield.allow_bare_lf).
    #[must_use]
    pub const fn with_allow_bare_lf(mut self, allow: bool) -> ParserConfig {
        self.allow_bare_lf = allow;
        self
    }

    /// Sets [`allow_bare_code`](#structfield.allow_bare_code).
    #[must_use]
    pub const fn with_allow_bare_code(mut self, allow: bool) -> ParserConfig {
        self.allow_bare_code = allow;
        self
    }

    /// Sets [`allow_any_final_code`](#structfield.allow_any_final_code).
    #[must_use]
    pub const fn with_allow_any_final_code(mut self, allow: bool) -> ParserConfig {
        self.allow_any_final_code = allow;
        self
    }

    /// Sets [`max_line_length`](#structfield.max_line_length).
    #[must_use]
    pub const fn with_max_line_length(mut self, bytes: usize) -> ParserConfig {
        self.max_line_length = bytes;
        self
    }

    /// Sets [`max_reply_length`](#structfield.max_reply_length).
    #[must_use]
    pub const fn with_max_reply_length(mut self, bytes: usize) -> ParserConfig {
        self.max_reply_length = bytes;
        self
    }
}

impl ParserConfig {
    /// Whether the parser can skip the inner lines of a multi-line reply: only a line that
    /// starts with the opening code can end it, and no inner line needs a check of its own.
    pub(crate) const fn skips_inner_lines(&self) -> bool {
        self.allow_bare_lf && !self.allow_any_final_code
    }
}

impl Default for ParserConfig {
    /// [`ParserConfig::new`].
    fn default() -> ParserConfig {
        ParserConfig::new()
    }
}
