// Writing a whole file so that it is either all there or not changed at all,
// never through a symbolic link, and readable only by its owner when it
// holds personal data.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ipprimer::exports {

// Who may read the file written.
enum class Readers {
    Owner,     // mode 0600: the file holds personal data (reports, attendance, certificates)
    Everyone,  // mode 0666 less the umask (usually 0644): course material such as a GIFT bank
};

// A file that could not be written. what() names the path and says why;
// reason() is the why alone, for callers that word the message themselves.
class WriteError : public std::runtime_error {
public:
    WriteError(const std::string& message, std::filesystem::path path, std::string reason)
        : std::runtime_error(message), path_(std::move(path)), reason_(std::move(reason)) {}
    const std::filesystem::path& path() const { return path_; }
    const std::string& reason() const { return reason_; }

private:
    std::filesystem::path path_;
    std::string reason_;
};

// Writes `bytes` to `target`: into `target` + ".part" beside it (created new
// with O_CREAT|O_EXCL|O_NOFOLLOW, so never through a link planted there),
// flushed to the disk, then renamed over `target`. A reader of `target`
// sees the old file or the whole new one, never half of either. Refuses a
// symbolic link at `target` or at the temporary name, a folder, or anything
// but a plain file at `target`, and a temporary file already there (another
// write in progress, or one cut short by a crash: the message says to remove
// it). On any failure the temporary file is removed and `target` is as it was.
// Throws WriteError ("cannot write PATH: REASON").
//
// Flush::Later skips the two fsyncs: the file is still whole or absent after
// the program stops, but a power cut may take it. For files made again at
// will (a screenshot), where the fsyncs cost more than the rest of writing.
enum class Flush { ToDisk, Later };
void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes, Readers readers,
                         Flush flush = Flush::ToDisk);

// The temporary name writeFileAtomically uses for `target`.
std::filesystem::path temporaryPathFor(const std::filesystem::path& target);

}  // namespace ipprimer::exports
