//! A blocking FTP client on ftp-reply: a whole session against a real server, every reply
//! read by `ReplyReader`, judged for its command and its payload read by the helpers.
//!
//! ```text
//! cargo run --example client -- HOST:PORT USER PASSWORD
//! ```
//!
//! Protects the control connection with AUTH TLS when FEAT offers it, handing the stream
//! from the reader to TLS after 234; logs in, reads PWD, lists over EPSV (falling back to
//! PASV), uploads a file, checks SIZE and MDTM, downloads it and compares it byte for byte,
//! deletes it and quits. `.ci/run` runs it against vsftpd (with TLS), ProFTPD and pyftpdlib
//! on 127.0.0.1.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::process::ExitCode;

use ftp_reply::{Command, Judgement, OwnedReply, ReplyReader, Verdict};
use native_tls::{TlsConnector, TlsStream};

type Error = Box<dyn std::error::Error>;

/// A control connection: commands out and judged replies in, over a `TcpStream` or, after
/// AUTH TLS, a `TlsStream`. The reader owns the stream; commands go out through `get_mut`.
struct Client<S> {
    replies: ReplyReader<S>,
    peer: IpAddr,
}

impl Client<TcpStream> {
    fn connect(address: &str) -> Result<Client<TcpStream>, Error> {
        let control = TcpStream::connect(address)?;
        let mut client = Client {
            peer: control.peer_addr()?.ip(),
            replies: ReplyReader::new(control),
        };
        let greeting = client.reply()?;
        if Judgement::of_greeting(greeting.code()).verdict() != Verdict::Completion {
            return Err(format!("greeting: {greeting}").into());
        }
        Ok(client)
    }

    /// AUTH TLS, then the TLS handshake on the same connection. The reader gives the stream
    /// back; a byte it still holds arrived in clear text after 234, and is refused.
    fn upgrade(mut self) -> Result<Client<TlsStream<TcpStream>>, Error> {
        self.ok("AUTH TLS")?;
        let (stream, leftover) = self.replies.into_parts();
        if !leftover.is_empty() {
            return Err("the server sent clear text after 234: refusing to go on".into());
        }
        // The test servers use a self-signed certificate.
        let tls = TlsConnector::builder()
            .danger_accept_invalid_certs(true)
            .build()?
            .connect("localhost", stream)?;
        println!("  the control connection is protected by TLS");
        Ok(Client {
            replies: ReplyReader::new(tls),
            peer: self.peer,
        })
    }
}

impl<S: Read + Write> Client<S> {
    fn reply(&mut self) -> Result<OwnedReply, Error> {
        let reply = self.replies.read_reply()?;
        Ok(OwnedReply::from(
            reply.ok_or("the server closed the connection")?,
        ))
    }

    /// Sends `line` and returns the reply that ends it, after any preliminary ones.
    fn send(&mut self, line: &str) -> Result<(OwnedReply, Verdict), Error> {
        let shown = if line.starts_with("PASS ") {
            "PASS ****"
        } else {
            line
        };
        println!("> {shown}");
        self.replies
            .get_mut()
            .write_all(format!("{line}\r\n").as_bytes())?;
        self.finish(line)
    }

    /// Reads the replies to `line` until one ends it.
    fn finish(&mut self, line: &str) -> Result<(OwnedReply, Verdict), Error> {
        let verb = line.split(' ').next().unwrap_or_default();
        let command = Command::from_verb(verb.as_bytes()).ok_or("a command the table knows")?;
        loop {
            let reply = self.reply()?;
            println!("< {reply}");
            let judgement = command.judge(reply.code());
            if let Some(deviation) = judgement.deviation() {
                println!("  (a known deviation: {})", deviation.note());
            }
            match judgement.verdict() {
                Verdict::Preliminary => continue,
                Verdict::Unexpected => return Err(format!("{line}: unexpected {reply}").into()),
                verdict => return Ok((reply, verdict)),
            }
        }
    }

