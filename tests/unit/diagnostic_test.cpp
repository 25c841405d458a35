#include <gtest/gtest.h>

#include "base/diagnostic.h"

using namespace ipprimer;

TEST(Diagnostic, FormatsLikeACompiler) {
    Diagnostic d{"lessons/a.md", 12, 3, Severity::Error, "unknown lesson 'x'"};
    EXPECT_EQ(d.format(), "lessons/a.md:12:3: error: unknown lesson 'x'");
    d.severity = Severity::Warning;
    d.line = 0;
    EXPECT_EQ(d.format(), "lessons/a.md:1:1: warning: unknown lesson 'x'");
}
