//! The headings and labels of the pages, in each language.

use super::Language;

/// A heading or label.
#[derive(Clone, Copy)]
pub(crate) enum Label {
    SiteTitle,
    Categories,
    Commands,
    Comparisons,
    Meaning,
    WhenYouSeeIt,
    HowToFix,
    References,
    ProducedBy,
    Related,
    Notes,
    Category,
    Group,
    Standing,
    RfcText,
    Replies,
    Preliminary,
    Completion,
    Intermediate,
    Negative,
    Deviations,
    Diagram,
    KeyDifferences,
    WhenToExpect,
    NextStep,
    Retry,
    Code,
    ContentInEnglish,
    Yes,
    No,
    Examples,
    ApiName,
    Search,
    NoMatches,
    Client,
    Server,
    SectionLink,
    NoExamples,
    /// The page footer; `{version}` stands for ftpcode's version.
    Footer,
}

impl Label {
    /// The label in `language`.
    pub(crate) const fn text(self, language: Language) -> &'static str {
        use Label::*;
        use Language::*;
        match (self, language) {
            (SiteTitle, English) => "FTP reply codes",
            (SiteTitle, Japanese) => "FTP 応答コード",
            (SiteTitle, Vietnamese) => "Mã phản hồi FTP",
            (Categories, English) => "Codes by category",
            (Categories, Japanese) => "分類別のコード",
            (Categories, Vietnamese) => "Mã theo loại",
            (Commands, English) => "Commands",
            (Commands, Japanese) => "コマンド",
            (Commands, Vietnamese) => "Lệnh",
            (Comparisons, English) => "Comparisons",
            (Comparisons, Japanese) => "比較",
            (Comparisons, Vietnamese) => "So sánh",
            (Meaning, English) => "Meaning",
            (Meaning, Japanese) => "意味",
            (Meaning, Vietnamese) => "Ý nghĩa",
            (WhenYouSeeIt, English) => "When you see it",
            (WhenYouSeeIt, Japanese) => "表示される状況",
            (WhenYouSeeIt, Vietnamese) => "Khi nào gặp mã này",
            (HowToFix, English) => "How to fix",
            (HowToFix, Japanese) => "対処方法",
            (HowToFix, Vietnamese) => "Cách khắc phục",
            (References, English) => "References",
            (References, Japanese) => "参照",
            (References, Vietnamese) => "Tài liệu tham khảo",
            (ProducedBy, English) => "Commands that produce it",
            (ProducedBy, Japanese) => "このコードを返すコマンド",
            (ProducedBy, Vietnamese) => "Các lệnh trả về mã này",
            (Related, English) => "Related codes",
            (Related, Japanese) => "関連するコード",
            (Related, Vietnamese) => "Mã liên quan",
            (Notes, English) => "Notes",
            (Notes, Japanese) => "注記",
            (Notes, Vietnamese) => "Ghi chú",
            (Category, English) => "Category",
            (Category, Japanese) => "分類",
            (Category, Vietnamese) => "Loại",
            (Group, English) => "Function group",
            (Group, Japanese) => "機能グループ",
            (Group, Vietnamese) => "Nhóm chức năng",
            (Standing, English) => "Standing",
            (Standing, Japanese) => "位置付け",
            (Standing, Vietnamese) => "Tình trạng",
            (RfcText, English) => "RFC text",
            (RfcText, Japanese) => "RFC の文言",
            (RfcText, Vietnamese) => "Văn bản RFC",
            (Replies, English) => "Replies",
            (Replies, Japanese) => "応答",
            (Replies, Vietnamese) => "Phản hồi",
            (Preliminary, English) => "Preliminary",
            (Preliminary, Japanese) => "予備応答",
            (Preliminary, Vietnamese) => "Sơ bộ",
            (Completion, English) => "Completion",
            (Completion, Japanese) => "完了応答",
            (Completion, Vietnamese) => "Hoàn tất",
            (Intermediate, English) => "Intermediate",
            (Intermediate, Japanese) => "中間応答",
            (Intermediate, Vietnamese) => "Trung gian",
            (Negative, English) => "Negative",
            (Negative, Japanese) => "否定応答",
            (Negative, Vietnamese) => "Phủ định",
            (Deviations, English) => "Server deviations",
            (Deviations, Japanese) => "サーバーの逸脱",
            (Deviations, Vietnamese) => "Sai lệch của máy chủ",
            (Diagram, English) => "Reply diagram",
            (Diagram, Japanese) => "応答の図",
            (Diagram, Vietnamese) => "Sơ đồ phản hồi",
            (KeyDifferences, English) => "Key differences",
            (KeyDifferences, Japanese) => "主な違い",
            (KeyDifferences, Vietnamese) => "Khác biệt chính",
            (WhenToExpect, English) => "When to expect which",
            (WhenToExpect, Japanese) => "どちらがいつ返されるか",
            (WhenToExpect, Vietnamese) => "Khi nào gặp mã nào",
            (NextStep, English) => "Next step",
            (NextStep, Japanese) => "次の手順",
            (NextStep, Vietnamese) => "Bước tiếp theo",
            (Retry, English) => "Retry can succeed",
            (Retry, Japanese) => "再試行で成功しうる",
            (Retry, Vietnamese) => "Thử lại có thể thành công",
            (Code, English) => "Code",
            (Code, Japanese) => "コード",
            (Code, Vietnamese) => "Mã",
            (ContentInEnglish, English) => "",
            (ContentInEnglish, Japanese) => {
                "このサイトの説明は日本語です。RFC の文言、参照、実際のサーバーとのやり取りは原文のままです。"
            }
            (ContentInEnglish, Vietnamese) => {
                "Nội dung của trang bằng tiếng Việt; văn bản RFC, tài liệu tham khảo và các trao đổi với máy chủ thật được giữ nguyên bản gốc."
            }
            (Yes, English) => "yes",
            (Yes, Japanese) => "はい",
            (Yes, Vietnamese) => "có",
            (No, English) => "no",
            (No, Japanese) => "いいえ",
            (No, Vietnamese) => "không",
            (Examples, English) => "Examples from real servers",
            (Examples, Japanese) => "実際のサーバーでの例",
            (Examples, Vietnamese) => "Ví dụ từ máy chủ thật",
            (ApiName, English) => "API name",
            (ApiName, Japanese) => "API 名",
            (ApiName, Vietnamese) => "Tên trong API",
            (Search, English) => "Find a code or command: number, name, words",
            (Search, Japanese) => "コードやコマンドを検索 (番号、名前、語句)",
            (Search, Vietnamese) => "Tìm mã hoặc lệnh: số, tên, từ khóa",
            (NoMatches, English) => "Nothing matches.",
            (NoMatches, Japanese) => "一致するものはありません。",
            (NoMatches, Vietnamese) => "Không có kết quả phù hợp.",
            (Client, English) => "client",
            (Client, Japanese) => "クライアント",
            (Client, Vietnamese) => "máy khách",
            (Server, English) => "server",
            (Server, Japanese) => "サーバー",
            (Server, Vietnamese) => "máy chủ",
            (SectionLink, English) => "Link to this section",
            (SectionLink, Japanese) => "この節へのリンク",
            (SectionLink, Vietnamese) => "Liên kết tới mục này",
            (NoExamples, English) => {
                "None of the five servers of the recorded sessions (vsftpd, ProFTPD, Pure-FTPd, GNU inetutils ftpd, pyftpdlib) sent this there."
            }
            (NoExamples, Japanese) => {
                "記録したセッションの 5 つのサーバー (vsftpd、ProFTPD、Pure-FTPd、GNU inetutils ftpd、pyftpdlib) は、そこでこれを送りませんでした。"
            }
            (NoExamples, Vietnamese) => {
                "Trong các phiên đã ghi lại, không máy chủ nào trong năm máy chủ (vsftpd, ProFTPD, Pure-FTPd, GNU inetutils ftpd, pyftpdlib) gửi điều này."
            }
            (Footer, English) => {
                "Generated by ftpcode {version} from the ftp-reply catalogue of reply codes and commands."
            }
            (Footer, Japanese) => {
                "ftpcode {version} が ftp-reply の応答コードとコマンドのカタログから生成しました。"
            }
            (Footer, Vietnamese) => {
                "Được ftpcode {version} tạo từ danh mục mã phản hồi và lệnh của ftp-reply."
            }
        }
    }
}

