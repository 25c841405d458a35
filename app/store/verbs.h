// The verbs of the learning records (events.verb), one per kind of xAPI
// statement; see the record contract in docs/design-notes.md.
#pragma once

#include <string_view>

namespace ipprimer::store::verbs {

inline constexpr std::string_view kOpened = "opened";              // a lesson
inline constexpr std::string_view kFinished = "finished";          // a lesson
inline constexpr std::string_view kAttemptStarted = "attempt-started";
inline constexpr std::string_view kAnswered = "answered";          // a question
inline constexpr std::string_view kAttemptFinished = "attempt-finished";
inline constexpr std::string_view kAttended = "attended";          // a workshop session
inline constexpr std::string_view kCreditWithdrawn = "credit-withdrawn";  // a session's credit, by a trainer
inline constexpr std::string_view kDueExtended = "due-extended";   // by a manager
inline constexpr std::string_view kArchived = "archived";          // by a manager
inline constexpr std::string_view kRestored = "restored";          // by a manager
// `ipprimer manager-pin --reset`; object: the installation's UUID
inline constexpr std::string_view kManagerPinReset = "manager-pin-reset";
// A certificate signed for the learner (issue 11): object is the certificate
// id, context what was signed and the verification code.
inline constexpr std::string_view kCertificateIssued = "certificate-issued";

// The company's own records (issue 14; docs/design-notes.md, "The self-check
// and the IP register"), written by the person who made them.
inline constexpr std::string_view kSelfCheckStarted = "selfcheck-started";    // object: the take's UUID
inline constexpr std::string_view kSelfCheckAnswered = "selfcheck-answered";  // object: a question id
inline constexpr std::string_view kSelfCheckFinished = "selfcheck-finished";  // object: the take's UUID
inline constexpr std::string_view kAssetRecorded = "asset-recorded";          // object: the entry's UUID
inline constexpr std::string_view kAssetRemoved = "asset-removed";
inline constexpr std::string_view kAssetProposed = "asset-proposed";          // object: the proposal's UUID
inline constexpr std::string_view kProposalAccepted = "proposal-accepted";
inline constexpr std::string_view kProposalDeclined = "proposal-declined";

}  // namespace ipprimer::store::verbs
