//! What each page says.

use super::document::{Block, Document, Inline, Row, Table, link, row, text};
use super::labels::{Label, vocabulary};
use super::{Language, PageId, differences, sessions, translations};
use crate::sources;
use ftp_reply::{Category, Command, Comparison, FunctionGroup, KnownCode, RfcRef};

/// The document of page `id`, with headings in `language`; `pairs` are the comparisons.
pub(crate) fn build(id: PageId, language: Language, pairs: &[Comparison]) -> Document {
    let label = |label: Label| label.text(language).to_string();
    let words = Words {
        label: &label,
        language,
    };
    match id {
        PageId::Index => index(&words, pairs),
        PageId::Code(code) => code_page(code, &words, pairs),
        PageId::Command(command) => command_page(command, &words),
        PageId::Compare(pair) => compare_page(pair, &words),
    }
}

/// The index's opening paragraph.
pub(crate) const INTRO: &str = "Every FTP reply starts with three digits. The first says how the \
                                command went, the second what the reply is about, the third gives \
                                the detail. Each page below explains one code: what it means, when \
                                you see it and how to fix it.";

/// The page's language: its labels, and the catalogue's texts in it where translated.
struct Words<'a> {
    label: Labels<'a>,
    language: Language,
}

impl Words<'_> {
    fn label(&self, label: Label) -> String {
        (self.label)(label)
    }

    /// A code's title, translated where it has been.
    fn title(&self, code: KnownCode) -> Inline {
        match translations::code(self.language, code) {
            Some(text) => local(text.title.clone()),
            None => text(code.title()),
        }
    }

    /// A link to a code's page, with its title, translated where it has been.
    fn code_link(&self, code: KnownCode) -> Inline {
        match translations::code(self.language, code) {
            Some(text) => Inline::LocalLink(format!("{code} {}", text.title), PageId::Code(code)),
            None => code_link(code),
        }
    }

    /// A code's meaning as paragraphs, translated where it has been.
    fn meaning(&self, code: KnownCode) -> Vec<Block> {
        self.paragraphs(code, "meaning", code.meaning(), |text| &text.meaning)
    }

    /// When a code is seen, as paragraphs, translated where it has been.
    fn when_you_see_it(&self, code: KnownCode) -> Vec<Block> {
        let english = code.when_you_see_it();
        self.paragraphs(code, "when_you_see_it", english, |text| {
            &text.when_you_see_it
        })
    }

    /// How to fix what a code reports, as paragraphs, translated where it has been.
    fn how_to_fix(&self, code: KnownCode) -> Vec<Block> {
        self.paragraphs(code, "how_to_fix", code.how_to_fix(), |text| {
            &text.how_to_fix
        })
    }

    /// `english`, the code's text `name`, as paragraphs with its sources after each cited
    /// sentence; or its translation, the field `field` of the code's texts, with all the
    /// sources after the last paragraph.
    fn paragraphs(
        &self,
        code: KnownCode,
        name: &str,
        english: &'static str,
        field: fn(&translations::CodeText) -> &String,
    ) -> Vec<Block> {
        let place = format!("code {} {name}", code.as_u16());
        match translations::code(self.language, code) {
            Some(text) => {
                let mut blocks: Vec<Block> = field(text)
                    .split("\n\n")
                    .map(|paragraph| Block::Paragraph(vec![local(paragraph.to_string())]))
                    .collect();
                let all = sources::sources(&place);
                if let (Some(Block::Paragraph(last)), false) = (blocks.last_mut(), all.is_empty()) {
                    last.push(Inline::Cite(all));
                }
                blocks
            }
            None => cited_paragraphs(english, &place),
        }
    }

    /// The text `key` in the page's language if it has been translated, else `english`,
    /// followed by the sources of the text at `place`.
    fn cited_text(&self, key: &str, english: &'static str, place: &str) -> Vec<Inline> {
        match translations::text(self.language, key, english) {
            Some(translated) => {
                let mut inlines = vec![local(translated.to_string())];
                let all = sources::sources(place);
                if !all.is_empty() {
                    inlines.push(Inline::Cite(all));
                }
                inlines
            }
            None => sources::pieces(english, place)
                .into_iter()
                .flat_map(|(piece, cited)| {
                    let cite = (!cited.is_empty()).then(|| Inline::Cite(cited.iter().collect()));
                    [Some(text(piece)), cite].into_iter().flatten()
                })
                .collect(),
        }
    }

    /// A word of the library's small vocabulary: in English the library's own, in other
    /// languages `translated`, marked as theirs.
    fn word(&self, english: &str, translated: &'static str) -> Inline {
        if self.language == Language::English {
            text(english)
        } else {
            local(translated.to_string())
        }
    }

    /// The text `key` in the page's language if it has been translated, else `english`.
    fn text(&self, key: &str, english: &'static str) -> Inline {
        match translations::text(self.language, key, english) {
            Some(translated) => local(translated.to_string()),
            None => text(english),
        }
    }

    /// [`Words::text`] as a plain string.
    fn string(&self, key: &str, english: &'static str) -> &'static str {
        translations::text(self.language, key, english).unwrap_or(english)
    }

    /// The words a search finds a code by, in English and the page's language.
    fn keys(&self, code: KnownCode) -> String {
        let mut keys = code_keys(code);
        if let Some(text) = translations::code(self.language, code) {
            keys.push(' ');
            keys.push_str(&format!("{} {}", text.title, text.meaning).to_lowercase());
        }
        keys
    }
}

