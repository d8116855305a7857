// A thin C interface over the parts of ICU that ArabicText needs.
//
// Only plain C types appear here: Swift cannot import ICU's own headers
// (their versioned-symbol macros do not import, and Foundation's
// `_FoundationICU` defines the same C types), so ICU is included only by the
// implementation file.
#ifndef C_ARABIC_ICU_H
#define C_ARABIC_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Which normalization form a call uses.
typedef enum {
    ATX_FORM_NFC = 0,
    ATX_FORM_NFKC = 1,
} atx_normalization_form;

/// Normalizes `length` UTF-16 code units into `destination`.
///
/// Returns the length of the result. When the result does not fit, returns
/// the required length and sets `*overflow` to 1; the caller retries with a
/// larger buffer. Returns -1 on any other ICU error.
int32_t atx_normalize(atx_normalization_form form,
                      const uint16_t *source, int32_t length,
                      uint16_t *destination, int32_t capacity,
                      int32_t *overflow);

/// Whether `scalar` always has a normalization boundary before it in `form`
/// (ICU's `unorm2_hasBoundaryBefore`).
int32_t atx_has_boundary_before(atx_normalization_form form, uint32_t scalar);

/// The quick-check value of `scalar` for `form`: 0 no, 1 yes, 2 maybe.
int32_t atx_quick_check(atx_normalization_form form, uint32_t scalar);

/// The canonical combining class of `scalar`.
uint8_t atx_combining_class(uint32_t scalar);

/// ICU's script code (`UScriptCode`) for `scalar`.
int32_t atx_script(uint32_t scalar);

/// ICU's general category (`UCharCategory`) for `scalar`.
int32_t atx_general_category(uint32_t scalar);

/// Whether `scalar` has the Unicode White_Space property.
int32_t atx_is_white_space(uint32_t scalar);

/// Script codes that callers compare against.
enum {
    ATX_SCRIPT_COMMON = 0,
    ATX_SCRIPT_INHERITED = 1,
    ATX_SCRIPT_ARABIC = 2,
    ATX_SCRIPT_LATIN = 25,
};

/// The Unicode version of the linked ICU data, as "major.minor" in `buffer`.
void atx_unicode_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
