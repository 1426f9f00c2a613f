//! The content of a page, independent of its format.

use super::PageId;

/// A page: its title and blocks.
pub(crate) struct Document {
    pub(crate) title: String,
    pub(crate) blocks: Vec<Block>,
}

/// A piece of a page.
pub(crate) enum Block {
    /// A heading; level 2 or 3.
    Heading(u8, String),
    /// A paragraph of text and links.
    Paragraph(Vec<Inline>),
    /// A bulleted list.
    List(Vec<Vec<Inline>>),
    /// A table with a header row.
    Table(Vec<String>, Vec<Vec<Vec<Inline>>>),
    /// The SVG diagram of a command's replies.
    Diagram(ftp_reply::Command),
}

/// Text within a block.
pub(crate) enum Inline {
    Text(String),
    /// Code or a literal, shown in a fixed-width font.
    Code(String),
    Link(String, PageId),
}

/// Plain text.
pub(crate) fn text(text: impl Into<String>) -> Inline {
    Inline::Text(text.into())
}

/// A link to a page.
pub(crate) fn link(text: impl Into<String>, target: PageId) -> Inline {
    Inline::Link(text.into(), target)
}
