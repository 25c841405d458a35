// The transcript read from the records and drawn on as many pages as needed.
#include "export/transcript.h"

#include <algorithm>
#include <cmath>

#include "export/pdf_flow.h"
#include "progress/curriculum.h"
#include "progress/quiz_id.h"
#include "store/store.h"

namespace ipprimer::exports {
namespace {

std::string quizTitleOf(const course::Course& course, const std::string& quiz_id, bool& role_quiz) {
    const auto id = progress::QuizId::parse(quiz_id);
    role_quiz = id && id->kind() == progress::QuizKind::Role;
    if (!id) return quiz_id;
    if (role_quiz) {
        const course::Role* role = course.role(id->target());
        return "Role quiz: " + (role ? role->title : id->target());
    }
    const course::Module* module = course.module(id->target());
    return "Practice: " + (module ? module->title : id->target());
}

std::optional<Date> dateOf(const std::optional<std::int64_t>& at) {
    if (!at) return std::nullopt;
    return localDate(*at);
}

// Writes lines and rows of columns down the pages.
class Writer : public PageFlow {
public:
    explicit Writer(PdfPage& page) : PageFlow(page, kMargin, kMargin) {}

    void text(const std::string& text, const TextStyle& style, double after = 2) { PageFlow::text(text, style, 0, after); }
    // A row of columns, widths as shares of the line.
    void row(const std::vector<std::string>& cells, const std::vector<double>& shares, const TextStyle& style) {
        double height = 0;
        for (std::size_t i = 0; i < cells.size(); ++i)
            height = std::max(height, page().measure(width() * shares[i] - 6, cells[i], style));
        need(height);
        double x = left();
        for (std::size_t i = 0; i < cells.size(); ++i) {
            page().text(x, y(), width() * shares[i] - 6, cells[i], style);
            x += width() * shares[i];
        }
        space(height + 3);
    }
    void heading(const std::string& title) {
        need(60);  // never a heading alone at the foot of a page
        space(10);
        text(title, TextStyle{"DejaVu Sans Bold 12", kNavy, Align::Left, 0, 1.0}, 4);
        page().line(left(), y(), left() + width(), y(), 0.6, kGrey);
        space(5);
    }

private:
    static constexpr double kMargin = 56;
};

std::string dateText(const std::optional<Date>& date) { return date ? formatDate(*date) : "-"; }

}  // namespace

Transcript readTranscript(store::Store& store, const course::Course& course, std::int64_t learner_id, Date today) {
    const progress::Curriculum curriculum = progress::curriculumOf(course);
    const auto row = store.reports().dashboardRow(curriculum, learner_id, today);
    if (!row) throw store::StoreError("there is no learner with id " + std::to_string(learner_id));
    Transcript t;
    t.learner_name = row->learner.name;
    t.employee_id = row->learner.employee_id;
    const course::Role* role = course.role(row->learner.role);
    t.role_title = role ? role->title : row->learner.role;
    t.department = row->learner.department;
    t.status = std::string(progress::stateName(row->status.state));
    std::replace(t.status.begin(), t.status.end(), '-', ' ');
    t.valid_until = row->status.valid_until;
    t.made_on = today;

    const store::LearnerHistory history = store.reports().learnerHistory(learner_id);
    for (const course::Lesson& lesson : course.lessons) {
        const auto found = std::find_if(history.lessons.begin(), history.lessons.end(),
                                        [&](const store::LessonHistory& h) { return h.lesson_id == lesson.id; });
        if (found == history.lessons.end()) continue;
        const course::Module* module = course.module(lesson.module_id);
        t.lessons.push_back({module ? module->title : lesson.module_id, lesson.title(), dateOf(found->first_finished_at)});
    }
    for (auto attempt = history.attempts.rbegin(); attempt != history.attempts.rend(); ++attempt) {
        TranscriptAttempt a;
        a.quiz_title = quizTitleOf(course, attempt->quiz, a.role_quiz);
        a.finished_on = dateOf(attempt->finished_at);
        a.score = attempt->score;
        a.passed = attempt->passed;
        a.answers = static_cast<int>(attempt->answers.size());
        t.attempts.push_back(std::move(a));
    }
    t.certificates = issuedRecords(store, learner_id);
    return t;
}

std::string transcriptPdf(const Transcript& t, PaperSize paper) {
    PdfInfo info;
    info.title = "Training record: " + t.learner_name;
    info.subject = "IP and confidentiality training, " + t.role_title;
    info.date = formatDate(t.made_on) + "T00:00:00";
    PdfPage page(paper, info);
    Writer out(page);
    const TextStyle body{"DejaVu Sans 9.5", kInk, Align::Left, 0, 1.0};
    const TextStyle muted{"DejaVu Sans 9", kGrey, Align::Left, 0, 1.0};
    const TextStyle head{"DejaVu Sans Bold 8.5", kGrey, Align::Left, 0, 1.0};

    out.text("Training record", TextStyle{"DejaVu Serif 24", kNavy, Align::Left, 0, 1.0}, 6);
    out.text(t.learner_name, TextStyle{"DejaVu Serif Bold 16", kInk, Align::Left, 0, 1.0}, 4);
    std::string who = t.employee_id.empty() ? "" : "Employee ID " + t.employee_id + "  \u00B7  ";
    who += t.role_title + (t.department.empty() ? "" : "  \u00B7  " + t.department);
    out.text(who, body);
    out.text("Status on " + formatDate(t.made_on) + ": " + t.status +
                 (t.valid_until ? ", training valid until " + formatDate(*t.valid_until) : std::string()),
             body, 6);

    out.heading("Certificates");
    if (t.certificates.empty()) out.text("No certificate issued yet.", muted);
    else out.row({"Certificate", "Role", "Score", "Passed", "Valid until"}, {0.22, 0.34, 0.1, 0.17, 0.17}, head);
    for (const IssuedRecord& record : t.certificates) {
        const Certificate& c = record.certificate;
        out.row({c.certificate_id, c.role_title, std::to_string(c.score_percent) + "%", formatDate(c.passed_on),
                 formatDate(c.valid_until)},
                {0.22, 0.34, 0.1, 0.17, 0.17}, body);
    }

    out.heading("Quizzes");
    if (t.attempts.empty()) out.text("No quiz taken yet.", muted);
    else out.row({"Quiz", "Finished", "Score", "Result"}, {0.52, 0.18, 0.12, 0.18}, head);
    for (const TranscriptAttempt& a : t.attempts) {
        const std::string score = a.score ? std::to_string(static_cast<int>(std::lround(*a.score))) + "%" : "-";
        const std::string result = !a.finished_on ? "not finished" : !a.passed ? "" : *a.passed ? "passed" : "not passed";
        out.row({a.quiz_title, dateText(a.finished_on), score, result}, {0.52, 0.18, 0.12, 0.18}, body);
    }

    out.heading("Lessons");
    if (t.lessons.empty()) out.text("No lesson opened yet.", muted);
    else out.row({"Module", "Lesson", "Finished"}, {0.4, 0.44, 0.16}, head);
    for (const TranscriptLesson& lesson : t.lessons)
        out.row({lesson.module_title, lesson.lesson_title, lesson.finished_on ? formatDate(*lesson.finished_on) : "opened"},
                {0.4, 0.44, 0.16}, body);
    return page.finish();
}

std::string transcriptFile(FormatId format, store::Store& store, const course::Course& course, std::int64_t learner_id,
                           Date today) {
    if (format == FormatId::Json) return transcriptStatements(store, course, learner_id);
    return transcriptPdf(readTranscript(store, course, learner_id, today), localPaper());
}

}  // namespace ipprimer::exports
