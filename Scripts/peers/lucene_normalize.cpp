// Lucene++ ArabicNormalizer driver for Scripts/compare-peers.
//
// Applies Lucene's Arabic normalization the way its ArabicAnalyzer does:
// ArabicLetterTokenizer splits each line (one field value, the tokenizer
// reused through reset() as Analyzer.reusableTokenStream does), then
// ArabicNormalizationFilter runs ArabicNormalizer over each token's term
// buffer. The output keeps every character between tokens (spaces,
// punctuation, digits, line breaks) as it was in the input and replaces each
// token's span by its normalized term, so it lines up with the input.
// LowerCaseFilter, StopFilter and ArabicStemFilter, which ArabicAnalyzer
// also chains, are left out: they are not normalization.
//
// Usage: lucene_normalize INPUT OUTPUT
// Prints {"seconds": S} to standard output: the time spent tokenizing,
// normalizing and assembling the output (reading and UTF-8 decoding of the
// input, encoding and writing of the output excluded).
//
// Built by Scripts/compare-peers:
//   g++ -O2 -std=c++17 -I/usr/include/lucene++ lucene_normalize.cpp \
//       -llucene++-contrib -llucene++ -o lucene_normalize

#include "LuceneHeaders.h"
#include "ArabicLetterTokenizer.h"
#include "ArabicNormalizationFilter.h"
#include "OffsetAttribute.h"
#include "StringReader.h"
#include "StringUtils.h"
#include "TermAttribute.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace Lucene;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: lucene_normalize INPUT OUTPUT\n";
        return 64;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << "\n";
        return 66;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();

    // Lines (each keeps its line break), decoded to UTF-32 before the clock starts.
    std::vector<String> lines;
    size_t start = 0;
    while (start < bytes.size()) {
        size_t end = bytes.find('\n', start);
        end = end == std::string::npos ? bytes.size() : end + 1;
        lines.push_back(StringUtils::toUnicode(reinterpret_cast<const uint8_t*>(bytes.data()) + start,
                                               static_cast<int32_t>(end - start)));
        start = end;
    }

    std::vector<String> outputs(lines.size());
    const auto begin = std::chrono::steady_clock::now();
    ArabicLetterTokenizerPtr tokenizer = newLucene<ArabicLetterTokenizer>(newLucene<StringReader>(L""));
    TokenStreamPtr stream = newLucene<ArabicNormalizationFilter>(tokenizer);
    TermAttributePtr term = stream->addAttribute<TermAttribute>();
    OffsetAttributePtr offset = stream->addAttribute<OffsetAttribute>();
    for (size_t index = 0; index < lines.size(); ++index) {
        const String& line = lines[index];
        String& out = outputs[index];
        out.reserve(line.size());
        tokenizer->reset(newLucene<StringReader>(line));
        stream->reset();
        int32_t copied = 0;
        while (stream->incrementToken()) {
            const int32_t from = offset->startOffset();
            const int32_t to = offset->endOffset();
            out.append(line, copied, from - copied);
            out.append(term->termBufferArray(), term->termLength());
            copied = to;
        }
        stream->end();
        out.append(line, copied, std::string::npos);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

    std::ofstream out(argv[2], std::ios::binary);
    for (const String& line : outputs) {
        const SingleString utf8 = StringUtils::toUTF8(line);
        out.write(utf8.data(), static_cast<std::streamsize>(utf8.size()));
    }
    if (!out) {
        std::cerr << "cannot write " << argv[2] << "\n";
        return 74;
    }
    std::printf("{\"seconds\": %.6f}\n", seconds);
    return 0;
}
