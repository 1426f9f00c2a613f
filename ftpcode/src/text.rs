//! Writing wrapped text to a terminal: sections, labelled fields and indented lines.

use std::io::{self, Write};

/// Width of the wrapped text.
const WIDTH: usize = 80;

/// Width of a field's label column.
const LABEL: usize = 14;

/// A titled section: the title, then each paragraph of `text` wrapped and indented.
pub(crate) fn section(out: &mut impl Write, title: &str, text: &str) -> io::Result<()> {
    writeln!(out, "\n{title}")?;
    for (index, paragraph) in text.split("\n\n").enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        wrapped(out, paragraph, "  ", "  ")?;
    }
    Ok(())
}

/// A labelled field: the label in a column of its own, the text wrapped beside it.
pub(crate) fn field(out: &mut impl Write, label: &str, text: &str) -> io::Result<()> {
    wrapped(out, text, &format!("{label:<LABEL$}"), &" ".repeat(LABEL))
}

/// Writes `text` wrapped at [`WIDTH`], the first line after `first`, the others after `rest`.
pub(crate) fn wrapped(out: &mut impl Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            writeln!(out, "{line}")?;
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    writeln!(out, "{line}")
}
