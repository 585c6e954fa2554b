/* Byte swaps, as QEMU's crypto/aes.c uses them (benches/qemu-aes shim). */
#ifndef CRYPTO_INSN_BENCH_QEMU_BSWAP_H
#define CRYPTO_INSN_BENCH_QEMU_BSWAP_H
#include <stdint.h>
static inline uint32_t bswap32(uint32_t x) { return __builtin_bswap32(x); }
static inline uint64_t bswap64(uint64_t x) { return __builtin_bswap64(x); }
#endif
