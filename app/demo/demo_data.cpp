// The demo-data generator: each learner gets a profile (compliant, overdue,
// mid-quiz...) and then the events that lead to it, in time order, written in
// batches of one transaction each.
#include "store/verbs.h"
#include "demo/demo_data.h"

#include "progress/curriculum.h"
#include "progress/quiz_id.h"
#include "quiz/responses.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <optional>
#include <random>
#include <string_view>
#include <unordered_map>

#include "base/dates.h"

namespace ipprimer::demo {
// The generator writes the store's tables itself (see the issue of the house).
using namespace ipprimer::store;
namespace {

struct Name {
    std::string_view shown;
    std::string_view ascii;  // for the e-mail address
};

constexpr std::array<Name, 84> kFirstNames{{
    {"Anna", "anna"},         {"Lukas", "lukas"},       {"Sofia", "sofia"},       {"Jonas", "jonas"},
    {"Emma", "emma"},         {"Mateo", "mateo"},       {"Lea", "lea"},           {"Noah", "noah"},
    {"Chloé", "chloe"},       {"Hugo", "hugo"},         {"Maria", "maria"},       {"Paul", "paul"},
    {"Julia", "julia"},       {"Elias", "elias"},       {"Laura", "laura"},       {"David", "david"},
    {"Sara", "sara"},         {"Tomás", "tomas"},       {"Ines", "ines"},         {"Leon", "leon"},
    {"Marta", "marta"},       {"Felix", "felix"},       {"Nora", "nora"},         {"Samuel", "samuel"},
    {"Clara", "clara"},       {"Adam", "adam"},         {"Elena", "elena"},       {"Oskar", "oskar"},
    {"Zoë", "zoe"},           {"Liam", "liam"},         {"Amira", "amira"},       {"Yusuf", "yusuf"},
    {"Hanna", "hanna"},       {"Karim", "karim"},       {"Aisha", "aisha"},       {"Ravi", "ravi"},
    {"Mei", "mei"},           {"Kenji", "kenji"},       {"Priya", "priya"},       {"Omar", "omar"},
    {"Léa", "lea"},           {"Jakub", "jakub"},       {"Zofia", "zofia"},       {"Łukasz", "lukasz"},
    {"Agnieszka", "agnieszka"}, {"Mikkel", "mikkel"},   {"Ingrid", "ingrid"},     {"Björn", "bjorn"},
    {"Astrid", "astrid"},     {"Pedro", "pedro"},       {"Lucía", "lucia"},       {"Javier", "javier"},
    {"Carmen", "carmen"},     {"Giulia", "giulia"},     {"Marco", "marco"},       {"Francesca", "francesca"},
    {"Luca", "luca"},         {"Eva", "eva"},           {"Petr", "petr"},         {"Tereza", "tereza"},
    {"Daniel", "daniel"},     {"Rachel", "rachel"},     {"Thomas", "thomas"},     {"Olivia", "olivia"},
    {"James", "james"},       {"Grace", "grace"},       {"Kwame", "kwame"},       {"Fatima", "fatima"},
    {"Dmitri", "dmitri"},     {"Olga", "olga"},         {"Nikos", "nikos"},       {"Eleni", "eleni"},
    {"Ahmed", "ahmed"},       {"Leila", "leila"},       {"Arjun", "arjun"},       {"Ana", "ana"},
    {"Bruno", "bruno"},       {"Camille", "camille"},   {"Émile", "emile"},       {"Henrik", "henrik"},
    {"Isabel", "isabel"},     {"Joana", "joana"},       {"Kai", "kai"},           {"Mila", "mila"},
}};

constexpr std::array<Name, 90> kLastNames{{
    {"Müller", "mueller"},     {"Schmidt", "schmidt"},   {"Dubois", "dubois"},     {"Martin", "martin"},
    {"García", "garcia"},      {"Rossi", "rossi"},       {"Novak", "novak"},       {"Kowalski", "kowalski"},
    {"Jensen", "jensen"},      {"Andersson", "andersson"}, {"Silva", "silva"},     {"Santos", "santos"},
    {"Bianchi", "bianchi"},    {"Fischer", "fischer"},   {"Weber", "weber"},       {"Meyer", "meyer"},
    {"Lefèvre", "lefevre"},    {"Moreau", "moreau"},     {"Fernández", "fernandez"}, {"López", "lopez"},
    {"Romano", "romano"},      {"Ricci", "ricci"},       {"Dvořák", "dvorak"},     {"Horváth", "horvath"},
    {"Nagy", "nagy"},          {"Kovács", "kovacs"},     {"Nowak", "nowak"},       {"Wiśniewski", "wisniewski"},
    {"Hansen", "hansen"},      {"Nielsen", "nielsen"},   {"Johansson", "johansson"}, {"Lindqvist", "lindqvist"},
    {"O'Brien", "obrien"},     {"Murphy", "murphy"},     {"Smith", "smith"},       {"Jones", "jones"},
    {"Taylor", "taylor"},      {"Brown", "brown"},       {"Wilson", "wilson"},     {"Evans", "evans"},
    {"Okafor", "okafor"},      {"Mensah", "mensah"},     {"Haddad", "haddad"},     {"Khalil", "khalil"},
    {"Yılmaz", "yilmaz"},      {"Demir", "demir"},       {"Kaya", "kaya"},         {"Popescu", "popescu"},
    {"Ionescu", "ionescu"},    {"Petrov", "petrov"},     {"Ivanova", "ivanova"},   {"Papadopoulos", "papadopoulos"},
    {"Nakamura", "nakamura"},  {"Tanaka", "tanaka"},     {"Chen", "chen"},         {"Wang", "wang"},
    {"Li", "li"},              {"Nguyen", "nguyen"},     {"Kim", "kim"},           {"Park", "park"},
    {"Sharma", "sharma"},      {"Patel", "patel"},       {"Gupta", "gupta"},       {"Singh", "singh"},
    {"Costa", "costa"},        {"Ferreira", "ferreira"}, {"Pereira", "pereira"},   {"Oliveira", "oliveira"},
    {"Van Dijk", "vandijk"},   {"De Vries", "devries"},  {"Janssen", "janssen"},   {"Peeters", "peeters"},
    {"Wagner", "wagner"},      {"Becker", "becker"},     {"Hoffmann", "hoffmann"}, {"Schulz", "schulz"},
    {"Bernard", "bernard"},    {"Petit", "petit"},       {"Durand", "durand"},     {"Leroy", "leroy"},
    {"Marino", "marino"},      {"Greco", "greco"},       {"Conti", "conti"},       {"Esposito", "esposito"},
    {"Berg", "berg"},          {"Lund", "lund"},         {"Virtanen", "virtanen"}, {"Korhonen", "korhonen"},
    {"Šimek", "simek"},        {"Žáková", "zakova"},
}};

// Roles of the bundled course, how common they are in a small company, and
// the departments their people sit in. Other courses' roles get a weight of 5.
struct RoleMix {
    std::string_view role;
    int weight;
    std::array<std::string_view, 3> departments;
};
constexpr std::array kRoleMix{
    RoleMix{"all-staff", 40, {"Production", "Logistics", "Customer service"}},
    RoleMix{"rnd", 12, {"R&D", "Engineering", "R&D"}},
    RoleMix{"marketing", 12, {"Sales", "Marketing", "Sales"}},
    RoleMix{"manager", 8, {"Production", "Sales", "Engineering"}},
    RoleMix{"it", 5, {"IT", "IT", "IT"}},
    RoleMix{"finance", 5, {"Finance", "Finance", "Administration"}},
    RoleMix{"hr", 4, {"Human resources", "Human resources", "Administration"}},
    RoleMix{"security", 4, {"Facilities", "Facilities", "Production"}},
    RoleMix{"owner", 2, {"Management", "Management", "Management"}},
};
constexpr std::array<std::string_view, 6> kOtherDepartments{"Production", "Sales", "Administration",
                                                            "Engineering", "Logistics", "Customer service"};

constexpr std::array<std::string_view, 3> kManagers{"Maria Keller", "Tom Hughes", "Ines Duarte"};

enum class Profile { Compliant, Expiring, Expired, Overdue, MidQuiz, Failing, InProgress, NotStarted, Extended };
struct ProfileMix {
    Profile profile;
    int weight;
};
constexpr std::array kProfileMix{
    ProfileMix{Profile::Compliant, 52}, ProfileMix{Profile::Expiring, 6},   ProfileMix{Profile::Expired, 5},
    ProfileMix{Profile::Overdue, 12},   ProfileMix{Profile::MidQuiz, 5},    ProfileMix{Profile::Failing, 4},
    ProfileMix{Profile::InProgress, 7}, ProfileMix{Profile::NotStarted, 5}, ProfileMix{Profile::Extended, 4},
};

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 86'400'000;

// Plain arithmetic on the engine's output, so a seed gives the same data with
// any standard library (the <random> distributions are not portable).
class Dice {
public:
    explicit Dice(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t raw() { return engine_(); }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(engine_() % static_cast<std::uint64_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }  // both ends included
    double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <class T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }

private:
    std::mt19937_64 engine_;
};

struct Event {
    std::string_view verb;
    std::string object;
    std::optional<std::int64_t> attempt_id;
    std::optional<double> score;
    std::string response;
    std::optional<std::int64_t> duration_ms;
    std::string context;
    std::int64_t at = 0;
};

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;  // ids hold none; never write a broken string
        out += c;
    }
    return out + "\"";
}