type Labels<'a> = &'a dyn Fn(Label) -> String;

fn code_link(code: KnownCode) -> Inline {
    link(format!("{code} {}", code.title()), PageId::Code(code))
}

/// A heading with its anchor, which stays the same in every language.
fn heading(level: u8, text: String, anchor: &str) -> Block {
    Block::Heading(level, text, anchor.to_string())
}

/// A label in the page's language, in a table cell or list item.
fn local(text: String) -> Inline {
    Inline::Label(text)
}

/// `RFC 959 §4.2, §5.4`, each part a link to the RFC or its section at the RFC Editor.
fn rfc_links(reference: &RfcRef) -> Vec<Inline> {
    let document = format!("https://www.rfc-editor.org/rfc/rfc{}", reference.number());
    let mut inlines = vec![Inline::External(
        format!("RFC {}", reference.number()),
        document.clone(),
    )];
    for (index, section) in reference.sections().iter().enumerate() {
        inlines.push(text(if index == 0 { " " } else { ", " }));
        // Numbered sections have anchors; an appendix links to the document.
        inlines.push(if section.starts_with(|c: char| c.is_ascii_digit()) {
            Inline::External(
                format!("§{section}"),
                format!("{document}#section-{section}"),
            )
        } else {
            Inline::External((*section).to_string(), document.clone())
        });
    }
    inlines
}

/// The words a search finds a code by.
fn code_keys(code: KnownCode) -> String {
    let commands: Vec<&str> = code
        .commands()
        .iter()
        .map(|command| command.verb())
        .collect();
    format!(
        "{code} {} {} {} {} {} {} {}",
        code.title(),
        code.name(),
        code.canonical_text(),
        code.category().title(),
        code.function_group().title(),
        commands.join(" "),
        code.meaning()
    )
    .to_lowercase()
}

/// The first sentence of `text`.
fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |end| &text[..=end])
}

/// The recorded exchanges, each as a block.
/// The recorded exchanges, each as a block, or a sentence saying that none of the servers
/// sent this in the recorded sessions.
fn examples(exchanges: Vec<super::document::Exchange>, words: &Words<'_>) -> Vec<Block> {
    let mut blocks = vec![heading(2, words.label(Label::Examples), "examples")];
    if exchanges.is_empty() {
        blocks.push(Block::Paragraph(vec![local(
            words.label(Label::NoExamples),
        )]));
    }
    blocks.extend(exchanges.into_iter().map(Block::Exchange));
    blocks
}

