// @generated from data/commands.toml by codegen/. Do not edit: change the data and run
// `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen`.

//! The command table: the [`Command`] variants and the replies each can get.

use crate::command::{CommandInfo, Deviation, Intermediate, Replies};
use crate::{KnownCode, RfcRef, Standing};

/// An FTP command: every command of RFC 959 and its extensions (RFC 1639, 2228, 2389, 2428,
/// 2640, 3659, 4217, 7151), RFC 775's older directory commands, and de facto commands.
///
/// Each command knows the replies it can get ([`Command::replies`]) and can judge a reply
/// ([`Command::judge`]). New commands may be added in minor releases.
///
/// ```
/// use ftp_reply::{Command, KnownCode};
///
/// let retr = Command::from_verb(b"retr").unwrap();
/// assert_eq!(retr, Command::Retr);
/// assert!(retr.replies().preliminary().contains(&KnownCode::FileStatusOk));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Command {
    /// `USER`: User name. Names the user to log in as; starts the login sequence.
    User,
    /// `PASS`: Password. Sends the password after USER.
    Pass,
    /// `ACCT`: Account. Sends account information, when the server asks for it with 332.
    Acct,
    /// `CWD`: Change working directory. Changes the current directory on the server.
    Cwd,
    /// `CDUP`: Change to parent directory. Changes to the parent of the current directory.
    Cdup,
    /// `SMNT`: Structure mount. Mounts a different file system structure; rarely implemented.
    Smnt,
    /// `REIN`: Reinitialize. Resets the session to its state right after connecting, logging
    /// the user out.
    Rein,
    /// `QUIT`: Logout. Ends the session; the server closes the control connection.
    Quit,
    /// `PORT`: Data port. Gives the IPv4 address and port the server should connect to for the
    /// next transfer (active mode).
    Port,
    /// `PASV`: Passive. Asks the server to listen for the next data connection and say where
    /// (227).
    Pasv,
    /// `MODE`: Transfer mode. Sets the transfer mode: S (stream), B (block) or C (compressed).
    Mode,
    /// `TYPE`: Representation type. Sets the data type: A (ASCII), I (image, binary), E
    /// (EBCDIC) or L (local byte size).
    Type,
    /// `STRU`: File structure. Sets the file structure: F (file), R (record) or P (page).
    Stru,
    /// `ALLO`: Allocate. Reserves space for a file before it is stored.
    Allo,
    /// `REST`: Restart. Sets the point where the next transfer starts: a restart marker, or a
    /// byte offset in stream mode (RFC 3659).
    Rest,
    /// `STOR`: Store. Uploads a file, replacing any file of that name.
    Stor,
    /// `STOU`: Store unique. Uploads a file under a name the server chooses and reports.
    Stou,
    /// `RETR`: Retrieve. Downloads a file.
    Retr,
    /// `LIST`: List. Sends a directory listing in a human-readable, server-specific format over
    /// the data connection.
    List,
    /// `NLST`: Name list. Sends a list of file names, one per line, over the data connection.
    Nlst,
    /// `APPE`: Append. Uploads data and appends it to a file, creating the file if needed.
    Appe,
    /// `RNFR`: Rename from. Names the file to rename; RNTO must follow.
    Rnfr,
    /// `RNTO`: Rename to. Gives the new name for the file named by RNFR.
    Rnto,
    /// `ABOR`: Abort. Aborts the transfer in progress; the aborted command gets 426, then ABOR
    /// gets 226.
    Abor,
    /// `DELE`: Delete. Deletes a file.
    Dele,
    /// `RMD`: Remove directory. Removes a directory.
    Rmd,
    /// `MKD`: Make directory. Creates a directory and reports its path.
    Mkd,
    /// `PWD`: Print working directory. Reports the current directory (257).
    Pwd,
    /// `SYST`: System. Asks for the server's operating system type (215).
    Syst,
    /// `STAT`: Status. Reports the session's status, or a file's or directory's, over the
    /// control connection.
    Stat,
    /// `HELP`: Help. Asks for help text, in general or on one command.
    Help,
    /// `SITE`: Site parameters. Runs a server-specific command, such as SITE CHMOD.
    Site,
    /// `NOOP`: No operation. Does nothing but get 200; keeps the connection alive.
    Noop,
    /// `AUTH`: Authentication/security mechanism. Asks for a security mechanism; AUTH TLS
    /// starts FTP over TLS.
    Auth,
    /// `ADAT`: Authentication/security data. Carries security data for the mechanism chosen
    /// with AUTH.
    Adat,
    /// `PBSZ`: Protection buffer size. Sets the largest protected data block; PBSZ 0 with TLS.
    Pbsz,
    /// `PROT`: Data channel protection level. Sets how data connections are protected: C
    /// (clear), S (safe), E (confidential) or P (private).
    Prot,
    /// `CCC`: Clear command channel. Returns the control connection to clear text after TLS.
    Ccc,
    /// `MIC`: Integrity protected command. Sends a command with integrity protection; the
    /// answer comes as a protected reply.
    Mic,
    /// `CONF`: Confidentiality protected command. Sends an encrypted command; the answer comes
    /// as a protected reply.
    Conf,
    /// `ENC`: Privacy protected command. Sends an encrypted, integrity-protected command; the
    /// answer comes as a protected reply.
    Enc,
    /// `FEAT`: Feature list. Asks which extensions the server supports (211).
    Feat,
    /// `OPTS`: Options. Sets options of a command, such as OPTS UTF8 ON or OPTS MLST.
    Opts,
    /// `EPRT`: Extended port. Gives the address (IPv4 or IPv6) and port the server should
    /// connect to (active mode).
    Eprt,
    /// `EPSV`: Extended passive. Asks the server to listen for the next data connection and
    /// give its port (229).
    Epsv,
    /// `LANG`: Language. Chooses the language of the reply texts.
    Lang,
    /// `MDTM`: File modification time. Asks for a file's modification time, in UTC (213).
    Mdtm,
    /// `SIZE`: Size of file. Asks for a file's size in bytes, as it would be transferred (213).
    Size,
    /// `MLST`: Listing for machine processing. Gives the facts of one file or directory, in a
    /// standard format, over the control connection (250).
    Mlst,
    /// `MLSD`: Listing of a directory for machine processing. Lists a directory in the MLST
    /// format over the data connection.
    Mlsd,
    /// `HOST`: Host. Names the virtual host to use, before logging in.
    Host,
    /// `LPRT`: Long port. Gives a long address (IPv4 or IPv6) and port for the server to
    /// connect to.
    Lprt,
    /// `LPSV`: Long passive. Asks the server to listen and give a long address and port (228).
    Lpsv,
    /// `XCWD`: Change working directory (RFC 775). The older, experimental form of CWD, still
    /// accepted by many servers; it gets the same replies.
    Xcwd,
    /// `XCUP`: Change to parent directory (RFC 775). The older, experimental form of CDUP,
    /// still accepted by many servers; it gets the same replies.
    Xcup,
    /// `XMKD`: Make directory (RFC 775). The older, experimental form of MKD, still accepted by
    /// many servers; it gets the same replies.
    Xmkd,
    /// `XRMD`: Remove directory (RFC 775). The older, experimental form of RMD, still accepted
    /// by many servers; it gets the same replies.
    Xrmd,
    /// `XPWD`: Print working directory (RFC 775). The older, experimental form of PWD, still
    /// accepted by many servers; it gets the same replies.
    Xpwd,
    /// `MD5`: MD5 of a file. Asks for the MD5 digest of a file (draft-twine-ftpmd5).
    Md5,
    /// `MMD5`: MD5 of several files. Asks for the MD5 digests of several files
    /// (draft-twine-ftpmd5).
    Mmd5,
    /// `HASH`: Hash of a file. Asks for a file's hash, with the algorithm chosen by OPTS HASH
    /// (draft-bryan-ftp-hash).
    Hash,
}

