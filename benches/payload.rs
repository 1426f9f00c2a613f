//! The payload helpers and the writer, per reply.
//!
//! `cargo bench --bench payload`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ftp_reply::{
    ExtendedPassivePort, KnownCode, ModificationTime, PassiveAddress, Pathname, Reply, ReplyWriter,
};

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("payload");
    group.throughput(Throughput::Elements(1));
    group.bench_function("227 PassiveAddress", |b| {
        b.iter(|| PassiveAddress::parse(black_box(b"Entering Passive Mode (192,168,1,20,195,80).")))
    });
    group.bench_function("229 ExtendedPassivePort", |b| {
        b.iter(|| {
            ExtendedPassivePort::parse(black_box(b"Entering Extended Passive Mode (|||50001|)"))
        })
    });
    group.bench_function("257 Pathname", |b| {
        b.iter(|| {
            Pathname::parse(black_box(br#""/home/alice/a""b" created"#))
                .map(|p| p.segments().count())
        })
    });
    group.bench_function("213 ModificationTime", |b| {
        b.iter(|| ModificationTime::parse(black_box(b"20240131154502.123")))
    });
    let size = Reply::parse(b"213 18446744073709551615\r\n")
        .unwrap()
        .complete()
        .unwrap();
    group.bench_function("213 file_size", |b| b.iter(|| black_box(size).file_size()));
    let feat = b"211-Features:\r\n EPRT\r\n EPSV\r\n MDTM\r\n MLST type*;size*;modify*;\r\n REST STREAM\r\n SIZE\r\n TVFS\r\n UTF8\r\n211 End\r\n";
    group.bench_function("211 Features, parse and look up", |b| {
        b.iter(|| {
            let reply = Reply::parse(black_box(feat)).unwrap().complete().unwrap();
            reply.features().map(|features| features.supports("MLST"))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("write");
    let mut buffer = [0u8; 256];
    let single = ReplyWriter::new(KnownCode::CommandOk, &["Switching to Binary mode."]).unwrap();
    group.throughput(Throughput::Bytes(single.encoded_len() as u64));
    group.bench_function("single line to a slice", |b| {
        b.iter(|| black_box(&single).write_to_slice(&mut buffer))
    });
    let features = [
        "EPRT",
        "EPSV",
        "MDTM",
        "MLST type*;size*;modify*;",
        "REST STREAM",
        "SIZE",
        "TVFS",
        "UTF8",
    ];
    let feat = ReplyWriter::feat(&features).unwrap();
    group.throughput(Throughput::Bytes(feat.encoded_len() as u64));
    group.bench_function("FEAT to a slice", |b| {
        b.iter(|| black_box(&feat).write_to_slice(&mut buffer))
    });
    group.finish();
}

criterion_group!(payload, benches);
criterion_main!(payload);
