// The glossary: every term with its plain definition, searchable.
#pragma once

#include <string>

namespace ipprimer::ui {
class App;

class GlossaryView {
public:
    void drawContent(App& app);
    void setQuery(std::string query) { query_ = std::move(query); }

private:
    std::string query_;
};

}  // namespace ipprimer::ui
