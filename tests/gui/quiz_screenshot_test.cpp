// The quiz screenshots in a real window under Xvfb: the first question of a
// fresh attempt, drawn the same every time, and a result with right and
// wrong answers; a learner's own database is never written to.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <filesystem>

#include "process.h"
#include "store/store.h"

using namespace ipprimer::testing;

namespace {

struct Pixels {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
    bool load(const std::string& path) {
        int channels = 0;
        unsigned char* data = stbi_load(path.c_str(), &width, &height, &channels, 4);
        if (!data) return false;
        rgba.assign(data, data + static_cast<std::size_t>(width) * height * 4);
        stbi_image_free(data);
        return true;
    }
    // Pixels close to a colour of the theme (colors::kDone, kError...).
    int near(unsigned char r, unsigned char g, unsigned char b) const {
        int count = 0;
        for (std::size_t i = 0; i + 3 < rgba.size(); i += 4)
            count += std::abs(rgba[i] - r) < 12 && std::abs(rgba[i + 1] - g) < 12 && std::abs(rgba[i + 2] - b) < 12;
        return count;
    }
    double darkShare() const {
        long dark = 0;
        for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) dark += (rgba[i] + rgba[i + 1] + rgba[i + 2]) / 3 < 140;
        return static_cast<double>(dark) / (rgba.size() / 4);
    }
};

}  // namespace

TEST(GuiQuizScreenshot, TheFirstQuestionOfAFreshAttemptIsTheSameEveryTime) {
    const std::string dir = makeTempDir("ipprimer-quiz-shot");
    auto first = runIpprimerOnDisplay({"screenshot", "quiz:it", dir + "/a.png"});
    auto second = runIpprimerOnDisplay({"screenshot", "quiz:it", dir + "/b.png"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    ASSERT_EQ(second.exit_code, 0) << second.err;
    Pixels a, b;
    ASSERT_TRUE(a.load(dir + "/a.png"));
    ASSERT_TRUE(b.load(dir + "/b.png"));
    EXPECT_GT(a.darkShare(), 0.01) << "the question and its answers are drawn";
    EXPECT_EQ(a.rgba, b.rgba) << "a fixed seed draws the same question with the same answer order";

    auto practice = runIpprimerOnDisplay({"screenshot", "quiz:why-ip", dir + "/c.png"});
    ASSERT_EQ(practice.exit_code, 0) << practice.err;
    Pixels c;
    ASSERT_TRUE(c.load(dir + "/c.png"));
    EXPECT_NE(a.rgba, c.rgba) << "a module's practice quiz is another quiz";
    std::filesystem::remove_all(dir);
}

TEST(GuiQuizScreenshot, TheResultShowsRightAndWrongAnswers) {
    const std::string dir = makeTempDir("ipprimer-quiz-shot");
    auto r = runIpprimerOnDisplay({"screenshot", "result:it", dir + "/result.png", "--height", "1400"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Pixels p;
    ASSERT_TRUE(p.load(dir + "/result.png"));
    EXPECT_GT(p.near(36, 128, 70), 200) << "green: right answers and topics";
    EXPECT_GT(p.near(180, 40, 40), 50) << "red: the verdict or a wrong answer";
    std::filesystem::remove_all(dir);
}

TEST(GuiQuizScreenshot, UnknownQuizzesAreAClearErrorAndALearnersDatabaseIsLeftAlone) {
    const std::string dir = makeTempDir("ipprimer-quiz-shot");
    auto unknown = runIpprimerOnDisplay({"screenshot", "quiz:nobody", dir + "/x.png"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("'nobody' is no role or module"), std::string::npos) << unknown.err;
    auto module_result = runIpprimerOnDisplay({"screenshot", "result:why-ip", dir + "/x.png"});
    EXPECT_EQ(module_result.exit_code, 1);
    EXPECT_NE(module_result.err.find("no role 'why-ip'"), std::string::npos) << module_result.err;

    const std::string db = dir + "/progress.db";
    std::int64_t before = 0;
    {
        auto store = ipprimer::store::Store::open(db);
        store.addLearner({"Real Person", "", "", "it", ""});
        before = store.eventCount();
    }
    auto shot = runIpprimerOnDisplay({"screenshot", "result:it", dir + "/y.png", "--db", db});
    ASSERT_EQ(shot.exit_code, 0) << shot.err;
    EXPECT_EQ(ipprimer::store::Store::open(db).eventCount(), before) << "no made-up attempt in a learner's records";
    std::filesystem::remove_all(dir);
}
