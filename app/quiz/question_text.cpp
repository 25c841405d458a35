// Converting GIFT's text formats to Markdown. HTML is not interpreted: a
// learner sees its text, never markup or a script.
#include "quiz/question_text.h"

#include <cctype>

namespace ipprimer::quiz {
namespace {

std::string escapePlain(std::string_view text) {
    constexpr std::string_view special = "\\`*_{}[]()<>#+-.!|~";
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') continue;
        if (c == '\n') {
            out += "  \n";  // a hard line break: plain text keeps its lines
            continue;
        }
        if (special.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

bool startsWithTag(std::string_view html, std::size_t at, std::string_view name) {
    std::size_t i = at + 1;
    if (i < html.size() && html[i] == '/') ++i;
    if (html.size() - i < name.size()) return false;
    for (std::size_t k = 0; k < name.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(html[i + k])) != name[k]) return false;
    const std::size_t after = i + name.size();
    return after >= html.size() || html[after] == '>' || html[after] == ' ' || html[after] == '/';
}

// Tags out, line breaks for <br>, <p>, <li> and <div>, the common entities decoded.
std::string htmlToPlain(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            const std::size_t close = html.find('>', i);
            if (close == std::string_view::npos) {
                out += html.substr(i);
                break;
            }
            for (std::string_view breaking : {"br", "p", "li", "div", "tr", "h1", "h2", "h3"})
                if (startsWithTag(html, i, breaking)) {
                    if (!out.empty() && out.back() != '\n') out += '\n';
                    break;
                }
            i = close + 1;
            continue;
        }
        if (html[i] == '&') {
            static constexpr std::pair<std::string_view, std::string_view> entities[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
                {"&nbsp;", "\xC2\xA0"}};
            bool decoded = false;
            for (const auto& [entity, text] : entities)
                if (html.substr(i, entity.size()) == entity) {
                    out += text;
                    i += entity.size();
                    decoded = true;
                    break;
                }
            if (decoded) continue;
        }
        out += html[i++];
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

}  // namespace

std::string markdownSource(std::string_view text, TextFormat format) {
    switch (format) {
        case TextFormat::Markdown: return std::string(text);
        case TextFormat::Plain: return escapePlain(text);
        case TextFormat::Html:
        case TextFormat::Moodle: return escapePlain(htmlToPlain(text));
    }
    return std::string(text);
}

markdown::Document questionDocument(std::string_view text, TextFormat format) {
    return markdown::parse(markdownSource(text, format));
}

std::string plainLine(std::string_view text, TextFormat format) {
    std::string line;
    for (const markdown::Block& block : questionDocument(text, format).blocks) {
        const std::string plain = markdown::plainText(block.spans);
        if (plain.empty()) continue;
        if (!line.empty()) line += ' ';
        line += plain;
    }
    return line;
}

std::string textWithBlank(const Question& question) {
    if (!question.isMissingWord()) return question.text;
    // Markdown-escaped underscores, so the blank is not read as emphasis.
    std::string blank = question.format == TextFormat::Markdown ? "\\_\\_\\_\\_\\_\\_" : "______";
    std::string text = question.text;
    if (!text.empty() && text.back() != ' ') text += ' ';
    text += blank;
    if (!question.text_after.empty() && question.text_after.front() != ' ' &&
        !std::ispunct(static_cast<unsigned char>(question.text_after.front())))
        text += ' ';
    return text + question.text_after;
}

}  // namespace ipprimer::quiz
