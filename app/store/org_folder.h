// A shared folder as the organisation's meeting place, for companies without
// a server (a network drive, a synced cloud folder). Each installation writes
// only files of its own there, `ipprimer/<installation>/<number>.jsonl`, each
// made whole beside its place and renamed into it, and never changed after;
// it reads everyone else's. No file is ever written by two PCs, and no SQLite
// file is opened over the network (which network file systems corrupt).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "store/org_link.h"

namespace ipprimer::store::org {

// Whether a link target names a folder (an absolute path or a file:// URL)
// rather than a server; and the folder it names.
bool isFolderTarget(std::string_view target);
std::filesystem::path folderOf(std::string_view target);

// One file of one installation: the learners its records name (so a reader
// can tell who they are) and the records.
struct Segment {
    std::string installation;
    std::int64_t number = 0;
    std::vector<ServerLearner> learners;
    std::vector<ServerEvent> events;
};

class FolderLink {
public:
    // Throws pg::ServerError with a "cannot be reached" state (08001) when
    // the folder is missing (a network drive not mounted): the records wait.
    explicit FolderLink(std::filesystem::path folder);

    // Writes a segment whole, or not at all. Throws StoreError.
    void write(const Segment& segment) const;
    // The installations that wrote here, other than `except`.
    std::vector<std::string> installations(std::string_view except) const;
    // The highest number among the segments of `installation`; 0 when none.
    std::int64_t lastSegment(const std::string& installation) const;
    // The segments of `installation` numbered after `after`, in order. A
    // segment that cannot be read is refused with its file and line.
    std::vector<Segment> read(const std::string& installation, std::int64_t after) const;

    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path root_;  // <folder>/ipprimer
    std::filesystem::path folder_;
};

}  // namespace ipprimer::store::org
