//! An async FTP client on tokio and ftp-reply: the session of `examples/client.rs`, with
//! every reply read by `TokioReplyReader`, and AUTH TLS when FEAT offers it.
//!
//! ```text
//! cargo run --example async_client --features tokio -- HOST:PORT USER PASSWORD
//! ```
//!
//! `.ci/run` runs it against vsftpd (with TLS), ProFTPD and pyftpdlib on 127.0.0.1.

use std::net::IpAddr;
use std::process::ExitCode;

use ftp_reply::{Command, Judgement, OwnedReply, TokioReplyReader, Verdict};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_native_tls::{TlsConnector, TlsStream};

type Error = Box<dyn std::error::Error>;

/// A control connection: the reader owns the stream, and commands go out through `get_mut`.
struct Client<S> {
    replies: TokioReplyReader<S>,
    peer: IpAddr,
}

impl Client<TcpStream> {
    async fn connect(address: &str) -> Result<Client<TcpStream>, Error> {
        let control = TcpStream::connect(address).await?;
        let mut client = Client {
            peer: control.peer_addr()?.ip(),
            replies: TokioReplyReader::new(control),
        };
        let greeting = client.reply().await?;
        if Judgement::of_greeting(greeting.code()).verdict() != Verdict::Completion {
            return Err(format!("greeting: {greeting}").into());
        }
        Ok(client)
    }

    /// AUTH TLS, then the handshake on the same connection, refusing clear text after 234.
    async fn upgrade(mut self) -> Result<Client<TlsStream<TcpStream>>, Error> {
        self.ok("AUTH TLS").await?;
        let (stream, leftover) = self.replies.into_parts();
        if !leftover.is_empty() {
            return Err("the server sent clear text after 234: refusing to go on".into());
        }
        // The test servers use a self-signed certificate.
        let connector = native_tls::TlsConnector::builder()
            .danger_accept_invalid_certs(true)
            .build()?;
        let tls = TlsConnector::from(connector)
            .connect("localhost", stream)
            .await?;
        Ok(Client {
            replies: TokioReplyReader::new(tls),
            peer: self.peer,
        })
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> Client<S> {
    async fn reply(&mut self) -> Result<OwnedReply, Error> {
        let reply = self.replies.read_reply().await?;
        Ok(OwnedReply::from(
            reply.ok_or("the server closed the connection")?,
        ))
    }

    async fn send(&mut self, line: &str) -> Result<(OwnedReply, Verdict), Error> {
        let command = format!("{line}\r\n");
        self.replies.get_mut().write_all(command.as_bytes()).await?;
        self.finish(line).await
    }

    async fn finish(&mut self, line: &str) -> Result<(OwnedReply, Verdict), Error> {
        let verb = line.split(' ').next().unwrap_or_default();
        let command = Command::from_verb(verb.as_bytes()).ok_or("a command the table knows")?;
        loop {
            let reply = self.reply().await?;
            match command.judge(reply.code()).verdict() {
                Verdict::Preliminary => continue,
                Verdict::Unexpected => return Err(format!("{line}: unexpected {reply}").into()),
                verdict => return Ok((reply, verdict)),
            }
        }
    }

    async fn ok(&mut self, line: &str) -> Result<OwnedReply, Error> {
        match self.send(line).await? {
            (reply, Verdict::Completion | Verdict::Intermediate(_)) => Ok(reply),
            (reply, _) => Err(format!("{line}: {reply}").into()),
        }
    }

    async fn data(&mut self) -> Result<TcpStream, Error> {
        let peer = self.peer;
        let address = match self.send("EPSV").await? {
            (reply, Verdict::Completion) => reply.extended_passive_port()?.data_address(peer),
            _ => self.ok("PASV").await?.passive_address()?.data_address(peer),
        };
        Ok(TcpStream::connect(address).await?)
    }

    async fn transfer(&mut self, line: &str, upload: Option<&[u8]>) -> Result<Vec<u8>, Error> {
        let mut data = self.data().await?;
        let command = format!("{line}\r\n");
        self.replies.get_mut().write_all(command.as_bytes()).await?;
        let mut received = Vec::new();
        match upload {
            Some(bytes) => {
                data.write_all(bytes).await?;
                data.shutdown().await?;
            }
            None => {
                data.read_to_end(&mut received).await?;
            }
        }
        drop(data);
        match self.finish(line).await? {
            (_, Verdict::Completion) => Ok(received),
            (reply, _) => Err(format!("{line}: {reply}").into()),
        }
    }
}

async fn session(address: &str, user: &str, password: &str) -> Result<(), Error> {
    let mut client = Client::connect(address).await?;
    let feat = client.send("FEAT").await?.0;
    if !feat
        .features()
        .is_ok_and(|features| features.supports("AUTH"))
    {
        return transfers(client, user, password).await;
    }
    let mut client = client.upgrade().await?;
    client.ok("PBSZ 0").await?;
    client.ok("PROT C").await?;
    transfers(client, user, password).await
}

async fn transfers<S: AsyncRead + AsyncWrite + Unpin>(
    mut client: Client<S>,
    user: &str,
    password: &str,
) -> Result<(), Error> {
    client.ok(&format!("USER {user}")).await?;
    client.ok(&format!("PASS {password}")).await?;
    let feat = client.ok("FEAT").await?;
    let mdtm = feat.features()?.supports("MDTM");
    client.ok("PWD").await?.pathname()?;
    client.ok("TYPE I").await?;
    let content: Vec<u8> = (0..50_000u32).map(|n| (n % 241) as u8).collect();
    client
        .transfer("STOR ftp-reply-async.bin", Some(&content))
        .await?;
    let listing = client.transfer("LIST", None).await?;
    if !String::from_utf8_lossy(&listing).contains("ftp-reply-async.bin") {
        return Err("LIST does not show the upload".into());
    }
    let size = client.ok("SIZE ftp-reply-async.bin").await?.file_size()?;
    if size != content.len() as u64 {
        return Err(format!("SIZE says {size}, sent {}", content.len()).into());
    }
    if mdtm {
        client
            .ok("MDTM ftp-reply-async.bin")
            .await?
            .modification_time()?;
    }
    if client.transfer("RETR ftp-reply-async.bin", None).await? != content {
        return Err("RETR returned other bytes than STOR sent".into());
    }
    client.ok("DELE ftp-reply-async.bin").await?;
    client.ok("QUIT").await?;
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [address, user, password] = arguments.as_slice() else {
        eprintln!("usage: async_client HOST:PORT USER PASSWORD");
        return ExitCode::from(2);
    };
    match session(address, user, password).await {
        Ok(()) => {
            println!("async session complete");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("async_client: {error}");
            ExitCode::FAILURE
        }
    }
}
