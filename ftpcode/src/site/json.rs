//! Pages as JSON: the same content as the other formats, as data.

use core::fmt::Write;

use super::document::{Block, Document, Inline};
use super::{Format, Language, PageId, diagram};

/// The page as one JSON object: `title`, `lang`, `path` and `blocks`, each block an object
/// with one key (`heading`, `paragraph`, `list`, `table` or `diagram`); links give the
/// relative path of the target's JSON page.
pub(crate) fn render(document: &Document, id: PageId, language: Language) -> String {
    let mut out = String::from("{");
    let _ = write!(
        out,
        "\"title\":{},\"lang\":{},\"path\":{},\"blocks\":[",
        string(&document.title),
        string(language.tag()),
        string(&id.path(Format::Json))
    );
    for (index, block) in document.blocks.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        match block {
            Block::Heading(level, heading) => {
                let _ = write!(
                    out,
                    "{{\"heading\":{{\"level\":{level},\"text\":{}}}}}",
                    string(heading)
                );
            }
            Block::Paragraph(inlines) => {
                let _ = write!(out, "{{\"paragraph\":{}}}", inline(inlines, id));
            }
            Block::List(items) => {
                out.push_str("{\"list\":[");
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push_str(&inline(item, id));
                }
                out.push_str("]}");
            }
            Block::Table(header, rows) => {
                out.push_str("{\"table\":{\"header\":[");
                for (index, heading) in header.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push_str(&string(heading));
                }
                out.push_str("],\"rows\":[");
                for (index, row) in rows.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push('[');
                    for (index, cell) in row.iter().enumerate() {
                        if index > 0 {
                            out.push(',');
                        }
                        out.push_str(&inline(cell, id));
                    }
                    out.push(']');
                }
                out.push_str("]}}");
            }
            Block::Diagram(command) => {
                let _ = write!(
                    out,
                    "{{\"diagram\":{{\"command\":{},\"svg\":{}}}}}",
                    string(command.verb()),
                    string(&diagram::svg(*command))
                );
            }
        }
    }
    out.push_str("]}\n");
    out
}

fn inline(inlines: &[Inline], id: PageId) -> String {
    let mut out = String::from("[");
    for (index, piece) in inlines.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let _ = match piece {
            Inline::Text(text) => write!(out, "{{\"text\":{}}}", string(text)),
            Inline::Code(code) => write!(out, "{{\"code\":{}}}", string(code)),
            Inline::Link(text, target) => write!(
                out,
                "{{\"link\":{{\"text\":{},\"href\":{}}}}}",
                string(text),
                string(&id.link_to(*target, Format::Json))
            ),
        };
    }
    out.push(']');
    out
}

/// A JSON string literal.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
