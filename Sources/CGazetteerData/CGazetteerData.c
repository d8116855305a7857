// The bundled gazetteer files (gazetteers/*.tsv, described in Docs/Data.md),
// compiled into the binary with C23's `#embed`, which Swift's clang supports
// in every language mode: no resource bundle has to be found at run time.
#pragma clang diagnostic ignored "-Wc23-extensions"

#include "CGazetteerData.h"

static const uint8_t countries[] = {
#embed "gazetteers/countries.tsv" if_empty(0)
};
static const uint8_t cities[] = {
#embed "gazetteers/cities.tsv" if_empty(0)
};
static const uint8_t regions[] = {
#embed "gazetteers/regions.tsv" if_empty(0)
};
static const uint8_t demonyms[] = {
#embed "gazetteers/demonyms.tsv" if_empty(0)
};
static const uint8_t geo_cues[] = {
#embed "gazetteers/geo-cues.tsv" if_empty(0)
};
static const uint8_t people[] = {
#embed "gazetteers/people.tsv" if_empty(0)
};
static const uint8_t given_names[] = {
#embed "gazetteers/given-names.tsv" if_empty(0)
};
static const uint8_t person_cues[] = {
#embed "gazetteers/person-cues.tsv" if_empty(0)
};
static const uint8_t common_words[] = {
#embed "gazetteers/common-words.tsv" if_empty(0)
};
static const uint8_t organizations[] = {
#embed "gazetteers/organizations.tsv" if_empty(0)
};
static const uint8_t frequent_words[] = {
#embed "gazetteers/frequent-words.tsv" if_empty(0)
};
static const uint8_t rule_cues[] = {
#embed "gazetteers/rule-cues.tsv" if_empty(0)
};

typedef struct {
    const char *name;
    const uint8_t *bytes;
    int32_t length;
} gazetteer_file;

static const gazetteer_file files[] = {
    { "countries.tsv", countries, (int32_t)sizeof countries },
    { "cities.tsv", cities, (int32_t)sizeof cities },
    { "regions.tsv", regions, (int32_t)sizeof regions },
    { "demonyms.tsv", demonyms, (int32_t)sizeof demonyms },
    { "geo-cues.tsv", geo_cues, (int32_t)sizeof geo_cues },
    { "people.tsv", people, (int32_t)sizeof people },
    { "given-names.tsv", given_names, (int32_t)sizeof given_names },
    { "person-cues.tsv", person_cues, (int32_t)sizeof person_cues },
    { "common-words.tsv", common_words, (int32_t)sizeof common_words },
    { "organizations.tsv", organizations, (int32_t)sizeof organizations },
    { "frequent-words.tsv", frequent_words, (int32_t)sizeof frequent_words },
    { "rule-cues.tsv", rule_cues, (int32_t)sizeof rule_cues },
};

int32_t gazetteer_file_count(void) { return (int32_t)(sizeof files / sizeof files[0]); }

const char *gazetteer_file_name(int32_t index) { return files[index].name; }

const uint8_t *gazetteer_file_bytes(int32_t index, int32_t *length) {
    // An empty file embeds one placeholder byte (`if_empty(0)`): report it as empty.
    *length = files[index].length == 1 && files[index].bytes[0] == 0 ? 0 : files[index].length;
    return files[index].bytes;
}

// The compiled lexicon of the files above (Sources/EntityRules/Lexicon/LexiconSnapshot.swift).
static const uint8_t lexicon_snapshot[] = {
#embed "snapshot/bundled-lexicon.bin" if_empty(0)
};

const uint8_t *gazetteer_lexicon_snapshot(int32_t *length) {
    *length = sizeof lexicon_snapshot == 1 && lexicon_snapshot[0] == 0 ? 0 : (int32_t)sizeof lexicon_snapshot;
    return lexicon_snapshot;
}
