// The one panel where a screen saves a file that leaves the program: where
// to (chosen with the file chooser, or typed; it starts in the folder last
// used; ~ is the home folder, the extension follows the format), in
// which format (from exports' list), a question before a file is replaced,
// and what happened. The screen says what to write; app/export writes it.
#pragma once

#include <filesystem>
#include <functional>
#include <span>
#include <string>

#include "export/formats.h"
#include "ui/file_chooser.h"

namespace ipprimer::ui {
class App;

class ExportPanel {
public:
    enum class Layout {
        // One line above a table: LEAD (o) CSV (o) JSON to [path] [ACTION] [Cancel].
        Row,
        // A section of a page: a heading, the path, one button per format ("Export CSV").
        Section,
    };
    struct Setup {
        Layout layout = Layout::Section;
        std::span<const exports::FormatId> formats;  // offered (at least one), the first chosen at first
        // What is exported ("session 12"); when it changes, the path starts
        // over from `proposed_name`, and the last message is forgotten.
        std::string subject;
        // A file in the home folder, without extension ("ipprimer-report-2024-05-14").
        std::string proposed_name;
        std::string lead;    // Row: the text before the format choice
        std::string action;  // Row: the save button's label
        // Row: a muted line under the panel for the chosen format (may return "").
        std::function<std::string(const exports::Format&)> footnote;
    };
    // Writes the export in `format` to `path` (through exports::saveExport)
    // and returns what to tell the user; throws with a message on failure.
    using Save = std::function<std::string(const exports::Format& format, const std::filesystem::path& path)>;

    // Draws the panel and saves when asked. Returns false when the user
    // pressed Cancel (Row layout), true otherwise.
    bool draw(App& app, const Setup& setup, const Save& save);

    // Forgets the last message and the question about replacing a file.
    void clearOutcome();
    // Shows a problem that did not come from saving (the screen could not read what to export).
    void showProblem(std::string message);

    const std::string& message() const { return message_; }
    bool failed() const { return failed_; }
    const std::string& path() const { return path_; }
    FileChooser& chooser() { return chooser_; }

private:
    void start(App& app, const Setup& setup);
    // The "Choose..." button beside the path, and the chooser it opens.
    void drawChooser(App& app, const Setup& setup);
    void drawRow(const Setup& setup, const Save& save, bool& open);
    void drawSection(App& app, const Setup& setup, const Save& save);
    void drawOutcome(const Setup& setup, const Save& save);
    void saveAs(const exports::Format& format, const Save& save, bool replace);

    App* app_ = nullptr;  // during draw(): where a saved file's folder is remembered
    FileChooser chooser_;
    std::string subject_;
    bool started_ = false;
    std::string proposed_name_;
    const exports::Format* format_ = nullptr;  // the format chosen (Row) or last asked for
    std::string path_;                         // as typed
    std::filesystem::path pending_;            // a file that exists waits for the user's word
    std::filesystem::path confirmed_;          // the desktop's chooser already asked about replacing it
    std::string message_;
    bool failed_ = false;
};

}  // namespace ipprimer::ui
