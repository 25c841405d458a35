// Drawing quizzes: every role of the bundled course gets a full, balanced quiz
// without repeats that prefers its own questions; the same seed gives the same
// quiz (questions, order and answer order); small banks are handled.
#include "progress/quiz_id.h"
#include "progress/quiz_assembly.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "quiz/gift_parser.h"
#include "quiz/random.h"

using namespace ipprimer;
using namespace ipprimer::progress;
using progress::QuizPlan;

namespace {

const course::Course& bundled() {
    static const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    return course;
}

std::map<std::string, int> perModule(const QuizPlan& plan) {
    std::map<std::string, int> counts;
    for (const auto& shown : plan.questions) ++counts[shown.module_id];
    return counts;
}

// A course built in memory: one bank per entry, `count` multiple-choice
// questions each, tagged for `role` when `tagged` says so.
course::Course syntheticCourse(const std::vector<std::pair<std::string, int>>& banks, int quiz_size,
                               const std::string& extra_gift = "") {
    course::Course c;
    course::Role role;
    role.id = "tester";
    role.title = "Tester";
    role.quiz_size = quiz_size;
    role.pass_mark = 60;
    for (const auto& [module_id, count] : banks) {
        course::Module module;
        module.id = module_id;
        module.title = module_id;
        module.quiz = module_id;
        c.modules.push_back(module);
        role.modules.push_back(module_id);
        std::string text;
        for (int i = 0; i < count; ++i) {
            text += "// [id:" + module_id + "-" + std::to_string(i) + "]\n";
            text += i % 3 == 0 ? "// [tag:role-tester]\n" : i % 3 == 1 ? "// [tag:role-other]\n" : "";
            text += "Question " + std::to_string(i) + "?{=right ~wrong one ~wrong two ~wrong three}\n\n";
        }
        if (module_id == banks.front().first) text += extra_gift;
        c.banks.push_back({module_id, module_id + ".gift", quiz::parseGift(text, module_id + ".gift").questions});
    }
    c.roles.push_back(role);
    return c;
}

}  // namespace

TEST(QuizAssembly, EveryRoleGetsAFullQuizWithoutRepeatsFromItsOwnModules) {
    const course::Course& course = bundled();
    ASSERT_FALSE(course.roles.empty());
    for (const course::Role& role : course.roles) {
        for (std::uint64_t seed : {1ull, 2ull, 99ull, 123456789ull}) {
            const QuizPlan plan = progress::drawRoleQuiz(course, role, seed);
            EXPECT_EQ(plan.quiz_id, "role:" + role.id);
            EXPECT_EQ(static_cast<int>(plan.questions.size()), role.quiz_size) << role.id;
            std::set<std::string> ids;
            for (const auto& shown : plan.questions) {
                EXPECT_TRUE(ids.insert(shown.question->id).second) << "repeated " << shown.question->id;
                EXPECT_NE(std::find(role.modules.begin(), role.modules.end(), shown.module_id), role.modules.end())
                    << shown.question->id << " is not from a module of " << role.id;
                EXPECT_EQ(course.moduleOfQuestion(shown.question->id), shown.module_id);
                EXPECT_TRUE(shown.question->isScored());
            }
        }
    }
}

TEST(QuizAssembly, QuestionsAreSpreadEvenlyOverTheRolesModules) {
    const course::Course& course = bundled();
    for (const course::Role& role : course.roles) {
        const QuizPlan plan = progress::drawRoleQuiz(course, role, 7);
        auto counts = perModule(plan);
        EXPECT_EQ(counts.size(), role.modules.size()) << role.id << ": every module gives questions";
        auto [low, high] = std::minmax_element(counts.begin(), counts.end(),
                                               [](const auto& a, const auto& b) { return a.second < b.second; });
        EXPECT_LE(high->second - low->second, 1) << role.id;
    }
}

