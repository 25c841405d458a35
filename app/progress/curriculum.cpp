// Copies what status derivation needs out of the course model.
#include "progress/curriculum.h"


namespace ipprimer::progress {

progress::Curriculum curriculumOf(const course::Course& course) {
    std::vector<progress::CurriculumModule> modules;
    for (const course::Module& module : course.modules) modules.push_back({module.id, module.title, module.lesson_ids});
    std::vector<progress::CurriculumRole> roles;
    for (const course::Role& role : course.roles)
        roles.push_back({role.id, role.title, role.modules, role.due_days, role.quiz_size, role.pass_mark, role.lessons});
    progress::Curriculum curriculum(std::move(modules), std::move(roles));
    curriculum.recertification_months = course.settings.recertification_months;
    curriculum.default_due_days = course.settings.default_due_days;
    curriculum.grading = course.settings.grading == "last" ? progress::Grading::Last : progress::Grading::Highest;
    return curriculum;
}

std::unordered_map<std::string, std::vector<std::string>> questionTags(const course::Course& course) {
    std::unordered_map<std::string, std::vector<std::string>> tags;
    for (const course::Bank& bank : course.banks)
        for (const quiz::Question& question : bank.questions)
            if (!question.id.empty()) tags[question.id] = question.tags;
    return tags;
}

}  // namespace ipprimer::progress
