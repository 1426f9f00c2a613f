//! Pages as JSON: the same content as the other formats, as data.

use core::fmt::Write;

use super::document::{Block, Document, Inline};
use super::{Format, Language, PageId, diagram};

/// The page as one JSON object: `title`, `description`, `lang`, `path` and `blocks`, each
/// block an object with one key (`heading`, `paragraph`, `list`, `table`, `diagram` or
/// `exchange`); links give the relative path of the target's JSON page, or the address of an
/// outside page; `{"sources":[{"text","href"}]}` after a sentence gives what it cites
/// (`href` only where the source has an address).
pub(crate) fn render(document: &Document, id: PageId, language: Language) -> String {
    let mut out = String::from("{");
    let _ = write!(
        out,
        "\"title\":{},\"description\":{},\"lang\":{},\"path\":{},\"blocks\":[",
        string(&document.title),
        string(&document.description),
        string(language.tag()),
        string(&id.path(Format::Json))
    );
    let blocks = document
        .blocks
        .iter()
        .filter(|block| !matches!(block, Block::Search));
    for (index, block) in blocks.enumerate() {
        if index > 0 {
            out.push(',');
        }
        match block {
            Block::Heading(level, heading, anchor) => {
                let _ = write!(
                    out,
                    "{{\"heading\":{{\"level\":{level},\"text\":{},\"anchor\":{}}}}}",
                    string(heading),
                    string(anchor)
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
            Block::Table(table) => {
                out.push_str("{\"table\":{\"header\":[");
                for (index, heading) in table.header.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push_str(&string(heading));
                }
                out.push_str("],\"rows\":[");
                for (index, row) in table.rows.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push('[');
                    for (index, cell) in row.cells.iter().enumerate() {
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
                    string(&diagram::svg(*command, language))
                );
            }
            Block::Exchange(exchange) => {
                let _ = write!(
                    out,
                    "{{\"exchange\":{{\"server\":{},\"lines\":[",
                    string(&exchange.server)
                );
                for (index, (sent, line)) in exchange.lines.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    let side = if *sent { "client" } else { "server" };
                    let _ = write!(out, "{{{}:{}}}", string(side), string(line));
                }
                out.push_str("]}}");
            }
            Block::Search => {}
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
            Inline::Text(text) | Inline::Label(text) => {
                write!(out, "{{\"text\":{}}}", string(text))
            }
            Inline::Code(code) => write!(out, "{{\"code\":{}}}", string(code)),
            Inline::Link(text, target) | Inline::LocalLink(text, target) => write!(
                out,
                "{{\"link\":{{\"text\":{},\"href\":{}}}}}",
                string(text),
                string(&id.link_to(*target, Format::Json))
            ),
            Inline::External(text, url) => write!(
                out,
                "{{\"link\":{{\"text\":{},\"href\":{}}}}}",
                string(text),
                string(url)
            ),
            Inline::Cite(sources) => {
                out.push_str("{\"sources\":[");
                for (index, source) in sources.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "{{\"text\":{}", string(source.label));
                    if !source.url.is_empty() {
                        let _ = write!(out, ",\"href\":{}", string(source.url));
                    }
                    out.push('}');
                }
                out.push_str("]}");
                Ok(())
            }
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
