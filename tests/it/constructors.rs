//! Every number and every three-byte spelling through the `ReplyCode` constructors.

use ftp_reply::{Category, FunctionGroup, InvalidReplyCode, KnownCode, ReplyCode};

fn well_formed(value: u16) -> bool {
    (100..=699).contains(&value)
}

#[test]
fn numbers_0_to_1000_are_accepted_exactly_when_well_formed() {
    for value in 0..=1000u16 {
        let code = ReplyCode::from_u16(value);
        assert_eq!(code.is_ok(), well_formed(value), "from_u16({value})");
        assert_eq!(ReplyCode::try_from(value), code);
        match code {
            Ok(code) => {
                assert_eq!(code.as_u16(), value);
                assert_eq!(u16::from(code), value);
                assert_eq!(code, value);
                assert_eq!(value, code);
            }
            Err(error) => assert_eq!(error, InvalidReplyCode::OutOfRange { value }),
        }
    }
}

#[test]
fn text_of_0_to_1000_is_accepted_exactly_when_well_formed() {
    for value in 0..=1000u16 {
        // Both the zero-padded spelling ("007") and the plain one ("7").
        for text in [format!("{value:03}"), value.to_string()] {
            let expected = text.len() == 3 && well_formed(value);
            let parsed = text.parse::<ReplyCode>();
            assert_eq!(parsed.is_ok(), expected, "{text:?}");
            assert_eq!(ReplyCode::from_bytes(text.as_bytes()), parsed);
            assert_eq!(ReplyCode::try_from(text.as_str()), parsed);
            assert_eq!(ReplyCode::try_from(text.as_bytes()), parsed);
            if let Ok(code) = parsed {
                assert_eq!(code.as_u16(), value);
                assert_eq!(code.as_str(), text);
                assert_eq!(code.to_string(), text);
            }
        }
    }
}

#[test]
fn every_byte_in_every_position_is_checked() {
    for position in 0..3 {
        for byte in 0..=u8::MAX {
            let mut text = *b"250";
            text[position] = byte;
            let result = ReplyCode::from_bytes(&text);
            let digit = byte.is_ascii_digit();
            let expected = if !digit {
                Err(InvalidReplyCode::NotDigit {
                    index: position,
                    byte,
                })
            } else if position == 0 && !(b'1'..=b'6').contains(&byte) {
                Err(InvalidReplyCode::FirstDigit { digit: byte })
            } else {
                Ok(u16::from(byte - b'0') * [100, 10, 1][position] + [50, 200, 250][position])
            };
            assert_eq!(result.map(ReplyCode::as_u16), expected, "{text:?}");
        }
    }
}

#[test]
fn errors_name_what_was_wrong_and_where() {
    let cases: [(&[u8], InvalidReplyCode, &str); 5] = [
        (
            b"",
            InvalidReplyCode::Length { len: 0 },
            "a reply code has three digits, found 0 bytes",
        ),
        (
            b"2000",
            InvalidReplyCode::Length { len: 4 },
            "a reply code has three digits, found 4 bytes",
        ),
        (
            b"2 0",
            InvalidReplyCode::NotDigit {
                index: 1,
                byte: b' ',
            },
            "byte 1 of the reply code is ' ', expected an ASCII digit",
        ),
        (
            b"20\n",
            InvalidReplyCode::NotDigit {
                index: 2,
                byte: b'\n',
            },
            "byte 2 of the reply code is '\\n', expected an ASCII digit",
        ),
        (
            b"099",
            InvalidReplyCode::FirstDigit { digit: b'0' },
            "reply code starts with 0, expected a digit from 1 to 6",
        ),
    ];
    for (input, error, message) in cases {
        assert_eq!(ReplyCode::from_bytes(input), Err(error));
        assert_eq!(error.to_string(), message);
    }
    // Multi-byte UTF-8 is reported at its first byte, never split or panicked on.
    assert_eq!(
        "2é".parse::<ReplyCode>(),
        Err(InvalidReplyCode::NotDigit {
            index: 1,
            byte: 0xC3
        })
    );
}

#[test]
fn classification_follows_the_digits() {
    for value in 100..=699u16 {
        let code = ReplyCode::from_u16(value).unwrap();
        let [first, second, third] = code.digits();
        assert_eq!(
            u16::from(first) * 100 + u16::from(second) * 10 + u16::from(third),
            value
        );

        let category = code.category();
        assert_eq!(category.digit(), first);
        assert_eq!(Category::from_digit(first), Some(category));
        assert_eq!(code.function_group(), FunctionGroup::from_digit(second));
        assert_eq!(code.function_group().is_some(), second <= 5);

        let predicates = [
            code.is_positive_preliminary(),
            code.is_positive_completion(),
            code.is_positive_intermediate(),
            code.is_transient_negative(),
            code.is_permanent_negative(),
            code.is_protected(),
        ];
        let expected: Vec<bool> = (1..=6).map(|digit| digit == first).collect();
        assert_eq!(predicates.to_vec(), expected, "{value}");
        assert_eq!(code.is_positive(), (1..=3).contains(&first));
        assert_eq!(code.is_negative(), (4..=5).contains(&first));
        assert_eq!(code.is_retryable(), first == 4);

        assert_eq!(code.known(), KnownCode::from_u16(value));
        assert_eq!(code.info().map(|info| info.code()), code.known());
    }
}

#[test]
fn digits_outside_the_catalogue_have_no_category_or_group() {
    for digit in [0, 7, 8, 9, 10, 255] {
        assert_eq!(Category::from_digit(digit), None);
    }
    for digit in [6, 7, 8, 9, 10, 255] {
        assert_eq!(FunctionGroup::from_digit(digit), None);
    }
    for category in Category::ALL {
        assert_eq!(Category::from_digit(category.digit()), Some(category));
    }
    for group in FunctionGroup::ALL {
        assert_eq!(FunctionGroup::from_digit(group.digit()), Some(group));
    }
}

#[test]
fn codes_order_and_compare_by_number() {
    let low = ReplyCode::from_u16(150).unwrap();
    let high = ReplyCode::from_u16(226).unwrap();
    assert!(low < high);
    assert_eq!(high, KnownCode::ClosingDataConnection);
    assert_eq!(KnownCode::ClosingDataConnection, high);
    assert_ne!(low, KnownCode::ClosingDataConnection);
    assert_eq!(format!("{low:?}"), "150");
    assert_eq!(format!("[{high:>5}]"), "[  226]");
    assert_eq!(size_of::<Option<ReplyCode>>(), 2);
}
