// The seeded order of a question's answers; see answer_order.h.
#include "quiz/answer_order.h"

#include <set>
#include <string>

#include "quiz/random.h"

namespace ipprimer::quiz {

AnswerOrder answerOrder(const Question& question, std::uint64_t seed) {
    AnswerOrder order;
    Random random(mixSeed(seed ^ stableHash(question.id)));
    if (question.type == QuestionType::MultipleChoice || question.type == QuestionType::MultipleAnswer) {
        for (int i = 0; i < static_cast<int>(question.answers.size()); ++i) order.answers.push_back(i);
        random.shuffle(order.answers);
    } else if (question.type == QuestionType::Matching) {
        std::set<std::string> seen;
        for (int i = 0; i < static_cast<int>(question.pairs.size()); ++i)
            if (seen.insert(question.pairs[static_cast<std::size_t>(i)].match).second) order.matches.push_back(i);
        random.shuffle(order.matches);
    }
    return order;
}

}  // namespace ipprimer::quiz
