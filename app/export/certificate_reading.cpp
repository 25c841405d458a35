// Reading the page's text line by line, anchored on its labels. The labels
// are letter-spaced on the page, so pdftotext may put spaces inside them;
// they are compared without spaces.
#include "export/certificate_reading.h"

#include <optional>
#include <sstream>
#include <vector>

#include "base/text.h"

namespace ipprimer::exports {
namespace {

constexpr std::string_view kMiddleDot = " \u00B7 ";
constexpr std::string_view kCovering = "has completed the training for this role and passed its quiz, covering";

std::string squeezed(std::string_view line) {
    std::string out;
    for (char c : line)
        if (c != ' ' && c != '\t') out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    return out;
}

// Lines wrapped by the page joined again: with a space, or with none after
// a line the layout broke after a hyphen.
std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        if (!out.empty() && out.back() != '-') out += ' ';
        out += line;
    }
    return out;
}

class Lines {
public:
    explicit Lines(std::string_view text) {
        std::istringstream in{std::string(text)};
        for (std::string line; std::getline(in, line);) {
            line = trimmed(line);
            if (!line.empty() && line != "\f") lines_.push_back(line);
        }
    }
    // The index of the first line at or after `from` that `matches`; size() when none.
    template <typename Match>
    std::size_t find(std::size_t from, Match matches) const {
        while (from < lines_.size() && !matches(lines_[from])) ++from;
        return from;
    }
    std::size_t label(std::size_t from, std::string_view name) const {
        return find(from, [&](const std::string& line) { return squeezed(line) == name; });
    }
    std::vector<std::string> between(std::size_t first, std::size_t end) const {
        if (first >= end || end > lines_.size()) return {};
        return {lines_.begin() + static_cast<std::ptrdiff_t>(first), lines_.begin() + static_cast<std::ptrdiff_t>(end)};
    }
    std::size_t size() const { return lines_.size(); }
    const std::string& operator[](std::size_t at) const { return lines_[at]; }

private:
    std::vector<std::string> lines_;
};

}  // namespace

std::variant<ShownCertificate, std::string> readCertificateText(std::string_view text) {
    const Lines lines(text);
    const std::size_t none = lines.size();
    ShownCertificate shown;
    Certificate& c = shown.certificate;

    // The small print names the organisation as written.
    const std::size_t small_print =
        lines.find(0, [](const std::string& line) { return line.starts_with("To check this certificate"); });
    const std::size_t code_label = lines.label(0, "VERIFICATIONCODE");
    const std::size_t id_label = lines.label(code_label, "CERTIFICATEID");
    if (code_label == none || id_label == none) return std::string("no verification code was found on the page");
    const std::string print = joined(lines.between(small_print, code_label));
    const std::string before = "with the public key that ", after = " publishes, and compare";
    const std::size_t org_start = print.find(before), org_end = print.find(after);
    if (org_start == std::string::npos || org_end == std::string::npos || org_end < org_start)
        return std::string("the organisation's name was not found in the small print");
    c.organisation = print.substr(org_start + before.size(), org_end - org_start - before.size());

    for (const std::string& line : lines.between(code_label + 1, id_label)) shown.code += line;
    if (id_label + 1 >= none) return std::string("no certificate id was found");
    c.certificate_id = lines[id_label + 1];

    const std::size_t certifies = lines.find(id_label, [](const std::string& line) { return line == "This certifies that"; });
    const std::size_t employee =
        lines.find(certifies, [](const std::string& line) { return line.starts_with("Employee ID"); });
    const std::size_t covering = lines.find(employee, [](const std::string& line) { return line == kCovering; });
    if (covering == none) return std::string("the learner's name and role were not found");
    c.learner_name = joined(lines.between(certifies + 1, employee));
    const std::string who = joined(lines.between(employee, covering)).substr(std::string_view("Employee ID").size());
    const std::size_t dot = who.find(kMiddleDot);
    if (dot == std::string::npos) return std::string("the employee id and role were not found");
    c.employee_id = trimmed(who.substr(0, dot));
    c.role_title = trimmed(who.substr(dot + kMiddleDot.size()));

    const std::size_t score = lines.label(covering, "SCORE");
    const std::size_t passed = lines.label(score, "DATEPASSED");
    const std::size_t valid = lines.label(passed, "VALIDUNTIL");
    if (valid + 1 >= none || score + 1 >= passed || passed + 1 >= valid)
        return std::string("the score and dates were not found");
    c.modules = lines.between(covering + 1, score);
    const std::string& percent = lines[score + 1];
    const auto passed_on = parseDateInWords(lines[passed + 1]);
    const auto valid_until = parseDateInWords(lines[valid + 1]);
    if (percent.size() < 2 || percent.back() != '%' || !passed_on || !valid_until)
        return std::string("the score and dates could not be read");
    try {
        c.score_percent = std::stoi(percent.substr(0, percent.size() - 1));
    } catch (const std::exception&) {
        return std::string("the score could not be read");
    }
    c.passed_on = *passed_on;
    c.valid_until = *valid_until;
    return shown;
}

}  // namespace ipprimer::exports
