// Workshop sessions in the store: starting one, the group quiz, attendance
// that credits lessons in one transaction, and the CSV and JSON exports.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <sstream>

#include "store/schema.h"
#include "store/store.h"
#include "store/sqlite_store.h"
#include "base/csv_reader.h"
#include "base/dates.h"
#include "export/atomic_file.h"
#include "export/csv_writer.h"
#include "export/workshop_files.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::store;
using namespace ipprimer::exports;
using nlohmann::json;

namespace {

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.what();
    } catch (const WriteError& error) {
        return error.what();
    }
    return "(no error)";
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        result.push_back(line);
    }
    return result;
}

class WorkshopSessions : public ::testing::Test {
protected:
    void SetUp() override {
        store_.emplace(dir_ / "progress.db");
        // 2024-05-14 09:00:00 UTC, one second per reading.
        store_->setClock([now = std::int64_t{1715677200000}]() mutable { return now += 1000; });
        ada_ = store_->roster().add({"Ada Lovelace", "E001", "", "rnd", "Engineering"});
        bob_ = store_->roster().add({"Bob Stone", "E002", "", "marketing", "Sales"});
        cleo_ = store_->roster().add({"Cleo Park", "", "", "all-staff", "Office"});
    }

    NewWorkshop plan() const {
        return NewWorkshop{"Sam Trainer", {{"trade-secrets", "Trade secrets"}, {"what-is-ip", "What is IP?"}}, {ada_, bob_}};
    }

    // Rows of the events table, as another tool would read them.
    std::vector<std::vector<std::string>> events(std::string_view verb) {
        Database raw(dir_ / "progress.db", OpenMode::ReadOnly);
        Statement select(raw, "SELECT learner_id, object, context FROM events WHERE verb = ?1 ORDER BY id");
        select.bind(1, verb);
        std::vector<std::vector<std::string>> rows;
        while (select.step()) rows.push_back({select.columnText(0), select.columnText(1), select.columnText(2)});
        return rows;
    }

    const ipprimer::testing::TempFolder temp_{"ipprimer-workshop"};
    const std::filesystem::path dir_ = temp_.path();
    std::optional<SqliteStore> store_;
    std::int64_t ada_ = 0, bob_ = 0, cleo_ = 0;
};

GroupAnswer handsUp() {
    GroupAnswer answer;
    answer.question_id = "kinds-of-ip-017";
    answer.title = "Supplier wants the CAD files";
    answer.type = "multiple_choice";
    answer.options = {{"Ask for an NDA first", true, 9}, {"Send them at once", false, 3}, {"Post them online", false, 0}};
    return answer;
}

}  // namespace

TEST_F(WorkshopSessions, AStartedSessionKeepsItsPlan) {
    std::int64_t id = store_->workshops().start(plan());
    auto workshop = store_->workshops().find(id);
    ASSERT_TRUE(workshop);
    EXPECT_EQ(workshop->trainer, "Sam Trainer");
    EXPECT_EQ(workshop->lessons, plan().lessons);
    EXPECT_EQ(workshop->expected, (std::vector<std::int64_t>{ada_, bob_}));
    EXPECT_TRUE(workshop->attendees.empty());
    EXPECT_FALSE(workshop->confirmed_at);
    EXPECT_EQ(workshop->started_at, 1715677200000 + 4000) << "the store's clock, after three learners were added";

    store_->workshops().expect(id, {bob_, cleo_});  // Bob is already expected
    EXPECT_EQ(store_->workshops().find(id)->expected, (std::vector<std::int64_t>{ada_, bob_, cleo_}));
    EXPECT_FALSE(store_->workshops().find(id + 1));
}

