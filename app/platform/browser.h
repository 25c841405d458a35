// Opening an https: address from a lesson in the desktop's browser, and a
// mailto: link (a reminder) in the desktop's mail program.
#pragma once

#include <string>

namespace ipprimer::platform {

// Hands an https URL to the desktop's browser (xdg-open), without a shell.
// False, with `error` saying why and giving the address, when xdg-open is
// missing, refuses, or the URL is not https. Returns within about two seconds
// even where xdg-open waits for the browser to close.
bool openInBrowser(const std::string& url, std::string& error);

// The same for a mailto: link: the mail program opens a new message with the
// link's recipients, subject and body, for the user to edit and send.
bool openMailMessage(const std::string& mailto, std::string& error);

}  // namespace ipprimer::platform