class Generator {
public:
    Generator(Store& store, const DemoCourse& course, const DemoOptions& options)
        : store_(store),
          course_(course),
          curriculum_(course.curriculum),
          dice_(options.seed),
          now_(store.now()),
          today_(localDate(now_)),
          insert_event_(store.database(),
                        "INSERT INTO events (learner_id, verb, object, attempt_id, score, response, duration_ms, context, at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
          // As the quiz records an attempt: its id is its own row's id, and the
          // row carries it in attempt_id like every other row of the attempt.
          insert_start_(store.database(),
                        "INSERT INTO events (id, learner_id, verb, object, attempt_id, context, at)"
                        " VALUES ((SELECT coalesce(max(id), 0) + 1 FROM events), ?1, 'attempt-started', ?2,"
                        " (SELECT coalesce(max(id), 0) + 1 FROM events), ?3, ?4)"),
          insert_learner_(store.database(),
                          "INSERT INTO learners (name, employee_id, email, role, department, start_date, archived, created_at)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)") {
        const std::time_t seconds = static_cast<std::time_t>(now_ / 1000);
        std::tm local{};
        localtime_r(&seconds, &local);
        utc_offset_ms_ = static_cast<std::int64_t>(local.tm_gmtoff) * 1000;
        // How hard each question is: most are easy, a few are missed by many.
        for (const auto& module : course_.questions)
            for (const DemoQuestion& question : module) {
                const double u = dice_.unit();
                difficulty_.emplace(question.id, 0.02 + 0.5 * u * u * u);
            }
        for (const progress::CurriculumRole& role : curriculum_.roles()) {
            int weight = 5;
            for (const RoleMix& mix : kRoleMix)
                if (mix.role == role.id) weight = mix.weight;
            role_weights_.push_back(weight);
        }
    }

    std::int64_t events() const { return events_; }

    void learner(int number) {
        if (curriculum_.roles().empty()) throw StoreError("the course has no roles, so there is no one to make up");
        const progress::CurriculumRole& role = curriculum_.roles()[static_cast<std::size_t>(weighted(role_weights_))];
        const Name& first = kFirstNames[static_cast<std::size_t>(dice_.below(static_cast<int>(kFirstNames.size())))];
        const Name& last = kLastNames[static_cast<std::size_t>(dice_.below(static_cast<int>(kLastNames.size())))];
        std::vector<int> profile_weights;
        for (const ProfileMix& mix : kProfileMix) profile_weights.push_back(mix.weight);
        const Profile profile = kProfileMix[static_cast<std::size_t>(weighted(profile_weights))].profile;
        skill_ = 0.8 + 0.2 * dice_.unit();

        const int due_days = curriculum_.dueDays(role);
        const int months = curriculum_.recertification_months;
        Date start = today_;
        std::optional<Date> completed;  // the day the training is completed, for complete profiles
        switch (profile) {
        case Profile::Compliant: {
            const Date earliest = addDays(addMonths(today_, -months), progress::kExpiringDays + 1);
            completed = addDays(earliest, dice_.below(std::max(1, daysBetween(earliest, today_))));
            start = addDays(*completed, -dice_.between(3, due_days + 20));
            break;
        }
        case Profile::Expiring:
            completed = addMonths(addDays(today_, dice_.between(0, progress::kExpiringDays - 1)), -months);
            start = addDays(*completed, -dice_.between(5, due_days + 10));
            break;
        case Profile::Expired:
            completed = addMonths(addDays(today_, -dice_.between(1, 240)), -months);
            start = addDays(*completed, -dice_.between(5, due_days + 10));
            break;
        case Profile::Overdue: start = addDays(today_, -dice_.between(due_days + 1, 700)); break;
        case Profile::MidQuiz:
        case Profile::Failing:
            start = dice_.chance(0.6) ? addDays(today_, -dice_.between(3, std::max(3, due_days - 1)))
                                      : addDays(today_, -dice_.between(due_days + 1, 300));
            break;
        case Profile::InProgress: start = addDays(today_, -dice_.between(1, std::max(1, due_days - 1))); break;
        case Profile::NotStarted:
            start = dice_.chance(0.15) ? addDays(today_, dice_.between(1, 14)) : addDays(today_, -dice_.between(0, due_days - 1));
            break;
        case Profile::Extended: start = addDays(today_, -dice_.between(due_days + 1, due_days + 90)); break;
        }

        const bool archived = dice_.chance(0.02);
        const std::string name = std::string(first.shown) + " " + std::string(last.shown);
        const std::string email = std::string(first.ascii) + "." + std::string(last.ascii) + "@example.com";
        const std::string employee_id = "E" + std::to_string(10001 + number);
        const std::string department = departmentFor(role.id);
        const std::string start_text = formatDate(start);
        insert_learner_.reset();
        insert_learner_.bind(1, std::string_view(name)).bind(2, std::string_view(employee_id)).bind(3, std::string_view(email));
        insert_learner_.bind(4, std::string_view(role.id)).bind(5, std::string_view(department));
        insert_learner_.bind(6, std::string_view(start_text)).bind(7, archived ? 1 : 0);
        insert_learner_.bind(8, std::min(now_, at(addDays(start, -dice_.between(0, 20)), 9 * 60)));
        insert_learner_.step();
        learner_id_ = store_.database().lastInsertRowId();

        history(role, profile, start, completed);
        if (archived)
            record({verbs::kArchived, std::to_string(learner_id_), {}, {}, {}, {},
                    "{\"by\":" + jsonString(kManagers[static_cast<std::size_t>(dice_.below(3))]) + "}",
                    now_ - dice_.between(1, 90) * kDay});
    }

private:
    int weighted(const std::vector<int>& weights) {
        int total = 0;
        for (int w : weights) total += w;
        int roll = dice_.below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i]) return static_cast<int>(i);
            roll -= weights[i];
        }
        return 0;
    }

    std::string departmentFor(const std::string& role_id) {
        for (const RoleMix& mix : kRoleMix)
            if (mix.role == role_id) return std::string(mix.departments[static_cast<std::size_t>(dice_.below(3))]);
        return std::string(kOtherDepartments[static_cast<std::size_t>(dice_.below(static_cast<int>(kOtherDepartments.size())))]);
    }

    // A time on a local day, `minute` minutes after midnight.
    std::int64_t at(Date day, int minute) const { return static_cast<std::int64_t>(day.days) * kDay + minute * kMinute - utc_offset_ms_; }
    std::int64_t workTime(Date day) { return at(day, dice_.between(8 * 60, 17 * 60 + 30)); }

    void record(const Event& event) {
        if (event.at > now_) return;  // nothing is recorded in the future
        insert_event_.reset();
        insert_event_.bind(1, learner_id_).bind(2, event.verb).bind(3, std::string_view(event.object));
        if (event.attempt_id) insert_event_.bind(4, *event.attempt_id); else insert_event_.bind(4, nullptr);
        if (event.score) insert_event_.bind(5, *event.score); else insert_event_.bind(5, nullptr);
        if (!event.response.empty()) insert_event_.bind(6, std::string_view(event.response)); else insert_event_.bind(6, nullptr);
        if (event.duration_ms) insert_event_.bind(7, *event.duration_ms); else insert_event_.bind(7, nullptr);
        if (!event.context.empty()) insert_event_.bind(8, std::string_view(event.context)); else insert_event_.bind(8, nullptr);
        insert_event_.bind(9, event.at);
        insert_event_.step();
        ++events_;
    }

    // The role's lessons in course order, with their module index.
    std::vector<std::pair<int, std::string>> lessonsOf(const progress::CurriculumRole& role) const {
        std::vector<std::pair<int, std::string>> lessons;
        for (const std::string& module_id : role.modules) {
            const int module = curriculum_.moduleIndex(module_id);
            if (module < 0) continue;
            for (const std::string& lesson : curriculum_.modules()[static_cast<std::size_t>(module)].lesson_ids)
                lessons.emplace_back(module, lesson);
        }
        return lessons;
    }

    // Reads lessons from `from` to `until`: `finished` of them to the end,
    // the next one or two only opened. Practice quizzes follow some modules.
    void study(const progress::CurriculumRole& role, Date from, Date until, std::size_t finished) {
        const auto lessons = lessonsOf(role);
        if (lessons.empty()) return;
        const int span = std::max(1, daysBetween(from, until));
        const std::size_t touched = std::min(lessons.size(), finished + (finished < lessons.size() ? dice_.between(0, 2) : 0));
        for (std::size_t i = 0; i < touched; ++i) {
            const Date day = addDays(from, static_cast<int>(static_cast<double>(i) * span / static_cast<double>(lessons.size())));
            std::int64_t t = workTime(std::min(day, until));
            const int opens = 1 + (dice_.chance(0.55) ? 1 : 0) + (dice_.chance(0.45) ? 1 : 0) + (dice_.chance(0.3) ? 2 : 0);
            for (int o = 0; o < opens; ++o) {
                record({verbs::kOpened, lessons[i].second, {}, {}, {}, {}, {}, t});
                t += dice_.between(2, 40) * kMinute;
            }
            if (i < finished) record({verbs::kFinished, lessons[i].second, {}, {}, {}, {}, {}, t});
            const bool module_ends = i + 1 == lessons.size() || lessons[i + 1].first != lessons[i].first;
            if (i < finished && module_ends && dice_.chance(0.85)) {
                const int module = lessons[i].first;
                practice(module, role.pass_mark, t + dice_.between(5, 120) * kMinute);
                if (dice_.chance(0.45)) practice(module, role.pass_mark, t + dice_.between(1, 3) * kDay);
            }
        }
    }

    std::vector<const DemoQuestion*> drawQuestions(const std::vector<int>& modules, int count) {
        std::vector<const DemoQuestion*> pool;
        for (int module : modules)
            if (static_cast<std::size_t>(module) < course_.questions.size())
                for (const DemoQuestion& question : course_.questions[static_cast<std::size_t>(module)]) pool.push_back(&question);
        for (std::size_t i = 0; i + 1 < pool.size(); ++i)  // a partial Fisher-Yates shuffle
            std::swap(pool[i], pool[i + static_cast<std::size_t>(dice_.below(static_cast<int>(pool.size() - i)))]);
        if (static_cast<int>(pool.size()) > count) pool.resize(static_cast<std::size_t>(count));
        return pool;
    }

    bool answersRight(const DemoQuestion& question) {
        auto found = difficulty_.find(question.id);
        const double difficulty = found == difficulty_.end() ? 0.2 : found->second;
        return dice_.chance(std::clamp(skill_ - difficulty, 0.05, 0.99));
    }

    enum class Outcome { AsAnswered, Pass, Fail, Abandon };

    // One attempt: started, answered question by question, finished (unless
    // abandoned half way). Pass and Fail are made to come true.
    void attempt(const std::string& quiz, std::string_view kind, const std::vector<const DemoQuestion*>& questions,
                 int pass_mark, std::int64_t start, Outcome outcome) {
        if (questions.empty() || start > now_) return;
        const std::uint64_t seed = dice_.raw() >> 1;
        std::string list = "[";
        for (std::size_t i = 0; i < questions.size(); ++i) list += (i ? "," : "") + jsonString(questions[i]->id);
        list += "]";
        const std::string context_started =
            "{\"seed\":" + std::to_string(seed) + ",\"questions\":" + list + ",\"kind\":" + jsonString(kind) + "}";
        insert_start_.reset();
        insert_start_.bind(1, learner_id_).bind(2, std::string_view(quiz)).bind(3, std::string_view(context_started)).bind(4, start);
        insert_start_.step();
        ++events_;
        const std::int64_t attempt_id = store_.database().lastInsertRowId();

        std::vector<bool> right;
        for (const DemoQuestion* question : questions) right.push_back(answersRight(*question));
        const int needed = (pass_mark * static_cast<int>(questions.size()) + 99) / 100;
        auto count = [&] { return static_cast<int>(std::count(right.begin(), right.end(), true)); };
        for (std::size_t i = 0; outcome == Outcome::Pass && count() < needed && i < right.size(); ++i) right[i] = true;
        for (std::size_t i = right.size(); outcome == Outcome::Fail && count() >= needed && i-- > 0;) right[i] = false;

        const std::size_t answered = outcome == Outcome::Abandon
                                         ? static_cast<std::size_t>(dice_.between(1, std::max(1, static_cast<int>(questions.size()) - 1)))
                                         : questions.size();
        const std::string context = "{\"quiz\":" + jsonString(quiz) + "}";
        std::int64_t t = start;
        std::int64_t total = 0;
        for (std::size_t i = 0; i < answered; ++i) {
            const std::int64_t took = dice_.between(15, 150) * 1000;
            t += took;
            total += took;
            record({verbs::kAnswered, questions[i]->id, attempt_id, right[i] ? 1.0 : 0.0,
                    right[i] ? questions[i]->right_response : questions[i]->wrong_response, took, context, t});
        }
        if (outcome == Outcome::Abandon) return;
        const double percent = 100.0 * count() / static_cast<double>(questions.size());
        const bool passed = percent + 1e-9 >= pass_mark;
        record({verbs::kAttemptFinished, quiz, attempt_id, percent, {}, total,
                std::string("{\"passed\":") + (passed ? "true" : "false") + ",\"pass_mark\":" + std::to_string(pass_mark) + "}",
                t + 2000});
        if (!passed && dice_.chance(0.5)) review(questions, right, t + dice_.between(1, 4) * kDay);
    }

    void practice(int module, int pass_mark, std::int64_t start) {
        const std::string quiz = progress::QuizId::practice(curriculum_.modules()[static_cast<std::size_t>(module)].id).text();
        attempt(quiz, "practice", drawQuestions({module}, dice_.between(6, 10)), pass_mark, start,
                dice_.chance(0.1) ? Outcome::Abandon : Outcome::AsAnswered);
    }

    // Review sessions from `from` to `until`, about two a month: a few
    // questions of the role's modules each time, outside any attempt.
    void reviewSessions(const progress::CurriculumRole& role, Date from, Date until) {
        const std::vector<int> modules = roleModules(role);
        for (Date day = addDays(from, dice_.between(7, 20)); day < until; day = addDays(day, dice_.between(7, 25))) {
            if (!dice_.chance(0.9)) continue;
            std::int64_t t = workTime(day);
            for (const DemoQuestion* question : drawQuestions(modules, dice_.between(4, 8))) {
                t += dice_.between(20, 90) * 1000;
                const bool right = answersRight(*question);
                record({verbs::kAnswered, question->id, {}, right ? 1.0 : 0.0,
                        right ? question->right_response : question->wrong_response, {}, "{\"review\":true}", t});
            }
        }
    }

    // Looking back at some lessons before the role quiz.
    void revise(const progress::CurriculumRole& role, Date day) {
        for (const auto& [module, lesson] : lessonsOf(role))
            if (dice_.chance(0.3)) record({verbs::kOpened, lesson, {}, {}, {}, {}, {}, workTime(day)});
    }

    // Going over missed questions later, outside any attempt.
    void review(const std::vector<const DemoQuestion*>& questions, const std::vector<bool>& right, std::int64_t start) {
        std::int64_t t = start;
        for (std::size_t i = 0; i < questions.size(); ++i) {
            if (right[i]) continue;
            t += dice_.between(20, 90) * 1000;
            const bool now_right = dice_.chance(0.8);
            record({verbs::kAnswered, questions[i]->id, {}, now_right ? 1.0 : 0.0,
                    now_right ? questions[i]->right_response : questions[i]->wrong_response, {}, "{\"review\":true}", t});
        }
    }

    std::vector<int> roleModules(const progress::CurriculumRole& role) const {
        std::vector<int> modules;
        for (const std::string& id : role.modules)
            if (int m = curriculum_.moduleIndex(id); m >= 0) modules.push_back(m);
        return modules;
    }

    // The role quiz: failures first when `failures`, then the outcome on `day`.
    void roleQuiz(const progress::CurriculumRole& role, Date day, int failures, Outcome last) {
        const std::string quiz = progress::QuizId::role(role.id).text();
        const std::vector<int> modules = roleModules(role);
        const int size = role.quiz_size > 0 ? role.quiz_size : 10;
        for (int f = failures; f > 0; --f)
            attempt(quiz, "role", drawQuestions(modules, size), role.pass_mark, workTime(addDays(day, -f * dice_.between(1, 4))),
                    Outcome::Fail);
        attempt(quiz, "role", drawQuestions(modules, size), role.pass_mark, workTime(day), last);
    }

    void history(const progress::CurriculumRole& role, Profile profile, Date start, std::optional<Date> completed) {
        const std::size_t all = lessonsOf(role).size();
        const int due_days = curriculum_.dueDays(role);
        const Date yesterday = addDays(today_, -1);
        switch (profile) {
        case Profile::Compliant:
        case Profile::Expiring:
        case Profile::Expired: {
            const Date quiz_day = *completed;
            study(role, addDays(start, dice_.between(0, 3)), addDays(quiz_day, -1), all);
            revise(role, addDays(quiz_day, -1));
            roleQuiz(role, quiz_day, dice_.chance(0.25) ? dice_.between(1, 2) : 0, Outcome::Pass);
            reviewSessions(role, quiz_day, std::min(today_, addMonths(quiz_day, curriculum_.recertification_months)));
            // Some whose training ran out have begun again.
            if (profile == Profile::Expired && dice_.chance(0.3))
                roleQuiz(role, addDays(today_, -dice_.between(1, 20)), 0, dice_.chance(0.5) ? Outcome::Fail : Outcome::Abandon);
            break;
        }
        case Profile::Overdue: {
            const std::size_t done = static_cast<std::size_t>(dice_.unit() * 0.85 * static_cast<double>(all));
            study(role, addDays(start, dice_.between(0, 10)), std::min(yesterday, addDays(start, due_days + 40)), done);
            reviewSessions(role, start, std::min(yesterday, addDays(start, due_days + 60)));
            break;
        }
        case Profile::MidQuiz:
            study(role, start, addDays(today_, -2), all);
            roleQuiz(role, yesterday, dice_.chance(0.3) ? 1 : 0, Outcome::Abandon);
            break;
        case Profile::Failing:
            study(role, start, addDays(today_, -3), all);
            roleQuiz(role, yesterday, dice_.between(0, 1), Outcome::Fail);
            break;
        case Profile::InProgress:
            study(role, start, yesterday, static_cast<std::size_t>(dice_.unit() * 0.7 * static_cast<double>(all)));
            break;
        case Profile::NotStarted: break;
        case Profile::Extended: {
            const std::size_t done = static_cast<std::size_t>(dice_.unit() * 0.6 * static_cast<double>(all));
            study(role, addDays(start, dice_.between(0, 10)), yesterday, done);
            const Date due = addDays(today_, dice_.between(5, 45));
            record({verbs::kDueExtended, progress::QuizId::role(role.id).text(), {}, {}, {}, {},
                    "{\"due\":\"" + formatDate(due) + "\",\"by\":" +
                        jsonString(kManagers[static_cast<std::size_t>(dice_.below(3))]) + "}",
                    now_ - dice_.between(1, 10) * kDay});
            break;
        }
        }
    }

    Store& store_;
    const DemoCourse& course_;
    const progress::Curriculum& curriculum_;
    Dice dice_;
    std::int64_t now_;
    Date today_;
    std::int64_t utc_offset_ms_ = 0;
    Statement insert_event_;
    Statement insert_start_;
    Statement insert_learner_;
    std::unordered_map<std::string, double> difficulty_;
    std::vector<int> role_weights_;
    std::int64_t learner_id_ = 0;
    double skill_ = 0.9;
    std::int64_t events_ = 0;
};

}  // namespace

