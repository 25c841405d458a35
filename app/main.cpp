// ipprimer: parse arguments, then run a subcommand or the window.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/certificate_command.h"
#include "cli/check_command.h"
#include "cli/demo_data_command.h"
#include "cli/gift_command.h"
#include "cli/learners_command.h"
#include "cli/manager_pin_command.h"
#include "cli/options.h"
#include "cli/org_command.h"
#include "cli/register_command.h"
#include "cli/report_command.h"
#include "cli/selfcheck_command.h"
#include "cli/sync_command.h"
#include "cli/transcript_command.h"
#include "cli/window_commands.h"
#include "cli/xapi_command.h"

using namespace ipprimer::cli;

int main(int argc, char** argv) {
    // --- arguments: --course and --db are global, before or after a subcommand
    CLI::App cli{"IP Primer: intellectual property courseware for the people of an SME.\n"
                 "Without a subcommand, opens the program's window."};
    cli.set_version_flag("--version", IPPRIMER_VERSION);
    GlobalOptions global;
    cli.add_option("--course", global.course_dir, "Course directory (holds content/course.toml)")->check(CLI::ExistingDirectory);
    cli.add_option("--db", global.db_path, "Progress database (default: $XDG_DATA_HOME/ipprimer/progress.db)")
        ->check(CLI::Validator(
            [](const std::string& path) {
                return path.empty() ? std::string("--db was given an empty file name; name a file, or leave --db out "
                                                  "for your own database")
                                    : std::string();
            },
            "PATH"));
    cli.fallthrough();
    cli.require_subcommand(0, 1);

    CLI::App* check = cli.add_subcommand("check", "Validate the course: course.toml, lessons, links, images");

    ScreenshotOptions shot;
    CLI::App* screenshot = cli.add_subcommand("screenshot", "Render one view in a real window and write a PNG (needs a display)");
    screenshot->add_option("VIEW", shot.view, kScreenshotViews)->required();
    screenshot->add_option("OUT", shot.out, "The PNG file to write")->required();
    screenshot->add_option("--width", shot.width, "Window width in pixels")->check(CLI::Range(320, 7680));
    screenshot->add_option("--height", shot.height, "Window height in pixels")->check(CLI::Range(240, 4320));

    LearnersOptions learners_options;
    CLI::App* learners = addLearnersCommand(cli, learners_options);
    ReportOptions report_options;
    CLI::App* report = addReportCommand(cli, report_options);
    DemoDataOptions demo_options;
    CLI::App* demo_data = addDemoDataCommand(cli, demo_options);
    ManagerPinOptions pin_options;
    CLI::App* manager_pin = addManagerPinCommand(cli, pin_options);
    GiftOptions gift_options;
    CLI::App* gift = addGiftCommand(cli, gift_options);
    RegisterOptions register_options;
    CLI::App* register_command = addRegisterCommand(cli, register_options);
    SelfCheckOptions selfcheck_options;
    CLI::App* selfcheck = addSelfCheckCommand(cli, selfcheck_options);
    OrgOptions org_options;
    CLI::App* org = addOrgCommand(cli, org_options);
    SyncOptions sync_options;
    CLI::App* sync = addSyncCommand(cli, sync_options);
    XapiOptions xapi_options;
    CLI::App* xapi = addXapiCommand(cli, xapi_options);
    CertificateOptions certificate_options;
    CLI::App* certificate = addCertificateCommand(cli, certificate_options);
    TranscriptOptions transcript_options;
    CLI::App* transcript = addTranscriptCommand(cli, transcript_options);

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

    // --- run what was asked. Each command reports the problems it expects;
    // this is the last guard, so that nothing ends in an abort.
    try {
        if (*check) return runCheck(global);
        if (*screenshot) return runScreenshot(global, shot);
        if (*learners) return runLearners(global, learners_options);
        if (*report) return runReport(global, report_options);
        if (*demo_data) return runDemoData(global, demo_options);
        if (*manager_pin) return runManagerPin(global, pin_options);
        if (*gift) return runGift(global, gift_options);
        if (*register_command) return runRegister(global, register_options);
        if (*selfcheck) return runSelfCheck(global, selfcheck_options);
        if (*org) return runOrg(global, org_options, *org);
        if (*sync) return runSync(global, sync_options);
        if (*xapi) return runXapi(global, xapi_options);
        if (*certificate) return runCertificate(global, certificate_options);
        if (*transcript) return runTranscript(global, transcript_options);
        return runGui(global);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ipprimer: %s\n", error.what());
        return kExitBadInput;
    }
}
