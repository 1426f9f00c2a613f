//! The command table and judging replies for a command.

use ftp_reply::{Category, Command, KnownCode, ReplyCode, Standing, Verdict};

fn code(value: u16) -> ReplyCode {
    ReplyCode::from_u16(value).unwrap()
}

/// The verdict by the RFCs alone: a deviation of real servers is unexpected.
fn strict(command: Command, value: u16) -> Verdict {
    command.judge(code(value)).strict_verdict()
}

/// The verdict with the documented deviations of real servers accepted.
fn tolerant(command: Command, value: u16) -> Verdict {
    command.judge(code(value)).verdict()
}

#[test]
fn every_verb_is_found_in_any_case() {
    assert_eq!(Command::ALL.len(), 72);
    for &command in Command::ALL {
        let verb = command.verb();
        assert_eq!(Command::from_verb(verb.as_bytes()), Some(command));
        assert_eq!(
            Command::from_verb(verb.to_ascii_lowercase().as_bytes()),
            Some(command)
        );
        assert_eq!(command.to_string(), verb);
        assert_eq!(command.info().command(), command);
        assert!(!command.title().is_empty() && !command.summary().is_empty());
        assert!(
            !command.rfc().is_empty() || !command.documents().is_empty(),
            "{verb} has a source"
        );
    }
    for unknown in [&b""[..], b"RE", b"RETRX", b"XYZ", b"R\xc3\xa9TR", b"RET\0"] {
        assert_eq!(Command::from_verb(unknown), None, "{unknown:?}");
    }
    assert_eq!(Command::Xmkd.standing(), Standing::Standard); // RFC 1123 §4.1.3.1
    assert_eq!(Command::Lpsv.standing(), Standing::Experimental);
    assert_eq!(Command::Md5.standing(), Standing::DeFacto);
    assert_eq!(Command::Md5.documents(), ["draft-twine-ftpmd5-00 §3.1"]);
}

#[test]
fn each_listed_reply_gets_the_verdict_of_its_role() {
    for &command in Command::ALL {
        let replies = command.replies();
        // Listed replies are no deviation: both verdicts agree.
        let judge = |known: KnownCode| {
            let judgement = command.judge(known.as_reply_code());
            assert_eq!(judgement.deviation(), None, "{command} {known}");
            assert_eq!(judgement.strict_verdict(), judgement.verdict());
            judgement.verdict()
        };
        for &known in replies.preliminary() {
            assert_eq!(judge(known), Verdict::Preliminary);
        }
        for &known in replies.completion() {
            let expected = if known.category() == Category::Protected {
                Verdict::Protected
            } else {
                Verdict::Completion
            };
            assert_eq!(judge(known), expected, "{command} {known}");
        }
        for step in replies.intermediate() {
            assert_eq!(judge(step.code()), Verdict::Intermediate(step.next()));
        }
        for &known in replies.negative() {
            let expected = if known.as_reply_code().is_transient_negative() {
                Verdict::TransientNegative
            } else {
                Verdict::PermanentNegative
            };
            assert_eq!(judge(known), expected, "{command} {known}");
        }
    }
}

#[test]
fn sequences_say_what_to_send_next() {
    assert_eq!(
        strict(Command::User, 331),
        Verdict::Intermediate(&[Command::Pass])
    );
    assert_eq!(
        strict(Command::User, 332),
        Verdict::Intermediate(&[Command::Acct])
    );
    assert_eq!(
        strict(Command::User, 336),
        Verdict::Intermediate(&[Command::Pass])
    );
    assert_eq!(
        strict(Command::Pass, 332),
        Verdict::Intermediate(&[Command::Acct])
    );
    assert_eq!(
        strict(Command::Rnfr, 350),
        Verdict::Intermediate(&[Command::Rnto])
    );
    assert_eq!(
        strict(Command::Auth, 334),
        Verdict::Intermediate(&[Command::Adat])
    );
    let Verdict::Intermediate(after_rest) = strict(Command::Rest, 350) else {
        panic!()
    };
    assert_eq!(after_rest, [Command::Retr, Command::Stor, Command::Appe]);
}