DemoResult generateDemoData(Store& store, const DemoCourse& course, const DemoOptions& options,
                            const std::function<void(int learners_done)>& progress) {
    if (!store.learners(true).empty())
        throw StoreError(store.path().string() +
                         " already holds learners; demo data goes into a database of its own (choose a new file with --db)");
    DemoResult result;
    // A new file of made-up records: while filling it, keep pages in memory
    // and skip the durability a learner's answers need; the file is put back
    // to WAL and full sync before anyone else uses it. An interrupted run
    // leaves a demo file to delete, never a learner's records at risk.
    const bool on_disk = store.path() != ":memory:";
    if (on_disk) store.database().exec("PRAGMA journal_mode = TRUNCATE");
    store.database().exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144");
    struct Restore {
        Database& db;
        bool on_disk;
        ~Restore() {
            try {
                db.exec("PRAGMA synchronous = FULL; PRAGMA cache_size = -2000");
                if (on_disk) db.exec("PRAGMA journal_mode = WAL");
            } catch (const StoreError&) {
                // The next opening sets them again.
            }
        }
    } restore{store.database(), on_disk};
    Generator generator(store, course, options);
    const int batch = std::max(1, options.learners_per_transaction);
    for (int done = 0; done < options.learners;) {
        Transaction transaction(store.database());
        const int until = std::min(options.learners, done + batch);
        for (; done < until; ++done) generator.learner(done);
        transaction.commit();
        if (progress) progress(done);
    }
    result.learners = options.learners;
    result.events = generator.events();
    return result;
}

DemoCourse demoCourseOf(const course::Course& course) {
    DemoCourse demo{progress::curriculumOf(course), {}};
    demo.questions.resize(demo.curriculum.modules().size());
    for (const course::Bank& bank : course.banks) {
        const int module = demo.curriculum.moduleIndex(bank.module_id);
        if (module < 0) continue;
        for (const quiz::Question& question : bank.questions) {
            if (!question.isScored() || question.id.empty()) continue;
            demo.questions[static_cast<std::size_t>(module)].push_back(
                {question.id, quiz::responseToJson(question, quiz::bestResponse(question)).dump(),
                 quiz::responseToJson(question, quiz::wrongResponse(question)).dump()});
        }
    }
    return demo;
}

}  // namespace ipprimer::demo
