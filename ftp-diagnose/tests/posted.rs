//! The development set: logs that people posted publicly when asking for help, each with the
//! cause its thread settled on (`tests/logs/posted/`, see its README), and logs that clients
//! run here wrote in failure setups whose cause is known (`tests/logs/made/`). Every log must
//! be read, and the cause must be among the first two findings for nine logs in ten.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ftp_diagnose::Log;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    log: Vec<Entry>,
}

/// One posted log, as its index records it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    source: String,
    client: String,
    /// A cause id, or `new:...` for a cause the diagnosis does not name.
    cause: String,
    #[allow(dead_code, reason = "read by people: what the thread settled on")]
    settled: String,
}

/// What the diagnosis made of one log.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The settled cause is among the first two findings.
    Found,
    /// Read, but the settled cause is not among the first two findings.
    Missed,
    /// Refused as not a log.
    Refused,
}

/// Tallies of outcomes, by a key.
#[derive(Default)]
struct Table(BTreeMap<String, [usize; 3]>);

impl Table {
    fn count(&mut self, key: &str, outcome: Outcome) {
        let row = self.0.entry(key.to_string()).or_default();
        row[outcome as usize] += 1;
    }

    /// Prints the table in Markdown; with `pool`, keys with a single log share one row at
    /// the end.
    fn print(&self, heading: &str, pool: bool) {
        println!("\n| {heading} | logs | cause in first two | missed | refused |");
        println!("|---|---:|---:|---:|---:|");
        let (mut singles, mut rest) = (0, [0; 3]);
        for (key, row @ [found, missed, refused]) in &self.0 {
            let total = found + missed + refused;
            if pool && total == 1 {
                singles += 1;
                rest.iter_mut()
                    .zip(row)
                    .for_each(|(sum, count)| *sum += count);
                continue;
            }
            println!("| {key} | {total} | {found} | {missed} | {refused} |");
        }
        if singles > 0 {
            let [found, missed, refused] = rest;
            println!(
                "| {singles} others, one log each | {singles} | {found} | {missed} | {refused} |"
            );
        }
    }
}

/// The entries of every index in `folder`.
fn entries(folder: &Path) -> Vec<Entry> {
    let mut names: Vec<_> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("sources") && name.ends_with(".toml"))
        .collect();
    names.sort();
    names
        .iter()
        .flat_map(|name| {
            let text = fs::read_to_string(folder.join(name)).unwrap();
            let index: Index =
                toml::from_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
            index.log
        })
        .collect()
}

/// The client's family, from the file's name: `gh-filezilla-it-passive.log` is FileZilla's,
/// `php-vsftpd-wrong-password.log` PHP's.
fn family(file: &str) -> &str {
    let mut words = file.split('-');
    let first = words.next().unwrap_or(file);
    match first {
        "gh" | "qa" | "intl" | "b2" | "b3" => words.next().unwrap_or(file),
        _ => first,
    }
}

#[test]
fn posted_logs_are_read_and_their_causes_found() {
    let logs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/logs");
    let entries: Vec<(PathBuf, Entry)> = ["posted", "made"]
        .iter()
        .flat_map(|set| {
            let folder = logs.join(set);
            entries(&folder)
                .into_iter()
                .map(move |entry| (folder.clone(), entry))
        })
        .collect();
    let (mut by_client, mut by_cause) = (Table::default(), Table::default());
    let (mut scored, mut found, mut refused, mut outside) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for (folder, entry) in &entries {
        let sourced = entry.source.starts_with("http") || entry.source.starts_with("made here");
        assert!(sourced, "{}: {}", entry.file, entry.source);
        assert!(!entry.client.is_empty(), "{}", entry.file);
        let bytes = fs::read(folder.join(&entry.file)).unwrap_or_else(|_| panic!("{}", entry.file));
        let outcome = match Log::read(&String::from_utf8_lossy(&bytes)) {
            Err(error) => {
                misses.push(format!("{}: refused: {error}", entry.file));
                Outcome::Refused
            }
            Ok(log) => {
                let first: Vec<&str> = log
                    .findings()
                    .iter()
                    .take(2)
                    .map(|finding| finding.cause().id())
                    .collect();
                if first.contains(&entry.cause.as_str()) {
                    Outcome::Found
                } else {
                    if !entry.cause.starts_with("new:") {
                        misses.push(format!("{}: {} not in {first:?}", entry.file, entry.cause));
                    }
                    Outcome::Missed
                }
            }
        };
        refused += usize::from(outcome == Outcome::Refused);
        if entry.cause.starts_with("new:") {
            outside += 1;
            continue;
        }
        scored += 1;
        found += usize::from(outcome == Outcome::Found);
        by_client.count(family(&entry.file), outcome);
        by_cause.count(&entry.cause, outcome);
    }
    by_client.print("client", true);
    by_cause.print("cause", false);
    println!(
        "\n{} logs: {} read ({} refused); of the {scored} whose cause the diagnosis can name, \
         {found} have it among the first two findings ({:.0}%); {outside} settled on causes \
         outside the list.",
        entries.len(),
        entries.len() - refused,
        refused,
        100.0 * found as f64 / scored as f64
    );
    for miss in &misses {
        println!("  {miss}");
    }
    assert_eq!(refused, 0, "every posted log is read");
    assert!(
        found * 10 >= scored * 9,
        "the settled cause is among the first two findings for {found} of {scored}"
    );
}
