//! A whole log read on two threads: this one reads and splits it into sessions, a second
//! diagnoses them and sums them up.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::thread;
use std::vec::Vec;

use crate::{ServerLog, Session, Summary};

/// The size of the pieces read.
const PIECE: usize = 1 << 20;
/// How many batches of sessions may wait for the second thread.
const WAITING: usize = 8;

impl ServerLog {
    /// Reads `input` to its end, ends the sessions still open, and adds every session to
    /// `summary`. A second thread diagnoses the sessions while this one reads; each failed
    /// session then comes to `failed` on this thread, in the order they ended, and
    /// `progress` learns how many bytes have been read after each piece.
    ///
    /// Memory stays bounded: the sessions open at once, a piece of 1 MiB, and a few batches
    /// of ended sessions on their way.
    ///
    /// # Errors
    ///
    /// An error of `input`; the sessions read until then are in `summary`.
    ///
    /// ```
    /// use ftp_diagnose::{Cause, Format, ServerLog, Summary};
    ///
    /// let log = "\
    /// Thu Dec  3 18:10:09 2026 1 192.0.2.7 512 /srv/a.txt b _ o r anna ftp 0 * c
    /// Thu Dec  3 18:12:09 2026 9 192.0.2.8 70 /srv/b.bin b _ i r ben ftp 0 * i
    /// ";
    /// let mut summary = Summary::default();
    /// let mut failed = Vec::new();
    /// ServerLog::new(Format::Xferlog).read_to_end(
    ///     log.as_bytes(),
    ///     &mut summary,
    ///     |session| failed.push(session.first_line()),
    ///     |_, _| {},
    /// )?;
    /// assert_eq!((summary.sessions(), failed), (2, vec![2]));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read_to_end(
        &mut self,
        mut input: impl Read,
        summary: &mut Summary,
        mut failed: impl FnMut(&Session),
        mut progress: impl FnMut(u64, &ServerLog),
    ) -> io::Result<()> {
        let (to_worker, from_reader) = sync_channel::<Vec<Session>>(WAITING);
        let (to_reader, from_worker) = sync_channel::<Vec<Session>>(WAITING);
        thread::scope(|scope| {
            scope.spawn(move || {
                for batch in from_reader {
                    for session in &batch {
                        summary.add(session);
                    }
                    // Back to the thread that made them, whose allocator frees them best.
                    if to_reader.send(batch).is_err() {
                        return;
                    }
                }
            });
            let mut piece = vec![0; PIECE];
            let mut read = 0_u64;
            let result = loop {
                let length = match input.read(&mut piece) {
                    Ok(0) => break Ok(()),
                    Ok(length) => length,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(error) => break Err(error),
                };
                self.push(&piece[..length]);
                read += length as u64;
                self.hand_over(&to_worker, &from_worker, &mut failed);
                progress(read, self);
            };
            self.finish();
            self.hand_over(&to_worker, &from_worker, &mut failed);
            drop(to_worker);
            for batch in from_worker {
                batch.iter().filter(|s| s.failed()).for_each(&mut failed);
            }
            result
        })
    }

    /// Sends the ended sessions to the second thread, and gives the failed ones it has
    /// diagnosed to `each`; waits for it when its queue is full.
    fn hand_over(
        &mut self,
        to_worker: &SyncSender<Vec<Session>>,
        from_worker: &Receiver<Vec<Session>>,
        each: &mut impl FnMut(&Session),
    ) {
        let mut batch: Vec<Session> = core::iter::from_fn(|| self.next_session()).collect();
        while !batch.is_empty() {
            match to_worker.try_send(batch) {
                Ok(()) => break,
                Err(TrySendError::Full(back)) => {
                    batch = back;
                    match from_worker.recv() {
                        Ok(done) => done.iter().filter(|s| s.failed()).for_each(&mut *each),
                        Err(_) => return,
                    }
                }
                Err(TrySendError::Disconnected(_)) => return,
            }
        }
        for done in from_worker.try_iter() {
            done.iter().filter(|s| s.failed()).for_each(&mut *each);
        }
    }
}
