// Search the lessons: words in, the questions that answer them out, each
// opening its lesson at that question.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "course/lesson_search.h"
#include "markdown/document.h"
#include "ui/markdown_view.h"
#include "ui/screens.h"

namespace ipprimer::ui {

class App;

class SearchView : public View {
public:
    static constexpr Screen kScreen = Screen::Search;

    SearchView();
    ~SearchView() override;
    // The screen opens with the field focused and what was typed last time;
    // never over a projection (Ctrl+F while presenting does nothing).
    bool open(App& app) override;
    void drawContent(App& app) override;
    void setQuery(std::string query) { query_ = std::move(query); }
    const std::vector<course::SearchHit>& hits() const { return hits_; }

private:
    std::unique_ptr<course::LessonSearch> index_;  // built on first use
    std::string query_;
    std::string searched_;  // the query the hits are for
    std::vector<course::SearchHit> hits_;
    std::vector<std::vector<markdown::Span>> snippets_;  // each hit's snippet, its marks in bold
    MarkdownView text_;
    bool focus_ = true;
};

}  // namespace ipprimer::ui
