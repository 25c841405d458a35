// Saving many certificates without freezing the window: a slice of the queue
// each frame (about a tenth of a second), the window asked to keep drawing.
#include "ui/certificate_batch.h"

#include <imgui.h>

#include <array>
#include <chrono>

#include "base/wording.h"
#include "export/certificate_records.h"
#include "progress/curriculum.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::array kPdfOnly{exports::FormatId::Pdf};

// The kind of reason, so what differs only by name is counted together.
std::string reasonKind(const std::string& problem) {
    static constexpr std::pair<const char*, const char*> kKinds[] = {
        {"has not passed the role quiz", "not passed the role quiz"},
        {"passed the role quiz but", "modules still to complete"},
        {"training expired", "training expired"},
        {"is archived", "archived"},
        {"has not been issued yet", "not issued yet (this computer holds no signing key)"},
        {"role is not in this course", "role not in the course"},
    };
    for (const auto& [match, kind] : kKinds)
        if (problem.find(match) != std::string::npos) return kind;
    return problem;
}

}  // namespace

bool CertificateBatch::draw(App& app, const std::vector<std::int64_t>& learner_ids, const std::string& proposed_folder) {
    if (running()) {
        step(app);
        const float done = static_cast<float>(next_) / static_cast<float>(queue_.size());
        const std::string overlay = std::to_string(next_) + " of " + thousands(static_cast<long long>(queue_.size()), "learner", "learners");
        ImGui::ProgressBar(done, ImVec2(ImGui::GetFontSize() * 24, 0), overlay.c_str());
        recordItem("Certificates progress");
        ImGui::SameLine();
        if (button("Stop")) finish();
        if (running()) app.keepDrawing();
        return true;
    }
    ExportPanel::Setup setup;
    setup.layout = ExportPanel::Layout::Row;
    setup.folder = true;
    setup.path_label = "Certificates folder";
    setup.formats = kPdfOnly;
    setup.subject = "certificates";
    setup.proposed_name = proposed_folder;
    setup.lead = "Certificates of the " + thousands(static_cast<long long>(learner_ids.size()), "learner", "learners") +
                 " shown, one PDF each, into the folder";
    setup.action = "Save certificates";
    setup.footnote = [this](const exports::Format&) { return summary_; };
    return panel_.draw(app, setup, [&](const exports::Format&, const std::filesystem::path& folder) {
        start(app, learner_ids, folder);
        return std::string();
    });
}

void CertificateBatch::start(App&, const std::vector<std::int64_t>& learner_ids, const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder))
        throw std::runtime_error("cannot make the folder " + folder.string() + (error ? ": " + error.message() : ""));
    queue_ = learner_ids;
    next_ = 0;
    folder_ = folder;
    saved_ = 0;
    reasons_.clear();
    summary_.clear();
    if (queue_.empty()) summary_ = "No learners are shown; nothing was saved.";
}

void CertificateBatch::step(App& app) {
    const progress::Curriculum curriculum = progress::curriculumOf(app.course());
    std::optional<exports::LocalIssuer> local;
    try {
        local = exports::localIssuer(app.store());
    } catch (const std::exception& error) {
        summary_ = error.what();
        finish();
        return;
    }
    const exports::Issuer issuer = local->issuer(curriculum);
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
    while (running() && std::chrono::steady_clock::now() < until) {
        const std::int64_t learner_id = queue_[next_++];
        try {
            const auto outcome = exports::certificateFor(app.store(), issuer, learner_id);
            if (!outcome.record) {
                ++reasons_[reasonKind(outcome.problem)];
                continue;
            }
            const auto& record = *outcome.record;
            exports::saveCertificate(app.store(), issuer, learner_id,
                                     folder_ / exports::certificateFileName(record.certificate), exports::localPaper());
            ++saved_;
        } catch (const std::exception& error) {
            summary_ = error.what();
            finish();
            return;
        }
    }
    if (!running()) finish();
}

void CertificateBatch::finish() {
    const std::size_t left = queue_.size() - next_;
    std::string text = "Saved " + countText(saved_, "certificate", "certificates") + " to " + folder_.string() + ".";
    if (!summary_.empty() && left > 0) text += " Stopped: " + summary_;
    std::vector<std::string> others;
    for (const auto& [reason, count] : reasons_) others.push_back(std::to_string(count) + " " + reason);
    if (!others.empty()) text += " None for the others: " + listText(others) + ".";
    if (left > 0) text += " " + thousands(static_cast<long long>(left), "learner was", "learners were") + " not reached.";
    summary_ = text;
    queue_.clear();
    next_ = 0;
}

}  // namespace ipprimer::ui
