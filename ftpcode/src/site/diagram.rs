//! SVG diagrams of a command's replies, after the state diagrams of RFC 959 §6.

use core::fmt::Write;

use ftp_reply::{Command, KnownCode};

use super::Language;

/// Where the Markdown site keeps a command's diagram.
pub(crate) fn path(command: Command) -> String {
    format!("diagrams/{}.svg", command.verb().to_ascii_lowercase())
}

/// The diagram, with its words in `language`: the command, then a box for each kind of reply
/// it can get, with the codes:
/// preliminary (wait for another reply), completion, intermediate (with the next command of
/// the sequence), negative.
pub(crate) fn svg(command: Command, language: Language) -> String {
    let replies = command.replies();
    let codes = |codes: &[KnownCode]| {
        codes
            .iter()
            .map(|code| format!("{code}"))
            .collect::<Vec<_>>()
    };
    let steps: Vec<String> = replies
        .intermediate()
        .iter()
        .map(|step| {
            let next: Vec<&str> = step.next().iter().map(|command| command.verb()).collect();
            format!("{} → {}", step.code(), next.join("/"))
        })
        .collect();
    let boxes: Vec<_> = [
        (
            text(language, Caption::Preliminary),
            codes(replies.preliminary()),
            "#e8f0fe",
            "#1a73e8",
            "#174ea6",
        ),
        (
            text(language, Caption::Completion),
            codes(replies.completion()),
            "#e6f4ea",
            "#188038",
            "#0d652d",
        ),
        (
            text(language, Caption::Intermediate),
            steps,
            "#fef7e0",
            "#b06000",
            "#8a4b00",
        ),
        (
            text(language, Caption::Negative),
            codes(replies.negative()),
            "#fce8e6",
            "#c5221f",
            "#a50e0e",
        ),
    ]
    .into_iter()
    // Fill, border, and title colour: the titles have at least 6:1 contrast on the fill.
    .filter(|(_, items, ..)| !items.is_empty())
    .collect();
    const PER_LINE: usize = 8;
    let heights: Vec<usize> = boxes
        .iter()
        .map(|(_, items, ..)| 34 + 16 * items.len().div_ceil(PER_LINE).max(1))
        .collect();
    let height = 20 + heights.iter().map(|h| h + 12).sum::<usize>();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 560 {height}\" width=\"560\" height=\"{height}\" \
         role=\"img\" aria-label=\"{label}\" font-family=\"sans-serif\" font-size=\"13\">\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" \
         orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>",
        label = text(language, Caption::Replies).replace("{verb}", command.verb()),
    );
    let middle = height / 2;
    let _ = write!(
        svg,
        "<rect x=\"10\" y=\"{}\" width=\"110\" height=\"44\" rx=\"8\" fill=\"#f1f3f4\" stroke=\"#555\"/>\
         <text x=\"65\" y=\"{}\" text-anchor=\"middle\" font-weight=\"bold\">{}</text>\
         <text x=\"65\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\">{}</text>",
        middle - 22,
        middle - 3,
        command.verb(),
        middle + 13,
        text(language, Caption::ThenWait),
    );
    let mut y = 10;
    for ((title, items, fill, stroke, ink), box_height) in boxes.iter().zip(&heights) {
        let _ = write!(
            svg,
            "<path d=\"M120,{middle} C170,{middle} 170,{mid} 218,{mid}\" fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>\
             <rect x=\"220\" y=\"{y}\" width=\"330\" height=\"{box_height}\" rx=\"8\" fill=\"{fill}\" stroke=\"{stroke}\"/>\
             <text x=\"232\" y=\"{}\" font-weight=\"bold\" fill=\"{ink}\">{title}</text>",
            y + 20,
            mid = y + box_height / 2,
        );
        for (line, chunk) in items.chunks(PER_LINE).enumerate() {
            let _ = write!(
                svg,
                "<text x=\"232\" y=\"{}\">{}</text>",
                y + 38 + 16 * line,
                chunk.join(", ")
            );
        }
        y += box_height + 12;
    }
    svg.push_str("</svg>");
    svg
}

/// The words of a diagram.
#[derive(Clone, Copy)]
enum Caption {
    Preliminary,
    Completion,
    Intermediate,
    Negative,
    ThenWait,
    /// Its description for screen readers; `{verb}` stands for the command.
    Replies,
}

fn text(language: Language, caption: Caption) -> &'static str {
    use Caption::*;
    use Language::*;
    match (caption, language) {
        (Preliminary, English) => "1yz preliminary: wait for another reply",
        (Preliminary, Japanese) => "1yz 予備応答: 次の応答を待つ",
        (Preliminary, Vietnamese) => "1yz sơ bộ: chờ phản hồi tiếp theo",
        (Completion, English) => "2yz completion: done",
        (Completion, Japanese) => "2yz 完了応答: 終わり",
        (Completion, Vietnamese) => "2yz hoàn tất: xong",
        (Intermediate, English) => "3yz intermediate: send the next command",
        (Intermediate, Japanese) => "3yz 中間応答: 次のコマンドを送る",
        (Intermediate, Vietnamese) => "3yz trung gian: gửi lệnh tiếp theo",
        (Negative, English) => "4yz, 5yz negative: not done",
        (Negative, Japanese) => "4yz, 5yz 否定応答: 実行されない",
        (Negative, Vietnamese) => "4yz, 5yz phủ định: không thực hiện",
        (ThenWait, English) => "then wait",
        (ThenWait, Japanese) => "送って待つ",
        (ThenWait, Vietnamese) => "rồi chờ",
        (Replies, English) => "Replies to {verb}",
        (Replies, Japanese) => "{verb} への応答",
        (Replies, Vietnamese) => "Các phản hồi cho {verb}",
    }
}
