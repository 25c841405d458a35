// `certificate`, `certificate verify` and `certificate key` run as a manager
// and a verifier run them: the PDF read back with poppler, and every kind of
// tampering refused with its reason.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "export/certificate_code.h"
#include "export/certificate_pdf.h"
#include "export/certificate_records.h"
#include "export/certificate_signing.h"
#include "picture.h"
#include "process.h"
#include "store/sqlite_store.h"
#include "store/verbs.h"
#include "temp_folder.h"

using namespace ipprimer;
using ipprimer::testing::run;
using ipprimer::testing::runIpprimer;
using ipprimer::testing::TempFolder;

namespace {

// Without spaces, line breaks and dashes: pdftotext joins a word broken at a dash.
std::string withoutSpaces(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '-' && c != '\n' && c != '\f' && c != '\r') out += c;
    return out;
}

// "7 June 2026", as the certificate writes a date.
std::string longDate(Date date) {
    static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
    const std::string iso = formatDate(date);
    return std::to_string(std::stoi(iso.substr(8, 2))) + " " + kMonths[std::stoi(iso.substr(5, 2)) - 1] + " " +
           iso.substr(0, 4);
}

// The code the command printed: the line after "verification code:".
std::string printedCode(const std::string& out) {
    const std::size_t label = out.find("verification code:\n");
    if (label == std::string::npos) return {};
    const std::size_t start = label + std::string("verification code:\n").size();
    return out.substr(start, out.find('\n', start) - start);
}

struct CliCertificate : ::testing::Test {
    const TempFolder temp{"ipprimer-certificate-cli"};
    const std::string folder = temp.path().string();
    const std::string db = folder + "/progress.db";
    nlohmann::json learners;  // report --format json's rows

    void SetUp() override {
        ASSERT_EQ(runIpprimer({"--db", db, "demo-data", "--learners", "40", "--seed", "3"}).exit_code, 0);
        auto made = runIpprimer({"--db", db, "certificate", "key", "--new", "--organisation", "Acme Widgets Ltd"});
        ASSERT_EQ(made.exit_code, 0) << made.err;
        auto report = runIpprimer({"--db", db, "report", "--format", "json", "--all"});
        ASSERT_EQ(report.exit_code, 0) << report.err;
        learners = nlohmann::json::parse(report.out)["learners"];
    }

    // The first active learner whose status is `status`.
    nlohmann::json learner(const std::string& status) {
        for (const auto& row : learners)
            if (row["status"] == status && row["archived"] == false) return row;
        ADD_FAILURE() << "demo data has no " << status << " learner";
        return nlohmann::json::object();
    }

    std::string publicKey() {
        auto key = runIpprimer({"--db", db, "certificate", "key"});
        const std::size_t at = key.out.find("ed25519:");
        return key.out.substr(at, key.out.find('\n', at) - at);
    }

    std::string pdfText(const std::string& pdf) { return run("pdftotext", {"-enc", "UTF-8", pdf, "-"}).out; }
};

