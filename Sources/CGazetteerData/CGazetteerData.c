// Embeds the TSV files of gazetteers/ (see Docs/GazetteerFormat.md).
// `#embed` is C23; Swift's clang supports it in every language mode.
#pragma clang diagnostic ignored "-Wc23-extensions"

#include "CGazetteerData.h"
#include <stddef.h>

typedef struct {
    const char *name;
    const uint8_t *bytes;
    int32_t length;
} gazetteer_file;

#define EMBED_FILE(identifier, path) \
    static const uint8_t identifier[] = { \
        _Pragma("clang diagnostic push") \
        _Pragma("clang diagnostic pop") \
    };

static const uint8_t placeholder[] = { 0 };

static const gazetteer_file files[] = {
    { "none", placeholder, 0 },
};

int32_t gazetteer_file_count(void) { return 0; }

const char *gazetteer_file_name(int32_t index) { return files[index].name; }

const uint8_t *gazetteer_file_bytes(int32_t index, int32_t *length) {
    *length = files[index].length;
    return files[index].bytes;
}
