//! The command table and judging replies for a command.

use ftp_reply::{Category, Command, KnownCode, Mode, ReplyCode, Standing, Verdict};

fn code(value: u16) -> ReplyCode {
    ReplyCode::from_u16(value).unwrap()
}

fn verdict(command: Command, value: u16, mode: Mode) -> Verdict {
    command.judge(code(value), mode).verdict()
}

#[test]
fn every_verb_is_found_in_any_case() {
    assert_eq!(Command::ALL.len(), 61);
    for &command in Command::ALL {
        let verb = command.verb();
        assert_eq!(Command::from_verb(verb.as_bytes()), Some(command));
        assert_eq!(
            Command::from_verb(verb.to_ascii_lowercase().as_bytes()),
            Some(command)
        );
        assert_eq!(command.to_string(), verb);
        assert_eq!(command.info().command(), command);
        assert!(!command.name().is_empty() && !command.summary().is_empty());
        assert!(
            !command.rfc().is_empty() || !command.documents().is_empty(),
            "{verb} has a source"
        );
    }
    for unknown in [&b""[..], b"RE", b"RETRX", b"XYZ", b"R\xc3\xa9TR", b"RET\0"] {
        assert_eq!(Command::from_verb(unknown), None, "{unknown:?}");
    }
    assert_eq!(Command::Xmkd.standing(), Standing::Obsolete);
    assert_eq!(Command::Lpsv.standing(), Standing::Experimental);
    assert_eq!(Command::Md5.standing(), Standing::DeFacto);
    assert_eq!(Command::Md5.documents(), ["draft-twine-ftpmd5-00 §3.1"]);
}

#[test]
fn each_listed_reply_gets_the_verdict_of_its_role() {
    for &command in Command::ALL {
        let replies = command.replies();
        for mode in [Mode::Strict, Mode::Tolerant] {
            for &known in replies.preliminary() {
                assert_eq!(
                    command.judge(known.code(), mode).verdict(),
                    Verdict::Preliminary
                );
            }
            for &known in replies.completion() {
                let expected = if known.category() == Category::Protected {
                    Verdict::Protected
                } else {
                    Verdict::Done
                };
                assert_eq!(
                    command.judge(known.code(), mode).verdict(),
                    expected,
                    "{command} {known}"
                );
            }
            for step in replies.intermediate() {
                assert_eq!(
                    command.judge(step.code().code(), mode).verdict(),
                    Verdict::SendNext(step.next())
                );
            }
            for &known in replies.errors() {
                let expected = if known.code().is_transient_negative() {
                    Verdict::TransientFailure
                } else {
                    Verdict::PermanentFailure
                };
                let judgement = command.judge(known.code(), mode);
                assert_eq!(
                    (judgement.verdict(), judgement.deviation()),
                    (expected, None),
                    "{command} {known}"
                );
            }
        }
    }
}

#[test]
fn sequences_say_what_to_send_next() {
    assert_eq!(
        verdict(Command::User, 331, Mode::Strict),
        Verdict::SendNext(&[Command::Pass])
    );
    assert_eq!(
        verdict(Command::User, 332, Mode::Strict),
        Verdict::SendNext(&[Command::Acct])
    );
    assert_eq!(
        verdict(Command::User, 336, Mode::Strict),
        Verdict::SendNext(&[Command::Pass])
    );
    assert_eq!(
        verdict(Command::Pass, 332, Mode::Strict),
        Verdict::SendNext(&[Command::Acct])
    );
    assert_eq!(
        verdict(Command::Rnfr, 350, Mode::Strict),
        Verdict::SendNext(&[Command::Rnto])
    );
    assert_eq!(
        verdict(Command::Auth, 334, Mode::Strict),
        Verdict::SendNext(&[Command::Adat])
    );
    let Verdict::SendNext(after_rest) = verdict(Command::Rest, 350, Mode::Strict) else {
        panic!()
    };
    assert_eq!(after_rest, [Command::Retr, Command::Stor, Command::Appe]);
}

#[test]
fn any_command_may_get_421_or_a_protected_reply() {
    for &command in Command::ALL {
        assert_eq!(
            verdict(command, 421, Mode::Strict),
            Verdict::TransientFailure,
            "{command}"
        );
        for protected in [631, 632, 633] {
            assert_eq!(
                verdict(command, protected, Mode::Strict),
                Verdict::Protected
            );
        }
    }
}

#[test]
fn deviations_are_accepted_only_in_tolerant_mode_and_flagged() {
    let cases = [
        (Command::Cwd, 200, Verdict::Done),
        (Command::Cdup, 250, Verdict::Done),
        (Command::Dele, 200, Verdict::Done),
        (Command::Mlsd, 125, Verdict::Preliminary),
        (Command::Stor, 550, Verdict::PermanentFailure),
        (Command::List, 550, Verdict::PermanentFailure),
        (Command::Epsv, 200, Verdict::Done),
        (Command::Pass, 430, Verdict::TransientFailure),
    ];
    for (command, value, expected) in cases {
        assert_eq!(
            verdict(command, value, Mode::Strict),
            Verdict::Unexpected,
            "{command} {value}"
        );
        let judgement = command.judge(code(value), Mode::Tolerant);
        assert_eq!(judgement.verdict(), expected, "{command} {value}");
        let deviation = judgement.deviation().expect("flagged as a deviation");
        assert_eq!(deviation.code(), value);
        assert!(!deviation.note().is_empty());
    }
    assert_eq!(Mode::default(), Mode::Tolerant);
}

#[test]
fn replies_a_command_cannot_get_are_unexpected() {
    // The client waits forever if it takes 200 for the 250 it expects, or 226 for 150.
    assert_eq!(
        verdict(Command::Rmd, 200, Mode::Tolerant),
        Verdict::Unexpected
    );
    assert_eq!(
        verdict(Command::Retr, 227, Mode::Tolerant),
        Verdict::Unexpected
    );
    assert_eq!(
        verdict(Command::Pasv, 229, Mode::Tolerant),
        Verdict::Unexpected
    );
    assert_eq!(
        verdict(Command::Noop, 299, Mode::Tolerant),
        Verdict::Unexpected
    );
    assert_eq!(
        verdict(Command::Quit, 530, Mode::Tolerant),
        Verdict::Unexpected
    );
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
    ); // tolerated
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