TEST_F(WorkshopSessions, ASessionNeedsATrainerLessonsAndKnownLearners) {
    NewWorkshop nobody = plan();
    nobody.trainer = "   ";
    EXPECT_EQ(messageOf([&] { store_->workshops().start(nobody); }), "a workshop session needs the trainer's name");
    NewWorkshop empty = plan();
    empty.lessons.clear();
    EXPECT_EQ(messageOf([&] { store_->workshops().start(empty); }), "a workshop session needs at least one lesson");
    NewWorkshop stranger = plan();
    stranger.expected.push_back(999);
    EXPECT_NE(messageOf([&] { store_->workshops().start(stranger); }).find("there is no learner with id 999"),
              std::string::npos);
    EXPECT_TRUE(store_->workshops().list().empty()) << "a refused session leaves nothing behind";
}

TEST_F(WorkshopSessions, ConfirmingAttendanceCreditsEveryLessonInOneGo) {
    std::int64_t id = store_->workshops().start(plan());
    store_->lessons().recordOpened(ada_, "trade-secrets");
    EXPECT_EQ(store_->lessons().status(ada_, "trade-secrets"), LessonStatus::InProgress);

    EXPECT_EQ(store_->workshops().confirmAttendance(id, {ada_, cleo_}), 2);

    for (std::int64_t learner : {ada_, cleo_}) {
        EXPECT_EQ(store_->lessons().status(learner, "trade-secrets"), LessonStatus::Finished);
        EXPECT_EQ(store_->lessons().status(learner, "what-is-ip"), LessonStatus::Finished);
    }
    EXPECT_EQ(store_->lessons().status(bob_, "trade-secrets"), LessonStatus::NotStarted) << "Bob was expected but absent";

    // The records say where the credit came from, per the record contract.
    auto finished = events("finished");
    ASSERT_EQ(finished.size(), 4u);
    for (const auto& row : finished) EXPECT_EQ(json::parse(row[2]), json({{"workshop", id}}));
    EXPECT_EQ(finished[0][0], std::to_string(ada_));
    EXPECT_EQ(finished[0][1], "trade-secrets");
    auto attended = events("attended");
    ASSERT_EQ(attended.size(), 2u);
    EXPECT_EQ(attended[1][0], std::to_string(cleo_));
    EXPECT_EQ(attended[1][1], std::to_string(id));
    EXPECT_EQ(json::parse(attended[1][2]),
              json({{"lessons", {"trade-secrets", "what-is-ip"}}, {"trainer", "Sam Trainer"}}));

    auto workshop = store_->workshops().find(id);
    EXPECT_EQ(workshop->attendees, (std::vector<std::int64_t>{ada_, cleo_}));
    ASSERT_TRUE(workshop->confirmed_at);
    EXPECT_EQ(store_->workshops().attendedBy(cleo_), std::vector<std::int64_t>{id});
    EXPECT_TRUE(store_->workshops().attendedBy(bob_).empty());
}

TEST_F(WorkshopSessions, ConfirmingAgainCreditsOnlyThoseNotYetCredited) {
    std::int64_t id = store_->workshops().start(plan());
    ASSERT_EQ(store_->workshops().confirmAttendance(id, {ada_}), 1);
    auto first = store_->workshops().find(id)->confirmed_at;
    std::int64_t before = store_->journal().count();
    EXPECT_EQ(store_->workshops().confirmAttendance(id, {ada_, bob_, bob_}), 1) << "Ada was credited already; Bob is listed twice";
    EXPECT_EQ(store_->journal().count(), before + 3) << "Bob's two lessons and his attendance";
    EXPECT_EQ(store_->workshops().find(id)->confirmed_at, first) << "the first confirmation's time is kept";
}

