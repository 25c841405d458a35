// The GIFT reader's state while it reads one file: the question being read,
// the category, ids and tags carried over, and what it reports. Internal to
// gift_parser.cpp; questions are read in gift_reader.cpp, the answers between
// the braces in gift_answers.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quiz/gift_lines.h"
#include "quiz/gift_parser.h"

namespace ipprimer::quiz::gift {

// `[id:...]` and `[tag:...]` found in comment lines.
struct Markers {
    struct Found {
        std::string value;
        int line;
        int column;
    };
    std::vector<Found> ids;
    std::vector<Found> tags;

    bool empty() const { return ids.empty() && tags.empty(); }
    void clear() {
        ids.clear();
        tags.clear();
    }
    void append(const Markers& other) {
        ids.insert(ids.end(), other.ids.begin(), other.ids.end());
        tags.insert(tags.end(), other.tags.begin(), other.tags.end());
    }
};

class Reader {
public:
    Reader(std::string_view text, const std::string& path)
        : lines_(splitLines(text)), path_(path) {}

    GiftFile run();

private:
    void report(Severity severity, int line, int column, std::string message) {
        file_.diagnostics.push_back({path_, line, column, severity, std::move(message)});
    }
    void readMarkers(const SourceLine& line, Markers& markers);
    std::optional<Question> readQuestion();
    bool readChoice(Question& q, std::size_t open, std::size_t from, std::size_t to);
    bool readShortAnswer(Question& q, std::size_t open, std::size_t from, std::size_t to);
    bool readMatching(Question& q, std::size_t open, std::size_t from, std::size_t to);
    bool readNumerical(Question& q, std::size_t open, std::size_t from, std::size_t to);
    void readTrueFalse(Question& q, std::size_t from, std::size_t to);
    void attachMarkers(Question& q, const Markers& own);

    // Errors and warnings at an offset in the current question's body.
    bool fail(std::size_t offset, std::string message) {
        auto [line, column] = body_.where(offset);
        report(Severity::Error, line, column, std::move(message));
        return false;
    }
    void warn(std::size_t offset, std::string message) {
        auto [line, column] = body_.where(offset);
        report(Severity::Warning, line, column, std::move(message));
    }

    // Answer, feedback or pair text: trimmed, unescaped, with a leading format
    // tag (Moodle allows `[html]` per answer and feedback) removed. The tag
    // goes to `own` when it names another format than the question's; where
    // Moodle keeps no format (`own` null: a short answer), it is dropped with
    // a warning.
    std::string fieldText(std::size_t from, std::size_t to, TextFormat format, std::optional<TextFormat>* own);
    std::optional<double> readWeight(std::size_t& from, std::size_t to);
    void checkGrade(double fraction, std::size_t offset);

    std::vector<SourceLine> lines_;
    std::string path_;
    GiftFile file_;
    Body body_;
    std::string category_;
    Markers carried_;  // from comment-only blocks, for the next question
    std::unordered_map<std::string, int> id_lines_;
};

}  // namespace ipprimer::quiz::gift
