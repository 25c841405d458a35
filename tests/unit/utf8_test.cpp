// Well-formed UTF-8: what is accepted, where the first bad byte is, and how
// bad bytes are shown once repaired.
#include <gtest/gtest.h>

#include "base/utf8.h"

using namespace ipprimer;

TEST(Utf8, AcceptsWellFormedTextAndFindsTheFirstBadByte) {
    EXPECT_TRUE(validUtf8("Žáková \xE2\x9C\x93 \xF0\x9F\x92\xA1"));
    EXPECT_TRUE(validUtf8(""));
    EXPECT_EQ(firstInvalidUtf8("ok \xC0\xAF"), 3u);          // an overlong "/"
    EXPECT_EQ(firstInvalidUtf8("cut \xE2\x9C"), 4u);         // cut short at the end
    EXPECT_EQ(firstInvalidUtf8("Caf\xE9 au lait"), 3u);      // Latin-1 é
    EXPECT_EQ(firstInvalidUtf8("\xED\xA0\x80"), 0u);         // a UTF-16 surrogate
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), 0u);     // past U+10FFFF
    EXPECT_EQ(firstInvalidUtf8("a\x80"), 1u);                // a lone continuation byte
}

TEST(Utf8, RepairShowsEachBadByteAsAReplacementCharacter) {
    EXPECT_EQ(repairUtf8("Caf\xE9 au lait"), "Caf\xEF\xBF\xBD au lait");
    EXPECT_EQ(repairUtf8("\xE2\x9C"), "\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(repairUtf8("Žáková \xE2\x9C\x93"), "Žáková \xE2\x9C\x93") << "good text is left as it is";
    EXPECT_TRUE(validUtf8(repairUtf8("\xFF\xFE\x00\xC3\x28\xF0\x9F")));
}

TEST(Utf8, FindsABadByteAtAnyOffsetOfALongAsciiRun) {
    // The check reads ASCII eight bytes at a time; a bad byte anywhere in or
    // after such a block, or a good character split across blocks, is read right.
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(40, 'a');
        text[at] = '\xE9';
        EXPECT_EQ(firstInvalidUtf8(text), at) << at;
        std::string good(40, 'a');
        good.replace(at, 2, "\xC3\xA9");  // é, two bytes
        EXPECT_TRUE(validUtf8(good.substr(0, 41))) << at;
    }
}
