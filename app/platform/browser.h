// Opening an https: address from a lesson in the desktop's browser.
#pragma once

#include <string>

namespace ipprimer::platform {

// Hands an https URL to the desktop's browser (xdg-open), without a shell.
// False, with `error` saying why and giving the address, when xdg-open is
// missing, refuses, or the URL is not https. Returns within about two seconds
// even where xdg-open waits for the browser to close.
bool openInBrowser(const std::string& url, std::string& error);

}  // namespace ipprimer::platform
