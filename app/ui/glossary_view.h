// The glossary: every term with its plain definition, searchable.
#pragma once

#include <string>

#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class GlossaryView : public View {
public:
    static constexpr Screen kScreen = Screen::Glossary;

    // The search box takes the keyboard each time the glossary opens.
    bool open(App&) override {
        focus_search_ = true;
        return true;
    }
    void drawContent(App& app) override;
    // What the list is narrowed to (search gives its words when nothing matched).
    void setQuery(std::string query) { query_ = std::move(query); }

private:
    std::string query_;
    bool focus_search_ = false;
};

}  // namespace ipprimer::ui