    /// Sends `line`, which must succeed.
    fn ok(&mut self, line: &str) -> Result<OwnedReply, Error> {
        match self.send(line)? {
            (reply, Verdict::Completion | Verdict::Intermediate(_)) => Ok(reply),
            (reply, _) => Err(format!("{line}: {reply}").into()),
        }
    }

    /// A data connection to the control connection's peer: EPSV, or PASV if that fails.
    fn data(&mut self) -> Result<TcpStream, Error> {
        let address: SocketAddr = match self.send("EPSV")? {
            (reply, Verdict::Completion) => reply.extended_passive_port()?.data_address(self.peer),
            _ => self.ok("PASV")?.passive_address()?.data_address(self.peer),
        };
        Ok(TcpStream::connect(address)?)
    }

    /// Runs a transfer command: sends `upload`, or returns what the server sent.
    fn transfer(&mut self, line: &str, upload: Option<&[u8]>) -> Result<Vec<u8>, Error> {
        let mut data = self.data()?;
        println!("> {line}");
        self.replies
            .get_mut()
            .write_all(format!("{line}\r\n").as_bytes())?;
        let mut received = Vec::new();
        match upload {
            Some(bytes) => data.write_all(bytes)?,
            None => {
                data.read_to_end(&mut received)?;
            }
        }
        drop(data);
        match self.finish(line)? {
            (_, Verdict::Completion) => Ok(received),
            (reply, _) => Err(format!("{line}: {reply}").into()),
        }
    }
}

fn session(address: &str, user: &str, password: &str) -> Result<(), Error> {
    let mut client = Client::connect(address)?;
    let feat = client.send("FEAT")?.0;
    let offers_tls = feat
        .features()
        .is_ok_and(|features| features.supports("AUTH"));
    if !offers_tls {
        return transfers(client, user, password);
    }
    let mut client = client.upgrade()?;
    client.ok("PBSZ 0")?;
    // The data connections stay in clear text: the point here is the control connection.
    client.ok("PROT C")?;
    transfers(client, user, password)
}

/// Logs in and runs the transfers, over whatever protects the control connection.
fn transfers<S: Read + Write>(
    mut client: Client<S>,
    user: &str,
    password: &str,
) -> Result<(), Error> {
    client.ok(&format!("USER {user}"))?;
    client.ok(&format!("PASS {password}"))?;
    let feat = client.ok("FEAT")?;
    let features = feat.features()?;
    let pwd = client.ok("PWD")?;
    let path = pwd.pathname()?.path().into_owned();
    println!("  current directory: {}", String::from_utf8_lossy(&path));
    client.ok("TYPE I")?;

    let content: Vec<u8> = (0..50_000u32).map(|n| (n % 251) as u8).collect();
    client.transfer("STOR ftp-reply-example.bin", Some(&content))?;
    let listing = client.transfer("LIST", None)?;
    if !String::from_utf8_lossy(&listing).contains("ftp-reply-example.bin") {
        return Err("LIST does not show the upload".into());
    }
    let size = client.ok("SIZE ftp-reply-example.bin")?.file_size()?;
    if size != content.len() as u64 {
        return Err(format!("SIZE says {size}, sent {}", content.len()).into());
    }
    if features.supports("MDTM") {
        let time = client
            .ok("MDTM ftp-reply-example.bin")?
            .modification_time()?;
        println!("  modified: {time}");
    }
    let downloaded = client.transfer("RETR ftp-reply-example.bin", None)?;
    if downloaded != content {
        return Err("RETR returned other bytes than STOR sent".into());
    }
    client.ok("DELE ftp-reply-example.bin")?;
    client.ok("QUIT")?;
    Ok(())
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [address, user, password] = arguments.as_slice() else {
        eprintln!("usage: client HOST:PORT USER PASSWORD");
        return ExitCode::from(2);
    };
    match session(address, user, password) {
        Ok(()) => {
            println!("session complete");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("client: {error}");
            ExitCode::FAILURE
        }
    }
}
