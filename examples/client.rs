//! A blocking FTP client on ftp-reply: a whole session against a real server, every reply
//! read by `ReplyReader`, judged for its command and its payload read by the helpers.
//!
//! ```text
//! cargo run --example client -- HOST:PORT USER PASSWORD
//! ```
//!
//! Logs in, reads FEAT and PWD, lists over EPSV (falling back to PASV), uploads a file,
//! checks SIZE and MDTM, downloads it and compares it byte for byte, deletes it and quits.
//! `.ci/run` runs it against vsftpd, ProFTPD and pyftpdlib on 127.0.0.1.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::ExitCode;

use ftp_reply::{Command, Judgement, OwnedReply, ReplyCode, ReplyReader, Verdict};

/// A control connection: commands out, judged replies in.
struct Client {
    control: TcpStream,
    replies: ReplyReader<TcpStream>,
}

type Error = Box<dyn std::error::Error>;

impl Client {
    fn connect(address: &str) -> Result<Client, Error> {
        let control = TcpStream::connect(address)?;
        let mut client = Client {
            replies: ReplyReader::new(control.try_clone()?),
            control,
        };
        let greeting = client.reply()?;
        expect(
            Judgement::of_greeting(greeting.code()),
            &greeting,
            "the greeting",
        )?;
        Ok(client)
    }

    fn reply(&mut self) -> Result<OwnedReply, Error> {
        let reply = self
            .replies
            .read_reply()?
            .ok_or("the server closed the connection")?;
        Ok(OwnedReply::from(reply))
    }

    /// Sends `line` and returns the reply that ends it, after any preliminary ones.
    fn send(&mut self, line: &str) -> Result<(OwnedReply, Verdict), Error> {
        println!(
            "> {}",
            if line.starts_with("PASS ") {
                "PASS ****"
            } else {
                line
            }
        );
        self.control.write_all(format!("{line}\r\n").as_bytes())?;
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
        let peer = self.control.peer_addr()?.ip();
        let address: SocketAddr = match self.send("EPSV")? {
            (reply, Verdict::Completion) => reply.extended_passive_port()?.data_address(peer),
            _ => self.ok("PASV")?.passive_address()?.data_address(peer),
        };
        Ok(TcpStream::connect(address)?)
    }

    /// Runs a transfer command: sends `upload`, or returns what the server sent.
    fn transfer(&mut self, line: &str, upload: Option<&[u8]>) -> Result<Vec<u8>, Error> {
        let mut data = self.data()?;
        println!("> {line}");
        self.control.write_all(format!("{line}\r\n").as_bytes())?;
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

fn expect(judgement: Judgement, reply: &OwnedReply, what: &str) -> Result<(), Error> {
    match judgement.verdict() {
        Verdict::Completion => Ok(()),
        _ => Err(format!("{what}: {reply}").into()),
    }
}

fn session(address: &str, user: &str, password: &str) -> Result<(), Error> {
    let mut client = Client::connect(address)?;
    client.ok(&format!("USER {user}"))?;
    client.ok(&format!("PASS {password}"))?;
    let feat = client.ok("FEAT")?;
    let features = feat.features()?;
    println!("  features: {}", features.clone().count());
    let pwd = client.ok("PWD")?;
    println!(
        "  current directory: {}",
        String::from_utf8_lossy(&pwd.pathname()?.path())
    );
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
    let (bye, _) = client.send("QUIT")?;
    if bye.code() != ReplyCode::from_u16(221)? {
        return Err(format!("QUIT: {bye}").into());
    }
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