TEST(QuizAssembly, TheRolesOwnQuestionsAreFavouredButNotTheOnlyOnes) {
    const course::Course& course = bundled();
    int drawn = 0, own = 0, others = 0;
    for (const course::Role& role : course.roles) {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            const QuizPlan plan = progress::drawRoleQuiz(course, role, seed);
            std::map<std::string, int> share = perModule(plan), tagged;
            for (const auto& shown : plan.questions) {
                const auto roles = shown.question->roleTags();
                const bool mine = std::find(roles.begin(), roles.end(), role.id) != roles.end();
                tagged[shown.module_id] += mine;
                ++drawn;
                own += mine;
                others += !mine;
            }
            // In each module at least half of its share is tagged for the role, where the bank has that many
            // among the questions the role may be asked (a short curriculum's lessons only).
            for (const course::Bank& bank : course.banks) {
                if (!share.count(bank.module_id)) continue;
                int available = 0;
                for (const auto& q : bank.questions) {
                    const auto roles = q.roleTags();
                    available += q.isScored() && role.asksAbout(q) &&
                                 std::find(roles.begin(), roles.end(), role.id) != roles.end();
                }
                EXPECT_GE(tagged[bank.module_id], std::min(available, (share[bank.module_id] + 1) / 2))
                    << role.id << " in " << bank.module_id << " with seed " << seed;
            }
        }
    }
    EXPECT_GT(own, 0);
    EXPECT_GT(others, 0) << "questions for everyone are drawn too";
}

TEST(QuizAssembly, TheSameSeedDrawsTheSameQuizAndOtherSeedsDoNot) {
    const course::Course& course = bundled();
    const course::Role& role = *course.role("manager");
    const QuizPlan first = progress::drawRoleQuiz(course, role, 42);
    const QuizPlan again = progress::drawRoleQuiz(course, role, 42);
    ASSERT_EQ(first.questionIds(), again.questionIds());
    for (std::size_t i = 0; i < first.questions.size(); ++i) {
        EXPECT_EQ(first.questions[i].answer_order, again.questions[i].answer_order);
        EXPECT_EQ(first.questions[i].match_choices, again.questions[i].match_choices);
    }
    int different = 0;
    for (std::uint64_t seed = 43; seed < 53; ++seed)
        different += progress::drawRoleQuiz(course, role, seed).questionIds() != first.questionIds();
    EXPECT_EQ(different, 10);
}

TEST(QuizAssembly, AnswersAreShuffledButTrueFalseIsNot) {
    const course::Course& course = bundled();
    int reordered = 0, choice_questions = 0;
    for (const course::Bank& bank : course.banks) {
        for (const quiz::Question& q : bank.questions) {
            const auto shown = progress::presentQuestion(q, bank.module_id, 5);
            if (q.type == quiz::QuestionType::TrueFalse) {
                EXPECT_TRUE(shown.answer_order.empty());
                continue;
            }
            if (q.type == quiz::QuestionType::MultipleChoice || q.type == quiz::QuestionType::MultipleAnswer) {
                ++choice_questions;
                std::vector<int> sorted = shown.answer_order;
                std::sort(sorted.begin(), sorted.end());
                std::vector<int> all(q.answers.size());
                for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
                EXPECT_EQ(sorted, all) << q.id << ": every answer shown once";
                reordered += shown.answer_order != all;
            }
            if (q.type == quiz::QuestionType::Matching) {
                std::set<std::string> matches;
                for (const auto& pair : q.pairs) matches.insert(pair.match);
                EXPECT_EQ(shown.match_choices.size(), matches.size()) << q.id << ": each match offered once";
            }
        }
    }
    ASSERT_GT(choice_questions, 50);
    EXPECT_GT(reordered, choice_questions / 2) << "most questions do not show the right answer first";
}

