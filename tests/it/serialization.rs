//! Codes serialize as integers and are validated when deserialized; categories, groups and
//! standings as snake_case strings; records with the field names their `FIELDS` list.
#![cfg(feature = "serde")]

use ftp_reply::{
    Category, CodeInfo, Command, CommandInfo, FunctionGroup, KnownCode, ReplyCode, Standing,
};
use serde_json::{Value, json};

#[test]
fn every_known_code_round_trips_as_an_integer() {
    for &code in KnownCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.as_u16().to_string());
        assert_eq!(serde_json::from_str::<KnownCode>(&json).unwrap(), code);
        assert_eq!(serde_json::to_string(&code.as_reply_code()).unwrap(), json);
        assert_eq!(serde_json::from_str::<ReplyCode>(&json).unwrap(), code);
    }
}

#[test]
fn codes_are_validated_when_deserialized() {
    for accepted in ["100", "299", "699", "\"530\"", "\"631\""] {
        assert!(
            serde_json::from_str::<ReplyCode>(accepted).is_ok(),
            "{accepted}"
        );
    }
    for rejected in [
        "0", "99", "700", "1000", "70000", "-1", "\"53\"", "\"5 0\"", "5.3", "null",
    ] {
        let error = serde_json::from_str::<ReplyCode>(rejected)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("an FTP reply code") || error.contains("invalid type"),
            "{rejected}: {error}"
        );
    }
    let unknown = serde_json::from_str::<KnownCode>("299")
        .unwrap_err()
        .to_string();
    assert!(
        unknown.contains("reply code 299 is not in the catalogue"),
        "{unknown}"
    );
}

#[test]
fn classifications_are_snake_case_strings() {
    let categories: Vec<Value> = Category::ALL.iter().map(|c| json!(c)).collect();
    assert_eq!(
        categories,
        [
            "positive_preliminary",
            "positive_completion",
            "positive_intermediate",
            "transient_negative",
            "permanent_negative",
            "protected",
        ]
    );
    let groups: Vec<Value> = FunctionGroup::ALL.iter().map(|g| json!(g)).collect();
    assert_eq!(
        groups,
        [
            "syntax",
            "information",
            "connections",
            "authentication",
            "unspecified",
            "file_system"
        ]
    );
    assert_eq!(json!(Standing::DeFacto), "de_facto");
    for category in Category::ALL {
        assert_eq!(
            serde_json::from_value::<Category>(json!(category)).unwrap(),
            category
        );
    }
}

/// The keys of a serialized record, in order.
fn keys(record: &Value) -> Vec<&str> {
    record
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn records_serialize_with_their_listed_field_names() {
    for code in KnownCode::ALL {
        let record = serde_json::to_value(code.info()).unwrap();
        assert_eq!(keys(&record), CodeInfo::FIELDS, "{code}");
    }
    for command in Command::ALL {
        let record = serde_json::to_value(command.info()).unwrap();
        assert_eq!(keys(&record), CommandInfo::FIELDS, "{command}");
    }

    let record = serde_json::to_value(KnownCode::FileUnavailable.info()).unwrap();
    assert_eq!(record["code"], 550);
    assert_eq!(record["name"], "FileUnavailable");
    assert_eq!(record["category"], "permanent_negative");
    assert_eq!(record["function_group"], "file_system");
    assert_eq!(record["standing"], "standard");
    assert_eq!(
        record["rfc"][0],
        json!({ "number": 959, "sections": ["4.2.1", "4.2.2", "5.4", "7"] })
    );
    assert_eq!(record["commands"][0], "CWD");

    let several = serde_json::to_value(KnownCode::UnknownNetworkProtocol.info()).unwrap();
    assert_eq!(several["notes"][0]["source"], "RFC 2428 §2");
}

#[test]
fn command_records_show_their_replies() {
    let record = serde_json::to_value(Command::User.info()).unwrap();
    assert_eq!(record["command"], "USER");
    assert_eq!(record["replies"]["completion"], json!([230, 232]));
    assert_eq!(
        record["replies"]["intermediate"][0],
        json!({ "code": 331, "next": ["PASS"] })
    );
    let pwd = serde_json::to_value(Command::Pwd.info()).unwrap();
    assert_eq!(pwd["replies"]["deviations"][0]["code"], 530);
}

#[test]
fn codes_round_trip_through_a_format_that_does_not_describe_itself() {
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Logged {
        code: ReplyCode,
        category: Category,
        codes: Vec<ReplyCode>,
    }
    let logged = Logged {
        code: ReplyCode::from_u16(530).unwrap(),
        category: Category::PermanentNegative,
        codes: vec![
            ReplyCode::from_u16(150).unwrap(),
            ReplyCode::from_u16(299).unwrap(),
        ],
    };
    let bytes = postcard::to_allocvec(&logged).unwrap();
    assert_eq!(postcard::from_bytes::<Logged>(&bytes).unwrap(), logged);
    // A number that is no code is refused there too.
    let bad = postcard::to_allocvec(&(99_u16)).unwrap();
    assert!(postcard::from_bytes::<ReplyCode>(&bad).is_err());
}
