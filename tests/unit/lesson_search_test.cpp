// Searching the lessons: every word must appear at the start of a word of
// the question's text, best first, with a snippet; trainer notes never show.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "course/lesson_search.h"

using namespace ipprimer;
using course::LessonSearch;

namespace {

course::Lesson lesson(const std::string& id, const std::string& markdown) {
    return course::Lesson{id, "m", id + ".md", markdown::parse(markdown)};
}

course::Course twoLessons() {
    course::Course c;
    c.lessons.push_back(lesson("secrets", R"(# Trade secrets

Some knowledge is best kept, not published.

## When do we need an NDA?

Before a supplier sees drawings you have not protected, have them sign a
non-disclosure agreement. A standard form is enough for most visits.

```trainer
Ask the room who signed an NDA this month. Secret word: pineapple.
```

## How long does a secret last?

As long as it stays secret and you take reasonable steps.
)"));
    c.lessons.push_back(lesson("marks", R"(# Trademarks

## What can be a trademark?

Words, logos, shapes and even sounds, if they tell your goods from a supplier's.
| Sign | Example |
|---|---|
| Word | ACME |
| Sound | a jingle |
)"));
    return c;
}

}  // namespace

TEST(LessonSearch, EveryWordMustStartAWordOfTheSection) {
    const course::Course c = twoLessons();
    const LessonSearch search(c);
    EXPECT_EQ(search.sectionCount(), 5u) << "two introductions and three questions";

    auto hits = search.find("nda");
    ASSERT_EQ(hits.size(), 1u) << "'standard' does not contain the word nda";
    EXPECT_EQ(hits[0].lesson->id, "secrets");
    EXPECT_EQ(hits[0].anchor, "when-do-we-need-an-nda");
    EXPECT_EQ(hits[0].section, "When do we need an NDA?");

    hits = search.find("SUPPLIER Drawings");
    ASSERT_EQ(hits.size(), 1u) << "both words, any case";
    EXPECT_EQ(hits[0].anchor, "when-do-we-need-an-nda");

    hits = search.find("supplier");
    ASSERT_EQ(hits.size(), 2u) << "\"supplier's\" starts with supplier too";
    EXPECT_TRUE(search.find("supplier pineapple").empty());
    EXPECT_TRUE(search.find("   ").empty());
    EXPECT_TRUE(search.find("").empty());
}

TEST(LessonSearch, TrainerNotesAreNeverFound) {
    const course::Course c = twoLessons();
    const LessonSearch search(c);
    EXPECT_TRUE(search.find("pineapple").empty());
    EXPECT_EQ(search.find("signed").size(), 0u) << "'signed' is only in the trainer's note";
}

TEST(LessonSearch, IntroductionsTablesAndRanking) {
    const course::Course c = twoLessons();
    const LessonSearch search(c);
    auto hits = search.find("published");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].anchor, "") << "the introduction opens the lesson at its top";
    EXPECT_EQ(hits[0].section, "Trade secrets");

    hits = search.find("jingle");
    ASSERT_EQ(hits.size(), 1u) << "table cells are searched";
    EXPECT_EQ(hits[0].lesson->id, "marks");

    // A word in the question itself ranks above one only in an answer.
    hits = search.find("secret");
    ASSERT_GE(hits.size(), 2u);
    EXPECT_EQ(hits[0].anchor, "how-long-does-a-secret-last");
}

TEST(LessonSearch, SnippetsAreOneLineAroundTheFirstMatch) {
    course::Course c;
    std::string long_text = "# Long\n\n## Where?\n\n";
    for (int i = 0; i < 60; ++i) long_text += "filler words here\n";
    long_text += "the needle is here ";
    for (int i = 0; i < 60; ++i) long_text += "more words after\n";
    c.lessons.push_back(lesson("long", long_text));
    const LessonSearch search(c);
    auto hits = search.find("needle");
    ASSERT_EQ(hits.size(), 1u);
    const std::string& snippet = hits[0].snippet;
    EXPECT_NE(snippet.find("the needle is here"), std::string::npos) << snippet;
    EXPECT_TRUE(snippet.starts_with("...") && snippet.ends_with("...")) << snippet;
    EXPECT_LE(snippet.size(), 180u);
    EXPECT_EQ(snippet.find('\n'), std::string::npos);
    EXPECT_EQ(snippet.find("  "), std::string::npos);
}

TEST(LessonSearch, ResultsAreCappedAtTheLimit) {
    course::Course c;
    for (int i = 0; i < 30; ++i) c.lessons.push_back(lesson("l" + std::to_string(i), "# L\n\n## Q?\n\nsame word\n"));
    const LessonSearch search(c);
    EXPECT_EQ(search.find("same").size(), 30u);
    EXPECT_EQ(search.find("same", 10).size(), 10u);
}

TEST(LessonSearch, MarksPointAtEveryWordSearchedForInTheSnippet) {
    const course::Course c = twoLessons();
    const LessonSearch search(c);
    auto hits = search.find("drawings supplier");
    ASSERT_EQ(hits.size(), 1u);
    const course::SearchHit& hit = hits[0];
    std::vector<std::string> marked;
    for (const auto& [offset, length] : hit.marks) marked.push_back(hit.snippet.substr(offset, length));
    EXPECT_EQ(marked, (std::vector<std::string>{"supplier", "drawings"})) << "in the snippet's order: " << hit.snippet;
    // "designs" holds "sign" but does not start with it: not marked.
    course::Course d;
    d.lessons.push_back(lesson("x", "# X\n\n## Q?\n\nDesigns we sign. Sign here.\n"));
    auto other = LessonSearch(d).find("sign");
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other[0].marks.size(), 2u) << other[0].snippet;
}
