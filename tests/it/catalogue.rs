//! The catalogue: complete, consistent with the digits, and faithful to the RFCs' texts.

use std::collections::BTreeSet;

use ftp_reply::{Category, KnownCode, ReplyCode, Standing};

/// Every three-digit code of the reference list (`shared/reference/reply-codes.tsv`).
const REFERENCE_CODES: [u16; 68] = [
    110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 228, 229, 230,
    231, 232, 234, 235, 250, 251, 252, 257, 331, 332, 334, 335, 336, 350, 400, 421, 425, 426, 430,
    431, 434, 450, 451, 452, 500, 501, 502, 503, 504, 520, 521, 522, 530, 532, 533, 534, 535, 536,
    537, 550, 551, 552, 553, 554, 555, 556, 631, 632, 633,
];

/// Codes no RFC defines that servers send.
const DE_FACTO: [u16; 5] = [251, 252, 400, 520, 556];

/// Codes from the reply lists before RFC 959 that no server in common use sends.
const HISTORICAL: [u16; 3] = [231, 430, 434];

/// Codes with more than one meaning, each of which needs a note with its source.
const SEVERAL_MEANINGS: [u16; 5] = [232, 234, 431, 521, 522];

/// The short texts of the RFCs that define the codes: RFC 959 §4.2.2, RFC 1123 §4.1.3.4,
/// RFC 1639 §3-4, RFC 2228 §5.1-5.2 and RFC 2428 §2-3.
const RFC_TEXTS: &[(u16, &str)] = &[
    (110, "Restart marker reply."),
    (120, "Service ready in nnn minutes."),
    (125, "Data connection already open; transfer starting."),
    (150, "File status okay; about to open data connection."),
    (200, "Command okay."),
    (202, "Command not implemented, superfluous at this site."),
    (211, "System status, or system help reply."),
    (212, "Directory status."),
    (213, "File status."),
    (214, "Help message."),
    (215, "NAME system type."),
    (220, "Service ready for new user."),
    (221, "Service closing control connection."),
    (225, "Data connection open; no transfer in progress."),
    (226, "Closing data connection."),
    (227, "Entering Passive Mode (h1,h2,h3,h4,p1,p2)."),
    (
        228,
        "Entering Long Passive Mode (af, hal, h1, h2, h3,..., pal, p1, p2...)",
    ),
    (229, "Extended Passive Mode Entered"),
    (230, "User logged in, proceed."),
    (232, "User logged in, authorized by security data exchange."),
    (234, "Security data exchange complete."),
    (235, "[ADAT=base64data]"),
    (250, "Requested file action okay, completed."),
    (257, "\"PATHNAME\" created."),
    (331, "User name okay, need password."),
    (332, "Need account for login."),
    (334, "[ADAT=base64data]"),
    (335, "[ADAT=base64data]"),
    (336, "Username okay, need password.  Challenge is \"....\""),
    (350, "Requested file action pending further information."),
    (421, "Service not available, closing control connection."),
    (425, "Can't open data connection."),
    (426, "Connection closed; transfer aborted."),
    (431, "Need some unavailable resource to process security."),
    (450, "Requested file action not taken."),
    (451, "Requested action aborted: local error in processing."),
    (452, "Requested action not taken."),
    (500, "Syntax error, command unrecognized."),
    (501, "Syntax error in parameters or arguments."),
    (502, "Command not implemented."),
    (503, "Bad sequence of commands."),
    (504, "Command not implemented for that parameter."),
    (521, "Supported address families are (af1, af2, ..., afn)"),
    (522, "Extended Port Failure - unknown network protocol"),
    (530, "Not logged in."),
    (532, "Need account for storing files."),
    (533, "Command protection level denied for policy reasons."),
    (534, "Request denied for policy reasons."),
    (535, "Failed security check (hash, sequence, etc)."),
    (536, "Requested PROT level not supported by mechanism."),
    (
        537,
        "Command protection level not supported by security mechanism.",
    ),
    (550, "Requested action not taken."),
    (551, "Requested action aborted: page type unknown."),
    (552, "Requested file action aborted."),
    (553, "Requested action not taken."),
    (554, "Requested action not taken: invalid REST parameter."),
    (555, "Requested action not taken: type or stru mismatch."),
    (631, "Integrity protected reply."),
    (632, "Confidentiality and integrity protected reply."),
    (633, "Confidentiality protected reply."),
];