fn command_link(command: Command) -> Inline {
    link(command.verb(), PageId::Command(command))
}

/// `text`, the text at `place`, as paragraphs with the sources of each cited sentence after
/// it.
fn cited_paragraphs(text_block: &str, place: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut inlines = Vec::new();
    for (piece, cited) in sources::pieces(text_block, place) {
        let mut parts = piece.split("\n\n");
        if let Some(first) = parts.next().filter(|part| !part.is_empty()) {
            inlines.push(text(first));
        }
        for part in parts {
            blocks.push(Block::Paragraph(core::mem::take(&mut inlines)));
            inlines.push(text(part));
        }
        if !cited.is_empty() {
            inlines.push(Inline::Cite(cited.iter().collect()));
        }
    }
    if !inlines.is_empty() {
        blocks.push(Block::Paragraph(inlines));
    }
    blocks
}

fn comma_separated(items: impl Iterator<Item = Inline>) -> Vec<Inline> {
    let mut inlines = Vec::new();
    for (index, item) in items.enumerate() {
        if index > 0 {
            inlines.push(text(", "));
        }
        inlines.push(item);
    }
    inlines
}

fn index(words: &Words<'_>, pairs: &[Comparison]) -> Document {
    let label = |name: Label| words.label(name);
    let intro = INTRO;
    let mut blocks = Vec::new();
    if words.language != Language::English {
        blocks.push(Block::Paragraph(vec![local(label(
            Label::ContentInEnglish,
        ))]));
    }
    blocks.extend([
        Block::Paragraph(vec![words.text("intro", intro)]),
        Block::Search,
        heading(2, label(Label::Categories), "categories"),
    ]);
    for category in Category::ALL {
        blocks.push(heading(
            3,
            format!(
                "{}yz: {}",
                category.digit(),
                vocabulary::category(category, words.language)
            ),
            &format!("{}yz", category.digit()),
        ));
        blocks.push(Block::Paragraph(vec![words.text(
            &format!("category.{}", category.digit()),
            category.description(),
        )]));
        let rows = KnownCode::ALL
            .iter()
            .filter(|code| code.category() == category)
            .map(|&code| Row {
                cells: vec![
                    vec![words.code_link(code)],
                    vec![Inline::Code(code.canonical_text().into())],
                ],
                keys: words.keys(code),
            })
            .collect();
        blocks.push(Block::Table(Table {
            header: vec![label(Label::Code), label(Label::RfcText)],
            rows,
            row_headings: false,
        }));
    }
    blocks.push(heading(2, label(Label::Group), "function-groups"));
    blocks.push(Block::List(
        FunctionGroup::ALL
            .iter()
            .map(|&group| {
                let name = vocabulary::group(group, words.language);
                vec![
                    local(format!("x{}z ", group.digit())),
                    if words.language == Language::English {
                        text(format!("{name}: "))
                    } else {
                        local(format!("{name}: "))
                    },
                    words.text(&format!("group.{}", group.digit()), group.description()),
                ]
            })
            .collect(),
    ));
    blocks.push(heading(2, label(Label::Commands), "commands"));
    blocks.push(Block::Table(Table {
        header: vec![label(Label::Commands), label(Label::Meaning)],
        rows: Command::ALL
            .iter()
            .map(|&command| {
                let replies = command.replies();
                let codes: Vec<String> = replies
                    .preliminary()
                    .iter()
                    .chain(replies.completion())
                    .chain(replies.negative())
                    .map(|code| code.to_string())
                    .collect();
                Row {
                    cells: vec![
                        vec![command_link(command)],
                        vec![
                            words.text(
                                &format!("command.{}.title", command.verb()),
                                command.title(),
                            ),
                            text(". "),
                            words.text(
                                &format!("command.{}.summary", command.verb()),
                                command.summary(),
                            ),
                        ],
                    ],
                    keys: format!(
                        "{} {} {} {}",
                        command.verb(),
                        command.title(),
                        command.summary(),
                        codes.join(" ")
                    )
                    .to_lowercase(),
                }
            })
            .collect(),
        row_headings: false,
    }));
    blocks.push(heading(2, label(Label::Comparisons), "comparisons"));
    blocks.push(Block::List(
        pairs
            .iter()
            .map(|&pair| {
                let (first, second) = pair.codes();
                vec![
                    link(format!("{first} vs {second}"), PageId::Compare(pair)),
                    text(": "),
                    words.title(first),
                    text(" / "),
                    words.title(second),
                ]
            })
            .collect(),
    ));
    Document {
        title: label(Label::SiteTitle),
        description: words.string("intro", intro).into(),
        blocks,
    }
}

