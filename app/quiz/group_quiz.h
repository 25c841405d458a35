// The rules of a workshop's group quiz: which bank questions can be put to a
// room, their options as the room sees them (in the seeded order a learner's
// quiz uses), the room's answer read from what the trainer entered, and its
// score. No screen, no store: the group quiz view draws what these say.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quiz/question.h"
#include "quiz/scoring.h"

namespace ipprimer::quiz {

// Every group quiz orders options by this seed, so a question shows the same
// order in every session and after the program restarts, and a trainer's
// notes can say "the answer is C".
inline constexpr std::uint64_t kGroupQuizSeed = 0;

// Whether a question can be put to a room: anything scored with something to
// answer (choices, true/false, accepted texts or numbers, two pairs or more).
bool canAskRoom(const Question& question);
// Multiple choice, multiple answer and true/false: options the room raises hands for.
bool hasRoomOptions(const Question& question);

// One option as the room sees it: a bank answer, or True / False.
struct RoomOption {
    std::string text;
    bool right = false;  // multiple answer: a positive weight; otherwise full marks
    int answer = -1;     // index into Question::answers; -1 for true/false
    bool truth = false;  // true/false: the value this option stands for
    std::string feedback;
    TextFormat text_format = TextFormat::Markdown;  // "True" and "False" are plain words either way
    TextFormat feedback_format = TextFormat::Markdown;
};

// The options in the order shown: True then False for true/false, the bank's
// answers in answerOrder(question, seed) for the others; none for other types.
std::vector<RoomOption> roomOptions(const Question& question, std::uint64_t seed = kGroupQuizSeed);
// Matching: the distinct match texts in the order offered.
std::vector<std::string> roomMatches(const Question& question, std::uint64_t seed = kGroupQuizSeed);

// "A", "B", ... for the option at `position` (from 0).
std::string optionLetter(std::size_t position);
// "A: text": how an option is named in what is kept and exported.
std::string optionName(std::size_t position, std::string_view text);

// What the trainer entered for a question.
struct RoomEntry {
    std::vector<int> counts;   // hands per option shown
    std::vector<char> chosen;  // the room's answer: per option shown, ticked or not
    std::string text;          // short answer, numerical: what the room called out
    std::vector<int> matched;  // matching: per pair, an index into roomMatches(); -1 none
};

// Nothing entered yet, sized for the question and its options.
RoomEntry emptyEntry(const Question& question, const std::vector<RoomOption>& options);

// An option as a session kept it: its name (optionName) and the hands counted.
struct KeptOption {
    std::string name;
    int count = 0;
};

// What was entered before, from what a session kept, for the options now
// shown. Hands follow an option's text, not its letter, so they land right
// when the order changed since (the order before the seeded shuffle was
// another). Options whose text was edited in the bank since take the hands
// left over, in their order, when the question still has as many options;
// else they start at 0.
// The room's typed answer comes back for short answer and numerical.
RoomEntry keptEntry(const Question& question, const std::vector<RoomOption>& options,
                    const std::vector<KeptOption>& kept, std::string_view kept_answer);

// Whether the room gave an answer: an option ticked, a match chosen, or text.
bool roomAnswered(const Question& question, const RoomEntry& entry);

// The room's answer as a learner's response, in words, and scored as a
// learner's would be.
struct RoomAnswer {
    Response response;
    std::string said;  // "B: False", "A: x; C: z", "item → match", or the text typed
    Score score;
};
// nullopt when the room gave no answer.
std::optional<RoomAnswer> roomAnswer(const Question& question, const std::vector<RoomOption>& options,
                                     const std::vector<std::string>& matches, const RoomEntry& entry);

}  // namespace ipprimer::quiz
