//! Runs the fuzz targets' checks on the seed corpus and on every input a fuzzer found
//! (`corpus/TARGET` and `regressions/TARGET`), so that they hold in every test run.

use std::fs;
use std::path::Path;

/// A fuzz target's check.
type Check = fn(&[u8]);

#[test]
fn every_saved_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let targets: [(&str, Check); 7] = [
        ("parse", ftp_reply_fuzz::parse),
        ("line", ftp_reply_fuzz::line),
        ("code", ftp_reply_fuzz::code),
        ("payload", ftp_reply_fuzz::payload),
        ("roundtrip", ftp_reply_fuzz::roundtrip),
        ("diagnose", ftp_reply_fuzz::diagnose),
        ("server_log", ftp_reply_fuzz::server_log),
    ];
    let mut count = 0;
    for (target, check) in targets {
        for folder in ["corpus", "regressions"] {
            let Ok(entries) = fs::read_dir(root.join(folder).join(target)) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                check(&fs::read(&path).unwrap());
                count += 1;
            }
        }
    }
    assert!(count >= 30, "only {count} saved inputs");
}
