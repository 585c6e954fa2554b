/* Rotations, as QEMU's crypto/aes.c uses them (benches/qemu-aes shim). */
#ifndef CRYPTO_INSN_BENCH_QEMU_BITOPS_H
#define CRYPTO_INSN_BENCH_QEMU_BITOPS_H
#include <stdint.h>
static inline uint32_t rol32(uint32_t w, unsigned s) { return (w << (s & 31)) | (w >> ((32 - s) & 31)); }
static inline uint32_t ror32(uint32_t w, unsigned s) { return (w >> (s & 31)) | (w << ((32 - s) & 31)); }
#endif
