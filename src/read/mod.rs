//! Reading replies from a stream: blocking (`std`), in place from a `BufRead` (`std`), on
//! tokio (`tokio`) or on futures-io (`futures-io`). Each reader is a thin loop over the same
//! buffer and parser, lends each reply from a buffer, and gives its stream back with the
//! bytes it still holds, for the TLS upgrade after `234`.

mod buf_read;
mod buffer;
#[cfg(feature = "tokio")]
mod codec;
#[cfg(feature = "futures-io")]
mod futures;
#[cfg(feature = "futures-io")]
mod futures_buf_read;
mod in_place;
mod sync;
#[cfg(feature = "tokio")]
mod tokio;
#[cfg(feature = "tokio")]
mod tokio_buf_read;

pub use buf_read::BufReplyReader;
#[cfg(feature = "tokio")]
pub use codec::ReplyCodec;
#[cfg(feature = "futures-io")]
pub use futures::FuturesReplyReader;
#[cfg(feature = "futures-io")]
pub use futures_buf_read::FuturesBufReplyReader;
pub use sync::ReplyReader;
#[cfg(feature = "tokio")]
pub use tokio::TokioReplyReader;
#[cfg(feature = "tokio")]
pub use tokio_buf_read::TokioBufReplyReader;

/// The methods every reader has: construction, access to the stream, and giving it back.
/// The `@common` ones are those of the in-place readers too, whose state is `$field`, a
/// `$state` made from the configuration.
macro_rules! reader_methods {
    (@common $reader:ident, $field:ident: $state:path) => {
        impl<R> $reader<R> {
            /// A reader with the default [`ParserConfig`](crate::ParserConfig).
            pub fn new(inner: R) -> $reader<R> {
                $reader::with_config(inner, crate::ParserConfig::new())
            }

            /// A reader with the given configuration.
            pub fn with_config(inner: R, config: crate::ParserConfig) -> $reader<R> {
                $reader {
                    inner,
                    $field: <$state>::new(config),
                }
            }

            /// The configuration in use.
            pub fn config(&self) -> &crate::ParserConfig {
                self.$field.config()
            }

            /// The stream.
            pub fn get_ref(&self) -> &R {
                &self.inner
            }
        }
    };
    ($reader:ident) => {
        crate::read::reader_methods!(@common $reader, buffer: crate::read::buffer::ReadBuffer);

        impl<R> $reader<R> {
            /// The stream. Reading from it directly skips the bytes buffered here.
            pub fn get_mut(&mut self) -> &mut R {
                &mut self.inner
            }

            /// The bytes received from the stream but not yet returned in a reply.
            ///
            /// After `234` to `AUTH TLS` this must be empty before the TLS handshake: bytes
            /// here arrived in clear text after the server's last reply, and a client that
            /// kept them would let an attacker inject replies into the protected session.
            pub fn buffered(&self) -> &[u8] {
                self.buffer.buffered()
            }

            /// The stream and the bytes received but not yet returned, to go on with the
            /// stream elsewhere: over TLS after `234`, for example.
            pub fn into_parts(self) -> (R, alloc::vec::Vec<u8>) {
                let buffered = self.buffer.buffered().to_vec();
                (self.inner, buffered)
            }
        }
    };
}

pub(crate) use reader_methods;
