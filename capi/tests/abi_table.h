/*
 * What capi/tests/replay.c and capi/tests/hardening.c share: the operand shapes
 * of the header's CRYPTO_INSN_FOR_EACH_INSTRUCTION, the table of every exported
 * instruction built from that X-macro (no list written here), the function
 * pointer types of the shapes, and the CHECK macro.
 */
#ifndef CRYPTO_INSN_ABI_TABLE_H
#define CRYPTO_INSN_ABI_TABLE_H

#include <stdint.h>
#include <stdio.h>

#include "crypto_insn.h"

/* The shapes, as the X-macro names them. */
enum kind { K_R1, K_R1I, K_R2, K_R2I, K_R3, K_R3I, K_W2, K_W2I, K_V2, K_Y2X, K_YX, K_Y2, K_X1, K_X1I, K_X2, K_X2I, K_Z1, K_Z2, K_D2, K_V };

struct op {
    const char *arch;
    const char *name;
    enum kind kind;
    void *fn;
};

typedef int (*f1)(uint8_t *, const uint8_t *);
typedef int (*f1i)(uint8_t *, const uint8_t *, uint8_t);
typedef int (*f2)(uint8_t *, const uint8_t *, const uint8_t *);
typedef int (*f2i)(uint8_t *, const uint8_t *, const uint8_t *, uint8_t);
typedef int (*f3)(uint8_t *, const uint8_t *, const uint8_t *, const uint8_t *);
typedef int (*f3i)(uint8_t *, const uint8_t *, const uint8_t *, const uint8_t *, uint8_t);
typedef int (*fw)(uint8_t *, const uint8_t *, const uint8_t *, size_t);
typedef int (*fwi)(uint8_t *, const uint8_t *, const uint8_t *, size_t, uint8_t);
typedef int (*fz1)(uint8_t *, const uint8_t *, size_t);
typedef int (*fz2)(uint8_t *, const uint8_t *, const uint8_t *, size_t);
typedef int (*g1_32)(uint32_t *, uint32_t);
typedef int (*g1i_32)(uint32_t *, uint32_t, uint8_t);
typedef int (*g2_32)(uint32_t *, uint32_t, uint32_t);
typedef int (*g2i_32)(uint32_t *, uint32_t, uint32_t, uint8_t);
typedef int (*g1_64)(uint64_t *, uint64_t);
typedef int (*g1i_64)(uint64_t *, uint64_t, uint8_t);
typedef int (*g2_64)(uint64_t *, uint64_t, uint64_t);
typedef int (*g2i_64)(uint64_t *, uint64_t, uint64_t, uint8_t);
typedef int (*fv)(uint8_t *, const uint8_t *, const uint8_t *, uint64_t, uint8_t, size_t, uint32_t, uint32_t,
                  uint32_t);

/* Every instruction of the header, from its X-macro. */
#define ROW(arch, name, shape) {#arch, #name, K_##shape, (void *)crypto_insn_##arch##_##name},
static const struct op ALL[] = {
    CRYPTO_INSN_FOR_EACH_INSTRUCTION(ROW)
    {NULL, NULL, K_R1, NULL},
};
#undef ROW

/* The same rows with one backend table's functions (crypto_insn_table_for)
 * instead of the exports: the resolved path, called with no forward. */
#define NROWS (sizeof ALL / sizeof *ALL)
#define TROW(arch, name, shape) {#arch, #name, K_##shape, (void *)t->arch##_##name},
static void table_ops(const struct crypto_insn_table *t, struct op out[NROWS]) {
    const struct op rows[] = {
        CRYPTO_INSN_FOR_EACH_INSTRUCTION(TROW)
        {NULL, NULL, K_R1, NULL},
    };
    for (size_t i = 0; i < NROWS; i++) out[i] = rows[i];
}
#undef TROW

static int is_gpr(enum kind k) { return k >= K_X1 && k <= K_X2I; }

static int failures;

#define CHECK(cond, ...)                            \
    do {                                            \
        if (!(cond)) {                              \
            fprintf(stderr, "FAIL: " __VA_ARGS__); \
            fputc('\n', stderr);                    \
            failures++;                             \
        }                                           \
    } while (0)

#endif
