//! Fixtures and reference drivers shared by the parser tests.
#![allow(dead_code)] // the benches and the example that include it use part of it, and so do feature sets without `std`

use ftp_reply::{Frame, ParseErrorKind, ParserConfig, ReplyFramer};

/// What a parse of a stream produced, with offsets from the start of the stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Reply {
        offset: usize,
        code: u16,
        multiline: bool,
        lines: Vec<Vec<u8>>,
        len: usize,
    },
    Error {
        offset: usize,
        kind: ParseErrorKind,
    },
}

pub fn reply_event(offset: usize, reply: &ftp_reply::Reply<'_>) -> Event {
    Event::Reply {
        offset,
        code: reply.code().as_u16(),
        multiline: reply.is_multiline(),
        lines: reply.lines().map(<[u8]>::to_vec).collect(),
        len: reply.len(),
    }
}

/// Steps `framer` over `buffer` (the stream offset of its first byte is `base`) until it
/// needs more input or the stream ends, consuming what it says and recording each reply and
/// error.
fn frame(
    framer: &mut ReplyFramer,
    buffer: &mut Vec<u8>,
    base: &mut usize,
    ended: bool,
    events: &mut Vec<Event>,
) {
    loop {
        let consumed = match framer.step(buffer, ended) {
            Frame::Reply(reply) => {
                events.push(reply_event(*base, &reply));
                reply.len()
            }
            Frame::Malformed { error, skip } => {
                events.push(Event::Error {
                    offset: *base + error.offset(),
                    kind: error.kind(),
                });
                skip
            }
            Frame::Skip(count) => count,
            Frame::Partial | Frame::End => return,
        };
        buffer.drain(..consumed);
        *base += consumed;
    }
}

/// Parses a whole buffer, recovering from each error as [`ReplyFramer`] says.
pub fn parse_whole(input: &[u8], config: ParserConfig) -> Vec<Event> {
    let mut events = Vec::new();
    let mut buffer = input.to_vec();
    frame(
        &mut ReplyFramer::with_config(config),
        &mut buffer,
        &mut 0,
        true,
        &mut events,
    );
    events
}

/// Parses `input` fed in pieces of the given sizes (cycled), as a network client would,
/// with one framer that keeps its progress between pieces.
pub fn parse_chunked(input: &[u8], sizes: &[usize], config: ParserConfig) -> Vec<Event> {
    let mut framer = ReplyFramer::with_config(config);
    let mut events = Vec::new();
    let mut buffer: Vec<u8> = Vec::new();
    let mut base = 0; // stream offset of buffer[0]
    let mut fed = 0;
    let mut sizes = sizes.iter().cycle();
    loop {
        let at_end = fed == input.len();
        frame(&mut framer, &mut buffer, &mut base, at_end, &mut events);
        if at_end {
            return events;
        }
        let size = (*sizes.next().unwrap()).max(1).min(input.len() - fed);
        buffer.extend_from_slice(&input[fed..fed + size]);
        fed += size;
    }
}

/// The codes of the replies in `events`, errors as 0.
pub fn codes(events: &[Event]) -> Vec<u16> {
    events
        .iter()
        .map(|event| match event {
            Event::Reply { code, .. } => *code,
            Event::Error { .. } => 0,
        })
        .collect()
}

/// A server's replies as a client sees them, in that server's own style.
pub struct Fixture {
    pub server: &'static str,
    pub bytes: &'static [u8],
    pub codes: &'static [u16],
}

