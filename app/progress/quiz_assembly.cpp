// How quizzes are drawn; see quiz_assembly.h for the rules.
#include "progress/quiz_assembly.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <set>

#include "quiz/answer_order.h"
#include "quiz/bank_lint.h"
#include "quiz/random.h"

namespace ipprimer::progress {
namespace {

bool eligible(const quiz::Question& q) { return q.isScored() && !q.id.empty(); }

// One module's eligible questions, split by how well they suit the role.
struct Pool {
    std::string module_id;
    std::vector<const quiz::Question*> for_role;     // tagged role-<id>
    std::vector<const quiz::Question*> for_everyone; // no role tags
    std::vector<const quiz::Question*> for_others;   // tagged for other roles only
    std::size_t size() const { return for_role.size() + for_everyone.size() + for_others.size(); }
};

Pool poolOf(const course::Bank& bank, std::string_view role_id, const course::Role* role) {
    Pool pool;
    pool.module_id = bank.module_id;
    for (const quiz::Question& q : bank.questions) {
        if (!eligible(q) || (role && !role->asksAbout(q))) continue;
        std::vector<std::string> roles = q.roleTags();
        if (roles.empty())
            pool.for_everyone.push_back(&q);
        else if (!role_id.empty() && std::find(roles.begin(), roles.end(), role_id) != roles.end())
            pool.for_role.push_back(&q);
        else
            pool.for_others.push_back(&q);
    }
    return pool;
}

const course::Bank* bankOf(const course::Course& course, std::string_view module_id) {
    for (const course::Bank& bank : course.banks)
        if (bank.module_id == module_id) return &bank;
    return nullptr;
}

// `count` questions from one pool: at least half tagged for the role where
// the pool has them, then the role's and everyone's questions mixed, then
// other roles' questions. At most one question of a family (the same
// `family-<name>` tag) in the whole quiz: `families` holds those drawn so far.
std::vector<const quiz::Question*> pick(Pool pool, std::size_t count, quiz::Random& random,
                                        std::set<std::string>& families) {
    auto fresh = [&](const quiz::Question* q) {
        const std::string family = quiz::familyOf(*q);
        return family.empty() || families.insert(family).second;
    };
    random.shuffle(pool.for_role);
    random.shuffle(pool.for_everyone);
    random.shuffle(pool.for_others);
    std::vector<const quiz::Question*> picked;
    const std::size_t role_first = std::min(pool.for_role.size(), (count + 1) / 2);
    std::vector<const quiz::Question*> rest;
    for (const quiz::Question* q : pool.for_role) {
        if (picked.size() < role_first && fresh(q))
            picked.push_back(q);
        else
            rest.push_back(q);
    }
    rest.insert(rest.end(), pool.for_everyone.begin(), pool.for_everyone.end());
    random.shuffle(rest);
    rest.insert(rest.end(), pool.for_others.begin(), pool.for_others.end());
    for (const quiz::Question* q : rest) {
        if (picked.size() >= count) break;
        if (std::find(picked.begin(), picked.end(), q) == picked.end() && fresh(q)) picked.push_back(q);
    }
    return picked;
}

// Equal shares of `total` over the pools, never more than a pool holds; the
// remainder and what small pools cannot take go round the pools in an order
// picked by the seed.
std::vector<std::size_t> shares(const std::vector<Pool>& pools, std::size_t total, quiz::Random& random) {
    std::vector<std::size_t> share(pools.size(), 0);
    if (pools.empty()) return share;
    std::vector<std::size_t> order(pools.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    random.shuffle(order);
    std::size_t left = total;
    // Round by round, each pool that can take one more gets one, in `order`:
    // equal shares, capped by what each pool holds. At most quiz-size steps.
    bool progress = true;
    while (left > 0 && progress) {
        progress = false;
        for (std::size_t i : order) {
            if (left == 0) break;
            if (share[i] < pools[i].size()) {
                ++share[i];
                --left;
                progress = true;
            }
        }
    }
    return share;
}

FeedbackTiming timing(const std::string& setting) {
    return setting == "each" ? FeedbackTiming::AfterEach : FeedbackTiming::AtEnd;
}

int passMarkFor(const course::Course& course, std::string_view role_id) {
    const course::Role* role = course.role(role_id);
    return role ? role->pass_mark : 70;
}

QuizPlan drawFrom(std::vector<Pool> pools, std::size_t size, std::uint64_t seed) {
    quiz::Random random(seed);
    // Drop empty pools before sharing, so balance is over modules that can give.
    pools.erase(std::remove_if(pools.begin(), pools.end(), [](const Pool& p) { return p.size() == 0; }), pools.end());
    std::vector<std::size_t> share = shares(pools, size, random);
    std::vector<std::pair<const quiz::Question*, std::string>> drawn;
    std::set<std::string> families;
    for (std::size_t i = 0; i < pools.size(); ++i)
        for (const quiz::Question* q : pick(pools[i], share[i], random, families))
            drawn.emplace_back(q, pools[i].module_id);
    random.shuffle(drawn);
    QuizPlan plan;
    plan.seed = seed;
    plan.wanted = static_cast<int>(size);
    for (auto& [question, module_id] : drawn) plan.questions.push_back(presentQuestion(*question, module_id, seed));
    return plan;
}

}  // namespace

std::vector<std::string> QuizPlan::questionIds() const {
    std::vector<std::string> ids;
    ids.reserve(questions.size());
    for (const PresentedQuestion& p : questions) ids.push_back(p.question->id);
    return ids;
}

PresentedQuestion presentQuestion(const quiz::Question& question, std::string module_id, std::uint64_t seed) {
    PresentedQuestion shown;
    shown.question = &question;
    shown.module_id = std::move(module_id);
    quiz::AnswerOrder order = quiz::answerOrder(question, seed);
    shown.answer_order = std::move(order.answers);
    shown.match_choices = std::move(order.matches);
    return shown;
}

QuizPlan drawRoleQuiz(const course::Course& course, const course::Role& role, std::uint64_t seed) {
    std::vector<Pool> pools;
    for (const std::string& module_id : role.modules)
        if (const course::Bank* bank = bankOf(course, module_id)) pools.push_back(poolOf(*bank, role.id, &role));
    QuizPlan plan = drawFrom(std::move(pools), static_cast<std::size_t>(std::max(role.quiz_size, 0)), seed);
    plan.quiz_id = QuizId::role(role.id).text();
    plan.kind = QuizKind::Role;
    plan.target = role.id;
    plan.pass_mark = role.pass_mark;
    plan.feedback = timing(course.settings.role_quiz_feedback);
    return plan;
}

QuizPlan drawPracticeQuiz(const course::Course& course, const course::Module& module, std::string_view role_id,
                          std::uint64_t seed) {
    std::vector<Pool> pools;
    if (const course::Bank* bank = bankOf(course, module.id)) pools.push_back(poolOf(*bank, role_id, course.role(role_id)));
    QuizPlan plan =
        drawFrom(std::move(pools), static_cast<std::size_t>(std::max(course.settings.practice_size, 0)), seed);
    plan.quiz_id = QuizId::practice(module.id).text();
    plan.kind = QuizKind::Practice;
    plan.target = module.id;
    plan.pass_mark = passMarkFor(course, role_id);
    plan.feedback = timing(course.settings.practice_feedback);
    // A practice quiz is as long as the bank allows; it is not "too short".
    plan.wanted = std::min(plan.wanted, static_cast<int>(plan.questions.size()));
    return plan;
}

std::optional<QuizPlan> drawQuiz(const course::Course& course, std::string_view quiz_id, std::string_view role_id,
                                 std::uint64_t seed) {
    auto ref = QuizId::parse(quiz_id);
    if (!ref) return std::nullopt;
    if (ref->kind() == QuizKind::Role) {
        const course::Role* role = course.role(ref->target());
        if (!role) return std::nullopt;
        return drawRoleQuiz(course, *role, seed);
    }
    const course::Module* module = course.module(ref->target());
    if (!module || !bankOf(course, module->id)) return std::nullopt;
    return drawPracticeQuiz(course, *module, role_id, seed);
}

std::optional<QuizPlan> replayQuiz(const course::Course& course, std::string_view quiz_id, std::string_view role_id,
                                   std::uint64_t seed, const std::vector<std::string>& question_ids) {
    auto ref = QuizId::parse(quiz_id);
    if (!ref) return std::nullopt;
    QuizPlan plan;
    plan.quiz_id = std::string(quiz_id);
    plan.kind = ref->kind();
    plan.target = ref->target();
    plan.seed = seed;
    if (ref->kind() == QuizKind::Role) {
        const course::Role* role = course.role(ref->target());
        if (!role) return std::nullopt;
        plan.pass_mark = role->pass_mark;
        plan.feedback = timing(course.settings.role_quiz_feedback);
    } else {
        if (!course.module(ref->target())) return std::nullopt;
        plan.pass_mark = passMarkFor(course, role_id);
        plan.feedback = timing(course.settings.practice_feedback);
    }
    for (const std::string& id : question_ids) {
        const quiz::Question* q = course.question(id);
        if (q && eligible(*q))
            plan.questions.push_back(presentQuestion(*q, course.moduleOfQuestion(id), seed));
        else
            plan.missing.push_back(id);
    }
    plan.wanted = static_cast<int>(plan.questions.size());
    return plan;
}

std::uint64_t freshSeed() {
    std::random_device device;
    std::uint64_t entropy = (static_cast<std::uint64_t>(device()) << 32) ^ device();
    entropy ^= static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    return quiz::mixSeed(entropy) & ((1ull << 53) - 1);
}

}  // namespace ipprimer::progress
