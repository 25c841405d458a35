// The one way files leave the program: whole or not at all, never through a
// symbolic link someone planted, and private when they hold personal data.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "export/atomic_file.h"
#include "export/export_file.h"
#include "temp_folder.h"

using namespace ipprimer::exports;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

void writePlainFile(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

unsigned modeOf(const fs::path& path) {
    struct stat info {};
    EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
    return info.st_mode & 07777;
}

// The message of the WriteError `action` throws, or "(no error)".
template <class Action>
std::string refusal(Action action) {
    try {
        action();
    } catch (const WriteError& error) {
        return error.what();
    }
    return "(no error)";
}

// Sets the umask for the life of the object.
class Umask {
public:
    explicit Umask(mode_t mask) : old_(::umask(mask)) {}
    ~Umask() { ::umask(old_); }

private:
    mode_t old_;
};

class AtomicFile : public ::testing::Test {
protected:
    const ipprimer::testing::TempFolder temp_{"ipprimer-atomic"};
    const fs::path dir_ = temp_.path();
    const fs::path out_ = dir_ / "report.csv";
    const fs::path part_ = dir_ / "report.csv.part";
};

TEST_F(AtomicFile, WritesTheWholeFileReadableOnlyByItsOwner) {
    const Umask permissive(0);  // 0600 must not depend on the user's umask
    writeFileAtomically(out_, "name,role\r\nAda,rnd\r\n", Readers::Owner);
    EXPECT_EQ(readFile(out_), "name,role\r\nAda,rnd\r\n");
    EXPECT_EQ(modeOf(out_), 0600u);
    EXPECT_FALSE(fs::exists(part_)) << "the temporary file is renamed into place";
}

TEST_F(AtomicFile, ReplacesAnOlderFileAndItsLooserMode) {
    writePlainFile(out_, "old text that is longer than the new one");
    fs::permissions(out_, fs::perms(0644));
    saveExport(out_, "new");
    EXPECT_EQ(readFile(out_), "new");
    EXPECT_EQ(modeOf(out_), 0600u) << "a report that held personal data is not left readable by all";
}

TEST_F(AtomicFile, CourseMaterialFollowsTheUmask) {
    const Umask usual(022);
    writeFileAtomically(dir_ / "banks.gift", "::q:: 2+2? {=4 ~5}\n", Readers::Everyone);
    EXPECT_EQ(modeOf(dir_ / "banks.gift"), 0644u);
}

TEST_F(AtomicFile, AScreenshotLeftForTheSystemToFlushIsStillWholeAndNeverThroughALink) {
    writePlainFile(out_, "an older picture");
    writeFileAtomically(out_, "picture", Readers::Everyone, Flush::Later);
    EXPECT_EQ(readFile(out_), "picture");
    EXPECT_FALSE(fs::exists(part_));
    const fs::path victim = dir_ / "victim.txt";
    writePlainFile(victim, "precious");
    const fs::path link = dir_ / "shot.png";
    fs::create_symlink(victim, link);
    EXPECT_NE(refusal([&] { writeFileAtomically(link, "x", Readers::Everyone, Flush::Later); }).find("symbolic link"),
              std::string::npos);
    EXPECT_EQ(readFile(victim), "precious");
}

TEST_F(AtomicFile, RefusesASymbolicLinkAtTheTarget) {
    const fs::path victim = dir_ / "victim.txt";
    writePlainFile(victim, "precious");
    fs::create_symlink(victim, out_);
    const std::string message = refusal([&] { saveExport(out_, "overwritten"); });
    EXPECT_NE(message.find(out_.string()), std::string::npos) << message;
    EXPECT_NE(message.find("symbolic link"), std::string::npos) << message;
    EXPECT_EQ(readFile(victim), "precious") << "the link's target is untouched";
    EXPECT_TRUE(fs::is_symlink(out_)) << "and the link is left as it was";
    EXPECT_FALSE(fs::exists(fs::symlink_status(part_))) << "no temporary file is left behind";
}

TEST_F(AtomicFile, RefusesASymbolicLinkAtTheTemporaryName) {
    const fs::path victim = dir_ / "victim.txt";
    writePlainFile(victim, "precious");
    fs::create_symlink(victim, part_);
    const std::string message = refusal([&] { saveExport(out_, "overwritten"); });
    EXPECT_NE(message.find(out_.string()), std::string::npos) << message;
    EXPECT_NE(message.find(part_.string()), std::string::npos) << "the message names the link in the way: " << message;
    EXPECT_EQ(readFile(victim), "precious") << "the link's target is untouched";
    EXPECT_FALSE(fs::exists(fs::symlink_status(out_))) << "nothing was written";
    EXPECT_TRUE(fs::is_symlink(part_));
}

TEST_F(AtomicFile, ATemporaryFileInTheWayIsLeftAloneAndNamed) {
    // Another export to the same file may still be writing it: taking it away
    // would let that export rename whatever came next into place.
    writePlainFile(out_, "the report of last week");
    writePlainFile(part_, "another export, half written");
    const std::string message = refusal([&] { writeFileAtomically(out_, "whole", Readers::Owner); });
    EXPECT_NE(message.find(part_.string() + " is in the way"), std::string::npos) << message;
    EXPECT_NE(message.find("remove it"), std::string::npos) << "says what to do after a crash: " << message;
    EXPECT_EQ(readFile(part_), "another export, half written");
    EXPECT_EQ(readFile(out_), "the report of last week");
}

TEST_F(AtomicFile, AFailureHalfWayLeavesTheOldFileAndNoTemporaryFile) {
    writePlainFile(out_, "the report of last week");
    // A file size limit makes the disk "full" after a few bytes, in this process only.
    struct rlimit old_limit {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old_limit), 0);
    const auto old_signal = ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old_limit;
    small.rlim_cur = 64;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const std::string message = refusal([&] { saveExport(out_, std::string(100000, 'x')); });
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    ::signal(SIGXFSZ, old_signal);

    EXPECT_NE(message.find("could not export to " + out_.string()), std::string::npos) << message;
    EXPECT_EQ(readFile(out_), "the report of last week") << "the old file is as it was";
    EXPECT_FALSE(fs::exists(fs::symlink_status(part_))) << "the temporary file is removed";
}

TEST_F(AtomicFile, SaysWhichPathAndWhyWhenItCannotWrite) {
    const fs::path nowhere = dir_ / "nowhere" / "x.csv";
    std::string message = refusal([&] { saveExport(nowhere, "x"); });
    EXPECT_NE(message.find(nowhere.string()), std::string::npos) << message;
    EXPECT_NE(message.find("the folder " + (dir_ / "nowhere").string() + " does not exist"), std::string::npos) << message;

    message = refusal([&] { saveExport(dir_, "x"); });
    EXPECT_NE(message.find("is a folder"), std::string::npos) << message;
    EXPECT_TRUE(fs::is_directory(dir_));

    message = refusal([&] { writeFileAtomically("", "x", Readers::Owner); });
    EXPECT_NE(message.find("no file name"), std::string::npos) << message;
}

}  // namespace
