// What the window shows when a frame failed (the database turned out to be
// damaged half way through a session, a disk error): what happened, that
// nothing more is written, and what to do, instead of a crash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/view.h"

namespace ipprimer::ui {

class App;

// What to do when the window's start refused `database` for `problem` (a
// full disk, a newer version's file, a read-only file or folder, a file that
// is not IP Primer's), one step a line.
std::vector<std::string> startAdvice(std::string_view problem, const std::string& database);

// Not a screen of the table: it stands in for whichever screen failed.
class ProblemView : public View {
public:
    void drawContent(App& app) override;

private:
    void drawRefused(App& app);
    // The copies made before the last upgrades (progress.db.v2.bak, ...), listed once per database.
    const std::vector<std::string>& backupsFor(const std::string& database);

    bool backups_listed_ = false;
    std::string backups_database_;
    std::vector<std::string> backups_;
};

}  // namespace ipprimer::ui
