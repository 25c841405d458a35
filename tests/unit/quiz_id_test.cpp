// Quiz ids: what is recorded reads back as the same quiz, and text that is no
// quiz id (another prefix, no id, a lesson's id) is refused.
#include "progress/quiz_id.h"

#include <gtest/gtest.h>

using ipprimer::progress::QuizId;
using ipprimer::progress::QuizKind;

TEST(QuizId, AreWrittenAsTheLearningRecordsHoldThem) {
    EXPECT_EQ(QuizId::role("it").text(), "role:it");
    EXPECT_EQ(QuizId::practice("why-ip").text(), "module:why-ip");
}

TEST(QuizId, ReadBackAsTheQuizTheyWereWrittenFor) {
    for (const QuizId& id : {QuizId::role("it"), QuizId::role("rnd"), QuizId::practice("why-ip"),
                             QuizId::practice("kinds-of-ip"), QuizId::role("a:b"), QuizId::practice("\xC3\xA9tude")}) {
        const auto read = QuizId::parse(id.text());
        ASSERT_TRUE(read) << id.text();
        EXPECT_EQ(*read, id) << id.text();
        EXPECT_EQ(read->text(), id.text());
    }
    const auto role = QuizId::parse("role:it");
    ASSERT_TRUE(role);
    EXPECT_EQ(role->kind(), QuizKind::Role);
    EXPECT_EQ(role->target(), "it");
    const auto module = QuizId::parse("module:why-ip");
    ASSERT_TRUE(module);
    EXPECT_EQ(module->kind(), QuizKind::Practice);
    EXPECT_EQ(module->target(), "why-ip");
}

TEST(QuizId, ARoleAndAModuleOfTheSameNameAreDifferentQuizzes) {
    EXPECT_NE(QuizId::role("basics"), QuizId::practice("basics"));
    EXPECT_NE(QuizId::role("basics").text(), QuizId::practice("basics").text());
}

TEST(QuizId, TextThatIsNoQuizIdIsRefused) {
    for (const char* bad : {"", "role:", "module:", "role", "module", "lesson:what-is-ip", "Role:it", "MODULE:x",
                            " role:it", "roles:it", "practice:why-ip", ":it"})
        EXPECT_FALSE(QuizId::parse(bad)) << "'" << bad << "'";
    EXPECT_FALSE(QuizId::parse(QuizId::role("").text())) << "an empty role id makes no readable quiz id";
}