#[test]
fn any_command_may_get_421_or_a_protected_reply() {
    for &command in Command::ALL {
        assert_eq!(
            strict(command, 421),
            Verdict::TransientNegative,
            "{command}"
        );
        for protected in [631, 632, 633] {
            assert_eq!(strict(command, protected), Verdict::Protected);
        }
    }
}

#[test]
fn deviations_are_accepted_but_flagged_and_strictly_unexpected() {
    let cases = [
        (Command::Cwd, 200, Verdict::Completion),
        (Command::Xmd5, 250, Verdict::Completion),
        (Command::Mlsd, 125, Verdict::Preliminary),
        (Command::Stor, 550, Verdict::PermanentNegative),
        (Command::List, 550, Verdict::PermanentNegative),
        (Command::Epsv, 200, Verdict::Completion),
        (Command::Epsv, 220, Verdict::Completion),
        (Command::Pasv, 425, Verdict::TransientNegative),
        (Command::Pwd, 530, Verdict::PermanentNegative),
        (Command::Feat, 530, Verdict::PermanentNegative),
    ];
    for (command, value, expected) in cases {
        assert_eq!(
            strict(command, value),
            Verdict::Unexpected,
            "{command} {value}"
        );
        let judgement = command.judge(code(value));
        assert_eq!(judgement.verdict(), expected, "{command} {value}");
        let deviation = judgement.deviation().expect("flagged as a deviation");
        assert_eq!(deviation.code(), value);
        assert!(!deviation.note().is_empty());
    }
}

#[test]
fn cdup_gets_the_replies_of_cwd() {
    // RFC 959 §5.4 lists 200 for CDUP; §4.1.1 and Appendix II give it CWD's 250, which
    // every server we ran sends, for XCUP too (RFC 1123 §4.1.3.1).
    for command in [Command::Cdup, Command::Xcup] {
        for value in [200, 250] {
            assert_eq!(
                strict(command, value),
                Verdict::Completion,
                "{command} {value}"
            );
        }
    }
    // 430 is historical: no server we ran sends it, so it is no deviation either.
    assert_eq!(tolerant(Command::Pass, 430), Verdict::Unexpected);
}

#[test]
fn replies_a_command_cannot_get_are_unexpected() {
    // The client waits forever if it takes 200 for the 250 it expects, or 226 for 150.
    assert_eq!(tolerant(Command::Rmd, 200), Verdict::Unexpected);
    assert_eq!(tolerant(Command::Retr, 227), Verdict::Unexpected);
    assert_eq!(tolerant(Command::Pasv, 229), Verdict::Unexpected);
    assert_eq!(tolerant(Command::Noop, 299), Verdict::Unexpected);
    assert_eq!(tolerant(Command::Quit, 530), Verdict::Unexpected);
}

#[test]
fn codes_list_the_commands_that_produce_them() {
    assert!(
        KnownCode::FileUnavailable
            .commands()
            .contains(&Command::Retr)
    );
    assert!(
        KnownCode::FileUnavailable
            .commands()
            .contains(&Command::Stor)
    ); // a deviation
    assert!(
        KnownCode::ServiceNotAvailable
            .commands()
            .contains(&Command::Host)
    );
    assert!(
        KnownCode::InvalidRestParameter
            .commands()
            .contains(&Command::Retr)
    );
    assert_eq!(
        KnownCode::RestartMarker.commands(),
        [Command::Stor, Command::Stou, Command::Retr, Command::Appe]
    );
}

#[cfg(feature = "serde")]
#[test]
fn commands_serialize_as_verbs() {
    assert_eq!(serde_json::to_string(&Command::Retr).unwrap(), "\"RETR\"");
    let record = serde_json::to_value(KnownCode::PathCreated.info()).unwrap();
    assert_eq!(
        record["commands"],
        serde_json::json!(["MKD", "PWD", "XMKD", "XPWD"])
    );
}
