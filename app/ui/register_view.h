// The company's IP register, in the manager's area: its dates due and risks,
// the entries employees proposed (accepted, perhaps edited, or declined), and
// every entry with its history; add, change and remove, each recorded in the
// manager's name and never overwriting what was recorded before.
#pragma once

#include <string>

#include "progress/register_records.h"
#include "ui/asset_form.h"
#include "ui/register_summary.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class RegisterView : public View {
public:
    static constexpr Screen kScreen = Screen::Register;

    bool open(App& app) override;
    void drawContent(App& app) override;
    void areaLocked() override;

    // What the screen shows, for tests.
    const progress::RegisterState& state() const { return state_; }
    const RegisterSummary& summary() const { return summary_; }

private:
    enum class Mode { List, Adding, Changing, Accepting };

    void refresh(App& app);
    void drawForm(App& app, float width);
    void drawProposals(App& app, float width);
    void drawEntries(App& app, float width);
    void drawSelected(App& app, float width);

    progress::RegisterState state_;
    RegisterSummary summary_;
    Mode mode_ = Mode::List;
    AssetForm form_;
    std::string selected_;   // the entry shown below the table
    std::string proposal_;   // Accepting: the proposal; or the one being declined
    std::string reason_;     // why a proposal is declined
    bool declining_ = false;
    bool confirm_remove_ = false;
};

}  // namespace ipprimer::ui
