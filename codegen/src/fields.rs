//! The fields of every generated record: the one place a field is declared.
//!
//! A record type, its accessors, the forwarding accessors on its enum, its serialization and
//! the list of its field names are all printed from these lists. A new text field is one line
//! here and its values in the data file.

/// A generated record type, such as `CodeInfo`.
pub struct Record {
    /// The type's name.
    pub name: &'static str,
    /// The type's rustdoc, Markdown.
    pub doc: &'static str,
    /// The enum whose variants each have one record, and which forwards the accessors.
    pub owner: Option<&'static str>,
    /// Whether the record implements `serde::Serialize` (with the `serde` feature).
    pub serialize: bool,
    pub fields: &'static [Field],
}

/// One field of a record.
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    /// The accessor's documentation, Markdown, one paragraph per `\n\n`.
    pub doc: &'static str,
}

/// Where a field's values come from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The record's key: stored, and never forwarded by its owner.
    Key(&'static str),
    /// A text of the data file, required in every entry: `&'static str`.
    Text,
    /// A value the generator shapes from the data, of the given Rust type.
    Shaped(&'static str),
    /// Not stored: a hand-written method of the record, serialized under this name.
    Computed,
}

impl Record {
    /// The names of the text fields, which the data file must give for every entry.
    pub fn texts(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fields
            .iter()
            .filter(|field| field.kind == Kind::Text)
            .map(|field| field.name)
    }
}

/// `CodeInfo`, the record of a reply code, in the order its fields serialize.
pub const CODE: Record = Record {
    name: "CodeInfo",
    doc: "Everything the catalogue says about one reply code.

Records are static: [`KnownCode::info`] and [`ReplyCode::info`](crate::ReplyCode::info)
return them without allocating. With the `serde` feature a record serializes with the fields
of [`CodeInfo::FIELDS`], in that order.

```
use ftp_reply::{Command, KnownCode, Standing};

let info = KnownCode::EnteringPassiveMode.info();
assert_eq!(info.canonical_text(), \"Entering Passive Mode (h1,h2,h3,h4,p1,p2).\");
assert_eq!(info.commands(), [Command::Pasv]);
assert_eq!(info.standing(), Standing::Standard);
assert_eq!(info.rfc()[0].to_string(), \"RFC 959 §4.1.2, §4.2.1, §4.2.2, §5.4\");
```",
    owner: Some("KnownCode"),
    serialize: true,
    fields: &[
        Field {
            name: "code",
            kind: Kind::Key("KnownCode"),
            doc: "The code this record describes.",
        },
        Field {
            name: "name",
            kind: Kind::Computed,
            doc: "",
        },
        Field {
            name: "title",
            kind: Kind::Text,
            doc: "A short name for the code in plain English, for headings and lists, such as \
                  `\"Can't open data connection\"`.",
        },
        Field {
            name: "canonical_text",
            kind: Kind::Text,
            doc: "The short text the defining RFC gives the code, such as `\"Not logged in.\"`.\n\n\
                  For a de facto code, the text servers usually send. Servers may send any text \
                  (RFC 959 §4.2): match on the code, never on this text.",
        },
        Field {
            name: "category",
            kind: Kind::Computed,
            doc: "",
        },
        Field {
            name: "function_group",
            kind: Kind::Computed,
            doc: "",
        },
        Field {
            name: "meaning",
            kind: Kind::Text,
            doc: "What the server is telling the client.",
        },
        Field {
            name: "when_you_see_it",
            kind: Kind::Text,
            doc: "The commands and situations that produce the code.",
        },
        Field {
            name: "how_to_fix",
            kind: Kind::Text,
            doc: "What a user, a client author and a server administrator can do about it; for \
                  a positive reply, what comes next.",
        },
        Field {
            name: "rfc",
            kind: Kind::Shaped("&'static [RfcRef]"),
            doc: "The RFC sections that define or use the code; empty for a de facto code.",
        },
        Field {
            name: "commands",
            kind: Kind::Shaped("&'static [Command]"),
            doc: "The commands that can produce the code: those whose replies in RFC 959 §5.4, \
                  the extension RFCs or the documented deviations of real servers include it. \
                  `421` and the protected replies can answer any command; they list those that \
                  name them.",
        },
        Field {
            name: "standing",
            kind: Kind::Shaped("Standing"),
            doc: "Whether an RFC defines the code, or servers use it without one.",
        },
        Field {
            name: "notes",
            kind: Kind::Shaped("&'static [Note]"),
            doc: "Other meanings of the code and where they come from, and facts worth knowing \
                  that do not fit the other fields.",
        },
    ],
};

/// `CommandInfo`, the record of a command.
pub const COMMAND: Record = Record {
    name: "CommandInfo",
    doc: "Everything the command table says about one command.

With the `serde` feature a record serializes with the fields of [`CommandInfo::FIELDS`];
the command is its verb.

```
use ftp_reply::{Command, KnownCode};

let info = Command::Pasv.info();
assert_eq!(info.title(), \"Passive\");
assert_eq!(info.replies().completion(), [KnownCode::EnteringPassiveMode]);
```",
    owner: Some("Command"),
    serialize: true,
    fields: &[
        Field {
            name: "command",
            kind: Kind::Key("Command"),
            doc: "The command this record describes.",
        },
        Field {
            name: "title",
            kind: Kind::Text,
            doc: "The command's name in plain English, for headings and lists, such as `\"Retrieve\"`.",
        },
        Field {
            name: "summary",
            kind: Kind::Text,
            doc: "One sentence on what the command does.",
        },
        Field {
            name: "standing",
            kind: Kind::Shaped("Standing"),
            doc: "Whether an RFC defines the command, or it is experimental or de facto.",
        },
        Field {
            name: "rfc",
            kind: Kind::Shaped("&'static [RfcRef]"),
            doc: "The RFC sections that define the command and its replies.",
        },
        Field {
            name: "documents",
            kind: Kind::Shaped("&'static [&'static str]"),
            doc: "Other documents that define the command, such as Internet-Drafts for de facto \
                  commands.",
        },
        Field {
            name: "replies",
            kind: Kind::Shaped("&'static Replies"),
            doc: "The replies the command can get.",
        },
    ],
};

/// `SocketError`, a Windows socket error that FTP clients print.
pub const SOCKET_ERROR: Record = Record {
    name: "SocketError",
    doc: "A Windows socket (Winsock) error that FTP clients on Windows print beside reply codes.

It is not an FTP reply: no server sends it; it describes the connection itself.

```
use ftp_diagnose::SocketError;

let error = SocketError::from_number(10060).unwrap();
assert_eq!(error.name(), \"WSAETIMEDOUT\");
```",
    owner: None,
    serialize: true,
    fields: &[
        Field {
            name: "number",
            kind: Kind::Key("u16"),
            doc: "The Winsock error number, such as `10060`.",
        },
        Field {
            name: "name",
            kind: Kind::Shaped("&'static str"),
            doc: "The symbolic name, such as `\"WSAETIMEDOUT\"`.",
        },
        Field {
            name: "meaning",
            kind: Kind::Text,
            doc: "What went wrong with the connection.",
        },
        Field {
            name: "how_to_fix",
            kind: Kind::Text,
            doc: "What a user or an administrator can do about it.",
        },
    ],
};

/// `CauseInfo`, a cause of trouble that `diagnose` finds in a log.
pub const CAUSE: Record = Record {
    name: "CauseInfo",
    doc: "What the catalogue of causes says about one cause of trouble in an FTP session.

With the `serde` feature a record serializes with the fields of [`CauseInfo::FIELDS`]; the
cause is its id.

```
use ftp_diagnose::Cause;

let info = Cause::PassiveAddress.info();
assert_eq!(info.cause().id(), \"passive-address\");
assert!(info.fix_server().contains(\"pasv_address\"));
```",
    owner: Some("Cause"),
    serialize: true,
    fields: &[
        Field {
            name: "cause",
            kind: Kind::Key("Cause"),
            doc: "The cause this record describes.",
        },
        Field {
            name: "title",
            kind: Kind::Text,
            doc: "A short heading, such as `\"The login was refused\"`.",
        },
        Field {
            name: "explanation",
            kind: Kind::Text,
            doc: "What is going on, for someone reading their own log.",
        },
        Field {
            name: "fix_user",
            kind: Kind::Text,
            doc: "What the person running the client can do.",
        },
        Field {
            name: "fix_client",
            kind: Kind::Text,
            doc: "What the author of an FTP client or library can do.",
        },
        Field {
            name: "fix_server",
            kind: Kind::Text,
            doc: "What the server's administrator can do, with the settings of common servers.",
        },
    ],
};
