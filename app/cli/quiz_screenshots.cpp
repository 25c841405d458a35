// Builds the quiz screenshots' records through the same store calls the quiz
// screen makes, with fixed answers and times, then shows the screen.
#include "cli/quiz_screenshots.h"

#include <cstdio>

#include "progress/attempt_score.h"
#include "progress/quiz_assembly.h"
#include "progress/quiz_id.h"
#include "quiz/responses.h"
#include "store/attempts.h"
#include "progress/status.h"
#include "ui/app.h"
#include "ui/result_view.h"

namespace ipprimer::cli {
namespace {

std::string choices(const course::Course& course, bool modules) {
    std::string names;
    for (const course::Role& role : course.roles) names += (names.empty() ? "" : ", ") + role.id;
    if (modules)
        for (const course::Module& module : course.modules) names += (names.empty() ? "" : ", ") + module.id;
    return names;
}

// A finished role quiz with every fourth answer wrong; returns its id, or 0.
std::int64_t recordFinishedAttempt(ui::App& app, store::Store& store, const course::Course& course,
                                   const std::string& role_id) {
    const course::Role* role = course.role(role_id);
    if (!role) {
        std::fprintf(stderr, "ipprimer screenshot: no role '%s' in %s (roles: %s)\n", role_id.c_str(),
                     course.root.c_str(), choices(course, false).c_str());
        return 0;
    }
    progress::QuizPlan plan = progress::drawRoleQuiz(course, *role, kScreenshotSeed);
    if (plan.questions.empty() || !app.learner()) {
        std::fprintf(stderr, "ipprimer screenshot: role '%s' has no quiz questions\n", role_id.c_str());
        return 0;
    }
    store::Attempts& attempts = store.attempts();
    const std::int64_t learner = *app.learner();
    const std::int64_t id = attempts.start(learner, {plan.quiz_id, "role", plan.seed, plan.questionIds()});
    // Every fourth answer wrong, the rest right: a result with something to learn from.
    std::vector<std::optional<double>> fractions;
    for (std::size_t i = 0; i < plan.questions.size(); ++i) {
        const quiz::Question& q = *plan.questions[i].question;
        const quiz::Response response = i % 4 == 1 ? quiz::wrongResponse(q) : quiz::bestResponse(q);
        const double fraction = quiz::score(q, response).fraction;
        attempts.recordAnswer(learner, id, {q.id, fraction, quiz::responseToJson(q, response).dump(),
                                            static_cast<std::int64_t>(20'000 + 7'000 * (i % 5))});
        fractions.push_back(fraction);
    }
    const progress::AttemptScore score = progress::scoreAttempt(plan, fractions);
    attempts.finish(learner, id, {score.percent, score.passed, plan.pass_mark, 9 * 60'000});
    return id;
}

}  // namespace

bool isQuizView(const std::string& view) {
    return view.starts_with("quiz:") || view.starts_with("result:") || view.starts_with("review:");
}

bool showQuizView(ui::App& app, store::Store& store, const course::Course& course, const std::string& view) {
    if (view.starts_with("result:")) {
        const std::int64_t id = recordFinishedAttempt(app, store, course, view.substr(7));
        if (id) {
            app.view<ui::ResultView>().setAttempt(id);
            app.navigate(ui::Screen::Result);
        }
        return id != 0;
    }
    if (view.starts_with("review:")) {
        // The day after that attempt: what was missed (and a sample of the rest) is due.
        if (!recordFinishedAttempt(app, store, course, view.substr(7))) return false;
        const std::int64_t tomorrow = store.now() + 86'400'000;
        store.setClock([tomorrow] { return tomorrow; });
        app.navigate(ui::Screen::Review);
        return true;
    }
    const std::string target = view.substr(5);
    std::string quiz_id;
    if (course.role(target))
        quiz_id = progress::QuizId::role(target).text();
    else if (course.module(target))
        quiz_id = progress::QuizId::practice(target).text();
    if (quiz_id.empty() || !progress::drawQuiz(course, quiz_id, "", kScreenshotSeed)) {
        std::fprintf(stderr, "ipprimer screenshot: '%s' is no role or module with a quiz in %s (choose from: %s)\n",
                     target.c_str(), course.root.c_str(), choices(course, true).c_str());
        return false;
    }
    app.startQuiz(quiz_id, kScreenshotSeed);
    if (app.screen() != ui::Screen::Quiz) {
        std::fprintf(stderr, "ipprimer screenshot: %s\n", app.statusMessage().c_str());
        return false;
    }
    return true;
}

}  // namespace ipprimer::cli
