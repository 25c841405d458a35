// The presenter in a real window at both projector sizes: it draws, and its
// text is larger than the reader's (glyph heights measured in the PNG).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "picture.h"
#include "process.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::testing;

namespace {

Picture take(const std::string& dir, const std::string& view, int width, int height) {
    std::string out = dir + "/" + view.substr(0, view.find(':')) + "-" + std::to_string(width) + "x" +
                      std::to_string(height) + ".png";
    auto result = runIpprimerOnDisplay({"--course", IPPRIMER_SOURCE_DIR, "screenshot", view, out, "--width",
                                        std::to_string(width), "--height", std::to_string(height)});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    Picture shot;
    EXPECT_TRUE(shot.load(out)) << out;
    return shot;
}

// The slide's text column: below the header and progress bar, above the
// buttons, left of the trainer's notes.
int presenterText(const Picture& s) {
    return s.typicalTextHeight(s.width / 40, s.height / 10, s.width * 7 / 10, s.height * 85 / 100);
}

// The reader's text column, right of the outline of questions.
int readerText(const Picture& s) {
    return s.typicalTextHeight(s.width * 3 / 10, s.height / 8, s.width * 9 / 10, s.height * 9 / 10);
}

}  // namespace

TEST(GuiPresenter, TextIsLargerThanTheReadersAtBothProjectorSizes) {
    const TempFolder temp("ipprimer-presenter");
    const std::string dir = temp.path().string();
    Picture big_presenter = take(dir, "workshop:trade-secrets", 1920, 1080);
    Picture big_reader = take(dir, "lesson:trade-secrets", 1920, 1080);
    Picture small_presenter = take(dir, "workshop:trade-secrets", 1280, 720);
    Picture small_reader = take(dir, "lesson:trade-secrets", 1280, 720);
    ASSERT_EQ(big_presenter.width, 1920);
    ASSERT_EQ(big_presenter.height, 1080);
    ASSERT_EQ(small_presenter.width, 1280);
    ASSERT_EQ(small_presenter.height, 720);
    for (const Picture* s : {&big_presenter, &small_presenter}) {
        EXPECT_GT(s->inkShare(), 0.01) << "the slide shows text";
        EXPECT_LT(s->inkShare(), 0.4) << "not a dark or garbage frame";
    }

    int presenter_1080 = presenterText(big_presenter);
    int reader_1080 = readerText(big_reader);
    int presenter_720 = presenterText(small_presenter);
    int reader_720 = readerText(small_reader);
    ASSERT_GT(reader_1080, 0);
    ASSERT_GT(reader_720, 0);
    // 1/28 of the height: about 39 px at 1080 and 26 px at 720, against the reader's 17 px.
    EXPECT_GT(presenter_1080, reader_1080 * 18 / 10) << presenter_1080 << " vs " << reader_1080;
    EXPECT_GT(presenter_720, reader_720 * 13 / 10) << presenter_720 << " vs " << reader_720;
    EXPECT_GT(presenter_1080, presenter_720) << "the text follows the window's height";
}

TEST(GuiPresenter, AnUnknownLessonIsAClearError) {
    const TempFolder temp("ipprimer-presenter");
    const std::string dir = temp.path().string();
    auto result = runIpprimerOnDisplay({"--course", IPPRIMER_SOURCE_DIR, "screenshot", "workshop:no-such-lesson", dir + "/x.png"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("no lesson 'no-such-lesson'"), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(dir + "/x.png"));
}

// The console on the trainer's screen, in a real second window that shares
// the first one's OpenGL objects and fonts: the notes in readable text on the
// right, the clock at the top, the controls at the bottom.
TEST(GuiPresenter, TheConsoleShowsTheNotesTheClockAndTheControls) {
    const TempFolder temp("ipprimer-console");
    const std::string dir = temp.path().string();
    Picture with_notes = take(dir, "console:employees-and-contractors", 1280, 720);
    Picture without = take(dir, "console:comparing-ip-rights", 1280, 720);  // its first question has no note
    ASSERT_EQ(with_notes.width, 1280);
    ASSERT_EQ(with_notes.height, 720);
    EXPECT_GT(with_notes.inkShare(), 0.01) << "the console draws";
    EXPECT_LT(with_notes.inkShare(), 0.4) << "not a dark or garbage frame: the shared font texture works";
    // The notes panel: the right part, between the header and the buttons.
    const int x0 = with_notes.width * 45 / 100, y0 = with_notes.height * 18 / 100;
    const int x1 = with_notes.width * 98 / 100, y1 = with_notes.height * 85 / 100;
    EXPECT_GT(with_notes.inkShare(x0, y0, x1, y1), without.inkShare(x0, y0, x1, y1) * 2) << "the note is there";
    const int note_text = with_notes.typicalTextHeight(x0, y0, x1, y1);
    EXPECT_GE(note_text, 10) << "body text, not small print";
    // The clock, top right, in large figures.
    EXPECT_GT(with_notes.tallestGlyphRun(with_notes.width * 80 / 100, 0, with_notes.width, with_notes.height / 8), note_text);
    // The controls along the bottom.
    EXPECT_GT(with_notes.inkShare(0, with_notes.height * 92 / 100, with_notes.width, with_notes.height), 0.01);
}

// The group quiz's summary of a session, as the room sees it at the end:
// the hard question in red with its cross, and no tick of "all right"
// beside a question that 71% of the room got right (issue 13).
TEST(GuiPresenter, TheGroupQuizSummaryMarksOnlyWhatTheCountsSay) {
    const TempFolder temp("ipprimer-presenter");
    const std::string db = (temp.path() / "progress.db").string();
    std::int64_t session = 0;
    {
        store::SqliteStore store{db};
        session = store.workshops().start({"Sam Trainer", {{"what-is-ip", "What is IP?"}}, {}});
        store::GroupAnswer most;  // 5 of 7 hands right
        most.question_id = "why-ip-003";
        most.title = "Prototype photo on social media";
        most.type = "multichoice";
        most.options = {{"Ask first", true, 5}, {"Outside only", false, 1}, {"With a notice", false, 1}, {"Personal", false, 0}};
        store.workshops().recordGroupAnswer(session, most);
        store::GroupAnswer hard = most;  // 2 of 7
        hard.question_id = "why-ip-001";
        hard.title = "A French trademark in Brazil";
        hard.type = "truefalse";
        hard.options = {{"True", false, 5}, {"False", true, 2}};
        store.workshops().recordGroupAnswer(session, hard);
    }
    const std::string out = temp.path().string() + "/summary.png";
    auto result = runIpprimerOnDisplay({"--course", IPPRIMER_SOURCE_DIR, "--db", db, "screenshot",
                                        "group-quiz-summary:" + std::to_string(session), out, "--width", "1600",
                                        "--height", "1000"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    Picture shot;
    ASSERT_TRUE(shot.load(out)) << out;
    EXPECT_GT(shot.near(180, 40, 40), 100) << "red: the hard question";
    EXPECT_LT(shot.near(28, 110, 60), 20) << "no green tick: not the whole room was right";

    auto unknown = runIpprimerOnDisplay({"--course", IPPRIMER_SOURCE_DIR, "--db", db, "screenshot",
                                         "group-quiz-summary:99", out});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("no workshop session '99'"), std::string::npos) << unknown.err;
}
