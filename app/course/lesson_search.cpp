#include "course/lesson_search.h"

#include <algorithm>
#include <cctype>

namespace ipprimer::course {
namespace {

std::string folded(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The words of a block as a reader sees them, one block per line.
void appendText(const markdown::Block& block, std::string& out) {
    using markdown::BlockKind;
    if (markdown::isTrainerNote(block)) return;
    switch (block.kind) {
    case BlockKind::Paragraph:
    case BlockKind::Heading:
        out += markdown::plainText(block.spans);
        out += '\n';
        break;
    case BlockKind::CodeBlock:
    case BlockKind::HtmlBlock:
        out += block.code;
        out += '\n';
        break;
    case BlockKind::Table:
        for (const auto& row : block.rows) {
            for (const auto& cell : row) out += markdown::plainText(cell.spans) + "  ";
            out += '\n';
        }
        break;
    default:
        for (const auto& child : block.children) appendText(child, out);
    }
}

std::string blocksText(const markdown::Document& doc, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end && i < doc.blocks.size(); ++i) appendText(doc.blocks[i], out);
    return out;
}

std::vector<std::string> wordsOf(std::string_view query) {
    std::vector<std::string> words;
    std::string word;
    for (char c : query) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty()) words.push_back(folded(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(folded(word));
    return words;
}

// Whether a match at `at` starts a word: "nda" finds "NDA" and "NDAs", not "standard".
bool startsWord(const std::string& text, std::size_t at) {
    if (at == 0) return true;
    const auto before = static_cast<unsigned char>(text[at - 1]);
    return !std::isalnum(before) && before < 0x80;  // bytes of other letters count as letters
}

// Where `word` starts a word of `text`, from `from`; npos when nowhere.
std::size_t findWord(const std::string& text, const std::string& word, std::size_t from = 0) {
    for (std::size_t at = text.find(word, from); at != std::string::npos; at = text.find(word, at + 1))
        if (startsWord(text, at)) return at;
    return std::string::npos;
}

int occurrences(const std::string& text, const std::string& word) {
    int count = 0;
    for (std::size_t at = findWord(text, word); at != std::string::npos; at = findWord(text, word, at + word.size()))
        ++count;
    return count;
}

// About `width` bytes of `text` around byte `at`, cut at spaces and on whole
// UTF-8 characters, on one line.
std::string snippetAround(const std::string& text, std::size_t at, std::size_t width = 160) {
    std::size_t begin = at > width / 3 ? at - width / 3 : 0;
    std::size_t end = std::min(text.size(), begin + width);
    if (begin > 0) {
        const std::size_t space = text.find_first_of(" \n", begin);
        begin = space != std::string::npos && space < at ? space + 1 : begin;
    }
    if (end < text.size()) {
        const std::size_t space = text.find_last_of(" \n", end);
        end = space != std::string::npos && space > at ? space : end;
    }
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    // One line, with runs of spaces (table cells, code, line ends) made one.
    std::string out;
    for (char c : std::string_view(text).substr(begin, end - begin)) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    if (begin > 0) out = "..." + out;
    if (end < text.size()) out += "...";
    return out;
}

// Every place a query word starts a word of the snippet, in order, overlaps joined.
std::vector<std::pair<std::size_t, std::size_t>> marksIn(const std::string& snippet,
                                                          const std::vector<std::string>& words) {
    const std::string text = folded(snippet);
    std::vector<std::pair<std::size_t, std::size_t>> marks;
    for (const std::string& word : words)
        for (std::size_t at = findWord(text, word); at != std::string::npos; at = findWord(text, word, at + word.size()))
            marks.emplace_back(at, word.size());
    std::sort(marks.begin(), marks.end());
    std::vector<std::pair<std::size_t, std::size_t>> joined;
    for (const auto& mark : marks) {
        if (!joined.empty() && mark.first <= joined.back().first + joined.back().second)
            joined.back().second = std::max(joined.back().second, mark.first + mark.second - joined.back().first);
        else
            joined.push_back(mark);
    }
    return joined;
}

}  // namespace

LessonSearch::LessonSearch(const Course& course) {
    for (const Lesson& lesson : course.lessons) {
        const markdown::Document& doc = lesson.doc;
        // The introduction: what comes before the first question, title left out.
        std::size_t intro_begin = !doc.blocks.empty() && doc.blocks[0].kind == markdown::BlockKind::Heading &&
                                          doc.blocks[0].level == 1
                                      ? 1
                                      : 0;
        sections_.push_back({&lesson, "", lesson.title(), blocksText(doc, intro_begin, doc.intro_end), "", ""});
        for (const markdown::Section& section : doc.sections)
            sections_.push_back(
                {&lesson, section.anchor, section.title, blocksText(doc, section.heading + 1, section.end), "", ""});
    }
    for (Section& s : sections_) {
        s.folded_title = folded(s.title);
        s.folded_text = folded(s.text);
    }
}

std::vector<SearchHit> LessonSearch::find(std::string_view query, std::size_t limit) const {
    const std::vector<std::string> words = wordsOf(query);
    std::vector<SearchHit> hits;
    if (words.empty()) return hits;
    for (const Section& s : sections_) {
        int score = 0;
        bool all = true;
        std::size_t first = std::string::npos;
        for (const std::string& word : words) {
            const int in_title = occurrences(s.folded_title, word);
            const int in_text = occurrences(s.folded_text, word);
            if (in_title + in_text == 0) {
                all = false;
                break;
            }
            score += in_title * 10 + std::min(in_text, 5);
            first = std::min(first, findWord(s.folded_text, word));
        }
        if (!all) continue;
        // Folding keeps byte positions (ASCII only), so `first` is valid in the text as shown.
        std::string snippet = first != std::string::npos ? snippetAround(s.text, first) : snippetAround(s.text, 0);
        hits.push_back({s.lesson, s.anchor, s.title, snippet, marksIn(snippet, words), score});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace ipprimer::course