#[test]
fn the_catalogue_holds_every_reference_code_in_order() {
    let codes: Vec<u16> = KnownCode::ALL.iter().map(|code| code.as_u16()).collect();
    assert_eq!(codes, REFERENCE_CODES);
    assert!(KnownCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

/// strum's traits, implemented by the crate without strum's derive macros.
#[cfg(feature = "strum")]
#[test]
fn strums_traits_give_the_catalogue() {
    use strum::{EnumCount, IntoEnumIterator, VariantArray};

    assert_eq!(KnownCode::ALL, KnownCode::VARIANTS);
    assert_eq!(KnownCode::ALL, KnownCode::iter().collect::<Vec<_>>());
    assert_eq!(KnownCode::ALL.len(), KnownCode::COUNT);
}

#[test]
fn every_code_round_trips_through_its_number_and_text() {
    for &code in KnownCode::ALL {
        let number = code as u16;
        assert_eq!(code.as_u16(), number);
        assert_eq!(u16::from(code), number);
        assert_eq!(KnownCode::from_u16(number), Some(code));
        assert_eq!(KnownCode::try_from(number), Ok(code));

        let text = code.to_string();
        assert_eq!(text, number.to_string());
        assert_eq!(text.parse::<KnownCode>(), Ok(code));
        assert_eq!(
            text.parse::<ReplyCode>().map(ReplyCode::known),
            Ok(Some(code))
        );

        let reply_code = ReplyCode::from(code);
        assert_eq!(reply_code, code);
        assert_eq!(KnownCode::try_from(reply_code), Ok(code));
        assert_eq!(code.as_reply_code(), reply_code);
        assert_eq!(KnownCode::from_name(code.name()), Some(code));
        assert_eq!(format!("{code:?}"), code.name());
    }
}

#[test]
fn codes_outside_the_catalogue_are_reported_as_unknown() {
    let known: BTreeSet<u16> = REFERENCE_CODES.into_iter().collect();
    for number in (100..=699).filter(|number| !known.contains(number)) {
        let code = ReplyCode::from_u16(number).unwrap();
        assert_eq!(KnownCode::from_u16(number), None);
        assert_eq!(code.info(), None);
        assert_eq!(KnownCode::try_from(code).unwrap_err().code(), code);
        assert!(number.to_string().parse::<KnownCode>().is_err());
    }
    assert!(KnownCode::try_from(1000).is_err());
}

#[test]
fn each_record_agrees_with_its_code() {
    for &code in KnownCode::ALL {
        let info = code.info();
        assert_eq!(info.code(), code);
        assert_eq!(info.name(), code.name());
        let [first, second, _] = code.as_reply_code().digits();
        assert_eq!(info.category(), Category::from_digit(first).unwrap());
        assert_eq!(code.category(), info.category());
        assert_eq!(info.function_group().digit(), second);
        assert_eq!(code.function_group(), info.function_group());
        assert!(
            std::ptr::eq(info, code.as_reply_code().info().unwrap()),
            "{code:?}"
        );
        for text in [
            info.canonical_text(),
            info.meaning(),
            info.when_you_see_it(),
            info.how_to_fix(),
        ] {
            assert!(!text.trim().is_empty(), "{code:?} has an empty text");
        }
    }
}

#[test]
fn canonical_texts_are_the_rfcs_own() {
    // The catalogue's texts use single spaces between sentences; RFC 2228 uses two.
    let single_spaced = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for &(number, rfc_text) in RFC_TEXTS {
        let code = KnownCode::from_u16(number).unwrap();
        assert_eq!(code.canonical_text(), single_spaced(rfc_text), "{number}");
    }
    let standard = KnownCode::ALL
        .iter()
        .filter(|code| matches!(code.standing(), Standing::Standard | Standing::Experimental));
    assert_eq!(standard.count(), RFC_TEXTS.len());
}

#[test]
fn standing_and_sources_match_the_reference() {
    for &code in KnownCode::ALL {
        let number = code.as_u16();
        let expected = if DE_FACTO.contains(&number) {
            Standing::DeFacto
        } else if HISTORICAL.contains(&number) {
            Standing::Historical
        } else if number == 228 {
            Standing::Experimental // RFC 1639 is an Experimental RFC.
        } else {
            Standing::Standard
        };
        assert_eq!(code.standing(), expected, "{number}");
        let in_no_rfc = matches!(expected, Standing::DeFacto | Standing::Historical);
        assert_eq!(code.rfc().is_empty(), in_no_rfc, "{number}");
        if in_no_rfc {
            assert!(
                !code.notes().is_empty(),
                "{number} needs a note saying who uses it or where it is from"
            );
        }
    }
    for number in SEVERAL_MEANINGS {
        let notes = KnownCode::from_u16(number).unwrap().notes();
        assert!(notes.len() >= 2, "{number} needs one note per meaning");
        assert!(
            notes
                .iter()
                .all(|note| !note.source().is_empty() && !note.text().is_empty())
        );
    }
}

#[test]
fn rfc_references_name_their_sections() {
    let pasv = KnownCode::EnteringPassiveMode.rfc();
    assert_eq!(pasv[0].number(), 959);
    assert_eq!(pasv[0].to_string(), "RFC 959 §4.1.2, §4.2.1, §4.2.2, §5.4");
    let appendix = KnownCode::PathCreated.rfc()[0].to_string();
    assert!(appendix.ends_with(", Appendix II"), "{appendix}");
    for &code in KnownCode::ALL {
        for reference in code.rfc() {
            assert!(
                !reference.sections().is_empty(),
                "{code:?} RFC {}",
                reference.number()
            );
        }
    }
}

#[test]
fn commands_come_from_the_command_table() {
    use ftp_reply::Command;

    assert_eq!(
        KnownCode::EnteringExtendedPassiveMode.commands(),
        [Command::Epsv]
    );
    assert_eq!(KnownCode::NeedPassword.commands(), [Command::User]);
    assert!(
        KnownCode::FileActionPending
            .commands()
            .contains(&Command::Rnfr)
    );
    assert!(
        KnownCode::FileActionPending
            .commands()
            .contains(&Command::Rest)
    );
    // A code lists exactly the commands whose replies or deviations include it.
    for &code in KnownCode::ALL {
        for &command in Command::ALL {
            let replies = command.replies();
            let listed = [
                replies.preliminary(),
                replies.completion(),
                replies.negative(),
            ]
            .iter()
            .any(|codes| codes.contains(&code))
                || replies
                    .intermediate()
                    .iter()
                    .any(|step| step.code() == code)
                || replies
                    .deviations()
                    .iter()
                    .any(|deviation| deviation.code() == code);
            assert_eq!(
                code.commands().contains(&command),
                listed,
                "{code:?} and {command}"
            );
        }
    }
}

/// Facts that reference pages on the web get wrong.
#[test]
fn texts_state_the_facts_right() {
    let all_text = |code: KnownCode| {
        let info = code.info();
        let notes = info.notes().iter().map(|note| note.text());
        [info.meaning(), info.when_you_see_it(), info.how_to_fix()]
            .into_iter()
            .chain(notes)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for &code in KnownCode::ALL {
        assert!(
            !all_text(code).contains("port 22"),
            "{code:?}: FTP does not use port 22"
        );
    }
    // Port 20 is RFC 959's default data port (§3.2), not a rule: vsftpd uses it only when
    // told to.
    assert!(all_text(KnownCode::FileStatusOk).contains("connect_from_port_20"));
    assert!(!all_text(KnownCode::CantOpenDataConnection).contains("from port 20"));
    // 331 says nothing about whether the account exists, and not every server sends it for
    // any name.
    let need_password = all_text(KnownCode::NeedPassword);
    assert!(need_password.contains("does not mean the account exists"));
    assert!(need_password.contains("530 \"Permission denied.\""));
    // 257 to MKD must carry the absolute path (RFC 959 Appendix II); 431 is not ADAT's.
    assert!(all_text(KnownCode::PathCreated).contains("must always"));
    assert!(!all_text(KnownCode::SecurityResourceUnavailable).contains("ADAT"));
    // RFC 4217 gives 521 in §10.2 and 522 in §11.4; the 522 entry says both.
    let unknown_protocol = all_text(KnownCode::UnknownNetworkProtocol);
    assert!(unknown_protocol.contains("§10.2") && unknown_protocol.contains("§11.4"));
    // 234 is RFC 2228's, not a Microsoft invention.
    assert!(
        KnownCode::SecurityExchangeComplete
            .rfc()
            .iter()
            .any(|r| r.number() == 2228)
    );
}