fn code_page(code: KnownCode, words: &Words<'_>, pairs: &[Comparison]) -> Document {
    let label = |name: Label| words.label(name);
    let info = code.info();
    let reply_code = code.as_reply_code();
    let label_row = |name: Label, value: Vec<Inline>| row(vec![vec![local(label(name))], value]);
    let language = words.language;
    let word = |english: &str, translated: &'static str| words.word(english, translated);
    let mut facts = vec![
        label_row(
            Label::RfcText,
            vec![Inline::Code(info.canonical_text().into())],
        ),
        label_row(
            Label::ApiName,
            vec![Inline::Code(format!("KnownCode::{}", info.name()))],
        ),
        label_row(
            Label::Category,
            vec![
                local(format!("{}yz ", code.category().digit())),
                word(
                    code.category().title(),
                    vocabulary::category(code.category(), language),
                ),
            ],
        ),
        label_row(
            Label::Group,
            vec![
                local(format!("x{}z ", code.function_group().digit())),
                word(
                    code.function_group().title(),
                    vocabulary::group(code.function_group(), language),
                ),
            ],
        ),
        label_row(
            Label::NextStep,
            vec![word(
                reply_code.next_step(),
                vocabulary::next_step(reply_code, language),
            )],
        ),
    ];
    // Whether a retry can succeed only means something for a refusal.
    if reply_code.is_negative() {
        let retry = if reply_code.is_retryable() {
            Label::Yes
        } else {
            Label::No
        };
        facts.push(label_row(Label::Retry, vec![local(label(retry))]));
    }
    facts.push(label_row(
        Label::Standing,
        vec![word(
            info.standing().title(),
            vocabulary::standing(info.standing(), language),
        )],
    ));
    let mut blocks = vec![Block::Table(Table {
        header: vec![String::new(), String::new()],
        rows: facts,
        row_headings: true,
    })];
    blocks.push(heading(2, label(Label::Meaning), "meaning"));
    blocks.extend(words.meaning(code));
    blocks.push(heading(2, label(Label::WhenYouSeeIt), "when-you-see-it"));
    blocks.extend(words.when_you_see_it(code));
    blocks.push(heading(2, label(Label::HowToFix), "how-to-fix"));
    blocks.extend(words.how_to_fix(code));
    blocks.extend(examples(sessions::for_code(code, 2), words));
    if !info.commands().is_empty() {
        blocks.push(heading(2, label(Label::ProducedBy), "commands"));
        blocks.push(Block::Paragraph(comma_separated(
            info.commands().iter().map(|&c| command_link(c)),
        )));
        let main = info
            .commands()
            .iter()
            .copied()
            .find(|&command| command.judge(reply_code).deviation().is_none());
        if let Some(command) = main {
            blocks.push(heading(
                3,
                format!("{}: {command}", label(Label::Diagram)),
                "diagram",
            ));
            blocks.push(Block::Diagram(command));
        }
    }
    if !info.rfc().is_empty() {
        blocks.push(heading(2, label(Label::References), "references"));
        blocks.push(Block::List(info.rfc().iter().map(rfc_links).collect()));
    }
    if !info.notes().is_empty() {
        blocks.push(heading(2, label(Label::Notes), "notes"));
        blocks.push(Block::List(
            info.notes()
                .iter()
                .enumerate()
                .map(|(index, note)| {
                    let translated = words.text(&format!("note.{code}.{index}"), note.text());
                    // The source is a name, read the same in every language.
                    let source = format!("{}: ", note.source());
                    let source = if matches!(translated, Inline::Text(_)) {
                        text(source)
                    } else {
                        local(source)
                    };
                    vec![source, translated]
                })
                .collect(),
        ));
    }
    blocks.push(heading(2, label(Label::Related), "related"));
    let mut related: Vec<Vec<Inline>> = pairs
        .iter()
        .filter(|pair| pair.codes().0 == code || pair.codes().1 == code)
        .map(|&pair| {
            let (first, second) = pair.codes();
            let other = if first == code { second } else { first };
            vec![
                link(format!("{first} vs {second}"), PageId::Compare(pair)),
                text(": "),
                words.code_link(other),
            ]
        })
        .collect();
    related.extend(
        KnownCode::ALL
            .iter()
            .filter(|&&other| {
                other != code
                    && other.category() == code.category()
                    && other.function_group() == code.function_group()
            })
            .map(|&other| {
                vec![
                    words.code_link(other),
                    text(": "),
                    Inline::Code(other.canonical_text().into()),
                ]
            }),
    );
    blocks.push(Block::List(related));
    let (title, meaning) = match translations::code(words.language, code) {
        Some(text) => (text.title.as_str(), text.meaning.as_str()),
        None => (info.title(), info.meaning()),
    };
    Document {
        title: format!("{code} {title}"),
        description: format!("FTP {code}: {}", first_sentence(meaning)),
        blocks,
    }
}

