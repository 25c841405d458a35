// Where training misses: for each topic tag of the quiz banks, the share of
// the team's first answers that were wrong, overall and by role.
#pragma once

#include <string>
#include <vector>

#include "store/topics.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class TopicsView : public View {
public:
    static constexpr Screen kScreen = Screen::Topics;

    // Counts the first answers again.
    bool open(App& app) override;
    void drawContent(App& app) override;

    const std::vector<store::TopicRow>& rows() const { return rows_; }

private:
    std::vector<store::TopicRow> rows_;
    std::vector<std::string> roles_;  // role ids with answers, in course order
    int learners_answering_ = 0;
};

}  // namespace ipprimer::ui
