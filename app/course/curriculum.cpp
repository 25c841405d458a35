// Copies what status derivation needs out of the course model.
#include "course/curriculum.h"

#include "quiz/responses.h"

namespace ipprimer::course {

store::Curriculum curriculumOf(const Course& course) {
    std::vector<store::CurriculumModule> modules;
    for (const Module& module : course.modules) modules.push_back({module.id, module.title, module.lesson_ids});
    std::vector<store::CurriculumRole> roles;
    for (const Role& role : course.roles)
        roles.push_back({role.id, role.title, role.modules, role.due_days, role.quiz_size, role.pass_mark});
    store::Curriculum curriculum(std::move(modules), std::move(roles));
    curriculum.recertification_months = course.settings.recertification_months;
    curriculum.default_due_days = course.settings.default_due_days;
    curriculum.grading = course.settings.grading == "last" ? store::Grading::Last : store::Grading::Highest;
    return curriculum;
}

store::DemoCourse demoCourseOf(const Course& course) {
    store::DemoCourse demo{curriculumOf(course), {}};
    demo.questions.resize(demo.curriculum.modules().size());
    for (const Bank& bank : course.banks) {
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

std::unordered_map<std::string, std::vector<std::string>> questionTags(const Course& course) {
    std::unordered_map<std::string, std::vector<std::string>> tags;
    for (const Bank& bank : course.banks)
        for (const quiz::Question& question : bank.questions)
            if (!question.id.empty()) tags[question.id] = question.tags;
    return tags;
}

}  // namespace ipprimer::course
