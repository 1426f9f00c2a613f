//! Pages as CommonMark.

use core::fmt::Write;

use super::document::{Block, Document, Inline};
use super::{Format, PageId, diagram};
use crate::sources::Source;

/// The page as Markdown.
pub(crate) fn render(document: &Document, id: PageId) -> String {
    let mut out = String::new();
    if id != PageId::Index {
        let _ = writeln!(
            out,
            "[↑ index]({})
",
            id.link_to(PageId::Index, Format::Markdown)
        );
    }
    let _ = writeln!(out, "# {}\n", escape(&document.title));
    let mut notes = Vec::new();
    for block in &document.blocks {
        match block {
            Block::Heading(level, heading, _) => {
                let _ = writeln!(
                    out,
                    "{} {}\n",
                    "#".repeat(usize::from(*level)),
                    escape(heading)
                );
            }
            Block::Paragraph(inlines) => {
                let _ = writeln!(out, "{}\n", inline(inlines, id, &mut notes));
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", inline(item, id, &mut notes));
                }
                out.push('\n');
            }
            Block::Table(table) => {
                let cells = |cells: &mut dyn Iterator<Item = String>| {
                    let cells: Vec<String> = cells.collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out.push_str(&cells(
                    &mut table
                        .header
                        .iter()
                        .map(|h| if h.is_empty() { " ".into() } else { escape(h) }),
                ));
                out.push_str(&cells(&mut table.header.iter().map(|_| "---".into())));
                for row in &table.rows {
                    out.push_str(&cells(
                        &mut row.cells.iter().map(|cell| inline(cell, id, &mut notes)),
                    ));
                }
                out.push('\n');
            }
            Block::Exchange(exchange) => {
                let _ = writeln!(out, "{}:\n\n```text", escape(&exchange.server));
                for (sent, line) in &exchange.lines {
                    let _ = writeln!(out, "{} {line}", if *sent { "C:" } else { "S:" });
                }
                out.push_str("```\n\n");
            }
            Block::Search => {}
            Block::Diagram(command) => {
                let _ = writeln!(
                    out,
                    "![Replies to {command}]({}{})\n",
                    id.root(),
                    diagram::path(*command)
                );
            }
        }
    }
    footnotes(&mut out, &notes);
    out
}

/// The footnotes of a page: each source once, numbered in the order of first citation.
type Notes = Vec<&'static Source>;

/// The page's footnotes, as Markdown footnote definitions.
fn footnotes(out: &mut String, notes: &Notes) {
    for (index, source) in notes.iter().enumerate() {
        if source.url.is_empty() {
            let _ = writeln!(out, "[^{}]: {}", index + 1, escape(source.label));
        } else {
            let _ = writeln!(
                out,
                "[^{}]: [{}]({})",
                index + 1,
                escape(source.label),
                source.url
            );
        }
    }
}

fn inline(inlines: &[Inline], id: PageId, notes: &mut Notes) -> String {
    let mut out = String::new();
    for piece in inlines {
        match piece {
            Inline::Text(text) | Inline::Label(text) => out.push_str(&escape(text)),
            Inline::Code(code) => {
                let fence = if code.contains('`') { "``" } else { "`" };
                let _ = write!(out, "{fence} {} {fence}", code.replace('|', "\\|"));
            }
            Inline::Link(text, target) | Inline::LocalLink(text, target) => {
                let _ = write!(
                    out,
                    "[{}]({})",
                    escape(text),
                    id.link_to(*target, Format::Markdown)
                );
            }
            Inline::External(text, url) => {
                let _ = write!(out, "[{}]({url})", escape(text));
            }
            Inline::Cite(sources) => {
                for &source in sources {
                    let number = match notes.iter().position(|note| note.label == source.label) {
                        Some(index) => index + 1,
                        None => {
                            notes.push(source);
                            notes.len()
                        }
                    };
                    let _ = write!(out, "[^{number}]");
                }
            }
        }
    }
    out
}

/// Escapes what Markdown would read as markup; line breaks become spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
