// The push loop: read a page of statements, post it until the LRS takes it
// or says why not, move the cursor, go on.
#include "export/lrs_push.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "export/xapi_export.h"

namespace ipprimer::exports::xapi {
namespace {

constexpr std::string_view kLastPushKey = "xapi.last_push";

std::string normalised(const std::string& lrs) {
    std::string url = lrs;
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

std::string cursorKey(const std::string& lrs) { return "xapi.cursor " + normalised(lrs); }

// What an LRS says about a refused batch: its message, or the start of its answer.
std::string reasonOf(const std::string& body) {
    const auto parsed = nlohmann::json::parse(body, nullptr, false);
    std::string reason;
    if (parsed.is_object()) {
        for (const char* key : {"message", "error"})
            if (parsed.contains(key) && parsed[key].is_string()) reason = parsed[key].get<std::string>();
        if (parsed.contains("warnings") && parsed["warnings"].is_array())
            for (const auto& warning : parsed["warnings"])
                if (warning.is_string()) reason += (reason.empty() ? "" : "; ") + warning.get<std::string>();
    }
    if (reason.empty()) reason = body;
    if (reason.size() > 600) reason = reason.substr(0, 600) + "...";
    return reason.empty() ? "no reason given" : reason;
}

bool worthRetrying(const LrsAnswer& answer) {
    return answer.status == 0 || answer.status >= 500 || answer.status == 429 || answer.status == 408;
}

std::string failure(const LrsAnswer& answer, const std::string& lrs, int tries) {
    if (answer.status == 0)
        return "could not reach the LRS at " + lrs + ": " + answer.unreachable +
               (tries > 1 ? " (" + std::to_string(tries) + " tries)" : "");
    if (answer.status == 401 || answer.status == 403)
        return "the LRS at " + lrs + " refused the key and secret (HTTP " + std::to_string(answer.status) +
               "); check IPPRIMER_LRS_KEY and IPPRIMER_LRS_SECRET or the credentials file";
    if (worthRetrying(answer))
        return "the LRS at " + lrs + " answered HTTP " + std::to_string(answer.status) +
               (tries > 1 ? " " + std::to_string(tries) + " times in a row: " : ": ") + reasonOf(answer.body);
    return "the LRS at " + lrs + " refused a batch (HTTP " + std::to_string(answer.status) + "): " + reasonOf(answer.body) +
           (tries > 1 ? " (after " + std::to_string(tries) + " tries)" : "");
}

void remember(store::Settings& settings, const std::string& lrs, std::int64_t at, std::size_t sent, const std::string& error) {
    std::size_t total = sent;
    if (auto before = lastPush(settings); before && before->lrs == lrs) total += before->total_sent;
    const nlohmann::json record = {{"lrs", lrs}, {"at", at}, {"sent", sent}, {"total_sent", total}, {"error", error}};
    settings.set(kLastPushKey, record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace

std::int64_t pushCursor(store::Settings& settings, const std::string& lrs) {
    const auto value = settings.value(cursorKey(lrs));
    if (!value) return 0;
    try {
        return std::stoll(*value);
    } catch (const std::exception&) {
        return 0;
    }
}

std::optional<PushRecord> lastPush(store::Settings& settings) {
    const auto value = settings.value(kLastPushKey);
    if (!value) return std::nullopt;
    const auto parsed = nlohmann::json::parse(*value, nullptr, false);
    if (!parsed.is_object()) return std::nullopt;
    PushRecord record;
    record.lrs = parsed.value("lrs", "");
    record.at = parsed.value("at", std::int64_t{0});
    record.sent = parsed.value("sent", std::size_t{0});
    record.total_sent = parsed.value("total_sent", std::size_t{0});
    record.error = parsed.value("error", "");
    return record;
}

void readCredentials(LrsEndpoint& endpoint, const std::string& credentials_file) {
    if (!credentials_file.empty()) {
        std::ifstream in(credentials_file);
        if (!in) throw std::runtime_error("cannot read the credentials file " + credentials_file);
        // The secret opens the company's LRS: it belongs to one person.
        std::error_code ignored;
        const auto permissions = std::filesystem::status(credentials_file, ignored).permissions();
        if ((permissions & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) != std::filesystem::perms::none)
            std::fprintf(stderr, "Warning: others can read %s; `chmod 600 %s` keeps the LRS's secret yours.\n",
                         credentials_file.c_str(), credentials_file.c_str());
        std::string line;
        std::getline(in, line);
        line = trimmed(line);
        const auto colon = line.find(':');
        if (colon == std::string::npos || colon == 0)
            throw std::runtime_error("the credentials file " + credentials_file + " must hold one line key:secret");
        endpoint.key = line.substr(0, colon);
        endpoint.secret = line.substr(colon + 1);
        return;
    }
    const char* key = std::getenv("IPPRIMER_LRS_KEY");
    const char* secret = std::getenv("IPPRIMER_LRS_SECRET");
    if (!key || !*key || !secret)
        throw std::runtime_error("no credentials for the LRS: set IPPRIMER_LRS_KEY and IPPRIMER_LRS_SECRET, or name a file "
                                 "holding key:secret with --credentials");
    endpoint.key = key;
    endpoint.secret = secret;
}

PushResult pushStatements(store::Store& store, const course::Course& course, const Settings& settings,
                          const LrsEndpoint& endpoint, const PushOptions& options) {
    const std::string lrs = normalised(endpoint.url);
    store::Settings& stored = store.settings();
    StatementReader reader(store.journal(), store.roster(), course, settings, pushCursor(stored, lrs));
    auto say = [&](const std::string& line) {
        if (options.progress) options.progress(line);
    };
    auto pause = [&](std::chrono::milliseconds wait) {
        if (options.sleep) options.sleep(wait);
        else std::this_thread::sleep_for(wait);
    };

    PushResult result;
    for (;;) {
        StatementPage page = reader.next(options.batch_size);
        result.skipped += page.skipped;
        if (result.skip_reason.empty()) result.skip_reason = page.skip_reason;
        if (!page.statements.empty()) {
            const std::string body = statementsJson(page.statements);
            LrsAnswer answer;
            int tries = 0;
            std::chrono::milliseconds wait = options.first_wait;
            for (;;) {
                answer = postStatements(endpoint, body, options.timeout_seconds);
                ++tries;
                if (answer.status >= 200 && answer.status < 300) break;
                if (!worthRetrying(answer) || tries >= options.tries) break;
                say((answer.status ? "HTTP " + std::to_string(answer.status) : answer.unreachable) + "; trying again in " +
                    std::to_string(wait.count()) + " ms");
                pause(wait);
                wait *= 2;
            }
            if (answer.status < 200 || answer.status >= 300) {
                result.error = failure(answer, lrs, tries);
                break;
            }
            result.sent += page.statements.size();
            say("sent " + std::to_string(result.sent) + " statements");
        }
        // Skipped events need no sending either: the cursor passes them too.
        stored.set(cursorKey(lrs), std::to_string(page.last_position));
        if (page.finished) break;
    }
    remember(stored, lrs, store.now(), result.sent, result.error);
    return result;
}

}  // namespace ipprimer::exports::xapi
