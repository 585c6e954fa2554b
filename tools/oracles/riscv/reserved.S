/* Executes one 32-bit instruction word INSN (given with -DINSN=0x...) and
 * exits 0. Used by tools/gen-riscv-vectors.sh to show that a reserved
 * encoding raises the illegal-instruction exception under QEMU (the process
 * then dies of SIGILL instead of exiting 0). Freestanding, RV32 and RV64. */
    .globl _start
_start:
    li a1, 0x12345678
    .word INSN
    li a0, 0
    li a7, 93
    ecall
