// GIFT reader. Follows Moodle's importer (question/format/gift): a question is a
// run of non-blank lines; whole lines starting with `//` are comments; the first
// `{` and the first `}` delimit the answers; backslash escapes `~ = # { } :`.
// Where Moodle would import something other than what the author meant, this
// reader reports an error (the question is skipped) or a warning.
#include "quiz/gift_reader.h"

#include <algorithm>
#include <tuple>

namespace ipprimer::quiz::gift {

using std::size_t;

void Reader::readMarkers(const SourceLine& line, Markers& markers) {
    // Left to right, each marker's value running to its ']': a "[tag:" inside
    // an id's value is part of the id, so what the writer puts on one line
    // reads back the same.
    std::string_view text = line.text;
    size_t at = 0;
    for (;;) {
        const size_t id_at = text.find("[id:", at), tag_at = text.find("[tag:", at);
        at = std::min(id_at, tag_at);
        if (at == npos) return;
        const std::string_view key = at == id_at ? "[id:" : "[tag:";
        int column = columnOf(text, at);
        // "\]" is a bracket inside the value, as Moodle reads it.
        size_t close = text.find(']', at);
        while (close != npos && close > 0 && text[close - 1] == '\\') close = text.find(']', close + 1);
        if (close == npos) {
            report(Severity::Warning, line.number, column, "'" + std::string(key) + "' is not closed by ']'; ignored");
            at += key.size();
            continue;
        }
        std::string value(trim(text.substr(at + key.size(), close - at - key.size())));
        for (size_t escaped = value.find("\\]"); escaped != npos; escaped = value.find("\\]", escaped))
            value.erase(escaped, 1);
        at = close + 1;
        if (value.empty()) {
            report(Severity::Warning, line.number, column, "empty '" + std::string(key) + "]'; ignored");
            continue;
        }
        auto& list = key == "[id:" ? markers.ids : markers.tags;
        list.push_back({std::move(value), line.number, column});
    }
}

std::optional<Question> Reader::readQuestion() {
    std::string_view s = body_.text;
    Question q;
    size_t pos = 0;
    while (pos < s.size() && isSpace(s[pos])) ++pos;
    const size_t start = pos;

    if (s.substr(pos).starts_with("::")) {
        size_t end = findUnescapedSeq(s, "::", pos + 2, s.size());
        if (end == npos) {
            fail(pos, "the title opened by '::' is not closed by '::' (escape a colon in a "
                      "title as \\:)");
            return std::nullopt;
        }
        q.title = unescape(trim(s.substr(pos + 2, end - pos - 2)));
        pos = end + 2;
    }

    size_t open = findUnescaped(s, "{", pos);
    size_t close = findUnescaped(s, "}", pos);
    if (open == npos && close != npos) {
        fail(close, "'}' without an opening '{' (escape it as \\} if it is text)");
        return std::nullopt;
    }
    if (open != npos && close != npos && close < open) {
        fail(close, "'}' before the opening '{' (escape it as \\} if it is text)");
        return std::nullopt;
    }
    if (open != npos && close == npos) {
        fail(open, "unterminated '{': no '}' before the blank line or end of file that ends "
                   "the question");
        return std::nullopt;
    }
    if (open != npos) {
        size_t inner = findUnescaped(s, "{", open + 1, close);
        if (inner != npos) {
            fail(inner, "'{' inside the answers: the '{' on line " +
                            std::to_string(body_.where(open).first) +
                            " is not closed before it (escape it as \\{ if it is text)");
            return std::nullopt;
        }
        size_t extra = findUnescaped(s, "{}", close + 1);
        if (extra != npos) {
            fail(extra, std::string("'") + s[extra] +
                            "' after the answers: a question has one answer block; escape it "
                            "as \\" + s[extra] + ", or separate questions with a blank line");
            return std::nullopt;
        }
    }

    // `[markdown]` and the other formats, right before the text.
    size_t text_end = open == npos ? s.size() : open;
    {
        size_t p = pos;
        while (p < text_end && isSpace(s[p])) ++p;
        if (p < text_end && s[p] == '[') {
            size_t close_bracket = s.find(']', p);
            if (close_bracket != npos && close_bracket < text_end) {
                std::string name = lower(s.substr(p + 1, close_bracket - p - 1));
                for (TextFormat f : {TextFormat::Moodle, TextFormat::Html, TextFormat::Plain,
                                     TextFormat::Markdown}) {
                    if (name == formatName(f)) {
                        q.format = f;
                        pos = close_bracket + 1;
                    }
                }
            }
        }
    }

    std::string_view before = s.substr(pos, text_end - pos);
    std::string_view after = open == npos ? std::string_view() : s.substr(close + 1);
    if (trim(after).empty()) {
        q.text = unescape(trim(before));
    } else {
        // Missing word: keep one space on each side of the blank where there was any.
        std::string_view head = trimLeft(before);
        q.text = unescape(trimRight(head));
        if (!q.text.empty() && trimRight(head).size() < head.size()) q.text += ' ';
        if (trimLeft(after).size() < after.size()) q.text_after = " ";
        q.text_after += unescape(trim(after));
    }
    if (q.text.empty() && q.text_after.empty()) {
        fail(start, "the question has no text");
        return std::nullopt;
    }

    if (open == npos) {
        q.type = QuestionType::Description;
        return q;
    }

    size_t answers_to = close;
    size_t general = rfindUnescapedSeq(s, "####", open + 1, close);
    if (general != npos) {
        q.general_feedback = fieldText(general + 4, close, q.format);
        answers_to = general;
    }
    size_t first = open + 1;
    while (first < answers_to && isSpace(s[first])) ++first;
    std::string_view answers = s.substr(first, answers_to - first);

    bool ok = true;
    if (answers.empty()) {
        q.type = QuestionType::Essay;
    } else if (answers.front() == '#') {
        ok = readNumerical(q, open, first + 1, answers_to);
    } else if (findUnescaped(answers, "~") != npos) {
        ok = readChoice(q, open, first, answers_to);
    } else if (findUnescaped(answers, "=") != npos && answers.find("->") != npos) {
        ok = readMatching(q, open, first, answers_to);
    } else {
        size_t hash = findUnescaped(answers, "#");
        std::string word = lower(trim(answers.substr(0, hash)));
        if (word == "t" || word == "true" || word == "f" || word == "false")
            readTrueFalse(q, first, answers_to);
        else
            ok = readShortAnswer(q, open, first, answers_to);
    }
    if (!ok) return std::nullopt;
    return q;
}

void Reader::attachMarkers(Question& q, const Markers& own) {
    // Ids and tags belong in the question's own lines; ones from a comment-only
    // block just above are taken too, with a warning, since Moodle drops them.
    const std::string separated =
        " is separated from its question by a blank line; Moodle only reads ids and tags "
        "in the question's own lines";
    const auto& ids = own.ids.empty() ? carried_.ids : own.ids;
    if (!ids.empty()) q.id = ids.front().value;
    for (const auto& stray : carried_.ids) {
        if (own.ids.empty() && &stray == &carried_.ids.front())
            report(Severity::Warning, stray.line, stray.column, "[id:" + stray.value + "]" + separated);
        else
            report(Severity::Warning, stray.line, stray.column,
                   "[id:" + stray.value + "] ignored: the question already has the id '" + q.id + "'");
    }
    for (size_t k = 1; k < own.ids.size(); ++k)
        if (own.ids[k].value != q.id)
            report(Severity::Warning, own.ids[k].line, own.ids[k].column,
                   "second id '" + own.ids[k].value + "' for one question; '" + q.id +
                       "' is kept (Moodle keeps the first too)");

    if (!carried_.tags.empty()) {
        const auto& tag = carried_.tags.front();
        report(Severity::Warning, tag.line, tag.column, "[tag:" + tag.value + "]" + separated);
    }
    for (const auto& tag : carried_.tags)
        if (!q.hasTag(tag.value)) q.tags.push_back(tag.value);
    for (const auto& tag : own.tags)
        if (!q.hasTag(tag.value)) q.tags.push_back(tag.value);
    carried_.clear();

    if (q.id.empty()) {
        report(Severity::Warning, q.line, q.column,
               "question has no id: add a '// [id:...]' comment line above it");
        return;
    }
    auto [it, inserted] = id_lines_.emplace(q.id, q.line);
    if (!inserted)
        report(Severity::Warning, q.line, q.column,
               "duplicate id '" + q.id + "' (first used on line " +
                   std::to_string(it->second) + ")");
}

GiftFile Reader::run() {
    size_t i = 0;
    while (i < lines_.size()) {
        if (isBlank(lines_[i].text)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < lines_.size() && !isBlank(lines_[end].text)) ++end;

        Markers own;
        std::vector<const SourceLine*> content;
        for (size_t k = i; k < end; ++k) {
            if (isComment(lines_[k].text))
                readMarkers(lines_[k], own);
            else
                content.push_back(&lines_[k]);
        }
        i = end;

        // `$CATEGORY: path` names the category of the questions that follow.
        if (!content.empty() && trimLeft(content.front()->text).starts_with("$CATEGORY:")) {
            std::string_view line = trimLeft(content.front()->text);
            category_ = std::string(trim(line.substr(10)));
            content.erase(content.begin());
            if (!content.empty())
                report(Severity::Warning, content.front()->number,
                       columnOf(content.front()->text,
                                content.front()->text.size() -
                                    trimLeft(content.front()->text).size()),
                       "put a blank line after '$CATEGORY:': Moodle reads the lines that "
                       "follow it as part of the category name");
        }
        if (content.empty()) {
            carried_.append(own);
            continue;
        }

        body_ = Body();
        for (const SourceLine* line : content) body_.append(*line);
        auto question = readQuestion();
        if (!question) {
            carried_.clear();
            continue;
        }
        Question& q = *question;
        size_t first = 0;
        while (first < body_.text.size() && isSpace(body_.text[first])) ++first;
        std::tie(q.line, q.column) = body_.where(first);
        q.path = path_;
        q.category = category_;
        attachMarkers(q, own);
        file_.questions.push_back(std::move(q));
    }
    for (const auto* list : {&carried_.ids, &carried_.tags})
        for (const auto& stray : *list)
            report(Severity::Warning, stray.line, stray.column,
                   "'" + stray.value + "' is in a comment that no question follows; ignored");
    return std::move(file_);
}

}  // namespace ipprimer::quiz::gift
