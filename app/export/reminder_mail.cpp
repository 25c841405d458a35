// Writing the reminder: who, what is due by when in words, then the links.
#include "export/reminder_mail.h"

#include <algorithm>
#include <optional>

#include "base/text.h"

namespace ipprimer::exports {
namespace {

using progress::LearnerState;

struct Span {
    std::optional<Date> first, last;
    void add(Date day) {
        if (!first || day < *first) first = day;
        if (!last || day > *last) last = day;
    }
    std::string text() const {
        if (!first) return "";
        return *first == *last ? formatDate(*first) : formatDate(*first) + " and " + formatDate(*last);
    }
};

bool plausibleAddress(const std::string& email) {
    const auto at = email.find('@');
    return at != std::string::npos && at > 0 && at + 1 < email.size() &&
           email.find_first_of(" ,;<>\"\r\n") == std::string::npos;
}

}  // namespace

bool needsReminder(const progress::LearnerStatus& status) {
    return status.state == LearnerState::Overdue || status.state == LearnerState::Expiring ||
           status.state == LearnerState::Expired;
}

std::string mailtoEncode(std::string_view text) {
    // Every line break as CRLF, as RFC 6068 asks of a body.
    std::string lines;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) lines += '\r';
        lines += text[i];
    }
    return percentEncoded(lines, "@");
}

Reminder reminderFor(const store::Dashboard& dashboard, const std::vector<std::size_t>& rows, std::string_view course_title,
                     std::string_view from, std::size_t most_length) {
    Reminder reminder;
    Span overdue_due, expiring_until, expired_due;
    for (std::size_t index : rows) {
        const store::DashboardRow& row = dashboard.rows[index];
        const progress::LearnerStatus& status = row.status;
        if (!needsReminder(status)) continue;
        if (!plausibleAddress(row.learner.email)) {
            reminder.without_email.push_back(row.learner.name);
            continue;
        }
        reminder.emails.push_back(row.learner.email);
        if (status.state == LearnerState::Overdue) ++reminder.overdue, overdue_due.add(status.due);
        if (status.state == LearnerState::Expiring) {
            ++reminder.expiring;
            if (status.valid_until) expiring_until.add(*status.valid_until);
        }
        if (status.state == LearnerState::Expired) ++reminder.expired, expired_due.add(status.due);
    }
    if (reminder.emails.empty()) return reminder;

    // The soonest date anyone must act by, for the subject.
    const Date soonest = std::max(dashboard.today, std::min({overdue_due.first.value_or(Date{INT32_MAX}),
                                                             expiring_until.first.value_or(Date{INT32_MAX}),
                                                             expired_due.first.value_or(Date{INT32_MAX})}));
    const bool late = reminder.overdue + reminder.expired > 0;
    reminder.subject = "Reminder: your training \u201C" + std::string(course_title) + "\u201D is due" +
                       (late ? " now" : " by " + formatDate(soonest));
    std::string body = "Hello,\n\nour records show that your training \u201C" + std::string(course_title) +
                       "\u201D needs your attention:\n\n";
    if (reminder.overdue)
        body += "- If you have not completed it yet: it was due on " + overdue_due.text() +
                (overdue_due.first == overdue_due.last ? "" : " (depending on when you joined)") +
                ". Please finish the lessons and pass your role quiz as soon as you can, at the latest by " +
                formatDate(addDays(dashboard.today, 14)) + ".\n";
    if (reminder.expiring)
        body += "- If you completed it before: it stays valid until " + expiring_until.text() +
                (expiring_until.first == expiring_until.last ? "" : " (depending on when you completed it)") +
                ". Please take your role quiz again before then.\n";
    if (reminder.expired)
        body += "- If your training has expired: it fell due again on " + expired_due.text() +
                ". Please take your role quiz again as soon as you can.\n";
    body += "\nOpen IP Primer: your home screen shows what is left and your own due date.\n\nThank you";
    if (!from.empty()) body += ",\n" + std::string(from);
    body += "\n";
    reminder.body = body;

    // Bcc lists as long as the link allows; the subject and body go with each.
    const std::string tail = "&subject=" + mailtoEncode(reminder.subject) + "&body=" + mailtoEncode(reminder.body);
    std::string link;
    for (const std::string& email : reminder.emails) {
        const std::string address = mailtoEncode(email);
        const bool first = link.empty();
        if (!first && link.size() + 1 + address.size() + tail.size() > most_length) {
            reminder.links.push_back(link + tail);
            link.clear();
        }
        link += link.empty() ? "mailto:?bcc=" + address : "," + address;
    }
    reminder.links.push_back(link + tail);
    return reminder;
}

}  // namespace ipprimer::exports
