//! Generates ftp-reply's `src/table.rs` and `src/command_table.rs` from `data/`, and checks
//! that the committed files are current.
//!
//! `cargo test -p ftp-reply-codegen` fails when the table is stale;
//! `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen` rewrites it.
//!
//! This package does not depend on ftp-reply, so it runs even when the committed table no
//! longer compiles. Everything here is a test, so the library itself is empty.
#![cfg(test)]

mod commands;
mod render;
mod reply_codes;

use std::path::Path;
use std::process::{Command, Stdio};
use std::{env, fs, io::Write};

/// Set to rewrite the generated files instead of comparing them.
const REGENERATE: &str = "FTP_REPLY_REGENERATE";

#[test]
fn tables_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |path: &str| fs::read_to_string(root.join(path)).expect(path);
    let codes = reply_codes::load(&read("data/reply_codes.toml")).unwrap_or_else(|errors| {
        panic!(
            "data/reply_codes.toml is invalid:\n  {}",
            errors.join("\n  ")
        )
    });
    let commands = commands::load(&read("data/commands.toml"), &codes).unwrap_or_else(|errors| {
        panic!("data/commands.toml is invalid:\n  {}", errors.join("\n  "))
    });
    let files = [
        ("src/table.rs", render::table(&codes, &commands)),
        (
            "src/command_table.rs",
            render::command_table(&commands, &codes),
        ),
    ];
    let mut stale = Vec::new();
    for (path, source) in files {
        let generated = rustfmt(&source);
        let target = root.join(path);
        if env::var_os(REGENERATE).is_some() {
            fs::write(&target, &generated).expect(path);
        } else if fs::read_to_string(&target).unwrap_or_default() != generated {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale: run `{REGENERATE}=1 cargo test -p ftp-reply-codegen` and commit",
        stale.join(" and ")
    );
}

/// Formats generated code the way `cargo fmt` would, so that the committed file passes
/// `cargo fmt --check`.
fn rustfmt(source: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run rustfmt (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .expect("rustfmt stdin")
        .write_all(source.as_bytes())
        .expect("write to rustfmt");
    let output = child.wait_with_output().expect("wait for rustfmt");
    assert!(
        output.status.success(),
        "rustfmt rejected the generated code"
    );
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}