impl Command {
    /// Every command: RFC 959's, then the extensions', then the older and de facto ones.
    pub const ALL: &'static [Command] = &[
        Command::User,
        Command::Pass,
        Command::Acct,
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Rein,
        Command::Quit,
        Command::Port,
        Command::Pasv,
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Rest,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Rnto,
        Command::Abor,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Pwd,
        Command::Syst,
        Command::Stat,
        Command::Help,
        Command::Site,
        Command::Noop,
        Command::Auth,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Mic,
        Command::Conf,
        Command::Enc,
        Command::Feat,
        Command::Opts,
        Command::Eprt,
        Command::Epsv,
        Command::Lang,
        Command::Mdtm,
        Command::Size,
        Command::Mlst,
        Command::Mlsd,
        Command::Host,
        Command::Lprt,
        Command::Lpsv,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
        Command::Xpwd,
        Command::Md5,
        Command::Mmd5,
        Command::Hash,
    ];

    /// The command's record: names, sources and replies. Allocates nothing.
    pub const fn info(self) -> &'static CommandInfo {
        match self {
            Command::User => &COMMAND_USER,
            Command::Pass => &COMMAND_PASS,
            Command::Acct => &COMMAND_ACCT,
            Command::Cwd => &COMMAND_CWD,
            Command::Cdup => &COMMAND_CDUP,
            Command::Smnt => &COMMAND_SMNT,
            Command::Rein => &COMMAND_REIN,
            Command::Quit => &COMMAND_QUIT,
            Command::Port => &COMMAND_PORT,
            Command::Pasv => &COMMAND_PASV,
            Command::Mode => &COMMAND_MODE,
            Command::Type => &COMMAND_TYPE,
            Command::Stru => &COMMAND_STRU,
            Command::Allo => &COMMAND_ALLO,
            Command::Rest => &COMMAND_REST,
            Command::Stor => &COMMAND_STOR,
            Command::Stou => &COMMAND_STOU,
            Command::Retr => &COMMAND_RETR,
            Command::List => &COMMAND_LIST,
            Command::Nlst => &COMMAND_NLST,
            Command::Appe => &COMMAND_APPE,
            Command::Rnfr => &COMMAND_RNFR,
            Command::Rnto => &COMMAND_RNTO,
            Command::Abor => &COMMAND_ABOR,
            Command::Dele => &COMMAND_DELE,
            Command::Rmd => &COMMAND_RMD,
            Command::Mkd => &COMMAND_MKD,
            Command::Pwd => &COMMAND_PWD,
            Command::Syst => &COMMAND_SYST,
            Command::Stat => &COMMAND_STAT,
            Command::Help => &COMMAND_HELP,
            Command::Site => &COMMAND_SITE,
            Command::Noop => &COMMAND_NOOP,
            Command::Auth => &COMMAND_AUTH,
            Command::Adat => &COMMAND_ADAT,
            Command::Pbsz => &COMMAND_PBSZ,
            Command::Prot => &COMMAND_PROT,
            Command::Ccc => &COMMAND_CCC,
            Command::Mic => &COMMAND_MIC,
            Command::Conf => &COMMAND_CONF,
            Command::Enc => &COMMAND_ENC,
            Command::Feat => &COMMAND_FEAT,
            Command::Opts => &COMMAND_OPTS,
            Command::Eprt => &COMMAND_EPRT,
            Command::Epsv => &COMMAND_EPSV,
            Command::Lang => &COMMAND_LANG,
            Command::Mdtm => &COMMAND_MDTM,
            Command::Size => &COMMAND_SIZE,
            Command::Mlst => &COMMAND_MLST,
            Command::Mlsd => &COMMAND_MLSD,
            Command::Host => &COMMAND_HOST,
            Command::Lprt => &COMMAND_LPRT,
            Command::Lpsv => &COMMAND_LPSV,
            Command::Xcwd => &COMMAND_XCWD,
            Command::Xcup => &COMMAND_XCUP,
            Command::Xmkd => &COMMAND_XMKD,
            Command::Xrmd => &COMMAND_XRMD,
            Command::Xpwd => &COMMAND_XPWD,
            Command::Md5 => &COMMAND_MD5,
            Command::Mmd5 => &COMMAND_MMD5,
            Command::Hash => &COMMAND_HASH,
        }
    }

    /// The command whose verb is `verb`, in upper case.
    pub(crate) const fn from_upper_case(verb: &[u8]) -> Option<Command> {
        match verb {
            b"USER" => Some(Command::User),
            b"PASS" => Some(Command::Pass),
            b"ACCT" => Some(Command::Acct),
            b"CWD" => Some(Command::Cwd),
            b"CDUP" => Some(Command::Cdup),
            b"SMNT" => Some(Command::Smnt),
            b"REIN" => Some(Command::Rein),
            b"QUIT" => Some(Command::Quit),
            b"PORT" => Some(Command::Port),
            b"PASV" => Some(Command::Pasv),
            b"MODE" => Some(Command::Mode),
            b"TYPE" => Some(Command::Type),
            b"STRU" => Some(Command::Stru),
            b"ALLO" => Some(Command::Allo),
            b"REST" => Some(Command::Rest),
            b"STOR" => Some(Command::Stor),
            b"STOU" => Some(Command::Stou),
            b"RETR" => Some(Command::Retr),
            b"LIST" => Some(Command::List),
            b"NLST" => Some(Command::Nlst),
            b"APPE" => Some(Command::Appe),
            b"RNFR" => Some(Command::Rnfr),
            b"RNTO" => Some(Command::Rnto),
            b"ABOR" => Some(Command::Abor),
            b"DELE" => Some(Command::Dele),
            b"RMD" => Some(Command::Rmd),
            b"MKD" => Some(Command::Mkd),
            b"PWD" => Some(Command::Pwd),
            b"SYST" => Some(Command::Syst),
            b"STAT" => Some(Command::Stat),
            b"HELP" => Some(Command::Help),
            b"SITE" => Some(Command::Site),
            b"NOOP" => Some(Command::Noop),
            b"AUTH" => Some(Command::Auth),
            b"ADAT" => Some(Command::Adat),
            b"PBSZ" => Some(Command::Pbsz),
            b"PROT" => Some(Command::Prot),
            b"CCC" => Some(Command::Ccc),
            b"MIC" => Some(Command::Mic),
            b"CONF" => Some(Command::Conf),
            b"ENC" => Some(Command::Enc),
            b"FEAT" => Some(Command::Feat),
            b"OPTS" => Some(Command::Opts),
            b"EPRT" => Some(Command::Eprt),
            b"EPSV" => Some(Command::Epsv),
            b"LANG" => Some(Command::Lang),
            b"MDTM" => Some(Command::Mdtm),
            b"SIZE" => Some(Command::Size),
            b"MLST" => Some(Command::Mlst),
            b"MLSD" => Some(Command::Mlsd),
            b"HOST" => Some(Command::Host),
            b"LPRT" => Some(Command::Lprt),
            b"LPSV" => Some(Command::Lpsv),
            b"XCWD" => Some(Command::Xcwd),
            b"XCUP" => Some(Command::Xcup),
            b"XMKD" => Some(Command::Xmkd),
            b"XRMD" => Some(Command::Xrmd),
            b"XPWD" => Some(Command::Xpwd),
            b"MD5" => Some(Command::Md5),
            b"MMD5" => Some(Command::Mmd5),
            b"HASH" => Some(Command::Hash),
            _ => None,
        }
    }
}

