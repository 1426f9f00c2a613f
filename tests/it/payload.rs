//! The data inside replies: well-formed, odd-but-real and malformed text, never a panic.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use ftp_reply::{
    ExtendedPassivePort, LongPassiveAddress, ModificationTime, PassiveAddress, Pathname,
    PayloadErrorKind, Reply, RestartMarker, SystemType,
};

/// The path with doubled quotes undone, from the borrowed segments.
fn joined(path: &Pathname<'_>) -> Vec<u8> {
    path.segments().flatten().copied().collect()
}

fn reply(bytes: &[u8]) -> Reply<'_> {
    Reply::parse(bytes).unwrap().complete().unwrap()
}

fn kind<T: std::fmt::Debug>(
    result: Result<T, ftp_reply::PayloadError>,
) -> (PayloadErrorKind, usize) {
    let error = result.unwrap_err();
    (error.kind(), error.offset())
}

#[test]
fn pasv_addresses_in_the_forms_servers_send() {
    let cases: [(&[u8], [u8; 4], u16); 5] = [
        (
            b"Entering Passive Mode (192,168,1,20,195,80).",
            [192, 168, 1, 20],
            50000,
        ),
        (
            b"Entering Passive Mode (127,0,0,1,117,56)",
            [127, 0, 0, 1],
            30008,
        ),
        (b"Entering Passive Mode 10,0,0,1,4,1", [10, 0, 0, 1], 1025),
        (b"=203,0,113,5,0,21", [203, 0, 113, 5], 21),
        (
            b"Entering Passive Mode ( 0, 0, 0, 0, 7, 208 )",
            [0, 0, 0, 0],
            2000,
        ),
    ];
    for (text, ip, port) in cases {
        let pasv = PassiveAddress::parse(text).unwrap();
        assert_eq!(
            (pasv.ip(), pasv.port()),
            (Ipv4Addr::from(ip), port),
            "{text:?}"
        );
    }
    let zero = PassiveAddress::parse(b"(0,0,0,0,7,208)").unwrap();
    assert!(zero.is_unspecified());
    let peer = IpAddr::V6(Ipv6Addr::LOCALHOST);
    assert_eq!(zero.data_address(peer), SocketAddr::new(peer, 2000));
    for private in [
        "10,1,2,3",
        "172,16,0,1",
        "192,168,0,1",
        "127,0,0,1",
        "169,254,1,1",
        "100,64,0,1",
    ] {
        let text = format!("({private},4,1)");
        assert!(
            PassiveAddress::parse(text.as_bytes())
                .unwrap()
                .is_internal(),
            "{private}"
        );
    }
    let public = PassiveAddress::parse(b"(203,0,113,5,4,1)").unwrap();
    assert!(!public.is_internal() && !public.is_unspecified());
    assert_eq!(public.announced().to_string(), "203.0.113.5:1025");
}

#[test]
fn malformed_pasv_addresses_are_errors() {
    assert_eq!(
        kind(PassiveAddress::parse(b"(192,0,2,256,4,1)")),
        (PayloadErrorKind::OutOfRange, 9)
    );
    assert_eq!(
        kind(PassiveAddress::parse(b"(192,0,2,7,0,0)")),
        (PayloadErrorKind::PortZero, 14)
    );
    assert_eq!(
        kind(PassiveAddress::parse(b"(192,0,2,7,4)")),
        (PayloadErrorKind::Syntax, 12)
    );
    assert_eq!(
        kind(PassiveAddress::parse(b"(192,0,2,7,4,")),
        (PayloadErrorKind::Truncated, 13)
    );
    assert_eq!(
        kind(PassiveAddress::parse(b"Entering Passive Mode")),
        (PayloadErrorKind::Missing, 21)
    );
    assert_eq!(
        kind(PassiveAddress::parse(b"(99999999999999999999,0,0,0,1,1)")),
        (PayloadErrorKind::OutOfRange, 1)
    );
}

