// Quiz ids as the learning records hold them: "role:<role-id>" for a role's
// certifying quiz, "module:<module-id>" for a module's practice quiz. This is
// the one place that writes and reads that text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ipprimer::progress {

enum class QuizKind { Role, Practice };

class QuizId {
public:
    static QuizId role(std::string_view role_id) { return QuizId(QuizKind::Role, std::string(role_id)); }
    static QuizId practice(std::string_view module_id) { return QuizId(QuizKind::Practice, std::string(module_id)); }
    // nullopt for anything but "role:<id>" or "module:<id>" with a non-empty id.
    static std::optional<QuizId> parse(std::string_view text);

    QuizKind kind() const { return kind_; }
    // The role's or the module's id.
    const std::string& target() const { return target_; }
    // The id as recorded; parse() reads it back. An empty target gives a text
    // that parse() refuses and under which no attempt is ever recorded.
    std::string text() const;

    bool operator==(const QuizId&) const = default;

private:
    QuizId(QuizKind kind, std::string target) : kind_(kind), target_(std::move(target)) {}

    QuizKind kind_;
    std::string target_;
};

}  // namespace ipprimer::progress