static COMMAND_USER: CommandInfo = CommandInfo {
    command: Command::User,
    verb: "USER",
    name: "User name",
    summary: "Names the user to log in as; starts the login sequence.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.1", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["4", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["12.1"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[
            KnownCode::UserLoggedIn,
            KnownCode::UserLoggedInBySecurityExchange,
        ],
        intermediate: &[
            Intermediate {
                code: KnownCode::NeedPassword,
                next: &[Command::Pass],
            },
            Intermediate {
                code: KnownCode::NeedAccount,
                next: &[Command::Acct],
            },
            Intermediate {
                code: KnownCode::NeedPasswordWithChallenge,
                next: &[Command::Pass],
            },
        ],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[Deviation {
            code: KnownCode::InvalidCredentials,
            note: "Sent for a wrong user name or password by a few servers and listed in copied tables; RFC 959 uses 530.",
        }],
    },
};

static COMMAND_PASS: CommandInfo = CommandInfo {
    command: Command::Pass,
    verb: "PASS",
    name: "Password",
    summary: "Sends the password after USER.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandSuperfluous, KnownCode::UserLoggedIn],
        intermediate: &[Intermediate {
            code: KnownCode::NeedAccount,
            next: &[Command::Acct],
        }],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::BadSequence,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[Deviation {
            code: KnownCode::InvalidCredentials,
            note: "Sent for a wrong user name or password by a few servers and listed in copied tables; RFC 959 uses 530.",
        }],
    },
};

