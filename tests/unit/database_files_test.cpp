// Issue 13, item 20: odd files given as the database. Devices, pipes and
// folders are refused before SQLite touches them; a refused file gets no
// -wal or -shm beside it; a read-only folder is named as one; reading never
// writes; an upgrade cut short and tried again makes one backup, not two.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "in_child.h"
#include "store/schema.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;
using ipprimer::testing::becomeNobody;
using ipprimer::testing::inChild;

namespace {

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.what();
    }
    return "(no error)";
}

std::int64_t userVersion(Database& db) {
    Statement statement(db, "PRAGMA user_version");
    statement.step();
    return statement.columnInt64(0);
}

// What a folder holds, by name.
std::vector<std::string> namesIn(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class DatabaseFiles : public ::testing::Test {
protected:
    const ipprimer::testing::TempFolder temp_{"ipprimer-db-files"};
    const std::filesystem::path dir_ = temp_.path();
    const std::filesystem::path path_ = dir_ / "progress.db";
};

}  // namespace

TEST_F(DatabaseFiles, ADeviceIsRefusedAndNoJournalIsLeftBesideIt) {
    const bool journal_before = std::filesystem::exists("/dev/null-journal");
    const std::string message = messageOf([] { openDatabase("/dev/null"); });
    EXPECT_EQ(message, "/dev/null is a device, not a file: IP Primer keeps its records in a regular file. Choose a "
                       "file name; nothing was written.");
    if (!journal_before) {
        EXPECT_FALSE(std::filesystem::exists("/dev/null-journal"));
    }
    EXPECT_NE(messageOf([] { openDatabaseToRead("/dev/null", false); }).find("is a device"), std::string::npos);
}

TEST_F(DatabaseFiles, APipeAndAFolderAreRefusedUntouched) {
    const auto pipe = dir_ / "pipe.db";
    ASSERT_EQ(mkfifo(pipe.c_str(), 0600), 0);
    EXPECT_NE(messageOf([&] { openDatabase(pipe); }).find(" is a pipe, not a file"), std::string::npos);
    const auto folder = dir_ / "folder.db";
    std::filesystem::create_directory(folder);
    EXPECT_NE(messageOf([&] { openDatabase(folder); }).find(" is a folder, not a file"), std::string::npos);
    EXPECT_EQ(namesIn(dir_), (std::vector<std::string>{"folder.db", "pipe.db"})) << "no journal beside either";
}

TEST_F(DatabaseFiles, ARefusedFileGetsNoWalOrShmBesideIt) {
    {
        std::vector<Migration> newer(migrations().begin(), migrations().end());
        newer.push_back({currentSchemaVersion() + 1, "CREATE TABLE later (x INTEGER)"});
        openDatabase(path_, newer);  // a newer IP Primer wrote it, in WAL mode, and closed it
    }
    ASSERT_EQ(namesIn(dir_), std::vector<std::string>{"progress.db"});
    const std::string before = readBytes(path_);
    EXPECT_NE(messageOf([&] { openDatabase(path_); }).find("newer version"), std::string::npos);
    EXPECT_NE(messageOf([&] { SqliteStore(path_, Opening::ReadOnly); }).find("newer version"), std::string::npos);
    EXPECT_EQ(namesIn(dir_), std::vector<std::string>{"progress.db"});
    EXPECT_EQ(readBytes(path_), before);
}

TEST_F(DatabaseFiles, AReadOnlyFolderIsNamedAsAFolder) {
    std::filesystem::create_directory(dir_ / "shared");
    const auto file = dir_ / "shared" / "progress.db";
    openDatabase(file);
    ASSERT_EQ(chmod(file.c_str(), 0666), 0);  // the file may be written, the folder may not
    ASSERT_EQ(chmod((dir_ / "shared").c_str(), 0555), 0);
    ASSERT_EQ(chmod(dir_.c_str(), 0755), 0);
    const auto message = inChild(becomeNobody, [&] { return messageOf([&] { openDatabase(file); }); });
    ASSERT_TRUE(message);
    EXPECT_EQ(*message, "the folder " + (dir_ / "shared").string() +
                            " is read-only for this user, and IP Primer writes its journal (progress.db-wal) beside " +
                            file.string() +
                            "; it was left untouched. Make the folder writable or choose a file in another folder.");
    ASSERT_EQ(chmod((dir_ / "shared").c_str(), 0755), 0);
}