TEST_F(CliCertificate, SavesAPdfWithTheNameTheCodeAndTheDatesThatVerifies) {
    const auto who = learner("compliant");
    const std::string pdf = folder + "/certificate.pdf";
    auto saved = runIpprimer({"--db", db, "certificate", who["employee_id"].get<std::string>(), "--out", pdf});
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    EXPECT_NE(saved.out.find("Issued certificate"), std::string::npos) << saved.out;
    const std::string code = printedCode(saved.out);
    ASSERT_GT(code.size(), 150u) << saved.out;

    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find(who["name"].get<std::string>()), std::string::npos) << text;
    EXPECT_NE(text.find(who["employee_id"].get<std::string>()), std::string::npos);
    EXPECT_NE(text.find("Acme Widgets Ltd"), std::string::npos);
    EXPECT_NE(withoutSpaces(text).find(withoutSpaces(code)), std::string::npos) << "the code printed is the one on the page";
    const Date passed = *parseDate(who["completed_on"].get<std::string>());
    const Date valid = *parseDate(who["valid_until"].get<std::string>());
    EXPECT_NE(text.find(longDate(passed)), std::string::npos) << longDate(passed) << "\n" << text;
    EXPECT_NE(text.find(longDate(valid)), std::string::npos) << longDate(valid);

    const std::string png = folder + "/page";
    ASSERT_EQ(run("pdftoppm", {"-png", "-r", "50", "-singlefile", pdf, png}).exit_code, 0);
    ipprimer::testing::Picture page;
    ASSERT_TRUE(page.load(png + ".png"));
    EXPECT_GT(page.inkShare(), 0.03) << "the rendered page is not blank";

    // Saved again: the same certificate, not a second one.
    auto again = runIpprimer({"--db", db, "certificate", who["name"].get<std::string>(), "--out", folder + "/again", "--paper", "letter"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("Saved certificate"), std::string::npos) << again.out;
    EXPECT_EQ(printedCode(again.out), code);
    EXPECT_NE(run("pdfinfo", {folder + "/again.pdf"}).out.find("(letter)"), std::string::npos);

    auto by_file = runIpprimer({"--db", db, "certificate", "verify", pdf});
    EXPECT_EQ(by_file.exit_code, 0) << by_file.out << by_file.err;
    EXPECT_TRUE(by_file.out.starts_with("Genuine")) << by_file.out;
    auto by_code = runIpprimer({"--db", db, "certificate", "verify", code});
    EXPECT_EQ(by_code.exit_code, 0) << by_code.out;

    // A third party: no records, only the key the organisation published.
    std::filesystem::create_directory(folder + "/elsewhere");
    const std::string elsewhere = folder + "/elsewhere/progress.db";
    auto untrusted = runIpprimer({"--db", elsewhere, "certificate", "verify", code});
    EXPECT_EQ(untrusted.exit_code, 1);
    EXPECT_NE(untrusted.err.find("--key"), std::string::npos) << untrusted.err;
    auto checked = runIpprimer({"--db", elsewhere, "certificate", "verify", pdf, "--key", publicKey()});
    EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
    EXPECT_FALSE(std::filesystem::exists(elsewhere)) << "verifying makes no database";
}