fn command_page(command: Command, words: &Words<'_>) -> Document {
    let label = |name: Label| words.label(name);
    let replies = command.replies();
    let name = words.string(
        &format!("command.{}.title", command.verb()),
        command.title(),
    );
    let summary = words.string(
        &format!("command.{}.summary", command.verb()),
        command.summary(),
    );
    let mut blocks = vec![Block::Paragraph(words.cited_text(
        &format!("command.{}.summary", command.verb()),
        command.summary(),
        &format!("command {} summary", command.verb()),
    ))];
    let mut references: Vec<Vec<Inline>> = command.rfc().iter().map(rfc_links).collect();
    // Drafts and source files are names, read the same in every language.
    references.extend(
        command
            .documents()
            .iter()
            .map(|document| vec![local((*document).to_string())]),
    );
    blocks.push(heading(2, label(Label::References), "references"));
    blocks.push(Block::List(references));
    blocks.push(Block::Paragraph(vec![
        local(format!("{}: ", label(Label::Standing))),
        words.word(
            command.standing().title(),
            vocabulary::standing(command.standing(), words.language),
        ),
    ]));
    blocks.push(heading(2, label(Label::Diagram), "diagram"));
    blocks.push(Block::Diagram(command));
    blocks.push(heading(2, label(Label::Replies), "replies"));
    let codes =
        |codes: &[KnownCode]| comma_separated(codes.iter().map(|&code| words.code_link(code)));
    let mut rows = Vec::new();
    for (name, list) in [
        (Label::Preliminary, replies.preliminary()),
        (Label::Completion, replies.completion()),
        (Label::Negative, replies.negative()),
    ] {
        if !list.is_empty() {
            rows.push(row(vec![vec![local(label(name))], codes(list)]));
        }
    }
    for step in replies.intermediate() {
        let mut cell = vec![words.code_link(step.code()), text(" → ")];
        cell.extend(comma_separated(
            step.next().iter().map(|&next| command_link(next)),
        ));
        rows.push(row(vec![vec![local(label(Label::Intermediate))], cell]));
    }
    blocks.push(Block::Table(Table {
        header: vec![String::new(), String::new()],
        rows,
        row_headings: true,
    }));
    blocks.extend(examples(sessions::for_command(command, 3), words));
    if !replies.deviations().is_empty() {
        blocks.push(heading(2, label(Label::Deviations), "deviations"));
        blocks.push(Block::List(
            replies
                .deviations()
                .iter()
                .map(|deviation| {
                    vec![
                        words.code_link(deviation.code()),
                        text(": "),
                        words.text(
                            &format!("deviation.{}.{}", command.verb(), deviation.code()),
                            deviation.note(),
                        ),
                    ]
                })
                .collect(),
        ));
    }
    Document {
        title: format!("{command}: {name}"),
        description: format!("FTP {command}: {summary}"),
        blocks,
    }
}

