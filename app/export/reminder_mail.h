// Reminders as mailto: links (RFC 6068): the learners who have training due,
// in Bcc so nobody sees the others' addresses, with a subject and a body that
// say what is due and by when, ready for the manager to edit in their mail
// program. Long lists are split so no link passes what mail programs take.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "store/dashboard.h"

namespace ipprimer::exports {

// Links longer than this are cut or refused by some mail programs and by
// Windows' URL handling (2,083 characters); Linux desktops take far more,
// but a reminder should open anywhere it is forwarded to.
inline constexpr std::size_t kMostMailtoLength = 2000;

struct Reminder {
    std::vector<std::string> links;   // one mailto: link per message, all with the same subject and body
    std::vector<std::string> emails;  // every address reminded, in row order
    std::vector<std::string> without_email;  // names of those due who have no address
    int overdue = 0, expiring = 0, expired = 0;
    std::string subject;
    std::string body;
};

// Whether a learner's status calls for a reminder: overdue, expiring or expired.
bool needsReminder(const progress::LearnerStatus& status);

// The reminder for the rows given (only those that need one); `course_title`
// names the training, `from` signs the message (may be empty).
Reminder reminderFor(const store::Dashboard& dashboard, const std::vector<std::size_t>& rows, std::string_view course_title,
                     std::string_view from, std::size_t most_length = kMostMailtoLength);

// Percent-encoding for mailto: header values (RFC 6068): everything but
// RFC 3986's unreserved characters and '@' is encoded, UTF-8 byte by byte;
// a line break becomes %0D%0A.
std::string mailtoEncode(std::string_view text);

}  // namespace ipprimer::exports