static COMMAND_ACCT: CommandInfo = CommandInfo {
    command: Command::Acct,
    verb: "ACCT",
    name: "Account",
    summary: "Sends account information, when the server asks for it with 332.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandSuperfluous, KnownCode::UserLoggedIn],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::BadSequence,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_CWD: CommandInfo = CommandInfo {
    command: Command::Cwd,
    verb: "CWD",
    name: "Change working directory",
    summary: "Changes the current directory on the server.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[Deviation {
            code: KnownCode::CommandOk,
            note: "RFC 959's own examples in Appendix II answer CWD with 200, and some servers do the same.",
        }],
    },
};

static COMMAND_CDUP: CommandInfo = CommandInfo {
    command: Command::Cdup,
    verb: "CDUP",
    name: "Change to parent directory",
    summary: "Changes to the parent of the current directory.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[Deviation {
            code: KnownCode::FileActionOk,
            note: "vsftpd and others answer CDUP like CWD, with 250.",
        }],
    },
};

static COMMAND_SMNT: CommandInfo = CommandInfo {
    command: Command::Smnt,
    verb: "SMNT",
    name: "Structure mount",
    summary: "Mounts a different file system structure; rarely implemented.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandSuperfluous, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_REIN: CommandInfo = CommandInfo {
    command: Command::Rein,
    verb: "REIN",
    name: "Reinitialize",
    summary: "Resets the session to its state right after connecting, logging the user out.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[KnownCode::ServiceReadyInMinutes],
        completion: &[KnownCode::ServiceReady],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::CommandNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_QUIT: CommandInfo = CommandInfo {
    command: Command::Quit,
    verb: "QUIT",
    name: "Logout",
    summary: "Ends the session; the server closes the control connection.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::ClosingControlConnection],
        intermediate: &[],
        errors: &[KnownCode::CommandUnrecognized],
        tolerated: &[Deviation {
            code: KnownCode::UserLoggedOut,
            note: "Listed for logout in widely copied tables of codes; RFC 959 answers QUIT with 221.",
        }],
    },
};

static COMMAND_PORT: CommandInfo = CommandInfo {
    command: Command::Port,
    verb: "PORT",
    name: "Data port",
    summary: "Gives the IPv4 address and port the server should connect to for the next transfer (active mode).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.2", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_PASV: CommandInfo = CommandInfo {
    command: Command::Pasv,
    verb: "PASV",
    name: "Passive",
    summary: "Asks the server to listen for the next data connection and say where (227).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.2", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::EnteringPassiveMode],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_MODE: CommandInfo = CommandInfo {
    command: Command::Mode,
    verb: "MODE",
    name: "Transfer mode",
    summary: "Sets the transfer mode: S (stream), B (block) or C (compressed).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.2", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_TYPE: CommandInfo = CommandInfo {
    command: Command::Type,
    verb: "TYPE",
    name: "Representation type",
    summary: "Sets the data type: A (ASCII), I (image, binary), E (EBCDIC) or L (local byte size).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.2", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_STRU: CommandInfo = CommandInfo {
    command: Command::Stru,
    verb: "STRU",
    name: "File structure",
    summary: "Sets the file structure: F (file), R (record) or P (page).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.2", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_ALLO: CommandInfo = CommandInfo {
    command: Command::Allo,
    verb: "ALLO",
    name: "Allocate",
    summary: "Reserves space for a file before it is stored.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk, KnownCode::CommandSuperfluous],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_REST: CommandInfo = CommandInfo {
    command: Command::Rest,
    verb: "REST",
    name: "Restart",
    summary: "Sets the point where the next transfer starts: a restart marker, or a byte offset in stream mode (RFC 3659).",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4", "6"],
        },
        RfcRef {
            number: 3659,
            sections: &["5.3"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[],
        intermediate: &[Intermediate {
            code: KnownCode::FileActionPending,
            next: &[Command::Retr, Command::Stor, Command::Appe],
        }],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_STOR: CommandInfo = CommandInfo {
    command: Command::Stor,
    verb: "STOR",
    name: "Store",
    summary: "Uploads a file, replacing any file of that name.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4"],
        },
        RfcRef {
            number: 1123,
            sections: &["4.1.3.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["6"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[
            KnownCode::RestartMarker,
            KnownCode::DataConnectionAlreadyOpen,
            KnownCode::FileStatusOk,
        ],
        completion: &[KnownCode::ClosingDataConnection, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::LocalProcessingError,
            KnownCode::InsufficientStorage,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::AddressFamilyNotSupported,
            KnownCode::UnknownNetworkProtocol,
            KnownCode::NotLoggedIn,
            KnownCode::NeedAccountForStoring,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::SecurityCheckFailed,
            KnownCode::PageTypeUnknown,
            KnownCode::ExceededStorageAllocation,
            KnownCode::FileNameNotAllowed,
            KnownCode::InvalidRestParameter,
            KnownCode::TypeOrStructureMismatch,
        ],
        tolerated: &[Deviation {
            code: KnownCode::FileUnavailable,
            note: "RFC 959's own scenario in section 7 answers STOR with 550, and servers use it for permission errors.",
        }],
    },
};

static COMMAND_STOU: CommandInfo = CommandInfo {
    command: Command::Stou,
    verb: "STOU",
    name: "Store unique",
    summary: "Uploads a file under a name the server chooses and reports.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["6"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[
            KnownCode::RestartMarker,
            KnownCode::DataConnectionAlreadyOpen,
            KnownCode::FileStatusOk,
        ],
        completion: &[KnownCode::ClosingDataConnection, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::LocalProcessingError,
            KnownCode::InsufficientStorage,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::AddressFamilyNotSupported,
            KnownCode::UnknownNetworkProtocol,
            KnownCode::NotLoggedIn,
            KnownCode::NeedAccountForStoring,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::SecurityCheckFailed,
            KnownCode::PageTypeUnknown,
            KnownCode::ExceededStorageAllocation,
            KnownCode::FileNameNotAllowed,
        ],
        tolerated: &[Deviation {
            code: KnownCode::FileUnavailable,
            note: "Servers use 550 for permission errors, as for STOR.",
        }],
    },
};

static COMMAND_RETR: CommandInfo = CommandInfo {
    command: Command::Retr,
    verb: "RETR",
    name: "Retrieve",
    summary: "Downloads a file.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4"],
        },
        RfcRef {
            number: 1123,
            sections: &["4.1.3.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["6"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[
            KnownCode::RestartMarker,
            KnownCode::DataConnectionAlreadyOpen,
            KnownCode::FileStatusOk,
        ],
        completion: &[KnownCode::ClosingDataConnection, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::LocalProcessingError,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::AddressFamilyNotSupported,
            KnownCode::UnknownNetworkProtocol,
            KnownCode::NotLoggedIn,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::SecurityCheckFailed,
            KnownCode::FileUnavailable,
            KnownCode::InvalidRestParameter,
            KnownCode::TypeOrStructureMismatch,
        ],
        tolerated: &[],
    },
};

