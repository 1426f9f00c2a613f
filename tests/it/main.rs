//! ftp-reply's integration tests, in one crate so that they link once. Each module is one
//! subject; a module whose subject needs a feature says so with `#![cfg]`, and the tests of
//! the readers run with the features their readers need.

mod blocking_readers;
mod catalogue;
mod commands;
mod constructors;
mod every_reader;
mod hostile;
mod no_alloc;
mod parse;
mod payload;
mod properties;
#[cfg(feature = "std")]
mod reading;
mod real_servers;
mod serialization;
mod support;
mod write;
