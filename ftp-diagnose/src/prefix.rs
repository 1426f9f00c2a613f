//! What loggers put before a line: timestamps, process ids, levels and tags, taken off.

/// The levels loggers write before a message.
const LEVELS: [&str; 11] = [
    "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "TRACE", "FATAL", "CRITICAL", "VERBOSE",
    "SEVERE",
];

/// `line` without its timestamps (`[12:34:56]`, `2024-01-31 15:45:02.123`,
/// `2024-01-31T15:45:02Z`, `15:45:02`, `Mon Jan 31 15:45:02 2024`), bracketed tags
/// (`[pid 123]`, `[connection]`, `[INFO]`) and upper-case levels (`DEBUG : `), and whether
/// a level was among them: a line with a level is the logger's own message.
pub(crate) fn strip(mut line: &str) -> (&str, bool) {
    let mut levelled = false;
    loop {
        let before = line;
        line = line.trim_start();
        if let Some(rest) = line.strip_prefix('[') {
            if let Some((inside, after)) = rest.split_once(']') {
                if inside.len() <= 40 {
                    levelled |= LEVELS.contains(&inside.trim());
                    line = after;
                }
            }
        }
        line = skip_date(line);
        line = skip_time(line);
        line = skip_ctime(line);
        if let Some(rest) = skip_level(line) {
            levelled = true;
            line = rest;
        }
        if line == before {
            return (line, levelled);
        }
    }
}

/// What follows a level and its separator (`DEBUG : `, `INFO: `, `ERROR - `, `WARN `).
fn skip_level(line: &str) -> Option<&str> {
    let word_end = line
        .find(|c: char| !c.is_ascii_uppercase())
        .unwrap_or(line.len());
    let (word, rest) = line.split_at(word_end);
    if !LEVELS.contains(&word) {
        return None;
    }
    let after = rest.trim_start_matches([' ', '\t']);
    let after = after
        .strip_prefix([':', '|', '-', ']'])
        .unwrap_or(after)
        .trim_start();
    // A level is followed by a space or a separator, never by more of a word.
    (rest.len() != after.len() && !after.is_empty()).then_some(after)
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, and a `T` or space after it.
fn skip_date(line: &str) -> &str {
    let b = line.as_bytes();
    let digits = |range: core::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4)
        && matches!(b.get(4), Some(b'-' | b'/'))
        && digits(5..7)
        && b.get(7) == b.get(4)
        && digits(8..10)
    {
        let rest = &line[10..];
        return rest.strip_prefix(['T', ' ']).unwrap_or(rest);
    }
    line
}

/// `HH:MM:SS`, with fractions, a zone (`Z` or `+01:00`) and a space after it.
fn skip_time(line: &str) -> &str {
    let b = line.as_bytes();
    let digits = |range: core::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..2)
        && b.get(2) == Some(&b':')
        && digits(3..5)
        && b.get(5) == Some(&b':')
        && digits(6..8))
    {
        return line;
    }
    let mut rest = &line[8..];
    if let Some(fraction) = rest.strip_prefix(['.', ',']) {
        rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    rest = rest.strip_prefix('Z').unwrap_or(rest);
    if let Some(zone) = rest.strip_prefix(['+', '-']) {
        let hours = zone.as_bytes().get(..2);
        if let (true, Some(after)) = (
            hours.is_some_and(|hours| hours.iter().all(u8::is_ascii_digit)),
            zone.get(5..),
        ) {
            rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    rest
}

/// `Mon Jan 31 15:45:02 2024`, as vsftpd writes it.
fn skip_ctime(line: &str) -> &str {
    let mut words = line.splitn(6, ' ').filter(|word| !word.is_empty());
    let (Some(day), Some(month)) = (words.next(), words.next()) else {
        return line;
    };
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    if !DAYS.contains(&day) || month.len() != 3 {
        return line;
    }
    // Day of the month, time, year: find where the year ends.
    let Some(time_at) = line.find(':') else {
        return line;
    };
    let after_time = skip_time(line.get(time_at.saturating_sub(2)..).unwrap_or(""));
    let year = after_time.trim_start();
    if year.len() >= 4 && year.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return &year[4..];
    }
    line
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn timestamps_levels_and_tags_come_off() {
        for line in [
            "[12:34:56] 220 Ready",
            "2024-01-31 15:45:02.123 220 Ready",
            "2024-01-31T15:45:02Z 220 Ready",
            "15:45:02 220 Ready",
            "Mon Jan 31 15:45:02 2024 [pid 12] 220 Ready",
            "[connection] 220 Ready",
        ] {
            assert_eq!(strip(line), ("220 Ready", false), "{line}");
        }
        assert_eq!(
            strip("2024/01/31 15:45:02 DEBUG : FTP Rx: \"220 Ready\""),
            ("FTP Rx: \"220 Ready\"", true)
        );
        assert_eq!(strip("[ERROR] failed"), ("failed", true));
        assert_eq!(strip("220 Ready at 15:45"), ("220 Ready at 15:45", false));
        assert_eq!(strip("ERRORS found"), ("ERRORS found", false));
        // A zone cut short by a character of two bytes is left alone, not split.
        assert_eq!(strip("12:34:56+12éé"), ("+12éé", false));
    }
}
