#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ftp_reply_fuzz::server_log(data));