static COMMAND_LIST: CommandInfo = CommandInfo {
    command: Command::List,
    verb: "LIST",
    name: "List",
    summary: "Sends a directory listing in a human-readable, server-specific format over the data connection.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["6"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[
            KnownCode::DataConnectionAlreadyOpen,
            KnownCode::FileStatusOk,
        ],
        completion: &[KnownCode::ClosingDataConnection, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::LocalProcessingError,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::AddressFamilyNotSupported,
            KnownCode::UnknownNetworkProtocol,
            KnownCode::NotLoggedIn,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::SecurityCheckFailed,
        ],
        tolerated: &[Deviation {
            code: KnownCode::FileUnavailable,
            note: "Servers answer a listing of a missing or forbidden path with 550.",
        }],
    },
};

static COMMAND_NLST: CommandInfo = CommandInfo {
    command: Command::Nlst,
    verb: "NLST",
    name: "Name list",
    summary: "Sends a list of file names, one per line, over the data connection.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["6"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[
            KnownCode::DataConnectionAlreadyOpen,
            KnownCode::FileStatusOk,
        ],
        completion: &[KnownCode::ClosingDataConnection, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::LocalProcessingError,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::AddressFamilyNotSupported,
            KnownCode::UnknownNetworkProtocol,
            KnownCode::NotLoggedIn,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::SecurityCheckFailed,
        ],
        tolerated: &[Deviation {
            code: KnownCode::FileUnavailable,
            note: "Servers answer a listing of a missing or forbidden path with 550.",
        }],
    },
};

static COMMAND_APPE: CommandInfo = CommandInfo {
    command: Command::Appe,
    verb: "APPE",
    name: "Append",
    summary: "Uploads data and appends it to a file, creating the file if needed.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "5.4"],
        },
        RfcRef {
            number: 1123,
            sections: &["4.1.3.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["6"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[
            KnownCode::RestartMarker,
            KnownCode::DataConnectionAlreadyOpen,
            KnownCode::FileStatusOk,
        ],
        completion: &[KnownCode::ClosingDataConnection, KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::LocalProcessingError,
            KnownCode::InsufficientStorage,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::AddressFamilyNotSupported,
            KnownCode::UnknownNetworkProtocol,
            KnownCode::NotLoggedIn,
            KnownCode::NeedAccountForStoring,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::SecurityCheckFailed,
            KnownCode::FileUnavailable,
            KnownCode::PageTypeUnknown,
            KnownCode::ExceededStorageAllocation,
            KnownCode::FileNameNotAllowed,
            KnownCode::InvalidRestParameter,
            KnownCode::TypeOrStructureMismatch,
        ],
        tolerated: &[],
    },
};

static COMMAND_RNFR: CommandInfo = CommandInfo {
    command: Command::Rnfr,
    verb: "RNFR",
    name: "Rename from",
    summary: "Names the file to rename; RNTO must follow.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4", "6"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[],
        intermediate: &[Intermediate {
            code: KnownCode::FileActionPending,
            next: &[Command::Rnto],
        }],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_RNTO: CommandInfo = CommandInfo {
    command: Command::Rnto,
    verb: "RNTO",
    name: "Rename to",
    summary: "Gives the new name for the file named by RNFR.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::NotLoggedIn,
            KnownCode::NeedAccountForStoring,
            KnownCode::FileNameNotAllowed,
        ],
        tolerated: &[],
    },
};

