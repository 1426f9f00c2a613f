//! What each page says.

use super::document::{Block, Document, Inline, link, text};
use super::labels::Label;
use super::{Language, PageId};
use ftp_reply::{Category, Command, Comparison, FunctionGroup, Judgement, KnownCode};

/// The document of page `id`, with headings in `language`; `pairs` are the comparisons.
pub(crate) fn build(id: PageId, language: Language, pairs: &[Comparison]) -> Document {
    let label = |label: Label| label.text(language).to_string();
    match id {
        PageId::Index => index(&label, pairs),
        PageId::Code(code) => code_page(code, &label, pairs),
        PageId::Command(command) => command_page(command, &label),
        PageId::Compare(pair) => compare_page(pair, &label),
    }
}

type Labels<'a> = &'a dyn Fn(Label) -> String;

fn code_link(code: KnownCode) -> Inline {
    link(format!("{code} {}", code.name()), PageId::Code(code))
}

fn command_link(command: Command) -> Inline {
    link(command.verb(), PageId::Command(command))
}

fn paragraphs(text_block: &str) -> impl Iterator<Item = Block> + '_ {
    text_block
        .split("\n\n")
        .map(|paragraph| Block::Paragraph(vec![text(paragraph)]))
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

fn index(label: Labels<'_>, pairs: &[Comparison]) -> Document {
    let mut blocks = vec![
        Block::Paragraph(vec![text(label(Label::ContentInEnglish))]),
        Block::Paragraph(vec![text(
            "Every FTP reply starts with three digits. The first says how the command went, the \
             second what the reply is about, the third gives the detail. Each page below explains \
             one code: what it means, when you see it and how to fix it.",
        )]),
        Block::Heading(2, label(Label::Categories)),
    ];
    for category in Category::ALL {
        blocks.push(Block::Heading(
            3,
            format!("{}yz: {}", category.digit(), category.name()),
        ));
        blocks.push(Block::Paragraph(vec![text(category.description())]));
        let rows = KnownCode::ALL
            .iter()
            .filter(|code| code.category() == category)
            .map(|&code| {
                vec![
                    vec![code_link(code)],
                    vec![text(code.canonical_text())],
                    vec![text(code.function_group().name())],
                ]
            })
            .collect();
        blocks.push(Block::Table(
            vec![
                label(Label::Code),
                label(Label::RfcText),
                label(Label::Group),
            ],
            rows,
        ));
    }
    blocks.push(Block::Heading(2, label(Label::Group)));
    blocks.push(Block::List(
        FunctionGroup::ALL
            .iter()
            .map(|group| {
                vec![text(format!(
                    "x{}z {}: {}",
                    group.digit(),
                    group.name(),
                    group.description()
                ))]
            })
            .collect(),
    ));
    blocks.push(Block::Heading(2, label(Label::Commands)));
    blocks.push(Block::Table(
        vec![label(Label::Commands), label(Label::Meaning)],
        Command::ALL
            .iter()
            .map(|&command| {
                vec![
                    vec![command_link(command)],
                    vec![text(format!("{}. {}", command.name(), command.summary()))],
                ]
            })
            .collect(),
    ));
    blocks.push(Block::Heading(2, label(Label::Comparisons)));
    blocks.push(Block::List(
        pairs
            .iter()
            .map(|&pair| {
                let (first, second) = pair.codes();
                vec![link(format!("{first} vs {second}"), PageId::Compare(pair))]
            })
            .collect(),
    ));
    Document {
        title: label(Label::SiteTitle),
        blocks,
    }
}

