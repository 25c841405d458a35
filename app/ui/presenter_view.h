// The presenter: a workshop's lessons projected one Q&A question at a time in
// large text, the answer revealed on demand, the trainer's notes beside it
// (or hidden), progress and an elapsed-time clock.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "course/course.h"
#include "ui/fonts.h"
#include "ui/markdown_view.h"
#include "ui/screens.h"
#include "ui/shrink_to_fit.h"
#include "ui/trainer_notes.h"

namespace ipprimer::ui {
class App;

class PresenterView : public View {
public:
    static constexpr Screen kScreen = Screen::Presenter;

    // The lessons to present, from the start of the first. session_id 0 is a
    // rehearsal: no session, no group quiz. started_at (unix ms) runs the clock.
    void setLessons(std::vector<const course::Lesson*> lessons, std::int64_t session_id, std::int64_t started_at);
    // Reads whether the trainer keeps the notes shown; the slide stays where
    // it was (coming back from the group quiz).
    bool open(App& app) override;
    void drawContent(App& app) override;
    // The trainer's console on their own screen (presenter_console.cpp):
    // the clock, the question on screen and the next one, the notes in
    // readable text, and the controls. Keys work there as on the slide.
    void drawConsole(App& app) override;
    void fontsChanged() override;

    // Where the presentation is. Slide 0 of a lesson is its title and
    // introduction; slide k is its k-th question.
    std::size_t lessonIndex() const { return lesson_; }
    std::size_t slide() const { return slide_; }
    const course::Lesson* lesson() const { return lessons_.empty() ? nullptr : lessons_[lesson_]; }
    std::size_t lessonCount() const { return lessons_.size(); }
    bool revealed() const { return revealed_; }
    std::int64_t session() const { return session_; }
    // Counted across all lessons: this slide's number (1-based) and the total.
    std::size_t slideNumber() const;
    std::size_t slideCount() const;

    void next();      // the next slide, answer hidden
    void previous();  // the slide before
    void reveal() { revealed_ = true; }
    void advance();   // Space: reveal the answer, or go on when it shows
    void goTo(std::size_t lesson_index, std::size_t slide);
    bool notesShown() const { return notes_shown_; }
    // Trainer notes in the notes panel on the last frame (0 while hidden).
    std::size_t notesDrawn() const { return notes_drawn_; }
    // Trainer notes on the console in its last frame.
    std::size_t notesOnConsole() const { return notes_on_console_; }
    void setNotesShown(App& app, bool shown);
    // The trainer notes of the slide on screen.
    std::vector<const markdown::Block*> notes() const;
    // The share of its full size the slide's text is drawn at to fit (1: all of it).
    float fitScale() const { return fit_.scale(); }
    // The title of a slide (a lesson's title, or its question), for the console.
    std::string slideTitle(std::size_t lesson_index, std::size_t slide) const;

private:
    void handleKeys(App& app);
    void drawHeader(App& app);
    void drawClock(App& app);
    void drawSlide(App& app, float width, float height);  // presenter_slide.cpp
    void drawNotes(App& app, float width, float height);  // presenter_slide.cpp
    void drawFooter(App& app);
    void drawConsoleControls(App& app);  // presenter_console.cpp
    void leave(App& app);
    std::size_t slidesOf(std::size_t lesson) const;
    // The blocks of the current slide: [begin, end) of the lesson's document.
    std::pair<std::size_t, std::size_t> slideBlocks() const;

    std::vector<const course::Lesson*> lessons_;
    std::int64_t session_ = 0;
    std::int64_t started_at_ = 0;
    std::size_t lesson_ = 0;
    std::size_t slide_ = 0;
    bool revealed_ = false;
    bool notes_shown_ = true;
    std::size_t notes_drawn_ = 0;
    std::size_t notes_on_console_ = 0;
    bool scroll_to_top_ = false;
    float scroll_by_ = 0;
    ShrinkToFit fit_;
    bool more_below_ = false;  // the slide scrolls, and there is more below
    float page_ = 0;           // the slide's visible height, a page to scroll by
    FontSet big_;  // the presenter's faces, as the slide's MarkdownView wants them
    MarkdownView slide_view_;
    TrainerNotesView notes_view_;    // the panel beside the slide, on one screen
    TrainerNotesView console_notes_;  // the console's, on the trainer's screen
    MarkdownView console_slide_;      // the slide's text on the console, in the regular faces
};

// "0:07:42": hours, minutes and seconds of an elapsed time in milliseconds.
std::string formatElapsed(std::int64_t milliseconds);

}  // namespace ipprimer::ui