#[test]
fn epsv_ports_with_any_delimiter() {
    let port = |text: &[u8]| ExtendedPassivePort::parse(text).map(|p| p.port());
    assert_eq!(port(b"Entering Extended Passive Mode (|||6446|)"), Ok(6446));
    assert_eq!(port(b"Entering Extended Passive Mode (!!!6446!)"), Ok(6446));
    assert_eq!(port(b"EPSV (###65535#) ok"), Ok(65535));
    assert_eq!(
        kind(port(b"Entering Extended Passive Mode (|||)")),
        (PayloadErrorKind::Syntax, 35)
    );
    assert_eq!(kind(port(b"(|||0|)")), (PayloadErrorKind::PortZero, 4));
    assert_eq!(
        kind(port(b"(|||65536|)")),
        (PayloadErrorKind::OutOfRange, 4)
    );
    assert_eq!(kind(port(b"(||6446|)")), (PayloadErrorKind::Syntax, 3));
    assert_eq!(kind(port(b"(|||6446!)")), (PayloadErrorKind::Syntax, 8));
    assert_eq!(kind(port(b"(1116441)")), (PayloadErrorKind::Syntax, 1));
    assert_eq!(
        kind(port(b"Entering Extended Passive Mode")),
        (PayloadErrorKind::Missing, 30)
    );
    assert_eq!(kind(port(b"(|||6446")), (PayloadErrorKind::Truncated, 8));
    let peer = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
    assert_eq!(
        ExtendedPassivePort::parse(b"(|||21|)")
            .unwrap()
            .data_address(peer)
            .to_string(),
        "192.0.2.1:21"
    );
}

#[test]
fn lpsv_addresses_for_ipv4_and_ipv6() {
    let v4 =
        LongPassiveAddress::parse(b"Entering Long Passive Mode (4,4,192,0,2,7,2,195,80)").unwrap();
    assert_eq!(v4.address().to_string(), "192.0.2.7:50000");
    let v6 =
        LongPassiveAddress::parse(b"(6,16,32,1,13,184,0,0,0,0,0,0,0,0,0,0,0,1,2,4,1)").unwrap();
    assert_eq!(v6.address().to_string(), "[2001:db8::1]:1025");
    assert_eq!(
        kind(LongPassiveAddress::parse(b"(4,16,1,2,3,4)")),
        (PayloadErrorKind::AddressFamily, 1)
    );
    assert_eq!(
        kind(LongPassiveAddress::parse(b"(4,4,1,2,3,4,3,0,4,1)")),
        (PayloadErrorKind::AddressFamily, 1)
    );
    assert_eq!(
        kind(LongPassiveAddress::parse(b"(4,4,1,2,3,4,2,0,0)")),
        (PayloadErrorKind::PortZero, 1)
    );
}

