// The limits of field_limits.h, and the one cleaner of control characters.
#include "base/field_limits.h"

#include <algorithm>

#include "base/utf8.h"

namespace ipprimer {

const FieldLimit& limitOf(Field field) {
    switch (field) {
    case Field::Name: return kNameLimit;
    case Field::EmployeeId: return kEmployeeIdLimit;
    case Field::Email: return kEmailLimit;
    case Field::Department: return kDepartmentLimit;
    case Field::Title: return kTitleLimit;
    case Field::ShortText: return kShortTextLimit;
    case Field::LongText: return kLongTextLimit;
    case Field::QuestionText: return kQuestionTextLimit;
    }
    return kShortTextLimit;
}

std::size_t characterCount(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); i += static_cast<std::size_t>(utf8Length(static_cast<unsigned char>(text[i]))))
        ++count;
    return count;
}

namespace {

// The length of the control character at `at` (1 for C0 and DEL, 2 for C1
// in UTF-8), or 0 when there is none there.
std::size_t controlAt(std::string_view text, std::size_t at, bool multiline) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte == '\t') return 0;
    if (multiline && (byte == '\n' || byte == '\r')) return 0;
    if (byte < 0x20 || byte == 0x7F) return 1;
    if (byte == 0xC2 && at + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[at + 1]);
        if (next >= 0x80 && next <= 0x9F) return 2;
    }
    return 0;
}

}  // namespace

bool hasControlCharacters(std::string_view text, bool multiline) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (controlAt(text, i, multiline) > 0) return true;
    return false;
}

std::string withoutControlCharacters(std::string_view text, bool multiline) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t control = controlAt(text, i, multiline)) {
            i += control;
            continue;
        }
        out += (!multiline && text[i] == '\t') ? ' ' : text[i];
        ++i;
    }
    return out;
}

std::string cutToCharacters(std::string_view text, std::size_t characters) {
    std::size_t at = 0;
    for (std::size_t count = 0; at < text.size() && count < characters; ++count)
        at += static_cast<std::size_t>(utf8Length(static_cast<unsigned char>(text[at])));
    return std::string(text.substr(0, std::min(at, text.size())));
}

std::string lengthProblem(const FieldLimit& limit, std::string_view text) {
    if (text.size() <= limit.characters) return {};  // quick: never more characters than bytes
    const std::size_t count = characterCount(text);
    if (count <= limit.characters) return {};
    return std::string(limit.what) + " is " + std::to_string(count) + " characters long; at most " +
           std::to_string(limit.characters) + " are allowed";
}

std::string cleanField(const FieldLimit& limit, std::string_view text) {
    return cutToCharacters(withoutControlCharacters(text, limit.multiline), limit.characters);
}

}  // namespace ipprimer