fn compare_page(pair: Comparison, words: &Words<'_>) -> Document {
    let label = |name: Label| words.label(name);
    let (first, second) = pair.codes();
    let yes_no = |yes: bool| local(label(if yes { Label::Yes } else { Label::No }));
    let compare_row =
        |name: Label, a: Inline, b: Inline| row(vec![vec![local(label(name))], vec![a], vec![b]]);
    let language = words.language;
    let word = |english: &str, translated: &'static str| words.word(english, translated);
    let category = |code: KnownCode| {
        word(
            &format!("{}yz {}", code.category().digit(), code.category()),
            vocabulary::category(code.category(), language),
        )
    };
    let group = |code: KnownCode| {
        word(
            code.function_group().title(),
            vocabulary::group(code.function_group(), language),
        )
    };
    let step = |code: KnownCode| {
        let code = code.as_reply_code();
        word(code.next_step(), vocabulary::next_step(code, language))
    };
    let retry = pair.retryable();
    let mut rows = vec![
        compare_row(Label::Code, words.code_link(first), words.code_link(second)),
        compare_row(
            Label::RfcText,
            Inline::Code(first.canonical_text().into()),
            Inline::Code(second.canonical_text().into()),
        ),
        compare_row(Label::Category, category(first), category(second)),
        compare_row(Label::Group, group(first), group(second)),
        compare_row(Label::NextStep, step(first), step(second)),
    ];
    if first.as_reply_code().is_negative() || second.as_reply_code().is_negative() {
        rows.push(compare_row(Label::Retry, yes_no(retry.0), yes_no(retry.1)));
    }
    let mut blocks = vec![Block::Table(Table {
        header: vec![String::new(), first.to_string(), second.to_string()],
        rows,
        row_headings: true,
    })];
    blocks.push(heading(2, label(Label::KeyDifferences), "differences"));
    if let Some(difference) = pair.difference() {
        blocks.push(Block::Paragraph(words.cited_text(
            &format!("comparison.{first}-{second}"),
            difference,
            &format!(
                "comparison {}-{} difference",
                first.as_u16(),
                second.as_u16()
            ),
        )));
    }
    let line = |line: String| {
        if words.language == Language::English {
            vec![text(line)]
        } else {
            vec![local(line)]
        }
    };
    blocks.push(Block::List(
        differences::list(pair, words.language)
            .into_iter()
            .map(line)
            .collect(),
    ));
    blocks.push(heading(2, label(Label::Meaning), "meaning"));
    for code in [first, second] {
        let title =
            translations::code(words.language, code).map_or(code.title(), |text| &text.title);
        blocks.push(heading(
            3,
            format!("{code} {title}"),
            &format!("code-{code}"),
        ));
        blocks.extend(words.meaning(code));
    }
    blocks.push(heading(2, label(Label::WhenToExpect), "when-to-expect"));
    for code in [first, second] {
        blocks.push(Block::Paragraph(vec![words.code_link(code)]));
        blocks.extend(words.when_you_see_it(code));
    }
    let title = |code: KnownCode| {
        translations::code(words.language, code).map_or(code.title(), |text| text.title.as_str())
    };
    Document {
        title: format!("{first} vs {second}: {} / {}", title(first), title(second)),
        description: format!(
            "The difference between FTP replies {first} ({}) and {second} ({}).",
            first.title(),
            second.title()
        ),
        blocks,
    }
}
