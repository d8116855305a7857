// The gazetteer files bundled with EntityRules, compiled into the binary.
#ifndef C_GAZETTEER_DATA_H
#define C_GAZETTEER_DATA_H

#include <stdint.h>

/// The number of bundled gazetteer files.
int32_t gazetteer_file_count(void);

/// The name of bundled file `index` (for example "countries.tsv"), NUL-terminated.
const char *gazetteer_file_name(int32_t index);

/// The bytes of bundled file `index` (UTF-8 text) and their count in `*length`.
const uint8_t *gazetteer_file_bytes(int32_t index, int32_t *length);

/// The compiled lexicon of the bundled files (a snapshot, see LexiconSnapshot.swift)
/// and its byte count in `*length`, 0 if none is embedded.
const uint8_t *gazetteer_lexicon_snapshot(int32_t *length);

#endif
