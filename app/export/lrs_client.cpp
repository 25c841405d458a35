// libcurl behind postStatements: one easy handle per call (batches are
// minutes apart at most, so keeping a connection buys nothing).
#include "export/lrs_client.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace ipprimer::exports::xapi {
namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

void initialiseOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

std::string statementsUrl(const std::string& endpoint) {
    std::string url = endpoint;
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url + "/statements";
}

LrsAnswer postStatements(const LrsEndpoint& endpoint, const std::string& statements_json, long timeout_seconds) {
    initialiseOnce();
    LrsAnswer answer;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        answer.unreachable = "libcurl could not start";
        return answer;
    }
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json; charset=utf-8");
    headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
    headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, curl_slist_free_all);

    const std::string url = statementsUrl(endpoint.url);
    char error[CURL_ERROR_SIZE] = {0};
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, header_list.get());
    curl_easy_setopt(handle, CURLOPT_POST, 1L);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, statements_json.data());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(statements_json.size()));
    curl_easy_setopt(handle, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(handle, CURLOPT_USERNAME, endpoint.key.c_str());
    curl_easy_setopt(handle, CURLOPT_PASSWORD, endpoint.secret.c_str());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &answer.body);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, timeout_seconds);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "IP Primer");

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        answer.unreachable = error[0] ? error : curl_easy_strerror(code);
        return answer;
    }
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &answer.status);
    return answer;
}

}  // namespace ipprimer::exports::xapi
