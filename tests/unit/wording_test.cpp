// Counts and lists read as a person writes them.
#include "base/wording.h"

#include <gtest/gtest.h>

using namespace ipprimer;

TEST(Wording, ACountTakesTheSingularForOneAndThePluralOtherwise) {
    EXPECT_EQ(countText(1, "answer", "answers"), "1 answer");
    EXPECT_EQ(countText(0, "answer", "answers"), "0 answers");
    EXPECT_EQ(countText(2, "learner", "learners"), "2 learners");
    EXPECT_EQ(countText(1, "bad row", "bad rows"), "1 bad row");
}

TEST(Wording, AListIsJoinedWithCommasAndAnAnd) {
    EXPECT_EQ(listText({}), "");
    EXPECT_EQ(listText({"2"}), "2");
    EXPECT_EQ(listText({"2", "4"}), "2 and 4");
    EXPECT_EQ(listText({"1", "2", "4"}), "1, 2 and 4");
}
