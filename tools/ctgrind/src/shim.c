/* Client requests for valgrind memcheck (ctgrind technique, Adam Langley 2010):
 * secrets are marked undefined, so memcheck reports every branch and every
 * memory address that depends on them. Outside valgrind these are no-ops. */
#include <stddef.h>
#include <valgrind/memcheck.h>

void ctgrind_secret(void *p, size_t n) { VALGRIND_MAKE_MEM_UNDEFINED(p, n); }
void ctgrind_public(void *p, size_t n) { VALGRIND_MAKE_MEM_DEFINED(p, n); }
int ctgrind_running(void) { return RUNNING_ON_VALGRIND; }
/* The number of errors memcheck has reported so far (0 outside valgrind). */
unsigned ctgrind_errors(void) { return VALGRIND_COUNT_ERRORS; }