static COMMAND_ABOR: CommandInfo = CommandInfo {
    command: Command::Abor,
    verb: "ABOR",
    name: "Abort",
    summary: "Aborts the transfer in progress; the aborted command gets 426, then ABOR gets 226.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[
            KnownCode::DataConnectionOpen,
            KnownCode::ClosingDataConnection,
        ],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_DELE: CommandInfo = CommandInfo {
    command: Command::Dele,
    verb: "DELE",
    name: "Delete",
    summary: "Deletes a file.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[Deviation {
            code: KnownCode::CommandOk,
            note: "Some servers answer DELE with 200 instead of 250.",
        }],
    },
};

static COMMAND_RMD: CommandInfo = CommandInfo {
    command: Command::Rmd,
    verb: "RMD",
    name: "Remove directory",
    summary: "Removes a directory.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_MKD: CommandInfo = CommandInfo {
    command: Command::Mkd,
    verb: "MKD",
    name: "Make directory",
    summary: "Creates a directory and reports its path.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::PathCreated],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[Deviation {
            code: KnownCode::AddressFamilyNotSupported,
            note: "RFC 959's own Appendix II example answers MKD of an existing directory with 521.",
        }],
    },
};

static COMMAND_PWD: CommandInfo = CommandInfo {
    command: Command::Pwd,
    verb: "PWD",
    name: "Print working directory",
    summary: "Reports the current directory (257).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::PathCreated],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_SYST: CommandInfo = CommandInfo {
    command: Command::Syst,
    verb: "SYST",
    name: "System",
    summary: "Asks for the server's operating system type (215).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::SystemType],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_STAT: CommandInfo = CommandInfo {
    command: Command::Stat,
    verb: "STAT",
    name: "Status",
    summary: "Reports the session's status, or a file's or directory's, over the control connection.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[
            KnownCode::SystemStatus,
            KnownCode::DirectoryStatus,
            KnownCode::FileStatus,
        ],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_HELP: CommandInfo = CommandInfo {
    command: Command::Help,
    verb: "HELP",
    name: "Help",
    summary: "Asks for help text, in general or on one command.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::SystemStatus, KnownCode::HelpMessage],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_SITE: CommandInfo = CommandInfo {
    command: Command::Site,
    verb: "SITE",
    name: "Site parameters",
    summary: "Runs a server-specific command, such as SITE CHMOD.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk, KnownCode::CommandSuperfluous],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::NotLoggedIn,
        ],
        tolerated: &[],
    },
};

static COMMAND_NOOP: CommandInfo = CommandInfo {
    command: Command::Noop,
    verb: "NOOP",
    name: "No operation",
    summary: "Does nothing but get 200; keeps the connection alive.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "5.4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
        ],
        tolerated: &[],
    },
};

static COMMAND_AUTH: CommandInfo = CommandInfo {
    command: Command::Auth,
    verb: "AUTH",
    name: "Authentication/security mechanism",
    summary: "Asks for a security mechanism; AUTH TLS starts FTP over TLS.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["4"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::SecurityExchangeComplete],
        intermediate: &[Intermediate {
            code: KnownCode::SecurityMechanismOk,
            next: &[Command::Adat],
        }],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::SecurityResourceUnavailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::ParameterNotImplemented,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::RequestDeniedByPolicy,
        ],
        tolerated: &[Deviation {
            code: KnownCode::TlsSetupFailed,
            note: "Pure-FTPd sends 400 when TLS cannot be set up, then disconnects.",
        }],
    },
};

static COMMAND_ADAT: CommandInfo = CommandInfo {
    command: Command::Adat,
    verb: "ADAT",
    name: "Authentication/security data",
    summary: "Carries security data for the mechanism chosen with AUTH.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "8.2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::SecurityExchangeSucceeded],
        intermediate: &[Intermediate {
            code: KnownCode::SecurityExchangeContinue,
            next: &[Command::Adat],
        }],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::SecurityCheckFailed,
        ],
        tolerated: &[],
    },
};

static COMMAND_PBSZ: CommandInfo = CommandInfo {
    command: Command::Pbsz,
    verb: "PBSZ",
    name: "Protection buffer size",
    summary: "Sets the largest protected data block; PBSZ 0 with TLS.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["8"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::NotLoggedIn,
            KnownCode::CommandProtectionLevelDenied,
        ],
        tolerated: &[],
    },
};

static COMMAND_PROT: CommandInfo = CommandInfo {
    command: Command::Prot,
    verb: "PROT",
    name: "Data channel protection level",
    summary: "Sets how data connections are protected: C (clear), S (safe), E (confidential) or P (private).",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["9"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::SecurityResourceUnavailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::RequestDeniedByPolicy,
            KnownCode::DataProtectionLevelNotSupported,
        ],
        tolerated: &[],
    },
};

static COMMAND_CCC: CommandInfo = CommandInfo {
    command: Command::Ccc,
    verb: "CCC",
    name: "Clear command channel",
    summary: "Returns the control connection to clear text after TLS.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3"],
        },
        RfcRef {
            number: 4217,
            sections: &["5"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::RequestDeniedByPolicy,
        ],
        tolerated: &[],
    },
};

