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
#include "ui/background_job.h"
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
        std::string heading = "Export";  // Section: its heading
        // The path field's name (its ImGui id and its label for tests): two
        // panels on one screen need two names.
        std::string path_label = "Export path";
        std::string verb = "Export";     // Section: the buttons' first word ("Export PDF", "Save PDF")
        // Row: the path is a folder to save many files into (no extension added).
        bool folder = false;
        std::string lead;    // Row: the text before the format choice
        std::string action;  // Row: the save button's label
        // Row: a muted line under the panel for the chosen format (may return "").
        std::function<std::string(const exports::Format&)> footnote;
    };
    // Writes the export in `format` to `path` (through exports::saveExport)
    // and returns what to tell the user; throws with a message on failure.
    using Save = std::function<std::string(const exports::Format& format, const std::filesystem::path& path)>;

    // For an export that may take a while (thousands of learners): called on
    // the frame's thread, it returns the work that writes the file, made of
    // copies; the work runs on a thread of its own while the panel shows a
    // bar of how far it is, and its message when it is done.
    using PrepareSave = std::function<BackgroundJob::Work(const exports::Format& format, const std::filesystem::path& path)>;

    // Draws the panel and saves when asked. Returns false when the user
    // pressed Cancel (Row layout), true otherwise.
    bool draw(App& app, const Setup& setup, const Save& save);
    bool draw(App& app, const Setup& setup, const PrepareSave& prepare);
    // True while a save started with a PrepareSave runs.
    bool saving() const { return job_.running(); }

    // Forgets the last message and the question about replacing a file.
    void clearOutcome();
    // Shows a problem that did not come from saving (the screen could not read what to export).
    void showProblem(std::string message);

    const std::string& message() const { return message_; }
    bool failed() const { return failed_; }
    const std::string& path() const { return path_; }
    FileChooser& chooser() { return chooser_; }

private:
    // Saves to the file chosen: at once, or by starting a background job.
    using Saver = std::function<void(const exports::Format& format, const std::filesystem::path& path)>;
    bool drawWith(App& app, const Setup& setup, const Saver& saver);
    void start(App& app, const Setup& setup);
    // The "Choose..." button beside the path, and the chooser it opens.
    void drawChooser(App& app, const Setup& setup);
    void drawRow(const Setup& setup, const Saver& save, bool& open);
    void drawSection(App& app, const Setup& setup, const Saver& save);
    void drawOutcome(const Setup& setup, const Saver& save);
    void saveAs(const exports::Format& format, const Saver& save, bool replace);
    void saveFolder(const Saver& save);

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
    BackgroundJob job_;  // a long save, while it runs
};

}  // namespace ipprimer::ui