TEST_F(CliCertificate, SaysWhyThereIsNoCertificate) {
    const auto waiting = learner("not-started");
    auto refused = runIpprimer({"--db", db, "certificate", waiting["employee_id"].get<std::string>(), "--out", folder + "/x.pdf"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("has not passed the role quiz"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(folder + "/x.pdf"));

    auto nobody = runIpprimer({"--db", db, "certificate", "Nobody Atall", "--out", folder + "/x.pdf"});
    EXPECT_EQ(nobody.exit_code, 1);
    EXPECT_NE(nobody.err.find("no learner has the employee id or name 'Nobody Atall'"), std::string::npos) << nobody.err;

    auto several = runIpprimer({"--db", db, "certificate", "a", "--out", folder + "/x.pdf"});
    EXPECT_EQ(several.exit_code, 1);
    EXPECT_NE(several.err.find("names "), std::string::npos) << several.err;
    EXPECT_NE(several.err.find("give one's employee id"), std::string::npos);

    auto no_out = runIpprimer({"--db", db, "certificate", waiting["employee_id"].get<std::string>()});
    EXPECT_EQ(no_out.exit_code, 2);

    // A learner's own computer: no signing key, nothing issued yet.
    const auto passed = learner("compliant");
    std::filesystem::remove(exports::signingKeyPath(db));
    auto laptop = runIpprimer({"--db", db, "certificate", passed["employee_id"].get<std::string>(), "--out", folder + "/x.pdf"});
    EXPECT_EQ(laptop.exit_code, 1);
    EXPECT_NE(laptop.err.find("has not been issued yet"), std::string::npos) << laptop.err;
    EXPECT_NE(laptop.err.find("holds no signing key"), std::string::npos) << laptop.err;
}

TEST_F(CliCertificate, TamperingFailsWithItsReason) {
    const auto who = learner("compliant");
    const std::string pdf = folder + "/certificate.pdf";
    auto saved = runIpprimer({"--db", db, "certificate", who["employee_id"].get<std::string>(), "--out", pdf});
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    const std::string code = printedCode(saved.out);

    // One character of the code changed.
    std::string typo = code;
    typo[40] = typo[40] == 'A' ? 'B' : 'A';
    auto changed = runIpprimer({"--db", db, "certificate", "verify", typo});
    EXPECT_EQ(changed.exit_code, 1);
    EXPECT_NE(changed.out.find("does not match its signature"), std::string::npos) << changed.out;

    // The PDF edited: the same genuine code under another name and a later date.
    store::SqliteStore store(db);
    std::optional<exports::IssuedRecord> record;
    for (const auto& learner : store.roster().list(true))
        for (auto& one : exports::issuedRecords(store, learner.id)) record = one;
    ASSERT_TRUE(record);
    exports::Certificate forged = record->certificate;
    forged.learner_name = "Mallory Forger";
    std::ofstream(folder + "/forged.pdf", std::ios::binary)
        << exports::certificatePdf(forged, record->code, record->key, exports::PaperSize::A4);
    auto edited = runIpprimer({"--db", db, "certificate", "verify", folder + "/forged.pdf"});
    EXPECT_EQ(edited.exit_code, 1);
    EXPECT_NE(edited.out.find("edited"), std::string::npos) << edited.out;
    EXPECT_NE(edited.out.find("Mallory Forger"), std::string::npos) << edited.out;
    forged = record->certificate;
    forged.valid_until = addDays(forged.valid_until, 365);
    std::ofstream(folder + "/later.pdf", std::ios::binary)
        << exports::certificatePdf(forged, record->code, record->key, exports::PaperSize::A4);
    auto later = runIpprimer({"--db", db, "certificate", "verify", folder + "/later.pdf"});
    EXPECT_EQ(later.exit_code, 1);
    EXPECT_NE(later.out.find("valid-until date"), std::string::npos) << later.out;
    forged = record->certificate;
    forged.modules.push_back("A module never taken");
    std::ofstream(folder + "/more.pdf", std::ios::binary)
        << exports::certificatePdf(forged, record->code, record->key, exports::PaperSize::A4);
    auto more = runIpprimer({"--db", db, "certificate", "verify", folder + "/more.pdf"});
    EXPECT_EQ(more.exit_code, 1);
    EXPECT_NE(more.out.find("modules differ"), std::string::npos) << more.out;

    // A code signed by another key, for the same certificate.
    const exports::SigningKey forger = exports::SigningKey::generate();
    const std::string foreign = exports::issueCode(record->certificate, forger);
    auto other = runIpprimer({"--db", db, "certificate", "verify", foreign});
    EXPECT_EQ(other.exit_code, 1);
    EXPECT_NE(other.out.find("signed by another key"), std::string::npos) << other.out;

    // Signed by the organisation's key, but never issued in its records.
    const auto key = exports::readSigningKey(exports::signingKeyPath(db));
    ASSERT_TRUE(key);
    exports::Certificate never = record->certificate;
    never.certificate_id = "ZZZZ-ZZZZ-ZZZZ";
    auto unknown = runIpprimer({"--db", db, "certificate", "verify", exports::issueCode(never, *key)});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.out.find("no certificate ZZZZ-ZZZZ-ZZZZ was ever issued"), std::string::npos) << unknown.out;
}

TEST_F(CliCertificate, ExpiredAndArchivedSaySo) {
    store::SqliteStore store(db);
    const auto key = exports::readSigningKey(exports::signingKeyPath(db));
    ASSERT_TRUE(key);
    const auto who = learner("compliant");
    std::int64_t learner_id = 0;
    for (const auto& one : store.roster().list(true))
        if (one.employee_id == who["employee_id"].get<std::string>()) learner_id = one.id;

    // Issued years ago, as the signing computer did then.
    exports::IssuedRecord old;
    old.learner_id = learner_id;
    old.role = who["role"].get<std::string>();
    old.certificate = {"Acme Widgets Ltd", who["name"].get<std::string>(), who["employee_id"].get<std::string>(), who["role_title"].get<std::string>(), {"Why IP matters"}, 90,
                       makeDate(2020, 1, 10), makeDate(2022, 1, 10), "OLD0-0000-0001"};
    old.code = exports::issueCode(old.certificate, *key);
    old.key = key->publicKey();
    store.journal().append(store::NewEvent{"", learner_id, std::string(store::verbs::kCertificateIssued),
                                           old.certificate.certificate_id, "", {}, "", {}, exports::recordDetails(old)});
    auto expired = runIpprimer({"--db", db, "certificate", "verify", old.code});
    EXPECT_EQ(expired.exit_code, 1);
    EXPECT_NE(expired.out.find("expired on 2022-01-10"), std::string::npos) << expired.out;

    // A current certificate, then the learner leaves.
    auto saved = runIpprimer({"--db", db, "certificate", who["employee_id"].get<std::string>(), "--out", folder + "/c.pdf"});
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    store.roster().archive(learner_id, "Test Manager");
    auto archived = runIpprimer({"--db", db, "certificate", "verify", printedCode(saved.out)});
    EXPECT_EQ(archived.exit_code, 1);
    EXPECT_NE(archived.out.find("was archived on"), std::string::npos) << archived.out;
    auto refused = runIpprimer({"--db", db, "certificate", who["employee_id"].get<std::string>(), "--out", folder + "/d.pdf"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("is archived"), std::string::npos) << refused.err;
}

TEST_F(CliCertificate, KeysAreReplacedWithTheOldOneRetiredOrWithdrawn) {
    const auto who = learner("compliant");
    auto saved = runIpprimer({"--db", db, "certificate", who["employee_id"].get<std::string>(), "--out", folder + "/c.pdf"});
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    const std::string code = printedCode(saved.out);
    const std::string first_key = publicKey();
    const std::string key_file = exports::signingKeyPath(db).string();
    EXPECT_EQ(std::filesystem::status(key_file).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)
        << "the signing key is readable by its owner only";

    auto twice = runIpprimer({"--db", db, "certificate", "key", "--new"});
    EXPECT_EQ(twice.exit_code, 1) << "a second --new never overwrites the key";
    auto replaced = runIpprimer({"--db", db, "certificate", "key", "--replace"});
    ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
    EXPECT_NE(replaced.out.find("retired"), std::string::npos) << replaced.out;
    EXPECT_NE(publicKey(), first_key);
    EXPECT_EQ(runIpprimer({"--db", db, "certificate", "verify", code}).exit_code, 0) << "a retired key still verifies";

    auto withdrawn = runIpprimer({"--db", db, "certificate", "key", "--withdraw", first_key});
    ASSERT_EQ(withdrawn.exit_code, 0) << withdrawn.err;
    auto refused = runIpprimer({"--db", db, "certificate", "verify", code});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.out.find("signed by another key"), std::string::npos) << refused.out;
    // The organisation issues what is still valid again, with the new key.
    auto again = runIpprimer({"--db", db, "certificate", who["employee_id"].get<std::string>(), "--out", folder + "/new.pdf"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("Issued certificate"), std::string::npos) << again.out;
    EXPECT_NE(printedCode(again.out), code);
    EXPECT_EQ(runIpprimer({"--db", db, "certificate", "verify", folder + "/new.pdf"}).exit_code, 0);

    std::filesystem::permissions(key_file, std::filesystem::perms::group_read, std::filesystem::perm_options::add);
    auto open_key = runIpprimer({"--db", db, "certificate", "key"});
    EXPECT_EQ(open_key.exit_code, 1);
    EXPECT_NE(open_key.err.find("chmod 600"), std::string::npos) << open_key.err;
}

}  // namespace
