// What poppler-utils read of a PDF the program wrote: a command's output
// (pdftotext, pdfinfo) and the text's words, for tests of the PDF files.
#pragma once

#include <string>

namespace ipprimer::testing {

// What `command` prints on stdout (run by the shell: the test's own paths only).
std::string commandOutput(const std::string& command);
// The words of a text with one space between them: pdftotext breaks lines
// where the page did, so tests compare words, not lines.
std::string words(const std::string& text);
// The text without any space or line break.
std::string withoutSpaces(const std::string& text);

}  // namespace ipprimer::testing
