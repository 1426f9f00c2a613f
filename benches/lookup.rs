//! Looking up a code's record from the bytes of a reply: the crate's lookup against the
//! fastest possible baselines, a `match` on the number and a dense array indexed by it.
//!
//! `cargo bench --bench lookup`; the ratios, measured round-robin, are printed at the end.

mod round_robin;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group};
use ftp_reply::{CodeInfo, KnownCode, ReplyCode};

/// Codes as they come off the wire: mostly the common ones, some rare, some unknown.
fn codes() -> Vec<[u8; 3]> {
    let common = [
        "220", "331", "230", "200", "227", "229", "150", "226", "250", "257", "213", "550", "530",
        "421", "500", "425",
    ];
    let rare = [
        "110", "232", "334", "521", "631", "299", "199", "404", "599", "699",
    ];
    (0..4096)
        .map(|index| {
            let code = if index % 8 == 7 {
                rare[index / 8 % rare.len()]
            } else {
                common[index % common.len()]
            };
            code.as_bytes().try_into().unwrap()
        })
        .collect()
}

/// Baseline: a match from the number to the position in `KnownCode::ALL`.
fn by_match(value: u16) -> Option<&'static CodeInfo> {
    let index = match value {
        110 => 0,
        120 => 1,
        125 => 2,
        150 => 3,
        200 => 4,
        202 => 5,
        211 => 6,
        212 => 7,
        213 => 8,
        214 => 9,
        215 => 10,
        220 => 11,
        221 => 12,
        225 => 13,
        226 => 14,
        227 => 15,
        228 => 16,
        229 => 17,
        230 => 18,
        231 => 19,
        232 => 20,
        234 => 21,
        235 => 22,
        250 => 23,
        251 => 24,
        252 => 25,
        257 => 26,
        331 => 27,
        332 => 28,
        334 => 29,
        335 => 30,
        336 => 31,
        350 => 32,
        400 => 33,
        421 => 34,
        425 => 35,
        426 => 36,
        430 => 37,
        431 => 38,
        434 => 39,
        450 => 40,
        451 => 41,
        452 => 42,
        500 => 43,
        501 => 44,
        502 => 45,
        503 => 46,
        504 => 47,
        520 => 48,
        521 => 49,
        522 => 50,
        530 => 51,
        532 => 52,
        533 => 53,
        534 => 54,
        535 => 55,
        536 => 56,
        537 => 57,
        550 => 58,
        551 => 59,
        552 => 60,
        553 => 61,
        554 => 62,
        555 => 63,
        556 => 64,
        631 => 65,
        632 => 66,
        633 => 67,
        _ => return None,
    };
    Some(KnownCode::ALL[index].info())
}

fn dense_table() -> Vec<Option<&'static CodeInfo>> {
    let mut table = vec![None; 700];
    for code in KnownCode::ALL {
        table[usize::from(code.as_u16())] = Some(code.info());
    }
    table
}

/// Sums a text length over every code's record, looked up by `lookup`.
fn sum(codes: &[[u8; 3]], lookup: impl Fn(&[u8; 3]) -> Option<&'static CodeInfo>) -> usize {
    codes
        .iter()
        .map(|bytes| lookup(black_box(bytes)).map_or(0, |info| info.canonical_text().len()))
        .sum()
}

fn crate_lookup(bytes: &[u8; 3]) -> Option<&'static CodeInfo> {
    ReplyCode::from_bytes(bytes).ok()?.info()
}

fn match_lookup(bytes: &[u8; 3]) -> Option<&'static CodeInfo> {
    by_match(ReplyCode::from_bytes(bytes).ok()?.as_u16())
}

fn benches(c: &mut Criterion) {
    let codes = codes();
    let dense = dense_table();
    let dense_lookup =
        |bytes: &[u8; 3]| dense[usize::from(ReplyCode::from_bytes(bytes).ok()?.as_u16())];
    assert_eq!(sum(&codes, crate_lookup), sum(&codes, match_lookup));
    assert_eq!(sum(&codes, crate_lookup), sum(&codes, dense_lookup));

    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("baseline: match on the number", |b| {
        b.iter(|| sum(&codes, match_lookup))
    });
    group.bench_function("baseline: dense array", |b| {
        b.iter(|| sum(&codes, dense_lookup))
    });
    group.bench_function("ReplyCode::from_bytes + info", |b| {
        b.iter(|| sum(&codes, crate_lookup))
    });
    group.finish();

    // The ratios, measured round-robin against the dense array of the same round.
    let (rounds, runs) = (200, 50);
    let times = round_robin::time_rounds(
        rounds,
        runs,
        &[
            &|| {
                black_box(sum(&codes, dense_lookup));
            },
            &|| {
                black_box(sum(&codes, match_lookup));
            },
            &|| {
                black_box(sum(&codes, crate_lookup));
            },
        ],
    );
    let lookups_per_second = (runs * codes.len()) as f64 / round_robin::median_time(&times, 0);
    println!("lookup, round-robin, {rounds} rounds of {runs} runs: median [quartiles]");
    println!(
        "  dense array (baseline)         {:.0} M/s",
        lookups_per_second / 1e6
    );
    for (index, case) in ["match on the number", "ReplyCode::from_bytes + info"]
        .into_iter()
        .enumerate()
    {
        let slower = round_robin::ratio(&times, index + 1, 0);
        println!("  {case:30} {slower} slower than the dense array");
    }
}

criterion_group!(lookup, benches);

fn main() {
    lookup();
    Criterion::default().configure_from_args().final_summary();
}
