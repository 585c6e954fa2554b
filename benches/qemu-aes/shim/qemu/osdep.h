/*
 * The few definitions QEMU's crypto/aes.c and include/crypto/aes-round.h take
 * from QEMU's own headers, so that those two files compile alone next to the
 * crypto-insn C ABI (benches/qemu-aes). Written for this harness; no QEMU code.
 */
#ifndef CRYPTO_INSN_BENCH_QEMU_OSDEP_H
#define CRYPTO_INSN_BENCH_QEMU_OSDEP_H

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define HOST_BIG_ENDIAN (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define QEMU_ERROR(msg) __attribute__((error(msg)))

#endif
