#include "CArabicICU.h"

#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

static const UNormalizer2 *instance(atx_normalization_form form) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = form == ATX_FORM_NFKC
        ? unorm2_getNFKCInstance(&status)
        : unorm2_getNFCInstance(&status);
    return U_SUCCESS(status) ? normalizer : NULL;
}

int32_t atx_normalize(atx_normalization_form form,
                      const uint16_t *source, int32_t length,
                      uint16_t *destination, int32_t capacity,
                      int32_t *overflow) {
    *overflow = 0;
    const UNormalizer2 *normalizer = instance(form);
    if (normalizer == NULL) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t result = unorm2_normalize(normalizer, (const UChar *)source, length,
                                      (UChar *)destination, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        *overflow = 1;
        return result;
    }
    return U_SUCCESS(status) ? result : -1;
}

int32_t atx_has_boundary_before(atx_normalization_form form, uint32_t scalar) {
    const UNormalizer2 *normalizer = instance(form);
    return normalizer != NULL && unorm2_hasBoundaryBefore(normalizer, (UChar32)scalar);
}

int32_t atx_quick_check(atx_normalization_form form, uint32_t scalar) {
    UProperty property = form == ATX_FORM_NFKC ? UCHAR_NFKC_QUICK_CHECK : UCHAR_NFC_QUICK_CHECK;
    switch (u_getIntPropertyValue((UChar32)scalar, property)) {
    case UNORM_NO: return 0;
    case UNORM_MAYBE: return 2;
    default: return 1;
    }
}

uint8_t atx_combining_class(uint32_t scalar) {
    return u_getCombiningClass((UChar32)scalar);
}

int32_t atx_script(uint32_t scalar) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)scalar, &status);
    return U_SUCCESS(status) ? (int32_t)code : -1;
}

int32_t atx_general_category(uint32_t scalar) {
    return (int32_t)u_charType((UChar32)scalar);
}

int32_t atx_is_white_space(uint32_t scalar) {
    return u_isUWhiteSpace((UChar32)scalar);
}

void atx_unicode_version(char *buffer, int32_t capacity) {
    UVersionInfo version;
    u_getUnicodeVersion(version);
    snprintf(buffer, (size_t)capacity, "%d.%d", version[0], version[1]);
}
