// The parts of app/ depend one way (docs/design-notes.md, "The parts and
// their order"): this test reads every #include under app/ and fails on an
// edge that points up the order, and on a library header in a part that must
// not know it (ImGui above ui, GLFW and OpenGL outside platform, SQLite and
// libpq outside the store's own .cpp files, the SQLite store's headers
// outside the store).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Lowest first: a part may include itself and the parts before it.
constexpr std::array<std::string_view, 11> kOrder = {
    "base", "markdown", "quiz", "course", "progress", "store", "export", "demo", "ui", "platform", "cli"};

int rankOf(std::string_view part) {
    const auto found = std::find(kOrder.begin(), kOrder.end(), part);
    return found == kOrder.end() ? -1 : static_cast<int>(found - kOrder.begin());
}

struct Include {
    fs::path file;  // relative to app/
    int line = 0;
    std::string target;  // as written between the quotes or brackets
    bool quoted = true;
};

fs::path appFolder() { return fs::path(IPPRIMER_SOURCE_DIR) / "app"; }

std::vector<Include> readIncludes() {
    static const std::regex include_line(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
    std::vector<Include> includes;
    for (const auto& entry : fs::recursive_directory_iterator(appFolder())) {
        const auto extension = entry.path().extension();
        if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp")) continue;
        std::ifstream in(entry.path());
        std::string text;
        int line = 0;
        while (std::getline(in, text)) {
            ++line;
            std::smatch match;
            if (std::regex_search(text, match, include_line))
                includes.push_back({fs::relative(entry.path(), appFolder()), line, match[2], match[1] == "\""});
        }
    }
    return includes;
}

// "store/attempts.cpp" -> "store"; "main.cpp" -> "main".
std::string partOf(const fs::path& file) {
    const auto first = file.begin();
    return std::next(first) == file.end() ? "main" : first->string();
}

std::string where(const Include& include) {
    return "app/" + include.file.string() + ":" + std::to_string(include.line) + ": #include " + include.target;
}

TEST(Layering, EveryPartIsInTheOrder) {
    std::set<std::string> parts;
    for (const auto& entry : fs::directory_iterator(appFolder()))
        if (entry.is_directory()) parts.insert(entry.path().filename().string());
    ASSERT_FALSE(parts.empty()) << appFolder();
    for (const std::string& part : parts)
        EXPECT_GE(rankOf(part), 0) << "app/" << part << "/ is not in the order of parts; add it to kOrder and "
                                   << "docs/design-notes.md";
}

TEST(Layering, IncludesPointDownTheOrderOnly) {
    const std::vector<Include> includes = readIncludes();
    ASSERT_GT(includes.size(), 100u) << "too few includes read under " << appFolder();
    std::vector<std::string> wrong;
    for (const Include& include : includes) {
        if (!include.quoted) continue;
        const auto slash = include.target.find('/');
        if (slash == std::string::npos) continue;
        const std::string to = include.target.substr(0, slash);
        const std::string from = partOf(include.file);
        if (rankOf(to) < 0) continue;  // not one of ours
        if (from == "main") continue;  // main wires every part
        if (rankOf(to) > rankOf(from)) wrong.push_back(where(include) + "  (" + from + " may not use " + to + ")");
    }
    EXPECT_TRUE(wrong.empty()) << [&] {
        std::string all;
        for (const auto& w : wrong) all += w + "\n";
        return all;
    }();
}

TEST(Layering, LibrariesStayInTheirParts) {
    const int ui = rankOf("ui");
    std::vector<std::string> wrong;
    for (const Include& include : readIncludes()) {
        const std::string from = partOf(include.file);
        const std::string& target = include.target;
        const bool imgui = target.rfind("imgui", 0) == 0;
        const bool window_system = target.rfind("GLFW/", 0) == 0 || target.rfind("GL/", 0) == 0;
        const bool database = target == "sqlite3.h" || target == "libpq-fe.h" || target.rfind("pqxx/", 0) == 0;
        const int rank = from == "main" ? 99 : rankOf(from);
        if (imgui && rank < ui) wrong.push_back(where(include) + "  (ImGui belongs to ui and above)");
        if (window_system && from != "platform") wrong.push_back(where(include) + "  (only platform knows GLFW/GL)");
        if (database && !(from == "store" && include.file.extension() == ".cpp"))
            wrong.push_back(where(include) + "  (database headers stay in the store's .cpp files)");
    }
    EXPECT_TRUE(wrong.empty()) << [&] {
        std::string all;
        for (const auto& w : wrong) all += w + "\n";
        return all;
    }();
}

// Screens, commands and demo data see the store only through its interfaces
// (store.h and the headers it includes): the SQLite store's own headers are
// for the store's files alone, so a second store can be added beside it.
bool sqliteStoreInternal(const std::string& target) {
    static const std::set<std::string> internal = {"store/sqlite.h", "store/sqlite_parts.h", "store/schema.h",
                                                   "store/learner_row.h"};
    return internal.count(target) > 0;
}

TEST(Layering, TheSqliteStoreIsSeenOnlyThroughItsInterfaces) {
    std::vector<std::string> wrong;
    for (const Include& include : readIncludes())
        if (include.quoted && sqliteStoreInternal(include.target) && partOf(include.file) != "store")
            wrong.push_back(where(include) + "  (use store/store.h; SqliteStore is in store/sqlite_store.h)");
    EXPECT_TRUE(wrong.empty()) << [&] {
        std::string all;
        for (const auto& w : wrong) all += w + "\n";
        return all;
    }();
    EXPECT_TRUE(sqliteStoreInternal("store/sqlite.h"));
    EXPECT_FALSE(sqliteStoreInternal("store/store.h"));
}

// The rule must be able to fail: an edge up the order is caught.
TEST(Layering, TheRuleRefusesAnEdgeUpTheOrder) {
    EXPECT_GT(rankOf("ui"), rankOf("store"));
    EXPECT_GT(rankOf("store"), rankOf("progress"));
    EXPECT_GT(rankOf("course"), rankOf("quiz"));
    EXPECT_EQ(rankOf("nowhere"), -1);
}

}  // namespace