static COMMAND_MIC: CommandInfo = CommandInfo {
    command: Command::Mic,
    verb: "MIC",
    name: "Integrity protected command",
    summary: "Sends a command with integrity protection; the answer comes as a protected reply.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.2", "8.2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[
            KnownCode::IntegrityProtected,
            KnownCode::ConfidentialityAndIntegrityProtected,
            KnownCode::ConfidentialityProtected,
        ],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::SecurityCheckFailed,
            KnownCode::CommandProtectionLevelNotSupported,
        ],
        tolerated: &[],
    },
};

static COMMAND_CONF: CommandInfo = CommandInfo {
    command: Command::Conf,
    verb: "CONF",
    name: "Confidentiality protected command",
    summary: "Sends an encrypted command; the answer comes as a protected reply.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.2", "8.2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[
            KnownCode::IntegrityProtected,
            KnownCode::ConfidentialityAndIntegrityProtected,
            KnownCode::ConfidentialityProtected,
        ],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::SecurityCheckFailed,
            KnownCode::CommandProtectionLevelNotSupported,
        ],
        tolerated: &[],
    },
};

static COMMAND_ENC: CommandInfo = CommandInfo {
    command: Command::Enc,
    verb: "ENC",
    name: "Privacy protected command",
    summary: "Sends an encrypted, integrity-protected command; the answer comes as a protected reply.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.2", "8.2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[
            KnownCode::IntegrityProtected,
            KnownCode::ConfidentialityAndIntegrityProtected,
            KnownCode::ConfidentialityProtected,
        ],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::CommandProtectionLevelDenied,
            KnownCode::SecurityCheckFailed,
            KnownCode::CommandProtectionLevelNotSupported,
        ],
        tolerated: &[],
    },
};

static COMMAND_FEAT: CommandInfo = CommandInfo {
    command: Command::Feat,
    verb: "FEAT",
    name: "Feature list",
    summary: "Asks which extensions the server supports (211).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2389,
        sections: &["3.2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::SystemStatus],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_OPTS: CommandInfo = CommandInfo {
    command: Command::Opts,
    verb: "OPTS",
    name: "Options",
    summary: "Sets options of a command, such as OPTS UTF8 ON or OPTS MLST.",
    standing: Standing::Standard,
    rfc: &[
        RfcRef {
            number: 2389,
            sections: &["4"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.9"],
        },
    ],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::LocalProcessingError,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_EPRT: CommandInfo = CommandInfo {
    command: Command::Eprt,
    verb: "EPRT",
    name: "Extended port",
    summary: "Gives the address (IPv4 or IPv6) and port the server should connect to (active mode).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2428,
        sections: &["2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::UnknownNetworkProtocol,
        ],
        tolerated: &[],
    },
};

static COMMAND_EPSV: CommandInfo = CommandInfo {
    command: Command::Epsv,
    verb: "EPSV",
    name: "Extended passive",
    summary: "Asks the server to listen for the next data connection and give its port (229).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2428,
        sections: &["3"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::EnteringExtendedPassiveMode],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::UnknownNetworkProtocol,
        ],
        tolerated: &[Deviation {
            code: KnownCode::CommandOk,
            note: "RFC 2428 gives no code for EPSV ALL; vsftpd, ProFTPD and FileZilla Server answer it with 200.",
        }],
    },
};

static COMMAND_LANG: CommandInfo = CommandInfo {
    command: Command::Lang,
    verb: "LANG",
    name: "Language",
    summary: "Chooses the language of the reply texts.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 2640,
        sections: &["4.2"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::ParameterNotImplemented,
        ],
        tolerated: &[],
    },
};