/// Sessions in the style of the servers people run. Each follows RFC 959, so each parses
/// the same with the default and the strict configuration.
pub const FIXTURES: &[Fixture] = &[
    Fixture {
        server: "vsftpd 3.0",
        bytes: b"220 (vsFTPd 3.0.3)\r\n\
331 Please specify the password.\r\n\
530 Login incorrect.\r\n\
331 Please specify the password.\r\n\
230 Login successful.\r\n\
215 UNIX Type: L8\r\n\
211-Features:\r\n EPRT\r\n EPSV\r\n MDTM\r\n PASV\r\n REST STREAM\r\n SIZE\r\n TVFS\r\n UTF8\r\n211 End\r\n\
214-The following commands are recognized.\r\n ABOR ACCT ALLO APPE CDUP CWD  DELE EPRT EPSV FEAT HELP LIST MDTM MKD\r\n MODE NLST NOOP OPTS PASS PASV PORT PWD  QUIT REIN REST RETR RMD  RNFR\r\n RNTO SITE SIZE SMNT STAT STOR STOU STRU SYST TYPE USER XCUP XCWD XMKD\r\n XPWD XRMD\r\n214 Help OK.\r\n\
211-FTP server status:\r\n     Connected to 127.0.0.1\r\n     Logged in as alice\r\n     TYPE: ASCII\r\n     Session timeout in seconds is 300\r\n     vsFTPd 3.0.3 - secure, fast, stable\r\n211 End of status\r\n\
257 \"/home/alice\" is the current directory\r\n\
257 \"/home/alice/a\"\"b\" created\r\n\
550 Failed to change directory.\r\n\
200 Switching to Binary mode.\r\n\
227 Entering Passive Mode (127,0,0,1,195,80).\r\n\
150 Here comes the directory listing.\r\n\
226 Directory send OK.\r\n\
229 Entering Extended Passive Mode (|||50001|)\r\n\
213 4096\r\n\
213 20240131154502\r\n\
350 Restart position accepted (100).\r\n\
350 Ready for RNTO.\r\n\
250 Rename successful.\r\n\
550 Delete operation failed.\r\n\
500 Unknown command.\r\n\
200 NOOP ok.\r\n\
221 Goodbye.\r\n",
        codes: &[
            220, 331, 530, 331, 230, 215, 211, 214, 211, 257, 257, 550, 200, 227, 150, 226, 229,
            213, 213, 350, 350, 250, 550, 500, 200, 221,
        ],
    },
    Fixture {
        server: "ProFTPD 1.3",
        bytes: b"220 ProFTPD Server (Debian) [::ffff:127.0.0.1]\r\n\
331 Password required for alice\r\n\
230 User alice logged in\r\n\
211-Features:\r\n AUTH TLS\r\n MFF modify;UNIX.group;UNIX.mode;\r\n REST STREAM\r\n MLST modify*;perm*;size*;type*;unique*;UNIX.group*;UNIX.mode*;UNIX.owner*;\r\n LANG en-US*\r\n EPRT\r\n EPSV\r\n MDTM\r\n SIZE\r\n211 End\r\n\
214-The following commands are recognized (* =>'s unimplemented):\r\n\
214-CWD     XCWD    CDUP    XCUP    SMNT*   QUIT    PORT    PASV    \r\n\
214-EPRT    EPSV    ALLO*   RNFR    RNTO    DELE    MDTM    RMD     \r\n\
214 Direct comments to root@localhost\r\n\
250-Start of list for /srv\r\n modify=20240131154502;perm=flcdmpe;type=dir;unique=803U2;UNIX.mode=0755; /srv\r\n250 End of list\r\n\
550 missing: No such file or directory\r\n\
425 Unable to build data connection: Connection refused\r\n\
450 No files found\r\n\
421 Idle timeout (300 seconds): closing control connection\r\n",
        codes: &[220, 331, 230, 211, 214, 250, 550, 425, 450, 421],
    },
    Fixture {
        server: "Pure-FTPd 1.0",
        bytes: b"220---------- Welcome to Pure-FTPd [privsep] [TLS] ----------\r\n\
220-You are user number 1 of 50 allowed.\r\n\
220-Local time is now 10:00. Server port: 21.\r\n\
220-This is a private system - No anonymous login\r\n\
220 You will be disconnected after 15 minutes of inactivity.\r\n\
331 User alice OK. Password required\r\n\
230 OK. Current directory is /\r\n\
227 Entering Passive Mode (127,0,0,1,117,56)\r\n\
150 Accepted data connection\r\n\
226-Options: -a -l \r\n\
226 3 matches total\r\n\
521 Data connection cannot be opened with this PROT setting.\r\n",
        codes: &[220, 331, 230, 227, 150, 226, 521],
    },
    Fixture {
        server: "FileZilla Server 1.8",
        bytes: b"220-FileZilla Server 1.8.0\r\n\
220 Please visit https://filezilla-project.org/\r\n\
331 Please, specify the password.\r\n\
230 Login successful.\r\n\
215 UNIX emulated by FileZilla.\r\n\
211-Features:\r\n MDTM\r\n REST STREAM\r\n SIZE\r\n MLST type*;size*;modify*;perm*;\r\n MLSD\r\n AUTH SSL\r\n AUTH TLS\r\n PROT\r\n PBSZ\r\n UTF8\r\n TVFS\r\n EPSV\r\n EPRT\r\n MFMT\r\n211 End\r\n\
229 Entering Extended Passive Mode (|||51234|)\r\n\
150 About to start data transfer.\r\n\
226 Operation successful\r\n",
        codes: &[220, 331, 230, 215, 211, 229, 150, 226],
    },
    Fixture {
        server: "Microsoft IIS 10",
        bytes: b"220 Microsoft FTP Service\r\n\
331 Password required\r\n\
230-Directory has 50,688,942,080 bytes of disk space available.\r\n\
230 User logged in.\r\n\
215 Windows_NT\r\n\
257 \"/\" is current directory.\r\n\
125 Data connection already open; Transfer starting.\r\n\
226 Transfer complete.\r\n\
550 The system cannot find the file specified. \r\n\
534 Policy requires SSL.\r\n",
        codes: &[220, 331, 230, 215, 257, 125, 226, 550, 534],
    },
    Fixture {
        server: "pyftpdlib 1.5",
        bytes: b"220 pyftpdlib 1.5.10 ready.\r\n\
331 Username ok, send password.\r\n\
530 Authentication failed.\r\n\
230 Login successful.\r\n\
211-Features supported:\r\n EPRT\r\n EPSV\r\n MDTM\r\n MFMT\r\n MLST type*;perm*;size*;modify*;unique*;unix.mode;unix.uid;unix.gid;\r\n REST STREAM\r\n SIZE\r\n TVFS\r\n UTF8\r\n211 End FEAT.\r\n\
214-The following commands are recognized:\r\n ABOR ALLO APPE CDUP CWD  DELE EPRT EPSV FEAT HELP LIST MDTM MFMT\r\n MKD  MLSD MLST MODE NLST NOOP OPTS PASS PASV PORT PWD  QUIT REIN\r\n214 Help command successful.\r\n\
257 \"/\" is the current directory.\r\n\
500 Command \"XYZZY\" not understood.\r\n",
        codes: &[220, 331, 530, 230, 211, 214, 257, 500],
    },
];

