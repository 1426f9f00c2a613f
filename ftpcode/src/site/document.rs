//! The content of a page, independent of its format.

use super::PageId;

/// A page: its title, a one-sentence description, and its blocks.
pub(crate) struct Document {
    pub(crate) title: String,
    /// For search results and link previews: `<meta name="description">` in HTML.
    pub(crate) description: String,
    pub(crate) blocks: Vec<Block>,
}

/// A piece of a page.
pub(crate) enum Block {
    /// A heading: its level (2 or 3), its text, and its anchor, the same in every language.
    Heading(u8, String, String),
    /// A paragraph of text and links.
    Paragraph(Vec<Inline>),
    /// A bulleted list.
    List(Vec<Vec<Inline>>),
    Table(Table),
    /// The SVG diagram of a command's replies.
    Diagram(ftp_reply::Command),
    /// Lines of a recorded session: what the client sent and what the server answered.
    Exchange(Exchange),
    /// A box that filters the rows of the page's tables by their search keys (HTML only).
    Search,
}

/// A table: column headings (all empty for none) and rows.
pub(crate) struct Table {
    pub(crate) header: Vec<String>,
    pub(crate) rows: Vec<Row>,
    /// Whether the first cell of each row is the row's heading.
    pub(crate) row_headings: bool,
}

pub(crate) struct Row {
    pub(crate) cells: Vec<Vec<Inline>>,
    /// Words that the search box finds this row by, lowercase; empty for none.
    pub(crate) keys: String,
}

/// An exchange recorded from a real server.
pub(crate) struct Exchange {
    /// The server software, such as "vsftpd 3.0.3".
    pub(crate) server: String,
    /// Each line with whether the client sent it.
    pub(crate) lines: Vec<(bool, String)>,
}

/// Text within a block.
pub(crate) enum Inline {
    /// Text from the catalogue, in English.
    Text(String),
    /// A heading or label in the page's language.
    Label(String),
    /// Code or a literal, shown in a fixed-width font.
    Code(String),
    /// A link whose text is in English, or only numbers.
    Link(String, PageId),
    /// A link whose text is in the page's language.
    LocalLink(String, PageId),
    /// A link out of the site, such as to an RFC section.
    External(String, String),
    /// The sources of the sentence before it (`data/SOURCES.md`).
    Cite(Vec<&'static crate::sources::Source>),
}

/// English text from the catalogue.
pub(crate) fn text(text: impl Into<String>) -> Inline {
    Inline::Text(text.into())
}

/// A link to a page.
pub(crate) fn link(text: impl Into<String>, target: PageId) -> Inline {
    Inline::Link(text.into(), target)
}

/// A row without search keys.
pub(crate) fn row(cells: Vec<Vec<Inline>>) -> Row {
    Row {
        cells,
        keys: String::new(),
    }
}
