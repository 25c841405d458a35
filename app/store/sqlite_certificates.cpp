// Issued certificates in the SQLite store: `certificate-issued` events, read
// along the events' indexes (by learner, or by the certificate id as object).
#include "store/sqlite_parts.h"

#include <array>

namespace ipprimer::store {
namespace {

constexpr std::string_view kByLearner =
    "SELECT learner_id, object, context, at FROM events"
    " WHERE learner_id = ?1 AND verb = 'certificate-issued' ORDER BY id";
constexpr std::string_view kById =
    "SELECT learner_id, object, context, at FROM events"
    " WHERE object = ?1 AND verb = 'certificate-issued' ORDER BY id LIMIT 1";
constexpr std::array kQueries{kByLearner, kById};

IssuedCertificate issuedFrom(const Statement& row) {
    return IssuedCertificate{row.columnInt64(0), row.columnText(1), row.columnText(2), row.columnInt64(3)};
}

}  // namespace

std::vector<IssuedCertificate> SqliteReports::issuedCertificates(std::int64_t learner_id) {
    Statement select(context_.db, kByLearner);
    select.bind(1, learner_id);
    std::vector<IssuedCertificate> issued;
    while (select.step()) issued.push_back(issuedFrom(select));
    return issued;
}

std::optional<IssuedCertificate> SqliteReports::findIssuedCertificate(std::string_view certificate_id) {
    Statement select(context_.db, kById);
    select.bind(1, certificate_id);
    if (!select.step()) return std::nullopt;
    return issuedFrom(select);
}

std::span<const std::string_view> certificateQueries() { return kQueries; }

}  // namespace ipprimer::store
