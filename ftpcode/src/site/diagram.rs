//! SVG diagrams of a command's replies, after the state diagrams of RFC 959 §6.

use core::fmt::Write;

use ftp_reply::{Command, KnownCode};

/// Where the Markdown site keeps a command's diagram.
pub(crate) fn path(command: Command) -> String {
    format!("diagrams/{}.svg", command.verb().to_ascii_lowercase())
}

/// The diagram: the command, then a box for each kind of reply it can get, with the codes:
/// preliminary (wait for another reply), completion, intermediate (with the next command of
/// the sequence), negative.
pub(crate) fn svg(command: Command) -> String {
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
            "1yz preliminary: wait for another reply",
            codes(replies.preliminary()),
            "#e8f0fe",
            "#1a73e8",
            "#174ea6",
        ),
        (
            "2yz completion: done",
            codes(replies.completion()),
            "#e6f4ea",
            "#188038",
            "#0d652d",
        ),
        (
            "3yz intermediate: send the next command",
            steps,
            "#fef7e0",
            "#b06000",
            "#8a4b00",
        ),
        (
            "4yz, 5yz negative: not done",
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
         role=\"img\" aria-label=\"Replies to {verb}\" font-family=\"sans-serif\" font-size=\"13\">\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" \
         orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>",
        verb = command.verb(),
    );
    let middle = height / 2;
    let _ = write!(
        svg,
        "<rect x=\"10\" y=\"{}\" width=\"110\" height=\"44\" rx=\"8\" fill=\"#f1f3f4\" stroke=\"#555\"/>\
         <text x=\"65\" y=\"{}\" text-anchor=\"middle\" font-weight=\"bold\">{}</text>\
         <text x=\"65\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\">then wait</text>",
        middle - 22,
        middle - 3,
        command.verb(),
        middle + 13,
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