TEST_F(WorkshopSessions, AnUnknownLearnerOrSessionRecordsNothingAtAll) {
    std::int64_t id = store_->workshops().start(plan());
    std::int64_t before = store_->journal().count();
    std::string message = messageOf([&] { store_->workshops().confirmAttendance(id, {ada_, 4242}); });
    EXPECT_NE(message.find("there is no learner with id 4242"), std::string::npos) << message;
    EXPECT_NE(message.find("no attendance was recorded"), std::string::npos) << message;
    EXPECT_EQ(store_->journal().count(), before) << "Ada's credit was rolled back with the rest";
    EXPECT_EQ(store_->lessons().status(ada_, "trade-secrets"), LessonStatus::NotStarted);
    EXPECT_FALSE(store_->workshops().find(id)->confirmed_at);

    EXPECT_NE(messageOf([&] { store_->workshops().confirmAttendance(id + 7, {ada_}); }).find("there is no workshop session"),
              std::string::npos);
    EXPECT_EQ(store_->journal().count(), before);
}

TEST_F(WorkshopSessions, GroupAnswersKeepTheirOrderAndACorrectionReplaces) {
    std::int64_t id = store_->workshops().start(plan());
    store_->workshops().recordGroupAnswer(id, handsUp());
    GroupAnswer typed;
    typed.question_id = "kinds-of-ip-020";
    typed.title = "Name it";
    typed.type = "short_answer";
    typed.room_answer = "trade secret";
    typed.room_right = true;
    store_->workshops().recordGroupAnswer(id, typed);
    GroupAnswer corrected = handsUp();
    corrected.options[1].count = 5;
    store_->workshops().recordGroupAnswer(id, corrected);

    auto quiz = store_->workshops().find(id)->group_quiz;
    ASSERT_EQ(quiz.size(), 2u);
    EXPECT_EQ(quiz[0].question_id, "kinds-of-ip-017") << "a corrected answer keeps its place";
    EXPECT_EQ(quiz[0].options, corrected.options);
    EXPECT_EQ(quiz[0].hands(), 14);
    EXPECT_EQ(quiz[0].rightHands(), 9);
    EXPECT_NEAR(*quiz[0].shareRight(), 9.0 / 14.0, 1e-9);
    EXPECT_EQ(quiz[1].room_answer, "trade secret");
    EXPECT_EQ(quiz[1].room_right, true);
    EXPECT_EQ(quiz[1].shareRight(), 1.0);
    EXPECT_GT(quiz[1].at, 0);

    GroupAnswer nothing;
    nothing.question_id = "x";
    EXPECT_FALSE(nothing.shareRight()) << "nothing entered: no share to show";
    EXPECT_NE(messageOf([&] { store_->workshops().recordGroupAnswer(id + 1, handsUp()); }).find("no workshop session"),
              std::string::npos);
}

TEST_F(WorkshopSessions, TheListIsNewestFirstWithItsCounts) {
    std::int64_t first = store_->workshops().start(plan());
    NewWorkshop later = plan();
    later.trainer = "Kim Coach";
    later.lessons.resize(1);
    later.expected = {cleo_};
    std::int64_t second = store_->workshops().start(later);
    store_->workshops().recordGroupAnswer(first, handsUp());
    store_->workshops().confirmAttendance(first, {ada_, bob_, cleo_});

    auto list = store_->workshops().list();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, second);
    EXPECT_EQ(list[0].trainer, "Kim Coach");
    EXPECT_EQ(list[0].lessons, 1);
    EXPECT_EQ(list[0].expected, 1);
    EXPECT_EQ(list[0].attendees, 0);
    EXPECT_FALSE(list[0].confirmed_at);
    EXPECT_EQ(list[1].id, first);
    EXPECT_EQ(list[1].lessons, 2);
    EXPECT_EQ(list[1].expected, 2);
    EXPECT_EQ(list[1].attendees, 3);
    EXPECT_EQ(list[1].questions, 1);
    EXPECT_TRUE(list[1].confirmed_at);
}

TEST_F(WorkshopSessions, ASessionOutlivesTheProgram) {
    std::int64_t id = store_->workshops().start(plan());
    store_->workshops().recordGroupAnswer(id, handsUp());
    store_->workshops().confirmAttendance(id, {ada_});
    store_.reset();
    SqliteStore reopened(dir_ / "progress.db");
    auto workshop = reopened.workshops().find(id);
    ASSERT_TRUE(workshop);
    EXPECT_EQ(workshop->attendees, std::vector<std::int64_t>{ada_});
    EXPECT_EQ(workshop->group_quiz.size(), 1u);
    EXPECT_EQ(reopened.lessons().status(ada_, "what-is-ip"), LessonStatus::Finished);
}

