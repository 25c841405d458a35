// A score in words, the same way wherever it is shown: points with at most two
// decimals ("0.75", "12.5"), a question's mark ("0.75 of 1 point") and the
// verdict beside it ("Partly right: 0.75 of 1 point"), a whole percentage.
#pragma once

#include <string>

namespace ipprimer::ui {

// "1", "0.75", "0.5", "0.33", "12.5": at most two decimals, no trailing zeros.
std::string pointsText(double points);
// A question's mark out of its one point: "1 of 1 point", "0.75 of 1 point".
std::string markText(double fraction);
// What the learner reads under an answer: "Right", "Partly right: 0.75 of 1
// point", "Not right"; the same number as markText.
std::string verdictText(double fraction, bool answered);
// "83%": rounded to a whole percent.
std::string percentText(double percent);

}  // namespace ipprimer::ui
