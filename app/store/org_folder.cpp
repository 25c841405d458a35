// Segments as JSON lines: a header, then one learner or one event a line.
// Written to a temporary name, flushed to the disk and renamed, so a reader
// sees a segment whole or not at all.
#include "store/org_folder.h"

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

#include "store/postgres.h"

namespace ipprimer::store::org {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int kFormatVersion = 1;

std::string segmentName(std::int64_t number) {
    std::string digits = std::to_string(number);
    return std::string(digits.size() < 10 ? 10 - digits.size() : 0, '0') + digits + ".jsonl";
}

json learnerJson(const ServerLearner& learner) {
    return {{"uuid", learner.uuid},       {"name", learner.name},
            {"employee_id", learner.employee_id}, {"email", learner.email},
            {"role", learner.role},       {"department", learner.department},
            {"start_date", learner.start_date},   {"archived", learner.archived},
            {"created_at", learner.created_at}};
}

json eventJson(const ServerEvent& event) {
    json line = {{"uuid", event.uuid},     {"installation", event.installation}, {"learner", event.learner},
                 {"verb", event.verb},     {"object", event.object},             {"at", event.at}};
    if (!event.attempt.empty()) line["attempt"] = event.attempt;
    if (event.score) line["score"] = *event.score;
    if (!event.response.empty()) line["response"] = event.response;
    if (event.duration_ms) line["duration_ms"] = *event.duration_ms;
    if (!event.context.empty()) line["context"] = event.context;
    return line;
}

std::string textField(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::int64_t integerField(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_number_integer() ? found->get<std::int64_t>() : 0;
}

// The number in a whole segment's name; none for any other file (a
// `.part-...` left by a writer that stopped is not a segment).
std::optional<std::int64_t> segmentNumber(const fs::path& path) {
    const std::string stem = path.stem().string();
    if (path.extension() != ".jsonl" || stem.empty() || stem.size() > 18 ||
        !std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoll(stem);
}

[[noreturn]] void refuse(const fs::path& file, int line, const std::string& what) {
    throw StoreError(file.string() + ":" + std::to_string(line) + ": " + what +
                     "; the records of that file were not taken (the next sync tries again)");
}

void writeWhole(const fs::path& target, const std::string& bytes) {
    const fs::path part = target.string() + ".part-" + std::to_string(::getpid());
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) throw StoreError("cannot write " + part.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(part.c_str());
            throw StoreError("cannot write " + part.string() + ": " + reason);
        }
        written += static_cast<std::size_t>(n);
    }
    const bool flushed = ::fsync(fd) == 0;
    ::close(fd);
    std::error_code error;
    if (flushed) fs::rename(part, target, error);
    if (!flushed || error) {
        ::unlink(part.c_str());
        throw StoreError("cannot write " + target.string() + ": " + (error ? error.message() : "the disk refused"));
    }
    // The rename itself on the disk, where the file system allows.
    if (const int folder = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

}  // namespace

bool isFolderTarget(std::string_view target) {
    return target.rfind("file://", 0) == 0 || (!target.empty() && target.front() == '/');
}

fs::path folderOf(std::string_view target) {
    if (target.rfind("file://", 0) == 0) target.remove_prefix(7);
    return fs::path(std::string(target));
}

FolderLink::FolderLink(fs::path folder) : root_(folder / "ipprimer"), folder_(std::move(folder)) {
    std::error_code error;
    if (!fs::is_directory(folder_, error))
        throw pg::ServerError("the shared folder " + folder_.string() +
                                  " cannot be reached (a network drive not connected?). Nothing is lost: the "
                                  "records stay on this computer and go at the next sync.",
                              "08001");
    fs::create_directories(root_, error);
    if (error) throw StoreError("cannot write in the shared folder " + folder_.string() + ": " + error.message());
}

void FolderLink::write(const Segment& segment) const {
    const fs::path own = root_ / segment.installation;
    std::error_code error;
    fs::create_directories(own, error);
    if (error) throw StoreError("cannot write in " + own.string() + ": " + error.message());
    std::string bytes = json{{"ipprimer", "segment"},
                             {"version", kFormatVersion},
                             {"installation", segment.installation},
                             {"number", segment.number}}
                            .dump() +
                        "\n";
    for (const ServerLearner& learner : segment.learners) bytes += json{{"learner", learnerJson(learner)}}.dump() + "\n";
    for (const ServerEvent& event : segment.events) bytes += json{{"event", eventJson(event)}}.dump() + "\n";
    writeWhole(own / segmentName(segment.number), bytes);
}

std::vector<std::string> FolderLink::installations(std::string_view except) const {
    std::vector<std::string> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(root_, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory() && name.size() == 36 && name != except) found.push_back(name);
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::int64_t FolderLink::lastSegment(const std::string& installation) const {
    std::int64_t last = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(root_ / installation, error))
        if (const auto segment_number = segmentNumber(entry.path())) last = std::max(last, *segment_number);
    return last;
}

std::vector<Segment> FolderLink::read(const std::string& installation, std::int64_t after) const {
    std::vector<std::pair<std::int64_t, fs::path>> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(root_ / installation, error))
        if (const auto segment_number = segmentNumber(entry.path()); segment_number && *segment_number > after)
            files.emplace_back(*segment_number, entry.path());
    std::sort(files.begin(), files.end());
    std::vector<Segment> segments;
    for (const auto& [segment_number, path] : files) {
        std::ifstream in(path, std::ios::binary);
        Segment segment;
        segment.installation = installation;
        segment.number = segment_number;
        std::string line;
        int line_number = 0;
        while (std::getline(in, line)) {
            ++line_number;
            const json object = json::parse(line, nullptr, false);
            if (!object.is_object()) refuse(path, line_number, "not a line of JSON");
            if (line_number == 1) {
                if (textField(object, "ipprimer") != "segment") refuse(path, 1, "not a segment of IP Primer's records");
                if (integerField(object, "version") > kFormatVersion)
                    refuse(path, 1, "written by a newer IP Primer (format " + std::to_string(integerField(object, "version")) +
                                        "); update IP Primer");
            } else if (const auto learner = object.find("learner"); learner != object.end() && learner->is_object()) {
                ServerLearner entry;
                entry.uuid = textField(*learner, "uuid");
                entry.name = textField(*learner, "name");
                entry.employee_id = textField(*learner, "employee_id");
                entry.email = textField(*learner, "email");
                entry.role = textField(*learner, "role");
                entry.department = textField(*learner, "department");
                entry.start_date = textField(*learner, "start_date");
                entry.archived = learner->value("archived", false);
                entry.created_at = integerField(*learner, "created_at");
                if (entry.uuid.empty() || entry.name.empty() || entry.role.empty())
                    refuse(path, line_number, "a learner without an id, a name or a role");
                segment.learners.push_back(std::move(entry));
            } else if (const auto event = object.find("event"); event != object.end() && event->is_object()) {
                ServerEvent entry;
                entry.uuid = textField(*event, "uuid");
                entry.installation = textField(*event, "installation");
                entry.learner = textField(*event, "learner");
                entry.verb = textField(*event, "verb");
                entry.object = textField(*event, "object");
                entry.attempt = textField(*event, "attempt");
                if (const auto score = event->find("score"); score != event->end() && score->is_number())
                    entry.score = score->get<double>();
                entry.response = textField(*event, "response");
                if (const auto duration = event->find("duration_ms"); duration != event->end() && duration->is_number_integer())
                    entry.duration_ms = duration->get<std::int64_t>();
                entry.context = textField(*event, "context");
                entry.at = integerField(*event, "at");
                if (entry.uuid.empty() || entry.learner.empty() || entry.verb.empty() || entry.object.empty())
                    refuse(path, line_number, "a record without an id, a learner, a verb or an object");
                segment.events.push_back(std::move(entry));
            } else {
                refuse(path, line_number, "neither a learner nor a record");
            }
        }
        if (line_number == 0) refuse(path, 1, "an empty file");
        segments.push_back(std::move(segment));
    }
    return segments;
}

}  // namespace ipprimer::store::org