TEST(WorkshopCsv, FieldsAreQuotedAndFormulasDefused) {
    EXPECT_EQ(csvCell("plain"), "plain");
    EXPECT_EQ(csvCell("a, b"), "\"a, b\"");
    EXPECT_EQ(csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvCell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvCell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csvCell("+1"), "'+1");
    EXPECT_EQ(csvCell("-2"), "'-2");
    EXPECT_EQ(csvCell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvCell("\tx"), "'\tx");
    EXPECT_EQ(csvCell("a=b"), "a=b") << "only a leading sign starts a formula";
    EXPECT_EQ(csvCell(""), "");
}

TEST_F(WorkshopSessions, TheCsvExportHoldsWhatHappened) {
    NewWorkshop session = plan();
    session.trainer = "=cmd|' /C calc'!A0";
    std::int64_t id = store_->workshops().start(session);
    store_->workshops().recordGroupAnswer(id, handsUp());
    store_->workshops().confirmAttendance(id, {ada_, cleo_});

    auto rows = lines(workshopCsv(*store_, id));
    const std::string prefix = std::to_string(id) + "," + formatDate(localDate(store_->workshops().find(id)->started_at)) + ",'=cmd|' /C calc'!A0,";
    std::vector<std::string> expected = {
        "session,date,trainer,record,id,name,detail,count,total",
        prefix + "lesson,trade-secrets,Trade secrets,,,",
        prefix + "lesson,what-is-ip,What is IP?,,,",
        prefix + "attendee,E001,Ada Lovelace,Engineering,,",
        prefix + "attendee,,Cleo Park,Office,,",
        prefix + "absent,E002,Bob Stone,Sales,,",
        prefix + "question,kinds-of-ip-017,Supplier wants the CAD files,,9,12",
        prefix + "option,kinds-of-ip-017,Ask for an NDA first,right,9,12",
        prefix + "option,kinds-of-ip-017,Send them at once,wrong,3,12",
        prefix + "option,kinds-of-ip-017,Post them online,wrong,0,12",
    };
    EXPECT_EQ(rows, expected);
    EXPECT_EQ(formatDate(localDate(1715677200000)).size(), 10u);
    EXPECT_EQ(utcTimestamp(1715677200000), "2024-05-14T09:00:00Z");
}

// Cells as a spreadsheet splits a line when told that both , and ; separate
// them (LibreOffice's import dialog often is): a quote opening a cell holds
// separators until it closes.
std::vector<std::string> cellsSplitOnCommaAndSemicolon(std::string_view line) {
    std::vector<std::string> cells(1);
    bool quoted = false, at_start = true;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (at_start && c == '"') {
            quoted = true;
        } else if (quoted && c == '"') {
            if (i + 1 < line.size() && line[i + 1] == '"')
                cells.back() += line[++i];
            else
                quoted = false;
        } else if (!quoted && (c == ',' || c == ';')) {
            cells.emplace_back();
            at_start = true;
            continue;
        } else {
            cells.back() += c;
        }
        at_start = false;
    }
    return cells;
}

