// First screen: pick a known profile or create one (name, employee id, role, department).
#pragma once

#include <string>
#include <vector>

#include "store/store.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ProfileView : public View {
public:
    static constexpr Screen kScreen = Screen::Profiles;

    // Reads the known profiles again (they are not queried every frame).
    bool open(App& app) override;
    void drawContent(App& app) override;

private:
    void drawPicker(App& app);
    void drawCreateForm(App& app);
    void drawRoleDescription(App& app);

    std::string name_;
    std::string employee_id_;
    std::string department_;
    int role_ = -1;
    std::string error_;
    std::vector<store::Learner> learners_;
    std::string last_learner_;
    std::string filter_;
    bool loaded_ = false;
};

}  // namespace ipprimer::ui
