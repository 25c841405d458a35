// The one HTTP call xAPI needs from us: POST a batch of statements to an
// LRS's statements resource, with the xAPI version header and HTTP Basic
// credentials (libcurl; http and https).
#pragma once

#include <string>

namespace ipprimer::exports::xapi {

struct LrsEndpoint {
    std::string url;  // the LRS's xAPI endpoint; statements go to <url>/statements
    std::string key;
    std::string secret;
};

struct LrsAnswer {
    long status = 0;         // the HTTP status; 0 when no answer came
    std::string body;        // what the LRS answered (its reason, on an error)
    std::string unreachable; // why no answer came (curl's words), when status is 0
};

// <url>/statements, with one slash between.
std::string statementsUrl(const std::string& endpoint);

// Sends `statements_json` (an array) once, waiting at most `timeout_seconds`.
LrsAnswer postStatements(const LrsEndpoint& endpoint, const std::string& statements_json, long timeout_seconds = 60);

}  // namespace ipprimer::exports::xapi
