// What a certificate states, and the exact bytes its signature covers.
#pragma once

#include <string>
#include <vector>

#include "base/dates.h"

namespace ipprimer::exports {

struct Certificate {
    std::string organisation;
    std::string learner_name;
    std::string employee_id;
    std::string role_title;
    std::vector<std::string> modules;  // titles, in the course's order
    int score_percent = 0;             // 0..100, the role quiz's score
    Date passed_on;
    Date valid_until;
    std::string certificate_id;  // newCertificateId()

    bool operator==(const Certificate&) const = default;
};

// One line per field in a fixed order under a versioned first line, values
// exactly as given with `\` and line breaks escaped, so two certificates have
// the same bytes only when every field is the same. Dates as YYYY-MM-DD.
std::string canonicalBytes(const Certificate& certificate);

// "7K3Q-F9M2-A1BX": 60 random bits in base32, grouped; a collision among a
// million certificates has a chance of about one in two million.
std::string newCertificateId();

}  // namespace ipprimer::exports