TEST(QuizAssembly, AnswerOrderDependsOnlyOnTheSeedAndTheQuestion) {
    const course::Course& course = bundled();
    const QuizPlan drawn = progress::drawRoleQuiz(course, *course.role("owner"), 77);
    auto replayed = progress::replayQuiz(course, drawn.quiz_id, "owner", drawn.seed, drawn.questionIds());
    ASSERT_TRUE(replayed);
    ASSERT_EQ(replayed->questions.size(), drawn.questions.size());
    for (std::size_t i = 0; i < drawn.questions.size(); ++i) {
        EXPECT_EQ(replayed->questions[i].question, drawn.questions[i].question);
        EXPECT_EQ(replayed->questions[i].answer_order, drawn.questions[i].answer_order);
    }
    EXPECT_EQ(replayed->pass_mark, 80);
    EXPECT_TRUE(replayed->missing.empty());
}

TEST(QuizAssembly, ReplayLeavesOutQuestionsTheCourseNoLongerHas) {
    const course::Course& course = bundled();
    auto replayed = progress::replayQuiz(course, "role:it", "it", 1, {"why-ip-001", "removed-question", "why-ip-002"});
    ASSERT_TRUE(replayed);
    ASSERT_EQ(replayed->questions.size(), 2u);
    EXPECT_EQ(replayed->questions[1].question->id, "why-ip-002");
    EXPECT_EQ(replayed->missing, std::vector<std::string>{"removed-question"});
    EXPECT_FALSE(progress::replayQuiz(course, "role:no-such-role", "", 1, {"why-ip-001"}));
}

TEST(QuizAssembly, ShufflesAreTheSameOnEveryStandardLibrary) {
    // Our own bounded draws over mt19937_64, whose output the standard fixes:
    // this permutation must never change, or recorded attempts would replay
    // differently after an upgrade or on another system.
    quiz::Random random(2024);
    std::vector<int> items = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    random.shuffle(items);
    EXPECT_EQ(items, (std::vector<int>{1, 3, 6, 0, 2, 8, 7, 5, 9, 4}));
    std::mt19937_64 engine(5489u);
    engine.discard(9999);
    EXPECT_EQ(engine(), 9981545732273789042ull) << "the engine is the standard's mt19937_64";
}

TEST(QuizAssembly, ASmallBankGivesItsShareToTheOthers) {
    const course::Course course = syntheticCourse({{"small", 2}, {"big-a", 20}, {"big-b", 20}}, 12);
    const QuizPlan plan = progress::drawRoleQuiz(course, course.roles[0], 3);
    ASSERT_EQ(plan.questions.size(), 12u);
    auto counts = perModule(plan);
    EXPECT_EQ(counts["small"], 2);
    EXPECT_EQ(counts["big-a"], 5);
    EXPECT_EQ(counts["big-b"], 5);
}

TEST(QuizAssembly, WhenAllBanksHoldTooFewEveryQuestionIsDrawnOnce) {
    const course::Course course = syntheticCourse({{"one", 3}, {"two", 2}}, 15);
    const QuizPlan plan = progress::drawRoleQuiz(course, course.roles[0], 9);
    EXPECT_EQ(plan.questions.size(), 5u);
    EXPECT_EQ(plan.wanted, 15) << "the screen can say the quiz is shorter than asked";
    std::set<std::string> ids;
    for (const auto& shown : plan.questions) ids.insert(shown.question->id);
    EXPECT_EQ(ids.size(), 5u);
}

TEST(QuizAssembly, EssaysDescriptionsAndQuestionsWithoutAnIdAreNeverDrawn) {
    const std::string extra =
        "// [id:an-essay]\nTell us about IP.{}\n\n"
        "// [id:a-description]\nThe next questions are about secrets.\n\n"
        "Unnamed question?{=yes ~no}\n\n";
    const course::Course course = syntheticCourse({{"only", 2}}, 10, extra);
    ASSERT_EQ(course.banks[0].questions.size(), 5u);
    const QuizPlan plan = progress::drawRoleQuiz(course, course.roles[0], 1);
    ASSERT_EQ(plan.questions.size(), 2u);
    for (const auto& shown : plan.questions) EXPECT_TRUE(shown.question->id.starts_with("only-"));
}

