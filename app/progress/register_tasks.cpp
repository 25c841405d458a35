#include "progress/register_tasks.h"

#include "progress/asset_register.h"

namespace ipprimer::progress {

void checkRegisterTasks(const course::Course& course, Diagnostics& diagnostics) {
    for (const course::RegisterTask& task : course.selfcheck.register_tasks)
        if (!task.kind.empty() && !parseAssetKind(task.kind))
            diagnostics.push_back({course.selfcheck.path, task.line, 1, Severity::Error,
                                   "register task for '" + task.lesson + "': unknown kind '" + task.kind +
                                       "'; the kinds are " + assetKindKeys()});
}

}  // namespace ipprimer::progress
