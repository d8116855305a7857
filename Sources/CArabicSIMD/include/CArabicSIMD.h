// Vector kernels for ArabicText's hot loops, in C because Swift has no
// portable byte shuffle (x86's PSHUFB). Every kernel has a Swift fallback;
// a kernel reports whether it can run on the current CPU.
#ifndef C_ARABIC_SIMD_H
#define C_ARABIC_SIMD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Bits of a window-table entry (NormalizationTable.windows) besides the
/// two output bytes in bits 0–15.
enum {
    /// The block path cannot take the scalar at this position.
    ATX_WINDOW_FLAG = 1 << 16,
    /// The position is the continuation byte of a two-byte scalar, and the
    /// entry's two bytes are that whole scalar's output, stored one byte back.
    ATX_WINDOW_STORES_BACK = 1 << 17,
};

/// Which input positions the block kernel must look up in the full window
/// table, as bit sets it can test sixteen or thirty-two bytes at a time. A
/// position not selected here is copied unchanged; a selected one may still
/// turn out to be unchanged (the sets are exact for ASCII and the Arabic
/// block, and per lead byte elsewhere).
typedef struct {
    /// Indexed by the low nibble of an ASCII byte: bit `r` set when the byte
    /// `r << 4 | nibble` is not copied unchanged.
    uint8_t ascii[16];
    /// Indexed by the low nibble of a continuation byte after the lead D8 or
    /// D9 (`arabic_d8_d9`) or DA or DB (`arabic_da_db`): bit
    /// `(lead & 1) << 2 | (byte >> 4 & 3)` set when the two-byte scalar is
    /// not copied unchanged.
    uint8_t arabic_d8_d9[16];
    uint8_t arabic_da_db[16];
    /// Indexed by the low nibble of a two-byte lead C0–CF (`lead_c0`) or
    /// D0–DF (`lead_d0`): nonzero when some scalar with that lead is not
    /// copied unchanged. The Arabic leads D8–DB are decided by the tables above.
    uint8_t lead_c0[16];
    uint8_t lead_d0[16];
} atx_block_classes;

/// Whether `atx_transduce_blocks` can run on this CPU (x86-64 with AVX2).
int32_t atx_block_kernel_available(void);

/// The block fast path of the normalization loop, thirty-two bytes at a
/// time: copies `source[start ..< stop]` to `output + delta + start`,
/// rewriting the positions `classes` selects through `windows` (the
/// normalization table's window table: see NormalizationTable.windows), and
/// returns `stop`, a scalar boundary: the first scalar whose window is
/// flagged, or where fewer than thirty-three bytes remain. `start` must be a
/// scalar boundary after the first byte; the output must have room for
/// `count + delta` bytes. Bytes written at or after `stop + delta` are
/// scratch. Returns `start` when the kernel is not available.
size_t atx_transduce_blocks(const uint8_t *source, size_t start, size_t count,
                            uint8_t *output, ptrdiff_t delta,
                            const uint32_t *windows,
                            const atx_block_classes *classes);

#ifdef __cplusplus
}
#endif

#endif
