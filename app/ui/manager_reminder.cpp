// The dashboard's reminder: the learners of the current filter who have
// training due (overdue, expiring or expired), and a button that opens the
// mail program with them in Bcc and a message saying what is due by when.
#include <imgui.h>

#include "store/board_figures.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/manager_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void ManagerView::drawReminder(App& app) {
    // The rows the tiles count (the filter without its status), so the
    // reminder matches the Overdue, Expiring and Expired tiles above.
    reminder_ = exports::reminderFor(dashboard_, store::tileRows(dashboard_, filter_), app.course().settings.title,
                                     app.gate(Area::Manager)->who());
    const exports::Reminder& r = reminder_;
    gap(0.2f);
    if (r.emails.empty() && r.without_email.empty()) {
        textMuted("Nobody shown has training overdue, expiring or expired: there is no one to remind.");
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(("Remind " + thousands(static_cast<long long>(r.emails.size()), "learner", "learners") + " (" +
                            thousands(r.overdue) + " overdue, " + thousands(r.expiring) + " expiring, " +
                            thousands(r.expired) + " expired) by e-mail, in Bcc:")
                               .c_str());
    recordItem("Reminder summary");
    for (std::size_t i = 0; i < r.links.size(); ++i) {
        ImGui::SameLine();
        const std::string label = r.links.size() == 1 ? std::string("Open the message")
                                                      : "Message " + std::to_string(i + 1) + " of " + std::to_string(r.links.size());
        if (primaryButton(label.c_str())) app.openMailMessage(r.links[i]);
        recordItem(label);
    }
    ImGui::SameLine();
    if (button("Copy the addresses")) {
        std::string all;
        for (const std::string& email : r.emails) all += (all.empty() ? "" : ", ") + email;
        ImGui::SetClipboardText(all.c_str());
        app.setStatus("Copied " + thousands(static_cast<long long>(r.emails.size()), "address", "addresses") + ".");
    }
    recordItem("Copy the addresses");
    if (!r.subject.empty()) textMuted("Subject: %s", r.subject.c_str());
    if (r.links.size() > 1)
        textMuted("Split into %zu messages, so that every mail program takes them whole.", r.links.size());
    if (!r.without_email.empty()) {
        std::string names;
        for (std::size_t i = 0; i < r.without_email.size() && i < 5; ++i) names += (i ? ", " : "") + r.without_email[i];
        if (r.without_email.size() > 5) names += " and " + thousands(static_cast<long long>(r.without_email.size() - 5)) + " more";
        textColored(colors::kWarn, (thousands(static_cast<long long>(r.without_email.size()), "learner has", "learners have") +
                                    " no e-mail address to remind: " + names)
                                       .c_str());
        recordItem("Without e-mail");
    }
}

}  // namespace ipprimer::ui
