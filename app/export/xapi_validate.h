// The rules of xAPI 1.0.3 that can be checked without an LRS, so every
// statement we write is checked before it leaves (and in the tests).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ipprimer::exports::xapi {

// Problems found, each "path: what is wrong" (e.g. "result.score.scaled: 1.5
// is outside -1..1"); empty when the statement keeps every rule checked:
// - actor, verb and object present; no property the specification does not
//   name (outside extensions); no null anywhere outside extensions;
// - id, context.registration and StatementRef ids are UUIDs in standard form;
// - IRIs (verb, activity, type, moreInfo, account homePage, extension keys)
//   are absolute: a scheme, then no spaces or characters IRIs forbid;
// - an Agent has exactly one identifier (mbox as mailto:, mbox_sha1sum,
//   openid, or an account with homePage and name); Groups are Groups;
// - language maps are keyed by RFC 5646 tags and hold strings;
// - timestamp and stored are ISO 8601 with a zone; result.duration is an
//   ISO 8601 duration; version, when present, is 1.0.x;
// - score.scaled lies in -1..1, min is below max, raw lies within them;
//   success and completion are booleans, response a string;
// - interactionType is one of the ten; component lists belong to their
//   types, with unique ids without spaces; correctResponsesPattern and
//   result.response have their type's shape and name listed components;
// - contextActivities has only parent, grouping, category and other, each an
//   Activity or a list of them; platform and revision only with an Activity.
std::vector<std::string> validateStatement(const nlohmann::json& statement);

}  // namespace ipprimer::exports::xapi
