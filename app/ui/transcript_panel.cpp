// The transcript panel: the export panel with the transcript's two formats.
#include "ui/transcript_panel.h"

#include "export/export_file.h"
#include "export/transcript.h"
#include "store/store.h"
#include "ui/app.h"

namespace ipprimer::ui {

void TranscriptPanel::draw(App& app, std::int64_t learner_id, const std::string& learner_name, bool own) {
    ExportPanel::Setup setup;
    setup.layout = ExportPanel::Layout::Section;
    setup.formats = exports::kTranscriptFormats;
    setup.subject = "transcript " + std::to_string(learner_id);
    const Date today = localDate(app.store().now());
    std::string name;
    for (char c : learner_name) name += (c == ' ' || c == '/' || c == '\\') ? '-' : c;
    setup.proposed_name = "training-record-" + name + "-" + formatDate(today);
    setup.heading = own ? "Your training record" : "Training record";
    setup.verb = "Save record as";
    setup.path_label = "Record path";
    export_.draw(app, setup, [&](const exports::Format& format, const std::filesystem::path& path) {
        exports::saveExport(path, exports::transcriptFile(format.id, app.store(), app.course(), learner_id, today));
        return std::string(format.id == exports::FormatId::Json ? "Saved the record as xAPI statements to "
                                                                : "Saved the record to ") +
               path.string() + ".";
    });
}

}  // namespace ipprimer::ui
