//! Pages as standalone HTML: inline CSS, SVG and a small script for the search box; no
//! external fetches, well-formed as XML, readable without the script.

use core::fmt::Write;

use super::document::{Block, Document, Exchange, Inline, Table};
use super::labels::Label;
use super::{Format, Language, PageId, diagram};

const STYLE: &str = "\
:root{color-scheme:light dark;--fg:#202124;--bg:#fff;--muted:#5f6368;--line:#dadce0;--accent:#1a73e8}\
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--bg:#202124;--muted:#9aa0a6;--line:#3c4043;--accent:#8ab4f8}}\
*{box-sizing:border-box}\
body{margin:0;font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans JP',sans-serif;color:var(--fg);background:var(--bg)}\
header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}\
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;padding-top:1rem;font-size:.9rem}\
nav.languages a,nav.languages span{margin-left:.6rem}\
nav.languages span{font-weight:600}\
a{color:var(--accent)}\
h1{font-size:1.7rem;line-height:1.25;margin:1.2rem 0 .8rem}\
h2{font-size:1.3rem;margin:1.8rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}\
h3{font-size:1.1rem;margin:1.3rem 0 .4rem}\
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;background:rgba(127,127,127,.15);padding:.05rem .3rem;border-radius:4px}\
.table{overflow-x:auto}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}\
th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top;overflow-wrap:break-word;word-break:normal;hyphens:none}\
th{background:rgba(127,127,127,.1)}\
figure{margin:1rem 0;overflow-x:auto}\
figure svg{width:100%;min-width:34rem;height:auto;background:#fff;border-radius:8px}\
h2 a.anchor,h3 a.anchor{margin-left:.4rem;text-decoration:none;color:var(--muted);font-weight:400}\
pre{overflow-x:auto;padding:.6rem .8rem;border:1px solid var(--line);border-radius:6px;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}\
pre .c{color:var(--accent)}\
sup.cite{font-size:.7em;overflow-wrap:anywhere}\
p,li{overflow-wrap:break-word}\
.exchange figcaption{font-size:.85rem;color:var(--muted)}\
label.search{display:block;margin:1rem 0 .3rem;font-weight:600}\
input[type=search]{width:100%;font:inherit;padding:.45rem .6rem;border:1px solid var(--line);border-radius:6px;color:var(--fg);background:var(--bg)}\
main>table,.table{max-width:100%}\
footer{color:var(--muted);font-size:.85rem;margin:3rem auto 2rem}";

/// Filters the rows of the page's tables by the words typed, each of which a row's search
/// keys must contain; hides what is left empty. Without it, everything stays visible.
const SCRIPT: &str = "\
(function(){var box=document.getElementById('search');if(!box)return;\
var none=document.getElementById('no-matches');\
function run(){var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean);var shown=0;\
document.querySelectorAll('tr[data-keys]').forEach(function(row){\
var keys=row.getAttribute('data-keys');var hit=words.every(function(w){return keys.indexOf(w)>=0;});\
row.hidden=!hit;if(hit)shown++;});\
document.querySelectorAll('.table').forEach(function(t){\
var rows=t.querySelectorAll('tr[data-keys]');if(!rows.length)return;\
t.hidden=Array.prototype.every.call(rows,function(r){return r.hidden;});});\
none.hidden=shown>0;}\
box.addEventListener('input',run);if(box.value)run();})();";
/// The page as HTML. The language switch links to the same page in each of `languages`.
pub(crate) fn render(
    document: &Document,
    id: PageId,
    language: Language,
    languages: &[Language],
) -> String {
    let site = Label::SiteTitle.text(language);
    let title = if id == PageId::Index {
        document.title.clone()
    } else {
        format!("{} · {site}", document.title)
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n\
         <meta name=\"description\" content=\"{}\" />\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n",
        language.tag(),
        escape(&title),
        escape(&document.description),
    );
    let _ = write!(
        out,
        "<a href=\"{}\">{site}</a>\n<nav class=\"languages\" aria-label=\"Language\">",
        id.link_to(PageId::Index, Format::Html),
    );
    for &other in languages {
        if other == language {
            let _ = write!(
                out,
                "<span aria-current=\"page\">{}</span>",
                other.native_name()
            );
        } else {
            let _ = write!(
                out,
                "<a href=\"{}../{}/{}\" hreflang=\"{}\" lang=\"{}\">{}</a>",
                id.root(),
                other.tag(),
                id.path(Format::Html),
                other.tag(),
                other.tag(),
                other.native_name()
            );
        }
    }
    let _ = write!(
        out,
        "</nav>\n</header>\n<main>\n<h1>{}</h1>\n",
        escape(&document.title)
    );
    let page = Page { id, language };
    for block in &document.blocks {
        match block {
            Block::Heading(level, heading, anchor) => {
                let _ = writeln!(
                    out,
                    "<h{level} id=\"{anchor}\">{}<a class=\"anchor\" href=\"#{anchor}\" aria-label=\"{}\">#</a></h{level}>",
                    escape(heading),
                    Label::SectionLink.text(language)
                );
            }
            Block::Paragraph(inlines) => {
                let _ = writeln!(out, "<p{}>{}</p>", page.lang(inlines), page.inline(inlines));
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li{}>{}</li>", page.lang(item), page.inline(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(table) => page.table(&mut out, table),
            Block::Diagram(command) => {
                let _ = writeln!(out, "<figure>{}</figure>", diagram::svg(*command, language));
            }
            Block::Exchange(exchange) => page.exchange(&mut out, exchange),
            Block::Search => {
                let _ = writeln!(
                    out,
                    "<label class=\"search\" for=\"search\">{}</label>\n<input type=\"search\" id=\"search\" autocomplete=\"off\" />\n\
                     <p id=\"no-matches\" hidden=\"hidden\">{}</p>",
                    Label::Search.text(language),
                    Label::NoMatches.text(language)
                );
            }
        }
    }
    out.push_str("</main>\n");
    if document
        .blocks
        .iter()
        .any(|block| matches!(block, Block::Search))
    {
        let _ = writeln!(out, "<script>{SCRIPT}</script>");
    }
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        Label::Footer
            .text(language)
            .replace("{version}", env!("CARGO_PKG_VERSION"))
    );
    out
}