#[test]
fn pathnames_with_quotes_commentary_and_worse() {
    let path = Pathname::parse(br#""/a""b" created"#).unwrap();
    assert_eq!(joined(&path), br#"/a"b"#);
    assert_eq!(path.commentary(), b"created");
    let plain = Pathname::parse(br#""/home/alice" is the current directory"#).unwrap();
    assert_eq!(joined(&plain), b"/home/alice");
    #[cfg(feature = "alloc")]
    {
        // Borrowed when no quote needs undoing; owned otherwise.
        assert!(matches!(
            plain.path(),
            std::borrow::Cow::Borrowed(b"/home/alice")
        ));
        assert!(matches!(path.path(), std::borrow::Cow::Owned(owned) if owned == br#"/a"b"#));
    }
    let spaces = Pathname::parse(br#""/My Documents/x ""y"" z""" "#).unwrap();
    assert_eq!(joined(&spaces), br#"/My Documents/x "y" z""#);
    assert_eq!(spaces.commentary(), b"");
    let empty = Pathname::parse(br#""" is odd"#).unwrap();
    assert_eq!(joined(&empty), b"");

    let unquoted = Pathname::parse(b"/usr/home is current directory.").unwrap();
    assert_eq!(
        (joined(&unquoted), unquoted.is_quoted()),
        (b"/usr/home".to_vec(), false)
    );
    assert_eq!(unquoted.commentary(), b"is current directory.");
    // The quoted name wherever it stands (a peer's test suite had one after commentary), and
    // no path in a text with neither quotes nor a word that looks like one.
    let later = Pathname::parse(br#"there is rubbish all over "/this/is/the/path""#).unwrap();
    assert_eq!(
        (joined(&later), later.is_quoted()),
        (b"/this/is/the/path".to_vec(), true)
    );
    assert_eq!(later.commentary(), b"there is rubbish all over");
    assert_eq!(
        kind(Pathname::parse(b"Created your requested directory")),
        (PayloadErrorKind::Missing, 0)
    );
    let windows = Pathname::parse(br"C:\ftp is current directory").unwrap();
    assert_eq!(joined(&windows), br"C:\ftp");

    let control = Pathname::parse(b"\"/tmp/\x1b[2Jx\" created").unwrap();
    assert!(control.has_control_characters());
    assert!(!plain.has_control_characters());

    assert_eq!(
        kind(Pathname::parse(br#""unterminated"#)),
        (PayloadErrorKind::Truncated, 13)
    );
    assert_eq!(
        kind(Pathname::parse(br#""/a""b"#)),
        (PayloadErrorKind::Truncated, 6)
    );
    assert_eq!(
        kind(Pathname::parse(b"   ")),
        (PayloadErrorKind::Missing, 3)
    );

    let mkd = reply(b"257 \"/srv/new\" created\r\n");
    assert_eq!(joined(&mkd.pathname().unwrap()), b"/srv/new");
    let wrong = reply(b"550 \"/srv/new\": File exists\r\n");
    assert!(matches!(
        wrong.pathname().unwrap_err().kind(),
        PayloadErrorKind::UnexpectedCode { .. }
    ));
}

/// The size in a 213 reply with this text.
fn file_size(text: &[u8]) -> Result<u64, ftp_reply::PayloadError> {
    reply(&[b"213 ", text, b"\r\n"].concat()).file_size()
}

/// The size in a 150 reply with this text.
fn transfer_size(text: &[u8]) -> Result<u64, ftp_reply::PayloadError> {
    reply(&[b"150 ", text, b"\r\n"].concat()).transfer_size()
}

#[test]
fn sizes_from_size_and_transfer_replies() {
    assert_eq!(file_size(b"0"), Ok(0));
    assert_eq!(file_size(b"18446744073709551615"), Ok(u64::MAX));
    assert_eq!(
        kind(file_size(b"18446744073709551616")),
        (PayloadErrorKind::OutOfRange, 0)
    );
    assert_eq!(kind(file_size(b"-1")), (PayloadErrorKind::Syntax, 0));
    assert_eq!(kind(file_size(b"")), (PayloadErrorKind::Truncated, 0));
    assert_eq!(
        kind(file_size(b"4096 bytes")),
        (PayloadErrorKind::Syntax, 5)
    );
    assert_eq!(reply(b"213 4096\r\n").file_size(), Ok(4096));

    assert_eq!(
        transfer_size(b"Opening BINARY mode data connection for report.pdf (48213 bytes)."),
        Ok(48213)
    );
    assert_eq!(
        transfer_size(b"Opening data connection for (1) (2 bytes) (7 bytes)"),
        Ok(7)
    );
    assert_eq!(
        kind(transfer_size(b"Here comes the directory listing.")),
        (PayloadErrorKind::Missing, 33)
    );
    assert_eq!(
        kind(transfer_size(b"file ( bytes)")),
        (PayloadErrorKind::Syntax, 6)
    );
    assert_eq!(
        kind(transfer_size(b"file 12 bytes)")),
        (PayloadErrorKind::Syntax, 5)
    );
    assert_eq!(reply(b"150 Opening (10 bytes)\r\n").transfer_size(), Ok(10));
    assert_eq!(
        reply(b"125 Transfer starting (10 bytes)\r\n").transfer_size(),
        Ok(10)
    );
}

#[test]
fn modification_times_are_validated() {
    let time = ModificationTime::parse(b"20240131154502").unwrap();
    assert_eq!(
        (time.hour(), time.minute(), time.second(), time.nanosecond()),
        (15, 45, 2, 0)
    );
    assert_eq!(time.to_string(), "2024-01-31T15:45:02Z");
    assert_eq!(
        ModificationTime::parse(b"19981231235960.123456789123")
            .unwrap()
            .to_string(),
        "1998-12-31T23:59:60.123456789Z"
    );
    assert_eq!(
        ModificationTime::parse(b"20000229000000.5")
            .unwrap()
            .nanosecond(),
        500_000_000
    );
    assert_eq!(
        reply(b"213 20240131154502\r\n").modification_time(),
        Ok(time)
    );

    let bad: [(&[u8], PayloadErrorKind, usize); 10] = [
        (b"20231301000000", PayloadErrorKind::OutOfRange, 4),
        (b"20230229000000", PayloadErrorKind::OutOfRange, 6),
        (b"21000229000000", PayloadErrorKind::OutOfRange, 6),
        (b"20230431000000", PayloadErrorKind::OutOfRange, 6),
        (b"20230101240000", PayloadErrorKind::OutOfRange, 8),
        (b"20230101006100", PayloadErrorKind::OutOfRange, 10),
        (b"20230101000061", PayloadErrorKind::OutOfRange, 12),
        (b"191000101000000", PayloadErrorKind::Syntax, 14), // the Y2K bug: year 19100
        (b"2023010100000", PayloadErrorKind::Truncated, 13),
        (b"20230101000000.", PayloadErrorKind::Truncated, 15),
    ];
    for (text, expected, offset) in bad {
        assert_eq!(
            kind(ModificationTime::parse(text)),
            (expected, offset),
            "{text:?}"
        );
    }
    assert_eq!(
        kind(ModificationTime::parse(b"00000101000000")),
        (PayloadErrorKind::OutOfRange, 0)
    );
    assert_eq!(
        kind(ModificationTime::parse(b"20230101000000 UTC")),
        (PayloadErrorKind::Syntax, 15)
    );
}

#[test]
fn feat_lists_in_both_styles() {
    let rfc = reply(
        b"211-Features:\r\n MDTM\r\n REST STREAM\r\n MLST type*;size*;\r\n UTF8\r\n211 End\r\n",
    );
    let names: Vec<&[u8]> = rfc.features().unwrap().map(|f| f.name()).collect();
    assert_eq!(names, [&b"MDTM"[..], b"REST", b"MLST", b"UTF8"]);
    assert_eq!(
        rfc.features().unwrap().get("rest").unwrap().parameters(),
        b"STREAM"
    );
    // `get` searches every feature, however far iteration has got.
    let mut features = rfc.features().unwrap();
    assert_eq!(features.nth(2).map(|f| f.name()), Some(&b"MLST"[..]));
    assert!(features.supports("MDTM") && features.supports("utf8"));
    assert_eq!(features.map(|f| f.name()).collect::<Vec<_>>(), [b"UTF8"]);

    // Servers that repeat the code on every line.
    let prefixed = reply(b"211-Extensions supported:\r\n211-SIZE\r\n211-AUTH TLS\r\n211 END\r\n");
    let features: Vec<(&[u8], &[u8])> = prefixed
        .features()
        .unwrap()
        .map(|f| (f.name(), f.parameters()))
        .collect();
    assert_eq!(features, [(&b"SIZE"[..], &b""[..]), (b"AUTH", b"TLS")]);

    let none = reply(b"211 No features\r\n");
    assert_eq!(none.features().unwrap().count(), 0);
    assert!(reply(b"500 FEAT not understood\r\n").features().is_err());
}

#[test]
fn restart_markers_system_types_and_protected_replies() {
    let marker = reply(b"110 MARK 00001 = 4096\r\n")
        .restart_marker()
        .unwrap();
    assert_eq!(
        (marker.user(), marker.server()),
        (&b"00001"[..], &b"4096"[..])
    );
    assert_eq!(
        kind(RestartMarker::parse(b"MARK 1=2")),
        (PayloadErrorKind::Truncated, 8)
    );
    assert_eq!(
        kind(RestartMarker::parse(b"MARK 1 = ")),
        (PayloadErrorKind::Truncated, 9)
    );
    assert_eq!(
        kind(RestartMarker::parse(b"Restart here")),
        (PayloadErrorKind::Syntax, 0)
    );

    let windows = reply(b"215 Windows_NT\r\n").system_type().unwrap();
    assert_eq!(
        (windows.name(), windows.details(), windows.is_unix()),
        (&b"Windows_NT"[..], &b""[..], false)
    );
    assert_eq!(kind(SystemType::parse(b"")), (PayloadErrorKind::Missing, 0));

    let protected = reply(b"632-MjAw\r\n632-IE9L\r\n632 Lg==\r\n")
        .protected()
        .unwrap();
    let mut message = [0u8; 16];
    let len = protected.decode_into(&mut message).unwrap();
    assert_eq!(&message[..len], b"200 OK.");
    assert_eq!(
        kind(protected.decode_into(&mut message[..3])),
        (PayloadErrorKind::OutOfRange, 5)
    );
    assert_eq!(
        kind(reply(b"631 not*base64\r\n").protected()),
        (PayloadErrorKind::Syntax, 3)
    );
    assert!(reply(b"230 OK\r\n").protected().is_err());
}

#[test]
fn payloads_are_read_from_whichever_line_holds_them() {
    // aioftp answers PASV with a multi-line 227 whose last line has the address.
    let pasv = reply(b"227-listen socket created\r\n227 (127,0,0,1,143,127)\r\n");
    assert_eq!(pasv.passive_address().unwrap().port(), 143 * 256 + 127);
    let epsv = reply(b"229-Extended passive\r\n229 Entering (|||50001|)\r\n");
    assert_eq!(epsv.extended_passive_port().unwrap().port(), 50001);
    // When no line holds it, the error is the first line's, and names the payload.
    let none = reply(b"227-no address\r\n227 here either\r\n")
        .passive_address()
        .unwrap_err();
    assert_eq!(none.payload(), ftp_reply::PayloadKind::PassiveAddress);
    assert_eq!(none.kind(), PayloadErrorKind::Missing);
    assert!(
        none.to_string().ends_with("of a 227 passive address"),
        "{none}"
    );
}

#[cfg(feature = "alloc")]
#[test]
fn doubled_iac_bytes_in_paths_stand_for_one() {
    // Telnet doubles a data byte 0xFF on the control connection.
    let path = Pathname::parse(b"\"/caf\xff\xffe\" created").unwrap();
    assert_eq!(path.escaped(), b"/caf\xff\xffe");
    assert_eq!(path.path().as_ref(), b"/caf\xffe");
    let mixed = Pathname::parse(b"\"/a\"\"\xff\xff\xffb\"").unwrap();
    assert_eq!(mixed.path().as_ref(), b"/a\"\xff\xffb");
}

#[cfg(feature = "std")]
#[test]
fn modification_times_become_system_times() {
    use std::time::{Duration, SystemTime};
    let time = ModificationTime::parse(b"20240229154502.25").unwrap();
    assert_eq!(time.unix_time(), (1_709_221_502, 250_000_000));
    assert_eq!(
        time.to_system_time(),
        SystemTime::UNIX_EPOCH + Duration::new(1_709_221_502, 250_000_000)
    );
    let before_1970 = ModificationTime::parse(b"19691231235959").unwrap();
    assert_eq!(before_1970.unix_time(), (-1, 0));
    let leap = ModificationTime::parse(b"20161231235960").unwrap();
    assert_eq!(leap.unix_time().0, 1_483_228_800);
}
