#include "course/glossary.h"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace ipprimer::course {
namespace fs = std::filesystem;
using markdown::Block;
using markdown::BlockKind;
using markdown::Span;
using markdown::SpanKind;

std::vector<GlossaryTerm> loadGlossary(const fs::path& path, const Course& course, Diagnostics& diagnostics) {
    std::vector<GlossaryTerm> terms;
    if (std::error_code ec; !fs::exists(path, ec)) return terms;
    std::string where = course.relative(path);
    toml::table doc;
    try {
        doc = toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
        diagnostics.push_back({where, static_cast<int>(e.source().begin.line),
                               static_cast<int>(e.source().begin.column), Severity::Error,
                               std::string(e.description()) + "; the glossary was not loaded"});
        return terms;
    }
    const toml::array* arr = doc["terms"].as_array();
    if (!arr || !arr->is_array_of_tables()) {
        diagnostics.push_back({where, 1, 1, Severity::Error, "the glossary must be a list of [[terms]] tables"});
        return terms;
    }
    std::set<std::string> seen;
    for (const toml::node& node : *arr) {
        const toml::table& t = *node.as_table();
        GlossaryTerm term;
        term.line = static_cast<int>(t.source().begin.line);
        term.term = t["term"].value_or(std::string{});
        term.definition = t["definition"].value_or(std::string{});
        term.lesson = t["lesson"].value_or(std::string{});
        if (const toml::array* also = t["also"].as_array())
            for (const toml::node& a : *also)
                if (auto s = a.value<std::string>()) term.also.push_back(*s);
        if (term.term.empty() || term.definition.empty()) {
            diagnostics.push_back({where, term.line, 1, Severity::Error, "a term needs 'term' and 'definition'"});
            continue;
        }
        for (const std::string& form : [&] {
                 auto all = term.also;
                 all.push_back(term.term);
                 return all;
             }()) {
            std::string key = form;
            std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
            if (!seen.insert(key).second)
                diagnostics.push_back({where, term.line, 1, Severity::Warning,
                                       "'" + form + "' is given for more than one term"});
        }
        if (!term.lesson.empty() && !course.lesson(term.lesson))
            diagnostics.push_back({where, term.line, 1, Severity::Error,
                                   "term '" + term.term + "' points to unknown lesson '" + term.lesson + "'"});
        terms.push_back(std::move(term));
    }
    std::sort(terms.begin(), terms.end(), [](const GlossaryTerm& a, const GlossaryTerm& b) {
        return std::lexicographical_compare(a.term.begin(), a.term.end(), b.term.begin(), b.term.end(),
                                            [](unsigned char x, unsigned char y) { return std::tolower(x) < std::tolower(y); });
    });
    return terms;
}

namespace {

struct Pattern {
    std::string lower;
    int term;
};

bool isWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '-'; }

class Annotator {
public:
    explicit Annotator(const std::vector<GlossaryTerm>& glossary) {
        for (std::size_t i = 0; i < glossary.size(); ++i) {
            add(glossary[i].term, static_cast<int>(i));
            for (const std::string& form : glossary[i].also) add(form, static_cast<int>(i));
        }
        // Longest first, so "trade secret" wins over "trade".
        std::sort(patterns_.begin(), patterns_.end(),
                  [](const Pattern& a, const Pattern& b) { return a.lower.size() > b.lower.size(); });
        // Each word start is compared only with the terms that begin with its
        // letter: the course's 45,000 words against every form of 80 terms
        // was a tenth of the program's start.
        for (const Pattern& p : patterns_) by_first_[static_cast<unsigned char>(p.lower[0])].push_back(&p);
    }

    void blocks(std::vector<Block>& list) {
        for (Block& b : list) {
            // Each term is marked once per question, so the text is not underlined throughout.
            if (b.kind == BlockKind::Heading && b.level <= 2) used_.clear();
            if (b.kind == BlockKind::Paragraph) spans(b.spans);
            for (auto& row : b.rows)
                for (auto& cell : row) spans(cell.spans);
            blocks(b.children);
        }
    }

private:
    void add(const std::string& form, int term) {
        if (form.size() < 2) return;
        std::string lower = form;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        patterns_.push_back({lower, term});
    }

    void spans(std::vector<Span>& list) {
        if (patterns_.empty()) return;
        std::vector<Span> out;
        out.reserve(list.size());
        for (Span& s : list) {
            if (s.kind != SpanKind::Text || !s.url.empty() || (s.style & markdown::Code)) {
                out.push_back(std::move(s));
                continue;
            }
            split(s, out);
        }
        list = std::move(out);
    }

    void split(const Span& s, std::vector<Span>& out) {
        const std::string& text = s.text;
        std::size_t plain_start = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i > 0 && isWordByte(static_cast<unsigned char>(text[i - 1]))) continue;
            const auto first = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(text[i])));
            for (const Pattern* candidate : by_first_[first]) {
                const Pattern& p = *candidate;
                std::size_t end = i + p.lower.size();
                if (end > text.size()) continue;
                if (end < text.size() && isWordByte(static_cast<unsigned char>(text[end]))) continue;
                bool same = true;
                for (std::size_t k = 0; k < p.lower.size() && same; ++k)
                    same = std::tolower(static_cast<unsigned char>(text[i + k])) == static_cast<unsigned char>(p.lower[k]);
                if (!same || used_.contains(p.term)) continue;
                used_.insert(p.term);
                if (i > plain_start) out.push_back(piece(s, text.substr(plain_start, i - plain_start), -1));
                out.push_back(piece(s, text.substr(i, p.lower.size()), p.term));
                plain_start = end;
                i = end - 1;
                break;
            }
        }
        if (plain_start < text.size()) out.push_back(piece(s, text.substr(plain_start), -1));
    }

    static Span piece(const Span& model, std::string text, int term) {
        Span s = model;
        s.text = std::move(text);
        s.term = term;
        return s;
    }

    std::vector<Pattern> patterns_;
    std::array<std::vector<const Pattern*>, 256> by_first_;
    std::set<int> used_;
};

}  // namespace

void annotateGlossary(markdown::Document& doc, const std::vector<GlossaryTerm>& glossary) {
    Annotator(glossary).blocks(doc.blocks);
}

}  // namespace ipprimer::course
