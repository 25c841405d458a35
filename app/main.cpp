// ipprimer: parse arguments, then run a subcommand or the window.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/check_command.h"
#include "cli/options.h"
#include "cli/window_commands.h"

using namespace ipprimer::cli;

int main(int argc, char** argv) {
    // --- arguments: --course and --db are global, before or after a subcommand
    CLI::App cli{"IP Primer: intellectual property courseware for the people of an SME.\n"
                 "Without a subcommand, opens the program's window."};
    cli.set_version_flag("--version", IPPRIMER_VERSION);
    GlobalOptions global;
    cli.add_option("--course", global.course_dir, "Course directory (holds content/course.toml)")->check(CLI::ExistingDirectory);
    cli.add_option("--db", global.db_path, "Progress database (default: $XDG_DATA_HOME/ipprimer/progress.db)");
    cli.fallthrough();
    cli.require_subcommand(0, 1);

    CLI::App* check = cli.add_subcommand("check", "Validate the course: course.toml, lessons, links, images");

    ScreenshotOptions shot;
    CLI::App* screenshot = cli.add_subcommand("screenshot", "Render one view in a real window and write a PNG (needs a display)");
    screenshot->add_option("VIEW", shot.view, "home, profiles, glossary, lesson:<id>[#anchor] or file:<path.md>")->required();
    screenshot->add_option("OUT", shot.out, "The PNG file to write")->required();
    screenshot->add_option("--width", shot.width, "Window width in pixels")->check(CLI::Range(320, 7680));
    screenshot->add_option("--height", shot.height, "Window height in pixels")->check(CLI::Range(240, 4320));

    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return cli.exit(e);
    } catch (const CLI::ParseError& e) {
        cli.exit(e);
        return kExitBadArguments;
    }

    // --- run what was asked
    if (*check) return runCheck(global);
    if (*screenshot) return runScreenshot(global, shot);
    return runGui(global);
}