TEST(QuizAssembly, PracticeQuizComesFromOneModuleWithTheSettingsSizeAndFeedbackAfterEach) {
    const course::Course& course = bundled();
    const course::Module& module = *course.module("kinds-of-ip");
    const QuizPlan plan = progress::drawPracticeQuiz(course, module, "rnd", 11);
    EXPECT_EQ(plan.quiz_id, "module:kinds-of-ip");
    EXPECT_EQ(plan.kind, progress::QuizKind::Practice);
    EXPECT_EQ(static_cast<int>(plan.questions.size()), course.settings.practice_size);
    for (const auto& shown : plan.questions) EXPECT_EQ(shown.module_id, "kinds-of-ip");
    EXPECT_EQ(plan.feedback, progress::FeedbackTiming::AfterEach);
    EXPECT_EQ(plan.pass_mark, course.role("rnd")->pass_mark);
    EXPECT_EQ(progress::drawRoleQuiz(course, *course.role("rnd"), 11).feedback, progress::FeedbackTiming::AtEnd);
}

TEST(QuizAssembly, QuizIdsAreParsed) {
    auto role = progress::QuizId::parse("role:it");
    ASSERT_TRUE(role);
    EXPECT_EQ(role->kind(), progress::QuizKind::Role);
    EXPECT_EQ(role->target(), "it");
    auto module = progress::QuizId::parse("module:why-ip");
    ASSERT_TRUE(module);
    EXPECT_EQ(module->kind(), progress::QuizKind::Practice);
    EXPECT_FALSE(progress::QuizId::parse("role:"));
    EXPECT_FALSE(progress::QuizId::parse("lesson:what-is-ip"));
    EXPECT_FALSE(progress::drawQuiz(bundled(), "module:no-such-module", "", 1));
}

TEST(QuizAssembly, FreshSeedsDifferAndFitInADouble) {
    std::set<std::uint64_t> seeds;
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t seed = progress::freshSeed();
        EXPECT_LT(seed, 1ull << 53);
        seeds.insert(seed);
    }
    EXPECT_EQ(seeds.size(), 100u);
}

// Questions that tell the same story are one family: a quiz draws at most one.
TEST(QuizAssembly, AQuizDrawsAtMostOneQuestionOfAFamily) {
    std::string family;
    for (int i = 0; i < 6; ++i)
        family += "// [id:logo-" + std::to_string(i) + "]\n// [tag:family-freelance-logo]\n"
                  "Who owns the freelancer's logo " + std::to_string(i) + "?{=the freelancer ~the company}\n\n";
    const course::Course c = syntheticCourse({{"a", 4}, {"b", 4}}, 6, family);
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const QuizPlan plan = drawRoleQuiz(c, c.roles.front(), seed);
        int logos = 0;
        for (const auto& shown : plan.questions) logos += shown.question->id.starts_with("logo-");
        ASSERT_LE(logos, 1) << "seed " << seed;
        EXPECT_EQ(plan.questions.size(), 6u) << "seed " << seed;
    }
}

// A role that reads only some lessons is asked only about them, and finishes
// its training with those lessons alone.
TEST(QuizAssembly, AShortCurriculumIsAskedOnlyAboutItsLessons) {
    const course::Course& course = bundled();
    const course::Role* role = course.role("all-staff");
    ASSERT_TRUE(role);
    ASSERT_FALSE(role->lessons.empty()) << "the bundled all-staff role has a short curriculum";
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const QuizPlan plan = progress::drawRoleQuiz(course, *role, seed);
        EXPECT_EQ(plan.questions.size(), static_cast<std::size_t>(role->quiz_size));
        for (const auto& shown : plan.questions) {
            const auto& tags = shown.question->tags;
            EXPECT_TRUE(std::any_of(tags.begin(), tags.end(), [&](const std::string& tag) { return role->takes(tag); }))
                << shown.question->id << " asks about a lesson all-staff does not read";
        }
    }
    EXPECT_LE(course.readingMinutesFor("all-staff"), 30);
    EXPECT_LE(course.readingMinutesFor("security"), 30);
}
