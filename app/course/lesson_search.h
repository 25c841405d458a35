// Searching the lessons a learner can read: "where did I read about NDAs?".
// Each lesson is cut into its introduction and its `##` questions; a hit is
// one of those, so a result opens the lesson at the question that answers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "course/course.h"

namespace ipprimer::course {

struct SearchHit {
    const Lesson* lesson = nullptr;
    std::string anchor;   // the question's anchor; empty for the lesson's introduction
    std::string section;  // the question as the lesson asks it, or the lesson's title
    std::string snippet;  // the words around the first match in the text, "..." where cut
    // Where the query's words stand in the snippet (byte offset, length), in
    // order, for the screen to show them in bold.
    std::vector<std::pair<std::size_t, std::size_t>> marks;
    int score = 0;        // higher first: words in the question, then how often they occur
};

class LessonSearch {
public:
    // Reads the plain text of every section once (trainer notes left out:
    // they are never shown to learners).
    explicit LessonSearch(const Course& course);

    // Sections holding every word of `query` at the start of one of their
    // words ("nda" finds "NDAs", not "standard"; ASCII letters without regard
    // to case), best first, at most `limit`. An empty query finds nothing.
    std::vector<SearchHit> find(std::string_view query, std::size_t limit = 50) const;

    std::size_t sectionCount() const { return sections_.size(); }

private:
    struct Section {
        const Lesson* lesson;
        std::string anchor;
        std::string title;
        std::string text;          // as shown, for snippets
        std::string folded_title;  // lower case, for matching
        std::string folded_text;
    };
    std::vector<Section> sections_;
};

}  // namespace ipprimer::course
