//! The list under "Key differences" on a comparison page: what the data says about the two
//! codes side by side, in the page's language.

use ftp_reply::{Comparison, Judgement, KnownCode, Verdict};

use super::labels::vocabulary;
use super::{Language, translations};

/// One sentence per fact: categories, groups, next steps, the commands where the codes are
/// steps of one sequence, and how the commands both can answer judge each.
pub(crate) fn list(pair: Comparison, language: Language) -> Vec<String> {
    let (first, second) = pair.codes();
    let say = Phrases { language };
    let mut lines = Vec::new();
    lines.push(if pair.same_category() {
        say.same_category(first)
    } else {
        say.categories(first, second)
    });
    lines.push(if pair.same_group() {
        say.same_group(first)
    } else {
        say.groups(first, second)
    });
    let steps = (
        vocabulary::next_step(first.as_reply_code(), language),
        vocabulary::next_step(second.as_reply_code(), language),
    );
    if steps.0 != steps.1 {
        lines.push(say.steps(first, second, steps));
    }
    for (command, (a, b)) in pair.sequence() {
        lines.push(say.sequence(command.verb(), first, second, a, b));
    }
    // The shared commands, grouped by how each judges the two codes.
    let mut groups: Vec<((String, String), Vec<&str>)> = Vec::new();
    for (command, (a, b)) in pair
        .judgements()
        .filter(|(command, _)| !pair.sequence().any(|(other, _)| other == *command))
    {
        let kinds = (say.kind(a), say.kind(b));
        match groups.iter_mut().find(|(existing, _)| *existing == kinds) {
            Some((_, commands)) => commands.push(command.verb()),
            None => groups.push((kinds, vec![command.verb()])),
        }
    }
    for ((a, b), commands) in groups {
        let commands = commands.join(", ");
        lines.push(if a == b {
            say.both_answer(&commands, &a)
        } else {
            say.answer(&commands, first, second, &a, &b)
        });
    }
    lines
}

/// The sentences of the list in one language.
struct Phrases {
    language: Language,
}

impl Phrases {
    fn category(&self, code: KnownCode) -> &'static str {
        vocabulary::category(code.category(), self.language)
    }

    fn description(&self, code: KnownCode) -> &'static str {
        let english = code.category().description();
        let key = format!("category.{}", code.category().digit());
        translations::text(self.language, &key, english).unwrap_or(english)
    }

    fn group(&self, code: KnownCode) -> &'static str {
        vocabulary::group(code.function_group(), self.language)
    }

    fn same_category(&self, code: KnownCode) -> String {
        let (category, description) = (self.category(code), self.description(code));
        match self.language {
            Language::English => format!("Both are {category} replies. {description}"),
            Language::Japanese => format!("どちらも{category}です。{description}"),
            Language::Vietnamese => format!("Cả hai đều là phản hồi {category}. {description}"),
        }
    }

    fn categories(&self, first: KnownCode, second: KnownCode) -> String {
        let (a, b) = (self.category(first), self.category(second));
        let (da, db) = (self.description(first), self.description(second));
        match self.language {
            Language::English => {
                format!("{first} is a {a} reply. {da} {second} is a {b} reply. {db}")
            }
            Language::Japanese => format!("{first} は{a}です。{da} {second} は{b}です。{db}"),
            Language::Vietnamese => {
                format!("{first} là phản hồi {a}. {da} {second} là phản hồi {b}. {db}")
            }
        }
    }

    fn same_group(&self, code: KnownCode) -> String {
        let group = self.group(code);
        match self.language {
            Language::English => format!("Both are in the {group} group."),
            Language::Japanese => format!("どちらも「{group}」のグループです。"),
            Language::Vietnamese => format!("Cả hai đều thuộc nhóm {group}."),
        }
    }

    fn groups(&self, first: KnownCode, second: KnownCode) -> String {
        let (a, b) = (self.group(first), self.group(second));
        match self.language {
            Language::English => format!("{first} is in the {a} group; {second} in the {b} group."),
            Language::Japanese => {
                format!("{first} は「{a}」、{second} は「{b}」のグループです。")
            }
            Language::Vietnamese => format!("{first} thuộc nhóm {a}; {second} thuộc nhóm {b}."),
        }
    }

    fn steps(&self, first: KnownCode, second: KnownCode, (a, b): (&str, &str)) -> String {
        match self.language {
            Language::English => format!("After {first}, {a}; after {second}, {b}."),
            Language::Japanese => format!("{first} のあとは{a}、{second} のあとは{b}。"),
            Language::Vietnamese => format!("Sau {first}: {a}; sau {second}: {b}."),
        }
    }

    fn sequence(
        &self,
        command: &str,
        first: KnownCode,
        second: KnownCode,
        a: Verdict,
        b: Verdict,
    ) -> String {
        let (a, b) = (self.verdict(a), self.verdict(b));
        match self.language {
            Language::English => format!(
                "In {command}, {first} is {} reply and {second} {} reply.",
                with_article(a),
                with_article(b)
            ),
            Language::Japanese => {
                format!("{command} では、{first} は{a}応答、{second} は{b}応答です。")
            }
            Language::Vietnamese => {
                format!("Trong {command}, {first} là phản hồi {a} còn {second} là phản hồi {b}.")
            }
        }
    }

    fn both_answer(&self, commands: &str, kind: &str) -> String {
        match self.language {
            Language::English => format!("Both can answer {commands}, each as {kind}."),
            Language::Japanese => {
                format!("どちらも {commands} に答えることがあり、いずれも{kind}です。")
            }
            Language::Vietnamese => {
                format!("Cả hai đều có thể trả lời {commands}, đều là {kind}.")
            }
        }
    }

    fn answer(
        &self,
        commands: &str,
        first: KnownCode,
        second: KnownCode,
        a: &str,
        b: &str,
    ) -> String {
        match self.language {
            Language::English => format!("In {commands}, {first} is {a} and {second} {b}."),
            Language::Japanese => format!("{commands} では、{first} は{a}、{second} は{b}です。"),
            Language::Vietnamese => {
                format!("Trong {commands}, {first} là {a} còn {second} là {b}.")
            }
        }
    }

    /// A verdict's name, such as "completion".
    fn verdict(&self, verdict: Verdict) -> &'static str {
        let [ja, vi] = match verdict {
            Verdict::Preliminary => ["予備", "sơ bộ"],
            Verdict::Completion => ["完了", "hoàn tất"],
            Verdict::Intermediate(_) => ["中間", "trung gian"],
            Verdict::TransientNegative => ["一時的否定", "phủ định tạm thời"],
            Verdict::PermanentNegative => ["恒久的否定", "phủ định vĩnh viễn"],
            Verdict::Protected => ["保護された", "được bảo vệ"],
            _ => ["予期しない", "không mong đợi"],
        };
        match self.language {
            Language::English => verdict.title(),
            Language::Japanese => ja,
            Language::Vietnamese => vi,
        }
    }

    /// `"a server deviation"`, or the verdict as a kind of reply: `"a completion reply"`.
    fn kind(&self, judgement: Judgement) -> String {
        let deviation = judgement.deviation().is_some();
        let verdict = self.verdict(judgement.verdict());
        match (self.language, deviation) {
            (Language::English, true) => "a server deviation".into(),
            (Language::English, false) => format!("{} reply", with_article(verdict)),
            (Language::Japanese, true) => "サーバーの逸脱".into(),
            (Language::Japanese, false) => format!("{verdict}応答"),
            (Language::Vietnamese, true) => "một sai lệch của máy chủ".into(),
            (Language::Vietnamese, false) => format!("phản hồi {verdict}"),
        }
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
