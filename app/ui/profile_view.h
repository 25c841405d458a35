// First screen: pick a known profile or create one (name, employee id, role, department).
#pragma once

#include <string>

namespace ipprimer::ui {
class App;

class ProfileView {
public:
    void drawContent(App& app);

private:
    void drawPicker(App& app);
    void drawCreateForm(App& app);

    std::string name_;
    std::string employee_id_;
    std::string department_;
    int role_ = -1;
    std::string error_;
};

}  // namespace ipprimer::ui
