//! What pasting adds to a log, taken off: code fences, Markdown quote marks, the indentation
//! every line shares, and what a terminal's carriage returns overwrote.

/// The lines of a paste without what pasting added. Each line keeps its number, counted
/// from 1; blank lines are left out.
pub(crate) fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut lines: Vec<(usize, &str)> = text
        .split('\n')
        .enumerate()
        .map(|(index, line)| {
            // A carriage return inside a line went back to its start on the terminal, as
            // progress meters do: what follows the last one is what was left on screen.
            let line = line.strip_suffix('\r').unwrap_or(line);
            (index + 1, line.rsplit('\r').next().unwrap_or(line))
        })
        .collect();
    let blank = |line: &str| line.trim().is_empty();
    while lines
        .iter()
        .filter(|(_, line)| !blank(line))
        .all(|(_, line)| line.trim_start().starts_with('>'))
        && lines.iter().any(|(_, line)| !blank(line))
    {
        for (_, line) in &mut lines {
            let rest = line.trim_start().strip_prefix('>').unwrap_or(line);
            *line = rest.strip_prefix(' ').unwrap_or(rest);
        }
    }
    lines.retain(|(_, line)| !line.trim_start().starts_with("```"));
    let indent = lines
        .iter()
        .filter(|(_, line)| !blank(line))
        .map(|(_, line)| line.len() - line.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    for (_, line) in &mut lines {
        *line = line.get(indent..).unwrap_or("");
    }
    lines.retain(|(_, line)| !blank(line));
    lines
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn quotes_fences_and_indentation_come_off() {
        let pasted = "> ```\n>     > USER anna\n>     < 331 Password?\n> ```\n";
        let lines: Vec<&str> = lines(pasted).into_iter().map(|(_, l)| l).collect();
        assert_eq!(lines, ["> USER anna", "< 331 Password?"]);
    }

    #[test]
    fn what_a_terminal_overwrote_is_left_out() {
        let lines: Vec<&str> = lines("  5%\r 50%\r100% done\r\n")
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        assert_eq!(lines, ["100% done"]);
    }
}
