// Moving between screens: navigate() and the areas' locks, and the few ways
// in that take more than a screen (a learner, a lesson by id, a file, a link).
#include <fstream>
#include <sstream>

#include "course/check.h"
#include "course/glossary.h"
#include "store/store.h"
#include "ui/acting_person.h"
#include "ui/app.h"
#include "ui/reader_view.h"

namespace ipprimer::ui {

bool App::navigate(Screen screen) {
    const ScreenRow* to = &screenRow(screen);
    if (to->needs_learner && !learner_) to = &screenRow(Screen::Profiles);
    // A locked area is entered by its entrance, which shows the gate; the
    // view opens when the gate does (App::drawView).
    const PinGate* area_gate = gate(to->area);
    const bool locked = area_gate && !area_gate->unlocked();
    if (locked) to = &screenRow(gatedArea(to->area)->entrance);
    std::string said = std::exchange(status_, {});
    if (!locked && !views_[static_cast<std::size_t>(to->screen)]->open(*this)) {
        if (status_.empty()) status_ = std::move(said);  // the view said why, or the old word stands
        return false;
    }
    // Leaving an area closes it: the next visit asks for the PIN again.
    const Area left = screenRow(screen_).area;
    if (left != to->area) lock(left);
    screen_ = to->screen;
    return true;
}

PinGate* App::gate(Area area) {
    for (PinGate& gate : gates_)
        if (gate.area() == area) return &gate;
    return nullptr;
}

const PinGate* App::gate(Area area) const {
    for (const PinGate& gate : gates_)
        if (gate.area() == area) return &gate;
    return nullptr;
}

bool App::unlocked(Area area) const {
    const PinGate* area_gate = gate(area);
    return area_gate && area_gate->unlocked();
}

void App::lock(Area area) {
    PinGate* area_gate = gate(area);
    if (!area_gate || !area_gate->unlocked()) return;
    area_gate->lock();
    if (area == Area::Manager) acting_person_->forget();
    for (const ScreenRow& row : screenRows())
        if (row.area == area) views_[static_cast<std::size_t>(row.screen)]->areaLocked();
}

void App::unlockWithoutPin(Area area, const std::string& who) {
    if (PinGate* area_gate = gate(area)) area_gate->unlockWithoutPin(who);
}

void App::selectLearner(std::int64_t learner_id) {
    learner_ = learner_id;
    store_.settings().set("last_learner", std::to_string(learner_id));
    learnerChangedForQuizzes();
    navigate(Screen::Home);
}

void App::openLesson(const std::string& lesson_id, const std::string& anchor) {
    const course::Lesson* lesson = course_.lesson(lesson_id);
    if (!lesson) {
        status_ = "There is no lesson '" + lesson_id + "' in this course.";
        return;
    }
    view<ReaderView>().setLesson(*lesson, anchor);
    navigate(Screen::Reader);
}

void App::openFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    markdown::Document doc = markdown::parse(in ? text.str() : "# Cannot read this file\n\n`" + path + "` could not be opened.");
    course::annotateGlossary(doc, course_.glossary);
    view<FileView>().setDocument(std::move(doc), path);
    navigate(Screen::File);
}

void App::followLink(const std::string& url) {
    course::LessonTarget target;
    const course::Lesson* reading = screen_ == Screen::File ? nullptr : view<ReaderView>().lesson();
    if (course::parseLessonLink(url, target)) {
        openLesson(target.lesson_id, target.anchor);
    } else if (url.starts_with("#") && reading) {
        openLesson(reading->id, url.substr(1));
    } else if (url.starts_with("https://")) {
        pending_url_ = url;  // shown first; opened only when the user agrees
    } else {
        status_ = "This link was not followed: only lesson: and https: links open (" + url + ").";
    }
}

std::string App::linkDescription(const std::string& url) const {
    // Where a link leads, in the words of the course rather than its ids.
    const course::Lesson* reading = screen_ == Screen::File ? nullptr : view<ReaderView>().lesson();
    auto question = [](const course::Lesson& lesson, const std::string& anchor) -> std::string {
        const int section = lesson.doc.sectionForAnchor(anchor);
        return section < 0 ? "" : lesson.doc.sections[static_cast<std::size_t>(section)].title;
    };
    course::LessonTarget target;
    if (course::parseLessonLink(url, target)) {
        const course::Lesson* lesson = course_.lesson(target.lesson_id);
        if (!lesson) return "A lesson that is not in this course";
        const std::string at = target.anchor.empty() ? "" : question(*lesson, target.anchor);
        return "Opens the lesson \xE2\x80\x9C" + lesson->title() + "\xE2\x80\x9D" + (at.empty() ? "" : ", at \xE2\x80\x9C" + at + "\xE2\x80\x9D");
    }
    if (url.starts_with("#") && reading) {
        const std::string at = question(*reading, url.substr(1));
        return at.empty() ? "A question that is not in this lesson" : "Goes to \xE2\x80\x9C" + at + "\xE2\x80\x9D in this lesson";
    }
    if (url.starts_with("https://")) return "Opens " + url + " in your web browser, after asking you";
    return "This link cannot be followed";
}

}  // namespace ipprimer::ui