static COMMAND_MDTM: CommandInfo = CommandInfo {
    command: Command::Mdtm,
    verb: "MDTM",
    name: "File modification time",
    summary: "Asks for a file's modification time, in UTC (213).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 3659,
        sections: &["3"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileStatus],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_SIZE: CommandInfo = CommandInfo {
    command: Command::Size,
    verb: "SIZE",
    name: "Size of file",
    summary: "Asks for a file's size in bytes, as it would be transferred (213).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 3659,
        sections: &["4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileStatus],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_MLST: CommandInfo = CommandInfo {
    command: Command::Mlst,
    verb: "MLST",
    name: "Listing for machine processing",
    summary: "Gives the facts of one file or directory, in a standard format, over the control connection (250).",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 3659,
        sections: &["7"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::BadSequence,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
            KnownCode::FileNameNotAllowed,
        ],
        tolerated: &[],
    },
};

static COMMAND_MLSD: CommandInfo = CommandInfo {
    command: Command::Mlsd,
    verb: "MLSD",
    name: "Listing of a directory for machine processing",
    summary: "Lists a directory in the MLST format over the data connection.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 3659,
        sections: &["7"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[KnownCode::FileStatusOk],
        completion: &[KnownCode::ClosingDataConnection],
        intermediate: &[],
        errors: &[
            KnownCode::CantOpenDataConnection,
            KnownCode::TransferAborted,
            KnownCode::LocalProcessingError,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::BadSequence,
            KnownCode::ParameterNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
            KnownCode::FileNameNotAllowed,
        ],
        tolerated: &[Deviation {
            code: KnownCode::DataConnectionAlreadyOpen,
            note: "Servers that send 125 when the data connection is already open (IIS) use it for MLSD too.",
        }],
    },
};

static COMMAND_HOST: CommandInfo = CommandInfo {
    command: Command::Host,
    verb: "HOST",
    name: "Host",
    summary: "Names the virtual host to use, before logging in.",
    standing: Standing::Standard,
    rfc: &[RfcRef {
        number: 7151,
        sections: &["3.1", "3.2", "3.3"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::ServiceReady],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::BadSequence,
            KnownCode::ParameterNotImplemented,
        ],
        tolerated: &[Deviation {
            code: KnownCode::HostUnavailable,
            note: "Listed for an unavailable host in widely copied tables; RFC 7151 uses 421 or 504.",
        }],
    },
};

static COMMAND_LPRT: CommandInfo = CommandInfo {
    command: Command::Lprt,
    verb: "LPRT",
    name: "Long port",
    summary: "Gives a long address (IPv4 or IPv6) and port for the server to connect to.",
    standing: Standing::Experimental,
    rfc: &[RfcRef {
        number: 1639,
        sections: &["2", "4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::AddressFamilyNotSupported,
        ],
        tolerated: &[],
    },
};

static COMMAND_LPSV: CommandInfo = CommandInfo {
    command: Command::Lpsv,
    verb: "LPSV",
    name: "Long passive",
    summary: "Asks the server to listen and give a long address and port (228).",
    standing: Standing::Experimental,
    rfc: &[RfcRef {
        number: 1639,
        sections: &["3", "4"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::EnteringLongPassiveMode],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::AddressFamilyNotSupported,
        ],
        tolerated: &[],
    },
};

static COMMAND_XCWD: CommandInfo = CommandInfo {
    command: Command::Xcwd,
    verb: "XCWD",
    name: "Change working directory (RFC 775)",
    summary: "The older, experimental form of CWD, still accepted by many servers; it gets the same replies.",
    standing: Standing::Obsolete,
    rfc: &[RfcRef {
        number: 959,
        sections: &["Appendix II"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_XCUP: CommandInfo = CommandInfo {
    command: Command::Xcup,
    verb: "XCUP",
    name: "Change to parent directory (RFC 775)",
    summary: "The older, experimental form of CDUP, still accepted by many servers; it gets the same replies.",
    standing: Standing::Obsolete,
    rfc: &[RfcRef {
        number: 959,
        sections: &["Appendix II"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::CommandOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_XMKD: CommandInfo = CommandInfo {
    command: Command::Xmkd,
    verb: "XMKD",
    name: "Make directory (RFC 775)",
    summary: "The older, experimental form of MKD, still accepted by many servers; it gets the same replies.",
    standing: Standing::Obsolete,
    rfc: &[RfcRef {
        number: 959,
        sections: &["Appendix II"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::PathCreated],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_XRMD: CommandInfo = CommandInfo {
    command: Command::Xrmd,
    verb: "XRMD",
    name: "Remove directory (RFC 775)",
    summary: "The older, experimental form of RMD, still accepted by many servers; it gets the same replies.",
    standing: Standing::Obsolete,
    rfc: &[RfcRef {
        number: 959,
        sections: &["Appendix II"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileActionOk],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::NotLoggedIn,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_XPWD: CommandInfo = CommandInfo {
    command: Command::Xpwd,
    verb: "XPWD",
    name: "Print working directory (RFC 775)",
    summary: "The older, experimental form of PWD, still accepted by many servers; it gets the same replies.",
    standing: Standing::Obsolete,
    rfc: &[RfcRef {
        number: 959,
        sections: &["Appendix II"],
    }],
    documents: &[],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::PathCreated],
        intermediate: &[],
        errors: &[
            KnownCode::ServiceNotAvailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_MD5: CommandInfo = CommandInfo {
    command: Command::Md5,
    verb: "MD5",
    name: "MD5 of a file",
    summary: "Asks for the MD5 digest of a file (draft-twine-ftpmd5).",
    standing: Standing::DeFacto,
    rfc: &[],
    documents: &["draft-twine-ftpmd5-00 §3.1"],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::Md5Digest],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::ParameterNotImplemented,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_MMD5: CommandInfo = CommandInfo {
    command: Command::Mmd5,
    verb: "MMD5",
    name: "MD5 of several files",
    summary: "Asks for the MD5 digests of several files (draft-twine-ftpmd5).",
    standing: Standing::DeFacto,
    rfc: &[],
    documents: &["draft-twine-ftpmd5-00 §3.2"],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::Md5Digest, KnownCode::Md5DigestList],
        intermediate: &[],
        errors: &[
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::ParameterNotImplemented,
            KnownCode::FileUnavailable,
        ],
        tolerated: &[],
    },
};

static COMMAND_HASH: CommandInfo = CommandInfo {
    command: Command::Hash,
    verb: "HASH",
    name: "Hash of a file",
    summary: "Asks for a file's hash, with the algorithm chosen by OPTS HASH (draft-bryan-ftp-hash).",
    standing: Standing::DeFacto,
    rfc: &[],
    documents: &["draft-bryan-ftp-hash §3"],
    replies: Replies {
        preliminary: &[],
        completion: &[KnownCode::FileStatus],
        intermediate: &[],
        errors: &[
            KnownCode::FileTemporarilyUnavailable,
            KnownCode::CommandUnrecognized,
            KnownCode::SyntaxErrorInArguments,
            KnownCode::CommandNotImplemented,
            KnownCode::ParameterNotImplemented,
            KnownCode::FileUnavailable,
            KnownCode::FileNameNotAllowed,
        ],
        tolerated: &[Deviation {
            code: KnownCode::HashNotPermitted,
            note: "ProFTPD's mod_digest refuses to hash some files with 556, a code of its own.",
        }],
    },
};