/// The catalogue's small vocabulary in each language: category, group, standing and next-step
/// names, which the library gives in English.
pub(crate) mod vocabulary {
    use ftp_reply::{Category, FunctionGroup, ReplyCode, Standing};

    use super::Language;

    /// A category's name, such as "transient negative completion".
    pub(crate) fn category(category: Category, language: Language) -> &'static str {
        use Category::*;
        match (category, language) {
            (_, Language::English) => category.title(),
            (PositivePreliminary, Language::Japanese) => "肯定的予備応答",
            (PositiveCompletion, Language::Japanese) => "肯定的完了応答",
            (PositiveIntermediate, Language::Japanese) => "肯定的中間応答",
            (TransientNegative, Language::Japanese) => "一時的否定完了応答",
            (PermanentNegative, Language::Japanese) => "恒久的否定完了応答",
            (Protected, Language::Japanese) => "保護された応答",
            (PositivePreliminary, Language::Vietnamese) => "khẳng định sơ bộ",
            (PositiveCompletion, Language::Vietnamese) => "khẳng định hoàn tất",
            (PositiveIntermediate, Language::Vietnamese) => "khẳng định trung gian",
            (TransientNegative, Language::Vietnamese) => "phủ định tạm thời",
            (PermanentNegative, Language::Vietnamese) => "phủ định vĩnh viễn",
            (Protected, Language::Vietnamese) => "được bảo vệ",
        }
    }

    /// A function group's name, such as "file system".
    pub(crate) fn group(group: FunctionGroup, language: Language) -> &'static str {
        use FunctionGroup::*;
        match (group, language) {
            (_, Language::English) => group.title(),
            (Syntax, Language::Japanese) => "構文",
            (Information, Language::Japanese) => "情報",
            (Connections, Language::Japanese) => "接続",
            (Authentication, Language::Japanese) => "認証とアカウント",
            (Unspecified, Language::Japanese) => "未指定",
            (FileSystem, Language::Japanese) => "ファイルシステム",
            (Syntax, Language::Vietnamese) => "cú pháp",
            (Information, Language::Vietnamese) => "thông tin",
            (Connections, Language::Vietnamese) => "kết nối",
            (Authentication, Language::Vietnamese) => "xác thực và tài khoản",
            (Unspecified, Language::Vietnamese) => "chưa xác định",
            (FileSystem, Language::Vietnamese) => "hệ thống tệp",
        }
    }

    /// A standing's name, such as "de facto".
    pub(crate) fn standing(standing: Standing, language: Language) -> &'static str {
        use Standing::*;
        match (standing, language) {
            (_, Language::English) => standing.title(),
            (Standard, Language::Japanese) => "標準",
            (Experimental, Language::Japanese) => "実験的",
            (DeFacto, Language::Japanese) => "事実上の標準 (RFC なし)",
            (Historical, Language::Japanese) => "過去のもの",
            (Standard, Language::Vietnamese) => "tiêu chuẩn",
            (Experimental, Language::Vietnamese) => "thử nghiệm",
            (DeFacto, Language::Vietnamese) => "thực tế (không có RFC)",
            (Historical, Language::Vietnamese) => "cũ, không còn dùng",
            (_, _) => standing.title(),
        }
    }

    /// What a client does after `code`, such as "retry later".
    pub(crate) fn next_step(code: ReplyCode, language: Language) -> &'static str {
        let english = code.next_step();
        let [ja, vi] = match english {
            "wait for another reply" => ["次の応答を待つ", "chờ phản hồi tiếp theo"],
            "go on with the next command" => ["次のコマンドに進む", "tiếp tục với lệnh kế tiếp"],
            "send the next command of the sequence" => [
                "一連の手順の次のコマンドを送る",
                "gửi lệnh tiếp theo trong chuỗi",
            ],
            "retry later" => ["あとで再試行する", "thử lại sau"],
            "change the request before trying again" => [
                "要求を変えてから再試行する",
                "thay đổi yêu cầu trước khi thử lại",
            ],
            "decode the protected reply" => {
                ["保護された応答を復号する", "giải mã phản hồi được bảo vệ"]
            }
            "the session is over: close the connection" => [
                "セッション終了: 接続を閉じる",
                "phiên đã kết thúc: đóng kết nối",
            ],
            "reconnect later and log in again" => [
                "あとで接続し直し、再びログインする",
                "kết nối lại sau rồi đăng nhập lại",
            ],
            _ => [english, english],
        };
        match language {
            Language::English => english,
            Language::Japanese => ja,
            Language::Vietnamese => vi,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use ftp_reply::KnownCode;

        #[test]
        fn every_next_step_is_translated() {
            for code in KnownCode::ALL {
                let code = code.as_reply_code();
                for language in [Language::Japanese, Language::Vietnamese] {
                    assert_ne!(next_step(code, language), code.next_step(), "{code}");
                }
            }
        }
    }
}
