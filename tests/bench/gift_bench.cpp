// GIFT parser and writer speed on a generated bank of 10,000 mixed questions,
// each about the size of a question in quizzes/ (ids, tags, feedback, links).
#include <benchmark/benchmark.h>

#include <string>

#include "quiz/gift_parser.h"
#include "quiz/gift_writer.h"

namespace {

std::string generatedBank(int count) {
    std::string out = "$CATEGORY: $course$/top/IP Primer/Benchmark\n\n";
    for (int i = 0; i < count; ++i) {
        std::string n = std::to_string(i);
        out += "// [id:bench-" + n + "]\n";
        out += "// [tag:trade-secrets] [tag:role-rnd] [tag:scenario]\n";
        out += "::Question " + n + "::[markdown]A supplier asks for the CAD files of part " + n +
               "\nbefore you have protected it. What do you do first?";
        switch (i % 7) {
            case 0:
                out += "{\n"
                       "  =Ask for a signed NDA before sending anything.#Right\\: an NDA keeps the drawings confidential.\n"
                       "  ~Send them at once\\: suppliers are partners.#Files sent without an NDA are out of your control. "
                       "See [keeping a secret](lesson\\:trade-secrets\\#how-do-we-keep-a-secret-secret).\n"
                       "  // a comment inside the answers\n"
                       "  ~Post the files on the web site first.#Publishing destroys novelty. See "
                       "[novelty](lesson\\:patents-and-utility-models\\#what-makes-an-invention-patentable).\n"
                       "  ####A drawing shared without a duty of confidence may count as a disclosure.\n}\n";
                break;
            case 1:
                out += "{\n  ~%50%Sign an NDA.#Yes.\n  ~%50%Mark the files confidential.#Yes.\n"
                       "  ~%-100%Publish them.#No\\: that ends the secret.\n  ~Do nothing.#No.\n}\n";
                break;
            case 2:
                out += "{F#Wrong\\: sending first loses control. See [trade secrets](lesson\\:trade-secrets\\#key-points)."
                       "#Right.####Confidentiality must come first.}\n";
                break;
            case 3:
                out += "{\n  =NDA#Yes.\n  =non-disclosure agreement\n  =%50%confidentiality agreement#Close.\n}\n";
                break;
            case 4:
                out += "{\n  =Patent -> an invention\n  =Trademark -> a sign\n  =Copyright -> a work\n"
                       "  = -> a plant variety\n}\n";
                break;
            case 5:
                out += "{#\n  =20:0#Right (TRIPS art. 33).\n  =%50%18..22#Close.\n  ~#Twenty years.\n}\n";
                break;
            default:
                out += " The answer is {\n  =an NDA#Yes.\n  ~nothing#No.\n} and nothing else.\n";
                break;
        }
        out += '\n';
    }
    return out;
}

void BM_ParseGift10k(benchmark::State& state) {
    const std::string bank = generatedBank(10000);
    size_t questions = 0;
    for (auto _ : state) {
        auto file = ipprimer::quiz::parseGift(bank, "bench.gift");
        questions = file.questions.size();
        benchmark::DoNotOptimize(file);
    }
    if (questions != 10000) state.SkipWithError("the generated bank did not parse to 10,000 questions");
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bank.size()));
    state.counters["questions"] = static_cast<double>(questions);
}
BENCHMARK(BM_ParseGift10k)->Unit(benchmark::kMillisecond);

void BM_WriteGift10k(benchmark::State& state) {
    const auto questions = ipprimer::quiz::parseGift(generatedBank(10000), "bench.gift").questions;
    for (auto _ : state) {
        std::string text = ipprimer::quiz::writeGift(questions);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_WriteGift10k)->Unit(benchmark::kMillisecond);

}  // namespace
