// Quiz ids to and from their recorded text; see quiz_id.h.
#include "progress/quiz_id.h"

namespace ipprimer::progress {
namespace {

constexpr std::string_view kRolePrefix = "role:";
constexpr std::string_view kModulePrefix = "module:";

std::string_view prefixOf(QuizKind kind) { return kind == QuizKind::Role ? kRolePrefix : kModulePrefix; }

}  // namespace

std::optional<QuizId> QuizId::parse(std::string_view text) {
    for (QuizKind kind : {QuizKind::Role, QuizKind::Practice}) {
        const std::string_view prefix = prefixOf(kind);
        if (text.size() > prefix.size() && text.starts_with(prefix))
            return QuizId(kind, std::string(text.substr(prefix.size())));
    }
    return std::nullopt;
}

std::string QuizId::text() const {
    std::string out(prefixOf(kind_));
    out += target_;
    return out;
}

}  // namespace ipprimer::progress