fn code_page(code: KnownCode, label: Labels<'_>, pairs: &[Comparison]) -> Document {
    let info = code.info();
    let yes_no = |yes: bool| label(if yes { Label::Yes } else { Label::No });
    let mut blocks = vec![Block::Table(
        vec![String::new(), String::new()],
        vec![
            vec![
                vec![text(label(Label::RfcText))],
                vec![Inline::Code(info.canonical_text().into())],
            ],
            vec![
                vec![text(label(Label::Category))],
                vec![text(format!(
                    "{}yz {}",
                    code.category().digit(),
                    code.category()
                ))],
            ],
            vec![
                vec![text(label(Label::Group))],
                vec![text(format!(
                    "x{}z {}",
                    code.function_group().digit(),
                    code.function_group()
                ))],
            ],
            vec![
                vec![text(label(Label::NextStep))],
                vec![text(code.as_reply_code().next_step())],
            ],
            vec![
                vec![text(label(Label::Retry))],
                vec![text(yes_no(code.as_reply_code().is_retryable()))],
            ],
            vec![
                vec![text(label(Label::Standing))],
                vec![text(info.standing().name())],
            ],
        ],
    )];
    blocks.push(Block::Heading(2, label(Label::Meaning)));
    blocks.extend(paragraphs(info.meaning()));
    blocks.push(Block::Heading(2, label(Label::WhenYouSeeIt)));
    blocks.extend(paragraphs(info.when_you_see_it()));
    blocks.push(Block::Heading(2, label(Label::HowToFix)));
    blocks.extend(paragraphs(info.how_to_fix()));
    if !info.commands().is_empty() {
        blocks.push(Block::Heading(2, label(Label::ProducedBy)));
        blocks.push(Block::Paragraph(comma_separated(
            info.commands().iter().map(|&c| command_link(c)),
        )));
        let main = info
            .commands()
            .iter()
            .copied()
            .find(|&command| command.judge(code.as_reply_code()).deviation().is_none());
        if let Some(command) = main {
            blocks.push(Block::Heading(
                3,
                format!("{}: {command}", label(Label::Diagram)),
            ));
            blocks.push(Block::Diagram(command));
        }
    }
    if !info.rfc().is_empty() {
        blocks.push(Block::Heading(2, label(Label::References)));
        blocks.push(Block::List(
            info.rfc()
                .iter()
                .map(|reference| vec![text(reference.to_string())])
                .collect(),
        ));
    }
    if !info.notes().is_empty() {
        blocks.push(Block::Heading(2, label(Label::Notes)));
        blocks.push(Block::List(
            info.notes()
                .iter()
                .map(|note| vec![text(format!("{}: {}", note.source(), note.text()))])
                .collect(),
        ));
    }
    let pairs: Vec<Comparison> = pairs
        .iter()
        .copied()
        .filter(|pair| pair.codes().0 == code || pair.codes().1 == code)
        .collect();
    if !pairs.is_empty() {
        blocks.push(Block::Heading(2, label(Label::Related)));
        blocks.push(Block::List(
            pairs
                .into_iter()
                .map(|pair| {
                    let (first, second) = pair.codes();
                    let other = if first == code { second } else { first };
                    vec![
                        link(format!("{first} vs {second}"), PageId::Compare(pair)),
                        text(": "),
                        code_link(other),
                        text(format!(", {}", other.canonical_text())),
                    ]
                })
                .collect(),
        ));
    }
    Document {
        title: format!("{code} {}", info.canonical_text()),
        blocks,
    }
}

fn command_page(command: Command, label: Labels<'_>) -> Document {
    let replies = command.replies();
    let mut blocks = vec![Block::Paragraph(vec![text(command.summary())])];
    let mut references: Vec<Vec<Inline>> = command
        .rfc()
        .iter()
        .map(|r| vec![text(r.to_string())])
        .collect();
    references.extend(command.documents().iter().map(|d| vec![text(*d)]));
    blocks.push(Block::Heading(2, label(Label::References)));
    blocks.push(Block::List(references));
    blocks.push(Block::Paragraph(vec![text(format!(
        "{}: {}",
        label(Label::Standing),
        command.standing().name()
    ))]));
    blocks.push(Block::Heading(2, label(Label::Diagram)));
    blocks.push(Block::Diagram(command));
    blocks.push(Block::Heading(2, label(Label::Replies)));
    let codes = |codes: &[KnownCode]| comma_separated(codes.iter().map(|&code| code_link(code)));
    let mut rows = Vec::new();
    for (name, list) in [
        (Label::Preliminary, replies.preliminary()),
        (Label::Completion, replies.completion()),
        (Label::Negative, replies.negative()),
    ] {
        if !list.is_empty() {
            rows.push(vec![vec![text(label(name))], codes(list)]);
        }
    }
    for step in replies.intermediate() {
        let mut cell = vec![code_link(step.code()), text(" → ")];
        cell.extend(comma_separated(
            step.next().iter().map(|&next| command_link(next)),
        ));
        rows.push(vec![vec![text(label(Label::Intermediate))], cell]);
    }
    blocks.push(Block::Table(
        vec![String::new(), label(Label::Replies)],
        rows,
    ));
    if !replies.deviations().is_empty() {
        blocks.push(Block::Heading(2, label(Label::Deviations)));
        blocks.push(Block::List(
            replies
                .deviations()
                .iter()
                .map(|deviation| {
                    vec![
                        code_link(deviation.code()),
                        text(format!(": {}", deviation.note())),
                    ]
                })
                .collect(),
        ));
    }
    Document {
        title: format!("{command}: {}", command.name()),
        blocks,
    }
}

