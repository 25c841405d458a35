// The certificate panel: the outcome read once, the save through ExportPanel.
#include "ui/certificate_panel.h"

#include <array>

#include "export/certificate_records.h"
#include "progress/curriculum.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::array kPdfOnly{exports::FormatId::Pdf};

// Reads the signing key (if this computer has one) and hands the issuer to `use`.
template <typename Use>
auto withIssuer(App& app, Use use) {
    const progress::Curriculum curriculum = progress::curriculumOf(app.course());
    const exports::LocalIssuer local = exports::localIssuer(app.store());
    return use(local.issuer(curriculum));
}

}  // namespace

void CertificatePanel::refresh(App& app, std::int64_t learner_id) {
    learner_id_ = learner_id;
    available_ = false;
    earned_ = false;
    needs_signing_computer_ = false;
    proposed_name_ = "certificate";
    try {
        const exports::CertificateOutcome outcome = withIssuer(app, [&](const exports::Issuer& issuer) {
            return exports::certificateFor(app.store(), issuer, learner_id, false);
        });
        problem_ = outcome.problem;
        available_ = problem_.empty();
        earned_ = outcome.earned;
        needs_signing_computer_ = outcome.needs_signing_computer;
        if (outcome.record) {
            std::string name = exports::certificateFileName(outcome.record->certificate);
            proposed_name_ = name.substr(0, name.size() - 4);  // the panel adds the extension
        }
    } catch (const std::exception& error) {
        problem_ = std::string("The certificate cannot be saved here: ") + error.what();
    }
}

void CertificatePanel::draw(App& app, bool own, bool quiet) {
    if (!available_) {
        if (quiet && !earned_) return;
        heading(app.fonts().bold, own ? "Your certificate" : "Certificate");
        // A learner is told what to do, in the second person; where the key
        // file is (in the problem) is for the manager who looks after it.
        const char* reason = own && needs_signing_computer_ ? kEarnedNotSignedHere : problem_.c_str();
        textWrapped(reason);
        recordItem(reason);
        return;
    }
    ExportPanel::Setup setup;
    setup.layout = ExportPanel::Layout::Section;
    setup.formats = kPdfOnly;
    setup.subject = "certificate " + std::to_string(learner_id_);
    setup.proposed_name = proposed_name_;
    setup.heading = own ? "Your certificate" : "Certificate";
    setup.verb = "Save certificate as";
    setup.path_label = "Certificate path";
    export_.draw(app, setup, [&](const exports::Format&, const std::filesystem::path& path) {
        const exports::CertificateOutcome outcome = withIssuer(app, [&](const exports::Issuer& issuer) {
            return exports::saveCertificate(app.store(), issuer, learner_id_, path, exports::localPaper());
        });
        if (!outcome.record) throw std::runtime_error(outcome.problem);
        return "Saved certificate " + outcome.record->certificate.certificate_id + " (valid until " +
               formatDate(outcome.record->certificate.valid_until) + ") to " + path.string() + ".";
    });
}

}  // namespace ipprimer::ui