/// The page being rendered: where links start from, and its language.
struct Page {
    id: PageId,
    language: Language,
}

impl Page {
    /// ` lang="en"` when `inlines` hold English text on a page in another language.
    fn lang(&self, inlines: &[Inline]) -> &'static str {
        // English prose or literals; link texts are names, numbers and verbs.
        let english = inlines.iter().any(|piece| match piece {
            Inline::Text(text) | Inline::Code(text) => text.chars().any(char::is_alphabetic),
            Inline::Label(_)
            | Inline::Link(..)
            | Inline::LocalLink(..)
            | Inline::External(..)
            | Inline::Cite(_) => false,
        });
        if english && self.language != Language::English {
            " lang=\"en\""
        } else {
            ""
        }
    }

    fn table(&self, out: &mut String, table: &Table) {
        out.push_str("<div class=\"table\"><table>\n");
        if table.header.iter().any(|heading| !heading.is_empty()) {
            out.push_str("<thead><tr>");
            for heading in &table.header {
                let _ = write!(out, "<th scope=\"col\">{}</th>", escape(heading));
            }
            out.push_str("</tr></thead>\n");
        }
        out.push_str("<tbody>\n");
        for row in &table.rows {
            if row.keys.is_empty() {
                out.push_str("<tr>");
            } else {
                let _ = write!(out, "<tr data-keys=\"{}\">", escape(&row.keys));
            }
            for (index, cell) in row.cells.iter().enumerate() {
                let tag = if table.row_headings && index == 0 {
                    "th scope=\"row\""
                } else {
                    "td"
                };
                let _ = write!(
                    out,
                    "<{tag}{}>{}</{}>",
                    self.lang(cell),
                    self.inline(cell),
                    &tag[..2]
                );
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n");
    }

    fn exchange(&self, out: &mut String, exchange: &Exchange) {
        let client = Label::Client.text(self.language);
        let server = Label::Server.text(self.language);
        let _ = write!(
            out,
            "<figure class=\"exchange\"><figcaption>{}</figcaption><pre lang=\"en\" aria-label=\"C: {client}, S: {server}\">",
            escape(&exchange.server)
        );
        for (sent, line) in &exchange.lines {
            if *sent {
                let _ = writeln!(out, "<span class=\"c\">C: {}</span>", escape(line));
            } else {
                let _ = writeln!(out, "S: {}", escape(line));
            }
        }
        out.push_str("</pre></figure>\n");
    }

    fn inline(&self, inlines: &[Inline]) -> String {
        let mut out = String::new();
        let english = !self.lang(inlines).is_empty();
        for piece in inlines {
            match piece {
                Inline::Text(text) => out.push_str(&escape(text)),
                // A label inside English text keeps the page's language.
                Inline::Label(text) if english => {
                    let _ = write!(
                        out,
                        "<span lang=\"{}\">{}</span>",
                        self.language.tag(),
                        escape(text)
                    );
                }
                Inline::Label(text) => out.push_str(&escape(text)),
                Inline::Code(code) => {
                    let _ = write!(out, "<code>{}</code>", escape(code));
                }
                Inline::Link(text, target) | Inline::LocalLink(text, target) => {
                    let _ = write!(
                        out,
                        "<a href=\"{}\">{}</a>",
                        self.id.link_to(*target, Format::Html),
                        escape(text)
                    );
                }
                Inline::External(text, url) => {
                    let _ = write!(out, "<a href=\"{}\">{}</a>", escape(url), escape(text));
                }
                Inline::Cite(sources) => {
                    out.push_str("<sup class=\"cite\" lang=\"en\">[");
                    for (index, source) in sources.iter().enumerate() {
                        if index > 0 {
                            out.push_str("; ");
                        }
                        if source.url.is_empty() {
                            out.push_str(&escape(source.label));
                        } else {
                            let _ = write!(
                                out,
                                "<a href=\"{}\">{}</a>",
                                escape(source.url),
                                escape(source.label)
                            );
                        }
                    }
                    out.push_str("]</sup>");
                }
            }
        }
        out
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
