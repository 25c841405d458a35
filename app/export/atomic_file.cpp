// The atomic write through POSIX calls: std::ofstream can neither refuse a
// link, nor create a file only if it is new, nor flush it to the disk.
#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ipprimer::exports {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& target, const std::string& reason) {
    throw WriteError("cannot write " + target.string() + ": " + reason, target, reason);
}

fs::path folderOf(const fs::path& target) {
    fs::path folder = target.parent_path();
    return folder.empty() ? fs::path(".") : folder;
}

// Why a call failed, in words a user can act on.
std::string reasonOf(int error, const fs::path& target) {
    const std::string folder = folderOf(target).string();
    switch (error) {
    case ENOENT: return "the folder " + folder + " does not exist";
    case ENOTDIR: return "a part of " + folder + " is not a folder";
    case EACCES:
    case EPERM: return "the folder " + folder + " is not writable";
    case ENOSPC:
    case EDQUOT: return "the disk is full";
    case EROFS: return "the disk is read-only";
    case EFBIG: return "the file is larger than the disk or the system allows";
    case ENAMETOOLONG: return "the name is too long";
    default: return std::strerror(error);
    }
}

// Refuses what must not be replaced; a missing file is fine.
void checkTarget(const fs::path& target) {
    struct stat info {};
    if (::lstat(target.c_str(), &info) != 0) {
        if (errno == ENOENT) return;  // a new file (or a missing folder, which opening reports)
        fail(target, reasonOf(errno, target));
    }
    if (S_ISLNK(info.st_mode))
        fail(target, "it is a symbolic link, and IP Primer does not write through links; choose another name or "
                     "remove the link");
    if (S_ISDIR(info.st_mode)) fail(target, "that is a folder; give the name of a file inside it");
    if (!S_ISREG(info.st_mode)) fail(target, "it is not a plain file");
}

// Creates the temporary file, new, never through a link. A file already
// there is never removed: it may be another export to the same file, still
// being written, and taking it away would let that one rename a half file.
int createTemporary(const fs::path& target, const fs::path& temporary, mode_t mode) {
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd >= 0) return fd;
    if (errno != EEXIST) fail(target, reasonOf(errno, target));
    struct stat info {};
    if (::lstat(temporary.c_str(), &info) == 0 && S_ISLNK(info.st_mode))
        fail(target, "a symbolic link is in the way at " + temporary.string() +
                         ", and IP Primer does not write through links; remove it and try again");
    fail(target, temporary.string() + " is in the way: another export to this file is running, or one was cut "
                                      "short; when none is running, remove it and try again");
}

// The open temporary file; removed again unless it was renamed into place.
class Temporary {
public:
    Temporary(fs::path path, int fd) : path_(std::move(path)), fd_(fd) {}
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;
    ~Temporary() {
        if (fd_ >= 0) ::close(fd_);
        if (!kept_) ::unlink(path_.c_str());
    }
    int fd() const { return fd_; }
    // Closes the file; errno tells why when it returns false.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void keep() { kept_ = true; }

private:
    fs::path path_;
    int fd_;
    bool kept_ = false;
};

void writeAll(int fd, std::string_view bytes, const fs::path& target) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), std::min<std::size_t>(bytes.size(), std::size_t{1} << 20));
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(target, reasonOf(errno, target));
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

// The rename is kept across a power cut only once the folder is on the disk
// too. Some file systems cannot sync a folder; the file itself is already safe.
void syncFolder(const fs::path& target) {
    const int fd = ::open(folderOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

fs::path temporaryPathFor(const fs::path& target) {
    fs::path temporary = target;
    temporary += ".part";
    return temporary;
}

void writeFileAtomically(const fs::path& target, std::string_view bytes, Readers readers, Flush flush) {
    if (target.empty() || !target.has_filename())
        throw WriteError("cannot write '" + target.string() + "': no file name was given", target,
                         "no file name was given");
    checkTarget(target);
    const fs::path temporary_path = temporaryPathFor(target);
    const mode_t mode = readers == Readers::Owner ? 0600 : 0666;
    Temporary temporary(temporary_path, createTemporary(target, temporary_path, mode));
    // The umask may only take bits away; personal data gets exactly 0600.
    if (readers == Readers::Owner && ::fchmod(temporary.fd(), 0600) != 0) fail(target, reasonOf(errno, target));
    writeAll(temporary.fd(), bytes, target);
    if (flush == Flush::ToDisk && ::fsync(temporary.fd()) != 0) fail(target, reasonOf(errno, target));
    if (!temporary.close()) fail(target, reasonOf(errno, target));
    if (::rename(temporary_path.c_str(), target.c_str()) != 0) fail(target, reasonOf(errno, target));
    temporary.keep();
    if (flush == Flush::ToDisk) syncFolder(target);
}

}  // namespace ipprimer::exports
