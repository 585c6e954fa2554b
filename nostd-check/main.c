/* Links the no_std static library and calls it: the helpers run without std. */
#include <stdint.h>
#include <stdio.h>

uint64_t crypto_insn_nostd_exercise(uint64_t seed);

/* The prebuilt `core` refers to the unwinding personality routine; with
 * panic = "abort" and a panic handler that loops it is never called, so a stub
 * satisfies the linker (there is no std to provide it). */
void rust_eh_personality(void) {}

int main(void) {
    uint64_t a = crypto_insn_nostd_exercise(1), b = crypto_insn_nostd_exercise(1);
    printf("no_std helpers: %016llx\n", (unsigned long long)a);
    return a == b ? 0 : 1;
}
