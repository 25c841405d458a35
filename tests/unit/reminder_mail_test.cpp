// Reminders as mailto: links: who is in Bcc, a subject and body that name
// what is due by when, encoding a mail program decodes back, and long lists
// split so no link passes the limit.
#include <gtest/gtest.h>

#include "export/reminder_mail.h"

using namespace ipprimer;
using namespace ipprimer::exports;
using progress::LearnerState;

namespace {

store::DashboardRow learner(const std::string& name, const std::string& email, LearnerState state, Date due,
                            std::optional<Date> valid_until = std::nullopt) {
    store::DashboardRow row;
    row.learner.name = name;
    row.learner.email = email;
    row.status.state = state;
    row.status.due = due;
    row.status.valid_until = valid_until;
    return row;
}

std::string decoded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string field(const std::string& link, const std::string& name) {
    const auto start = link.find(name + "=");
    if (start == std::string::npos) return "";
    const auto end = link.find('&', start);
    return link.substr(start + name.size() + 1, end == std::string::npos ? std::string::npos : end - start - name.size() - 1);
}

std::vector<std::size_t> all(const store::Dashboard& d) {
    std::vector<std::size_t> rows(d.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return rows;
}

}  // namespace

TEST(ReminderMail, OnlyThoseWithTrainingDueAreInBccAndTheMessageSaysWhatByWhen) {
    store::Dashboard d;
    d.today = makeDate(2025, 6, 15);
    d.rows = {learner("Ann", "ann@example.com", LearnerState::Overdue, makeDate(2025, 6, 1)),
              learner("Bo", "bo@example.com", LearnerState::Compliant, makeDate(2024, 1, 1)),
              learner("Cy", "cy+it@example.com", LearnerState::Expiring, makeDate(2023, 7, 1), makeDate(2025, 7, 3)),
              learner("Di", "", LearnerState::Overdue, makeDate(2025, 6, 1)),
              learner("Ed", "ed@example.com", LearnerState::NotStarted, makeDate(2025, 7, 1))};
    const Reminder r = reminderFor(d, all(d), "IP basics", "Pat Manager");
    EXPECT_EQ(r.emails, (std::vector<std::string>{"ann@example.com", "cy+it@example.com"}));
    EXPECT_EQ(r.without_email, std::vector<std::string>{"Di"});
    EXPECT_EQ(r.overdue, 1);
    EXPECT_EQ(r.expiring, 1);
    ASSERT_EQ(r.links.size(), 1u);
    const std::string& link = r.links[0];
    EXPECT_TRUE(link.starts_with("mailto:?bcc=ann@example.com,cy%2Bit@example.com&subject=")) << link;
    EXPECT_EQ(link.find(' '), std::string::npos) << "nothing unencoded";
    EXPECT_EQ(link.find('\n'), std::string::npos);
    EXPECT_EQ(decoded(field(link, "subject")), "Reminder: your training \u201CIP basics\u201D is due now");
    std::string body = decoded(field(link, "body"));
    for (std::size_t crlf; (crlf = body.find("\r\n")) != std::string::npos;) body.erase(crlf, 1);
    EXPECT_EQ(body, r.body);
    EXPECT_NE(body.find("it was due on 2025-06-01"), std::string::npos) << body;
    EXPECT_NE(body.find("at the latest by 2025-06-29"), std::string::npos) << body;
    EXPECT_NE(body.find("valid until 2025-07-03"), std::string::npos) << body;
    EXPECT_NE(body.find("Pat Manager"), std::string::npos);
    EXPECT_NE(field(link, "body").find("%0D%0A"), std::string::npos) << "line breaks as CRLF, as RFC 6068 asks";
}

TEST(ReminderMail, OnlyExpiringGivesTheSoonestDateInTheSubject) {
    store::Dashboard d;
    d.today = makeDate(2025, 6, 15);
    d.rows = {learner("Cy", "cy@example.com", LearnerState::Expiring, {}, makeDate(2025, 7, 3)),
              learner("Al", "al@example.com", LearnerState::Expiring, {}, makeDate(2025, 6, 30))};
    const Reminder r = reminderFor(d, all(d), "IP basics", "");
    EXPECT_EQ(r.subject, "Reminder: your training \u201CIP basics\u201D is due by 2025-06-30");
    EXPECT_NE(r.body.find("valid until 2025-06-30 and 2025-07-03"), std::string::npos) << r.body;
}

TEST(ReminderMail, ALongListIsSplitIntoLinksUnderTheLimitWithEveryoneOnce) {
    store::Dashboard d;
    d.today = makeDate(2025, 6, 15);
    for (int i = 0; i < 300; ++i)
        d.rows.push_back(learner("L" + std::to_string(i), "learner.number" + std::to_string(i) + "@example.com",
                                 LearnerState::Overdue, makeDate(2025, 6, 1)));
    const Reminder r = reminderFor(d, all(d), "IP basics", "");
    ASSERT_GT(r.links.size(), 3u);
    std::vector<std::string> everyone;
    for (const std::string& link : r.links) {
        EXPECT_LE(link.size(), kMostMailtoLength);
        EXPECT_FALSE(field(link, "subject").empty());
        std::string bcc = field(link, "bcc");
        for (std::size_t start = 0;;) {
            const auto comma = bcc.find(',', start);
            everyone.push_back(bcc.substr(start, comma - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    EXPECT_EQ(everyone.size(), 300u);
    EXPECT_EQ(everyone.front(), "learner.number0@example.com");
    EXPECT_EQ(everyone.back(), "learner.number299@example.com");
}

TEST(ReminderMail, NobodyDueGivesNoLink) {
    store::Dashboard d;
    d.rows = {learner("Bo", "bo@example.com", LearnerState::Compliant, makeDate(2024, 1, 1))};
    EXPECT_TRUE(reminderFor(d, all(d), "IP basics", "").links.empty());
}

TEST(ReminderMail, EncodingKeepsOnlyTheUnreservedAndTheAt) {
    EXPECT_EQ(mailtoEncode("a b&c=d?é@x\n"), "a%20b%26c%3Dd%3F%C3%A9@x%0D%0A");
}
