// One thread accepts connections and reads each request whole (headers, then
// Content-Length bytes), answers, and closes the connection.
#include "lrs_receiver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace ipprimer::testing {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string reasonPhrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 409: return "Conflict";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Status";
    }
}

}  // namespace

LrsReceiver::LrsReceiver() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (listener_ < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(listener_, 16) != 0)
        throw std::runtime_error("cannot listen on a loopback port");
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

LrsReceiver::~LrsReceiver() {
    stopping_ = true;
    thread_.join();
    ::close(listener_);
}

std::string LrsReceiver::endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xapi"; }

void LrsReceiver::answerNext(std::vector<ScriptedAnswer> answers) {
    std::lock_guard lock(mutex_);
    for (auto& answer : answers) script_.push_back(std::move(answer));
}

std::vector<ReceivedRequest> LrsReceiver::requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
}

std::vector<std::string> LrsReceiver::acceptedIds() const {
    std::lock_guard lock(mutex_);
    return accepted_ids_;
}

void LrsReceiver::serve() {
    while (!stopping_) {
        pollfd waiting{listener_, POLLIN, 0};
        if (::poll(&waiting, 1, 50) <= 0) continue;
        const int connection = ::accept(listener_, nullptr, nullptr);
        if (connection < 0) continue;
        handle(connection);
        ::close(connection);
    }
}

void LrsReceiver::handle(int connection) {
    std::string data;
    char buffer[65536];
    std::size_t header_end = std::string::npos;
    std::size_t body_length = 0;
    ReceivedRequest request;
    for (;;) {
        pollfd readable{connection, POLLIN, 0};
        if (::poll(&readable, 1, 5000) <= 0) return;
        const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
        if (got <= 0) return;
        data.append(buffer, static_cast<std::size_t>(got));
        if (header_end == std::string::npos) {
            header_end = data.find("\r\n\r\n");
            if (header_end == std::string::npos) continue;
            std::size_t line_end = data.find("\r\n");
            const std::string first = data.substr(0, line_end);
            const auto space = first.find(' ');
            request.method = first.substr(0, space);
            request.path = first.substr(space + 1, first.find(' ', space + 1) - space - 1);
            while (line_end < header_end) {
                const std::size_t next = data.find("\r\n", line_end + 2);
                const std::string line = data.substr(line_end + 2, next - line_end - 2);
                const auto colon = line.find(':');
                if (colon != std::string::npos) {
                    std::string value = line.substr(colon + 1);
                    value.erase(0, value.find_first_not_of(' '));
                    request.headers[lower(line.substr(0, colon))] = value;
                }
                line_end = next;
            }
            if (auto length = request.headers.find("content-length"); length != request.headers.end())
                body_length = std::stoul(length->second);
        }
        if (data.size() >= header_end + 4 + body_length) break;
    }
    request.body = data.substr(header_end + 4, body_length);

    ScriptedAnswer answer;
    std::vector<std::string> ids;
    {
        std::lock_guard lock(mutex_);
        if (!script_.empty()) {
            answer = script_.front();
            script_.pop_front();
        }
        const auto statements = nlohmann::json::parse(request.body, nullptr, false);
        if (statements.is_array())
            for (const auto& statement : statements)
                if (statement.is_object() && statement.contains("id")) ids.push_back(statement["id"].get<std::string>());
        if (answer.status >= 200 && answer.status < 300) {
            accepted_ids_.insert(accepted_ids_.end(), ids.begin(), ids.end());
            if (answer.body.empty()) answer.body = nlohmann::json(ids).dump();
        }
        requests_.push_back(std::move(request));
    }
    const std::string response = "HTTP/1.1 " + std::to_string(answer.status) + " " + reasonPhrase(answer.status) +
                                 "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(answer.body.size()) +
                                 "\r\nConnection: close\r\n\r\n" + answer.body;
    std::size_t written = 0;
    while (written < response.size()) {
        const ssize_t sent = ::send(connection, response.data() + written, response.size() - written, MSG_NOSIGNAL);
        if (sent <= 0) return;
        written += static_cast<std::size_t>(sent);
    }
}

}  // namespace ipprimer::testing