TEST_F(DatabaseFiles, ReadingAReadOnlyFileWritesNothingAndLeavesNothingBeside) {
    {
        SqliteStore store(path_);
        store.roster().add({"Ada Reader", "E1", "", "all-staff", ""});
    }
    ASSERT_EQ(chmod(path_.c_str(), 0444), 0);
    ASSERT_EQ(chmod(dir_.c_str(), 0755), 0);
    const std::string before = readBytes(path_);
    const auto names = inChild(becomeNobody, [&] {
        SqliteStore store(path_, Opening::ReadOnly);
        std::string found;
        for (const Learner& learner : store.roster().list()) found += learner.name;
        const std::string refused = messageOf([&] { store.roster().add({"Bob", "E2", "", "all-staff", ""}); });
        return found + "|" + (refused == "(no error)" ? "written" : "refused");
    });
    ASSERT_TRUE(names);
    EXPECT_EQ(*names, "Ada Reader|refused");
    EXPECT_EQ(readBytes(path_), before);
    EXPECT_EQ(namesIn(dir_), std::vector<std::string>{"progress.db"}) << "no -wal or -shm left beside it";
}

TEST_F(DatabaseFiles, AnOlderFileIsReadThroughACopyAndNeitherUpgradedNorBackedUp) {
    {
        std::vector<Migration> older(migrations().begin(), migrations().begin() + 4);
        Database db = openDatabase(path_, older);
        db.exec("INSERT INTO learners (name, role, created_at) VALUES ('Old Timer', 'all-staff', 1)");
    }
    const std::string before = readBytes(path_);
    SqliteStore store(path_, Opening::ReadOnly);
    ASSERT_EQ(store.roster().list().size(), 1u);
    EXPECT_EQ(store.roster().list().front().name, "Old Timer");
    EXPECT_EQ(store.path(), path_) << "messages name the file, not the copy";
    EXPECT_EQ(readBytes(path_), before);
    EXPECT_EQ(namesIn(dir_), std::vector<std::string>{"progress.db"});
    Database again(path_, OpenMode::ReadOnly);
    EXPECT_EQ(userVersion(again), 4);
}

TEST_F(DatabaseFiles, APrivateCopyTakesWritesThatNeverReachTheFile) {
    { SqliteStore store(path_); }
    const std::string before = readBytes(path_);
    const auto modified = std::filesystem::last_write_time(path_);
    {
        SqliteStore copy(path_, Opening::PrivateCopy);
        copy.roster().add({"Alex Martin", "", "", "all-staff", ""});
        EXPECT_EQ(copy.roster().list().size(), 1u);
    }
    EXPECT_EQ(readBytes(path_), before);
    EXPECT_EQ(std::filesystem::last_write_time(path_), modified);
    EXPECT_TRUE(SqliteStore(path_, Opening::ReadOnly).roster().list().empty());
    SqliteStore missing(dir_ / "missing.db", Opening::PrivateCopy);
    EXPECT_FALSE(std::filesystem::exists(dir_ / "missing.db")) << "a missing file is not created";
}

TEST_F(DatabaseFiles, AnUpgradeCutShortAndTriedAgainMakesOneBackup) {
    std::vector<Migration> older(migrations().begin(), migrations().begin() + 2);
    openDatabase(path_, older);
    // The next step fails (as a kill half way through it would leave it): the
    // file stays at version 2, with its backup made.
    std::vector<Migration> broken(migrations().begin(), migrations().begin() + 2);
    broken.push_back({3, "CREATE TABLE half (x INTEGER); CREATE TABLE broken ("});
    for (int attempt = 0; attempt < 3; ++attempt)
        EXPECT_NE(messageOf([&] { openDatabase(path_, broken); }).find("could not upgrade"), std::string::npos);
    std::vector<std::string> backups;
    for (const std::string& name : namesIn(dir_))
        if (name.find(".bak") != std::string::npos) backups.push_back(name);
    EXPECT_EQ(backups, std::vector<std::string>{"progress.db.v2.bak"}) << "one backup per version, not one per try";

    openDatabase(path_);  // the fixed program upgrades it
    backups.clear();
    for (const std::string& name : namesIn(dir_))
        if (name.find(".bak") != std::string::npos) backups.push_back(name);
    EXPECT_EQ(backups, std::vector<std::string>{"progress.db.v2.bak"});
}

// Decided: an empty (0-byte) file is a new database, as SQLite takes it;
// `touch progress.db` or mktemp is how one reserves a name for it.
TEST_F(DatabaseFiles, AnEmptyFileIsTakenAsANewDatabase) {
    std::ofstream(path_).close();
    SqliteStore store(path_);
    EXPECT_TRUE(store.roster().list().empty());
    EXPECT_GT(std::filesystem::file_size(path_), 0u);
}
