#include "quiz/bank_lint.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace ipprimer::quiz {
namespace {

// Characters, not bytes: a UTF-8 continuation byte does not start one.
std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Words too common to say what a question is about, the words of a
// question's instructions ("Answer with a number", "True or false?"), and
// "company", which every question of a course for companies has.
bool isStopWord(std::string_view word) {
    static constexpr std::array<std::string_view, 72> kStopWords = {
        "the",  "and",  "for",  "that", "this", "with", "are",  "was",  "not",   "but",   "you",   "your",
        "our",  "its",  "has",  "have", "had",  "will", "what", "which", "who",  "whom",  "when",  "where",
        "how",  "why",  "can",  "may",  "should", "would", "could", "does", "did", "been", "being", "from",
        "into", "than", "then", "them", "they", "their", "there", "these", "those", "most", "more", "some",
        "any",  "all",  "one",  "only", "also", "just", "about", "see", "answer", "number", "true", "false",
        "match", "each", "give", "name", "following", "many", "usually", "often", "company", "companies"};
    return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

// Lower-case ASCII words of three letters or more, cut to a stem of six
// letters ("registered" and "registration" meet at "regist"); links and
// Markdown around them are left out.
void addStems(std::string_view text, std::vector<std::string>& stems) {
    std::string word;
    auto flush = [&] {
        if (word.size() >= 3 && !isStopWord(word)) stems.push_back(word.substr(0, 6));
        word.clear();
    };
    bool in_link_target = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(' && i > 0 && text[i - 1] == ']') in_link_target = true;
        if (in_link_target) {
            if (c == ')') in_link_target = false;
            continue;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            word += static_cast<char>(c | 0x20);
        else
            flush();
    }
    flush();
}

std::vector<std::string> stemsOf(const Question& question) {
    std::vector<std::string> stems;
    addStems(question.text, stems);
    addStems(question.text_after, stems);
    for (const Answer& answer : question.answers) {
        if (answer.fraction <= 0) continue;
        addStems(answer.text, stems);
        // A short answer's other accepted spellings ("twelve months") say
        // nothing new about its point, and would pair unrelated questions.
        if (question.type == QuestionType::ShortAnswer) break;
    }
    for (const MatchPair& pair : question.pairs) addStems(pair.item + " " + pair.match, stems);
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t shared = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) ++i;
        else if (*j < *i) ++j;
        else ++shared, ++i, ++j;
    }
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

}  // namespace

LengthCue lengthCue(const std::vector<Question>& bank) {
    LengthCue cue;
    for (const Question& question : bank) {
        if (question.type != QuestionType::MultipleChoice) continue;
        std::size_t right = 0, longest_wrong = 0;
        bool has_right = false, has_wrong = false;
        for (const Answer& answer : question.answers) {
            if (answer.fraction >= 1.0) {
                has_right = true;
                right = std::max(right, characters(answer.text));
            } else {
                has_wrong = true;
                longest_wrong = std::max(longest_wrong, characters(answer.text));
            }
        }
        if (!has_right || !has_wrong) continue;
        ++cue.multiple_choice;
        if (right > longest_wrong) cue.longest_is_right.push_back(&question);
    }
    return cue;
}

std::string familyOf(const Question& question) {
    constexpr std::string_view prefix = "family-";
    for (const std::string& tag : question.tags)
        if (tag.size() > prefix.size() && tag.starts_with(prefix)) return tag.substr(prefix.size());
    return {};
}

std::vector<NearDuplicate> nearDuplicates(const std::vector<const Question*>& questions) {
    std::vector<std::vector<std::string>> stems;
    stems.reserve(questions.size());
    for (const Question* question : questions) stems.push_back(stemsOf(*question));
    std::vector<NearDuplicate> found;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string family = familyOf(*questions[i]);
        for (std::size_t j = i + 1; j < questions.size(); ++j) {
            if (!family.empty() && family == familyOf(*questions[j])) continue;
            const double similarity = jaccard(stems[i], stems[j]);
            if (similarity >= kNearDuplicateFrom) found.push_back({questions[i], questions[j], similarity});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const NearDuplicate& a, const NearDuplicate& b) { return a.similarity > b.similarity; });
    return found;
}

}  // namespace ipprimer::quiz