/// The RFC 959 §4.2 example: an inner line that begins with digits after padding.
pub const RFC_959_EXAMPLE: &[u8] =
    b"123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n123 The last line\r\n";

/// Every fixture, one after the other.
pub fn all_fixtures() -> Vec<u8> {
    let mut stream = RFC_959_EXAMPLE.to_vec();
    for fixture in FIXTURES {
        stream.extend_from_slice(fixture.bytes);
    }
    stream
}

/// The fixtures, plus bad lines, deviations and limits, so that recovery is split too.
pub fn mixed_stream() -> Vec<u8> {
    let mut stream = all_fixtures();
    stream.extend_from_slice(b"oops\r\n220Welcome\r\n200-a\nb\n200\n");
    stream.extend_from_slice(&[b'x'; 40]);
    stream.extend_from_slice(b"\r\n226-\r\n");
    stream.extend_from_slice(&b"0123456789".repeat(7));
    stream.extend_from_slice(b"\r\n226 Done\r\n150 \xe9t\xe9\r\n421 Bye\r\n220-unterminated\r\n");
    stream
}

/// Limits small enough for the mixed stream to cross them.
pub fn small_limits() -> ParserConfig {
    let mut config = ParserConfig::new();
    config.max_line_length = 32;
    config.max_reply_length = 1024;
    config
}

/// About 4 MB of server output for benchmarks: every fixture (greetings, banners, FEAT, HELP,
/// STAT, PASV and EPSV, errors) and a 200-line STAT listing, repeated.
pub fn benchmark_stream() -> Vec<u8> {
    let mut unit = all_fixtures();
    unit.extend_from_slice(b"213-Parsed of /srv/pub:\r\n");
    for index in 0..200 {
        let line = format!(
            " -rw-r--r--    1 1000     1000       {:>8} Jan 31 15:45 release-{index:03}.tar.gz\r\n",
            index * 4096 + 17
        );
        unit.extend_from_slice(line.as_bytes());
    }
    unit.extend_from_slice(b"213 End of status\r\n");
    let copies = 4_000_000 / unit.len() + 1;
    unit.repeat(copies)
}

/// The sessions the real-server tests recorded (`tests/sessions/`, whose README gives the
/// format): Debian 12's vsftpd 3.0.3, ProFTPD 1.3.8, Pure-FTPd 1.0.50 and GNU inetutils
/// ftpd 2.4, and pyftpdlib 2.2.0.
pub const SESSIONS: [&str; 5] = [
    include_str!("../sessions/vsftpd.session"),
    include_str!("../sessions/proftpd.session"),
    include_str!("../sessions/pure-ftpd.session"),
    include_str!("../sessions/gnu-inetutils-ftpd.session"),
    include_str!("../sessions/pyftpdlib.session"),
];

/// What the server sent in a recorded session: each `S: ` line with its CRLF.
pub fn server_bytes(session: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    for line in session.lines() {
        if let Some(reply) = line.strip_prefix("S: ") {
            bytes.extend_from_slice(reply.as_bytes());
            bytes.extend_from_slice(b"\r\n");
        }
    }
    bytes
}

/// About 4 MB of what the real servers sent in the recorded sessions, one after the other,
/// repeated: 17 KB of mostly single-line replies.
pub fn recorded_stream() -> Vec<u8> {
    let unit: Vec<u8> = SESSIONS
        .iter()
        .flat_map(|session| server_bytes(session))
        .collect();
    unit.repeat(4_000_000 / unit.len() + 1)
}

/// A stream made on the fly: `head`, then `body` repeated until `len` bytes, then `tail`.
pub struct Generated {
    parts: [Vec<u8>; 3],
    len: u64,
    sent: u64,
}

impl Generated {
    pub fn new(head: &[u8], body: &[u8], len: u64, tail: &[u8]) -> Generated {
        Generated {
            parts: [head.to_vec(), body.to_vec(), tail.to_vec()],
            len,
            sent: 0,
        }
    }
}

impl std::io::Read for Generated {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let [head, body, tail] = &self.parts;
        let mut written = 0;
        while written < buffer.len() {
            let at = self.sent;
            let byte = if at < head.len() as u64 {
                head[at as usize]
            } else if at < self.len {
                body[((at - head.len() as u64) % body.len() as u64) as usize]
            } else if at < self.len + tail.len() as u64 {
                tail[(at - self.len) as usize]
            } else {
                break;
            };
            buffer[written] = byte;
            written += 1;
            self.sent += 1;
        }
        Ok(written)
    }
}
