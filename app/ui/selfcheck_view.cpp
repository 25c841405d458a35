// The self-check screen: a start page, then a section at a time with an
// outline of the sections beside it.
#include "ui/selfcheck_view.h"

#include <imgui.h>

#include "store/company_records.h"
#include "store/store.h"
#include "ui/acting_person.h"
#include "ui/app.h"
#include "ui/selfcheck_report_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

const progress::SelfCheckTakeRecord* openOf(const std::vector<progress::SelfCheckTakeRecord>& takes) {
    return progress::openTake(takes);
}

}  // namespace

const progress::SelfCheckTakeRecord* SelfCheckView::take() const { return openOf(takes_); }

void SelfCheckView::areaLocked() {
    takes_.clear();
    input_.reset();
}

void SelfCheckView::reload(App& app) { takes_ = app.store().companyRecords().selfCheckTakes(); }

bool SelfCheckView::open(App& app) {
    if (app.course().selfcheck.empty()) {
        app.setStatus("This course has no self-check (content/selfcheck.toml).");
        return false;
    }
    reload(app);
    input_.reset();
    section_ = 0;
    if (const progress::SelfCheckTakeRecord* open = take()) {
        // Resume where the answers stop.
        const course::SelfCheck& check = app.course().selfcheck;
        if (const course::Question* next = progress::firstUnanswered(check, open->answers))
            for (std::size_t s = 0; s < check.sections.size(); ++s)
                for (const course::Question& q : check.sections[s].questions)
                    if (&q == next) section_ = s;
    }
    scroll_to_top_ = true;
    return true;
}

void SelfCheckView::start(App& app) {
    const auto learner = app.actingPerson().known(app);
    if (!learner) return;
    app.store().companyRecords().startSelfCheck(*learner);
    reload(app);
    section_ = 0;
    input_.reset();
    scroll_to_top_ = true;
}

void SelfCheckView::record(App& app, const course::Question& question, const progress::Answer& answer) {
    const auto learner = app.actingPerson().known(app);
    const progress::SelfCheckTakeRecord* open = take();
    if (!learner || !open) return;
    app.store().companyRecords().recordSelfCheckAnswer(*learner, open->id, question.id, answer);
    reload(app);
}

void SelfCheckView::finish(App& app) {
    const auto learner = app.actingPerson().known(app);
    const progress::SelfCheckTakeRecord* open = take();
    if (!learner || !open) return;
    app.store().companyRecords().finishSelfCheck(*learner, open->id);
    reload(app);
    app.navigate(Screen::SelfCheckReport);
}

void SelfCheckView::drawContent(App& app) {
    const float em = ImGui::GetFontSize();
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }
    const float width = beginCenteredColumn(em * 52);
    heading(app.fonts().heading1, app.course().selfcheck.title);
    if (!take()) {
        drawStart(app, width);
    } else if (app.actingPerson().resolve(app, width)) {
        drawOutline(app, em * 13);
        ImGui::SameLine(0, em * 1.5f);
        ImGui::BeginGroup();
        drawSection(app, width - em * 14.5f);
        ImGui::EndGroup();
    }
    ImGui::EndGroup();
}

void SelfCheckView::drawStart(App& app, float width) {
    const course::SelfCheck& check = app.course().selfcheck;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    textInColumn(check.introduction);
    ImGui::PopTextWrapPos();
    gap(0.5f);
    const progress::SelfCheckTakeRecord* last = progress::lastFinished(takes_);
    if (last) {
        textMuted("Last taken on %s.", formatDate(localDate(last->finished_at)).c_str());
        ImGui::SameLine();
        if (linkButton("See its report")) app.navigate(Screen::SelfCheckReport);
        gap(0.3f);
    }
    if (!app.actingPerson().resolve(app, width)) return;
    if (primaryButton(last ? "Take the self-check again" : "Start the self-check")) start(app);
    if (last) {
        ImGui::SameLine();
        textMuted("Each question shows last time's answer.");
    }
}

void SelfCheckView::drawOutline(App& app, float width) {
    const course::SelfCheck& check = app.course().selfcheck;
    const progress::SelfCheckTakeRecord& open = *take();
    const progress::Answers counting = progress::countingAnswers(check, open.answers);
    const progress::Completion done = progress::completion(check, open.answers);
    ImGui::BeginGroup();
    // As wide as the outline (progressBar fills the line, which would push the section off the window).
    ImGui::ProgressBar(done.asked ? static_cast<float>(done.answered) / static_cast<float>(done.asked) : 0.0f,
                       ImVec2(width, 0), (std::to_string(done.answered) + " of " + std::to_string(done.asked) + " answered").c_str());
    gap(0.3f);
    for (std::size_t s = 0; s < check.sections.size(); ++s) {
        int asked = 0, answered = 0;
        for (const course::Question& q : check.sections[s].questions)
            if (progress::isAsked(q, counting)) {
                ++asked;
                answered += counting.contains(q.id);
            }
        const std::string label = check.sections[s].title + (asked > 0 && answered == asked ? "  \xE2\x9C\x93" : "");
        if (wrappedSelectable(label, s == section_, width, "section:" + check.sections[s].id)) {
            section_ = s;
            scroll_to_top_ = true;
        }
    }
    ImGui::EndGroup();
}

void SelfCheckView::drawSection(App& app, float width) {
    const course::SelfCheck& check = app.course().selfcheck;
    const course::Section& section = check.sections[section_];
    // Copies: recording an answer reads the takes again, which the loop must outlive.
    const progress::Answers answers = take()->answers;
    const progress::SelfCheckTakeRecord* last = progress::lastFinished(takes_);
    const progress::Answers last_answers = last ? last->answers : progress::Answers{};
    const progress::Answers counting = progress::countingAnswers(check, answers);

    textMuted("Section %zu of %zu", section_ + 1, check.sections.size());
    heading(app.fonts().heading2, section.title);
    if (!section.introduction.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        textInColumn(section.introduction);
        ImGui::PopTextWrapPos();
    }
    gap(0.5f);
    for (const course::Question& question : section.questions) {
        if (!progress::isAsked(question, counting)) continue;
        const auto current = answers.find(question.id);
        const auto last_answer = last_answers.find(question.id);
        if (auto given = input_.draw(question, current == answers.end() ? nullptr : &current->second,
                                     last_answer == last_answers.end() ? nullptr : &last_answer->second, width))
            record(app, question, *given);
        gap(0.6f);
    }

    ImGui::Separator();
    gap(0.3f);
    if (section_ > 0 && button("Previous section")) {
        --section_;
        scroll_to_top_ = true;
    }
    if (section_ > 0) ImGui::SameLine();
    if (section_ + 1 < check.sections.size()) {
        if (primaryButton("Next section")) {
            ++section_;
            scroll_to_top_ = true;
        }
    } else {
        const progress::Completion done = progress::completion(check, answers);
        if (primaryButton("Finish and see the report")) finish(app);
        if (!done.complete()) {
            ImGui::SameLine();
            textMuted("%d question%s not answered yet; the report works from the answers given.",
                      done.asked - done.answered, done.asked - done.answered == 1 ? " is" : "s are");
        }
    }
    ImGui::SameLine();
    textMuted("Every answer is saved as you give it.");
}

}  // namespace ipprimer::ui