TEST_F(WorkshopSessions, ASemicolonInANameStaysInItsColumn) {
    const std::int64_t zoe = store_->roster().add({"Ng; Zoë", "E009", "", "rnd", "R&D; Legal"});
    NewWorkshop session = plan();
    session.trainer = "Sam; Trainer";
    session.expected = {zoe};
    const std::int64_t id = store_->workshops().start(session);
    store_->workshops().confirmAttendance(id, {zoe});
    const std::string text = workshopCsv(*store_, id);

    const CsvTable table = parseCsv(text);
    ASSERT_EQ(table.records.size(), 4u) << text;  // header, two lessons, one attendee
    for (const CsvRecord& record : table.records) EXPECT_EQ(record.fields.size(), 9u) << "line " << record.line;
    EXPECT_EQ(table.records[3].fields[2], "Sam; Trainer");
    EXPECT_EQ(table.records[3].fields[5], "Ng; Zoë");
    EXPECT_EQ(table.records[3].fields[6], "R&D; Legal");

    for (const std::string& line : lines(text)) {
        const std::vector<std::string> cells = cellsSplitOnCommaAndSemicolon(line);
        EXPECT_EQ(cells.size(), 9u) << line;
    }
    const std::vector<std::string> attendee = cellsSplitOnCommaAndSemicolon(lines(text)[3]);
    EXPECT_EQ(attendee[5], "Ng; Zoë");
}

TEST_F(WorkshopSessions, TheJsonExportHoldsWhatHappened) {
    std::int64_t id = store_->workshops().start(plan());
    store_->workshops().recordGroupAnswer(id, handsUp());
    store_->workshops().confirmAttendance(id, {ada_, cleo_});
    json out = json::parse(workshopJson(*store_, id));
    EXPECT_EQ(out["session"], id);
    EXPECT_EQ(out["trainer"], "Sam Trainer");
    EXPECT_EQ(out["started_at"], utcTimestamp(store_->workshops().find(id)->started_at));
    EXPECT_TRUE(out["confirmed_at"].is_string());
    EXPECT_EQ(out["lessons"][1], json({{"id", "what-is-ip"}, {"title", "What is IP?"}}));
    ASSERT_EQ(out["attendees"].size(), 2u);
    EXPECT_EQ(out["attendees"][0]["name"], "Ada Lovelace");
    EXPECT_EQ(out["attendees"][0]["learner_id"], ada_);
    EXPECT_EQ(out["attendees"][1]["employee_id"], "");
    ASSERT_EQ(out["absent"].size(), 1u);
    EXPECT_EQ(out["absent"][0]["name"], "Bob Stone");
    ASSERT_EQ(out["group_quiz"].size(), 1u);
    EXPECT_EQ(out["group_quiz"][0]["question"], "kinds-of-ip-017");
    EXPECT_EQ(out["group_quiz"][0]["options"][0]["count"], 9);
    EXPECT_EQ(out["group_quiz"][0]["right_hands"], 9);
    EXPECT_EQ(out["group_quiz"][0]["hands"], 12);
    EXPECT_DOUBLE_EQ(out["group_quiz"][0]["share_right"].get<double>(), 0.75);
    EXPECT_TRUE(out["group_quiz"][0]["room_right"].is_null());
}

TEST_F(WorkshopSessions, ExportWritesTheFileOrSaysWhyNot) {
    std::int64_t id = store_->workshops().start(plan());
    std::filesystem::path csv = dir_ / "session.csv";
    exportWorkshop(*store_, id, FormatId::Csv, csv);
    std::ifstream in(csv, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text, workshopCsv(*store_, id));

    std::filesystem::path json_path = dir_ / "session.json";
    exportWorkshop(*store_, id, FormatId::Json, json_path);
    EXPECT_NO_THROW(json::parse(std::ifstream(json_path)));

    std::string missing = messageOf([&] { exportWorkshop(*store_, id, FormatId::Csv, dir_ / "nowhere" / "x.csv"); });
    EXPECT_NE(missing.find("could not export to " + (dir_ / "nowhere" / "x.csv").string()), std::string::npos) << missing;
    EXPECT_NE(missing.find("does not exist"), std::string::npos) << missing;
    std::string folder = messageOf([&] { exportWorkshop(*store_, id, FormatId::Json, dir_); });
    EXPECT_NE(folder.find("is a folder"), std::string::npos) << folder;
    EXPECT_NE(messageOf([&] { workshopCsv(*store_, id + 3); }).find("no workshop session"), std::string::npos);
}