fn compare_page(pair: Comparison, label: Labels<'_>) -> Document {
    let (first, second) = pair.codes();
    let yes_no = |yes: bool| label(if yes { Label::Yes } else { Label::No });
    let row = |name: Label, a: String, b: String| {
        vec![vec![text(label(name))], vec![text(a)], vec![text(b)]]
    };
    let steps = (
        first.as_reply_code().next_step(),
        second.as_reply_code().next_step(),
    );
    let retry = pair.retryable();
    let mut blocks = vec![Block::Table(
        vec![String::new(), first.to_string(), second.to_string()],
        vec![
            vec![
                vec![text(label(Label::Code))],
                vec![link(first.name(), PageId::Code(first))],
                vec![link(second.name(), PageId::Code(second))],
            ],
            row(
                Label::RfcText,
                first.canonical_text().into(),
                second.canonical_text().into(),
            ),
            row(
                Label::Category,
                format!("{}yz {}", first.category().digit(), first.category()),
                format!("{}yz {}", second.category().digit(), second.category()),
            ),
            row(
                Label::Group,
                first.function_group().name().into(),
                second.function_group().name().into(),
            ),
            row(Label::NextStep, steps.0.into(), steps.1.into()),
            row(Label::Retry, yes_no(retry.0), yes_no(retry.1)),
        ],
    )];
    blocks.push(Block::Heading(2, label(Label::KeyDifferences)));
    let mut differences = Vec::new();
    if pair.same_category() {
        differences.push(format!(
            "Both are {} replies. {}",
            first.category(),
            first.category().description()
        ));
    } else {
        differences.push(format!(
            "{first} is a {} reply. {} {second} is a {} reply. {}",
            first.category(),
            first.category().description(),
            second.category(),
            second.category().description()
        ));
    }
    if pair.same_group() {
        differences.push(format!(
            "Both are in the {} group.",
            first.function_group().name()
        ));
    } else {
        differences.push(format!(
            "{first} is in the {} group; {second} in the {} group.",
            first.function_group().name(),
            second.function_group().name()
        ));
    }
    if steps.0 != steps.1 {
        differences.push(format!(
            "After {first}, {}; after {second}, {}.",
            steps.0, steps.1
        ));
    }
    for (command, (a, b)) in pair.sequence() {
        differences.push(format!(
            "In {command}, {first} is {} reply and {second} {} reply.",
            with_article(a.name()),
            with_article(b.name())
        ));
    }
    // The shared commands, grouped by how each judges the two codes.
    let mut groups: Vec<((String, String), Vec<&str>)> = Vec::new();
    for (command, (a, b)) in pair
        .judgements()
        .filter(|(command, _)| !pair.sequence().any(|(other, _)| other == *command))
    {
        let kinds = (kind_of_reply(a), kind_of_reply(b));
        match groups.iter_mut().find(|(existing, _)| *existing == kinds) {
            Some((_, commands)) => commands.push(command.verb()),
            None => groups.push((kinds, vec![command.verb()])),
        }
    }
    for ((a, b), commands) in groups {
        let commands = commands.join(", ");
        differences.push(if a == b {
            format!("Both can answer {commands}, each as {a}.")
        } else {
            format!("In {commands}, {first} is {a} and {second} {b}.")
        });
    }
    blocks.push(Block::List(
        differences
            .into_iter()
            .map(|line| vec![text(line)])
            .collect(),
    ));
    blocks.push(Block::Heading(2, label(Label::Meaning)));
    for code in [first, second] {
        blocks.push(Block::Heading(3, format!("{code} {}", code.name())));
        blocks.extend(paragraphs(code.meaning()));
    }
    blocks.push(Block::Heading(2, label(Label::WhenToExpect)));
    blocks.push(Block::List(
        [first, second]
            .into_iter()
            .map(|code| {
                vec![
                    code_link(code),
                    text(format!(": {}", code.when_you_see_it())),
                ]
            })
            .collect(),
    ));
    Document {
        title: format!("{first} vs {second}"),
        blocks,
    }
}

/// `"a server deviation"`, or the verdict as a kind of reply: `"a completion reply"`.
fn kind_of_reply(judgement: Judgement) -> String {
    if judgement.deviation().is_some() {
        "a server deviation".into()
    } else {
        format!("{} reply", with_article(judgement.verdict().name()))
    }
}

/// `"an intermediate"`, `"a completion"`.
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}
