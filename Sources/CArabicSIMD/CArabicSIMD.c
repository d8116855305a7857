#include "CArabicSIMD.h"

#include <stdatomic.h>
#include <string.h>

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define ATX_HAS_AVX2_KERNEL 1
#include <immintrin.h>
#endif

#ifdef ATX_HAS_AVX2_KERNEL

int32_t atx_block_kernel_available(void) {
    // Computed on first use; threads that race to compute it store the same value.
    static _Atomic int32_t available = -1;
    int32_t value = atomic_load_explicit(&available, memory_order_relaxed);
    if (value < 0) {
        __builtin_cpu_init();
        value = __builtin_cpu_supports("avx2") ? 1 : 0;
        atomic_store_explicit(&available, value, memory_order_relaxed);
    }
    return value;
}

/// A 16-byte table in both 128-bit lanes, as VPSHUFB looks up per lane.
__attribute__((target("avx2")))
static inline __m256i table(const uint8_t bytes[16]) {
    return _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)bytes));
}

/// One bit per byte of the 32-byte vector: set where the byte is zero.
__attribute__((target("avx2")))
static inline uint32_t zero_bytes(__m256i v) {
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_setzero_si256()));
}

/// One bit per byte: set where `v & mask == value`.
__attribute__((target("avx2")))
static inline uint32_t masked_equal(__m256i v, uint8_t mask, uint8_t value) {
    __m256i masked = _mm256_and_si256(v, _mm256_set1_epi8((char)mask));
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(masked, _mm256_set1_epi8((char)value)));
}

__attribute__((target("avx2")))
static size_t transduce_avx2(const uint8_t *source, size_t start, size_t count, uint8_t *output,
                             ptrdiff_t delta, const uint32_t *windows, const atx_block_classes *classes) {
    const __m256i ascii = table(classes->ascii);
    const __m256i arabic_d8_d9 = table(classes->arabic_d8_d9);
    const __m256i arabic_da_db = table(classes->arabic_da_db);
    const __m256i lead_c0 = table(classes->lead_c0);
    const __m256i lead_d0 = table(classes->lead_d0);
    // 1 << n for n < 8, else 0: the bit of a row, or nothing for a byte >= 0x80.
    static const uint8_t bit_of_row[16] = {1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0};
    const __m256i row_bit = table(bit_of_row);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    // The output of input position j is at output[j + delta].
#define OUTPUT_AT(j) (output + ((ptrdiff_t)(j) + delta))

    size_t i = start;
    while (i + 32 < count) {
        const __m256i current = _mm256_loadu_si256((const __m256i *)(source + i));
        const __m256i previous = _mm256_loadu_si256((const __m256i *)(source + i - 1));
        // Copy first; the positions selected below overwrite their bytes.
        _mm256_storeu_si256((__m256i *)OUTPUT_AT(i), current);

        const __m256i low = _mm256_and_si256(current, nibble);
        const __m256i high = _mm256_and_si256(_mm256_srli_epi16(current, 4), nibble);
        // ASCII: row (high nibble) bit of the low nibble's entry; no row bit for bytes >= 0x80.
        const __m256i ascii_hits =
            _mm256_and_si256(_mm256_shuffle_epi8(ascii, low), _mm256_shuffle_epi8(row_bit, high));
        // Continuations after D8–DB: row (lead & 1) << 2 | (byte >> 4 & 3), the
        // table chosen by lead & 2.
        const __m256i arabic_row = _mm256_or_si256(
            _mm256_slli_epi16(_mm256_and_si256(previous, _mm256_set1_epi8(1)), 2),
            _mm256_and_si256(high, _mm256_set1_epi8(3)));
        const __m256i lead_bit_1 = _mm256_cmpeq_epi8(
            _mm256_and_si256(previous, _mm256_set1_epi8(2)), _mm256_set1_epi8(2));
        const __m256i arabic_entry = _mm256_blendv_epi8(
            _mm256_shuffle_epi8(arabic_d8_d9, low), _mm256_shuffle_epi8(arabic_da_db, low), lead_bit_1);
        const __m256i arabic_hits = _mm256_and_si256(arabic_entry, _mm256_shuffle_epi8(row_bit, arabic_row));
        // Continuations after other two-byte leads: the lead's summary.
        const __m256i previous_low = _mm256_and_si256(previous, nibble);
        const __m256i lead_bit_4 = _mm256_cmpeq_epi8(
            _mm256_and_si256(previous, _mm256_set1_epi8(0x10)), _mm256_set1_epi8(0x10));
        const __m256i lead_hits = _mm256_blendv_epi8(
            _mm256_shuffle_epi8(lead_c0, previous_low), _mm256_shuffle_epi8(lead_d0, previous_low), lead_bit_4);

        const uint32_t continuation = masked_equal(current, 0xC0, 0x80);
        const uint32_t after_arabic_lead = masked_equal(previous, 0xFC, 0xD8);
        const uint32_t after_two_byte_lead = masked_equal(previous, 0xE0, 0xC0);
        // Leads of three- and four-byte scalars (and invalid bytes, never
        // seen in valid input) are always flagged in the window table.
        const uint32_t long_lead = masked_equal(current, 0xE0, 0xE0);
        uint32_t selected = ~zero_bytes(ascii_hits)
            | (continuation & after_arabic_lead & ~zero_bytes(arabic_hits))
            | (continuation & after_two_byte_lead & ~after_arabic_lead & ~zero_bytes(lead_hits))
            | long_lead;

        while (selected != 0) {
            const size_t j = i + (size_t)__builtin_ctz(selected);
            selected &= selected - 1;
            uint16_t window;
            memcpy(&window, source + j - 1, 2);  // little-endian: previous byte, then this one
            const uint32_t entry = windows[window];
            if (entry & ATX_WINDOW_FLAG) {
                // A flagged continuation byte flags the scalar its lead began.
                return (source[j] & 0xC0) == 0x80 ? j - 1 : j;
            }
            if (entry & ATX_WINDOW_STORES_BACK) {
                const uint16_t bytes = (uint16_t)entry;
                memcpy(OUTPUT_AT(j - 1), &bytes, 2);
            } else {
                *OUTPUT_AT(j) = (uint8_t)entry;
            }
        }
        i += 32;
    }
    // Stop at a scalar boundary: a two-byte scalar cut by the last block is
    // redone by the caller (its lead was copied, its continuation not seen).
    if ((source[i] & 0xC0) == 0x80) i -= 1;
    return i;
#undef OUTPUT_AT
}

size_t atx_transduce_blocks(const uint8_t *source, size_t start, size_t count, uint8_t *output, ptrdiff_t delta,
                            const uint32_t *windows, const atx_block_classes *classes) {
    if (!atx_block_kernel_available()) return start;
    return transduce_avx2(source, start, count, output, delta, windows, classes);
}

#else

int32_t atx_block_kernel_available(void) { return 0; }

size_t atx_transduce_blocks(const uint8_t *source, size_t start, size_t count, uint8_t *output, ptrdiff_t delta,
                            const uint32_t *windows, const atx_block_classes *classes) {
    (void)source; (void)count; (void)output; (void)delta; (void)windows; (void)classes;
    return start;
}

#endif
