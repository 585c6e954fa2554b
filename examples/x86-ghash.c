/* GHASH (NIST SP 800-38D, section 6.4; McGrew and Viega, "The Galois/Counter
 * Mode of Operation") with PCLMULQDQ, as a leaf function whose machine code
 * examples/x86_interp.rs interprets. Built by examples/build-x86-routine.sh.
 *
 * The method of Intel's "Carry-Less Multiplication and Its Usage for
 * Computing the GCM Mode" white paper: each block is byte-reflected with
 * PSHUFB, so that register bit 127 - k holds the coefficient of x^k; the
 * 64x64 products of four PCLMULQDQ (schoolbook) give the 255-bit product of
 * the reflected operands, which is shifted left by one bit to be the
 * reflection of the true product; the low half (x^128 .. x^255) is then
 * folded into the high half with x^128 = x^7 + x^2 + x + 1, a right shift by
 * s being a multiplication by x^s in this bit order. */
#include <stddef.h>
#include <stdint.h>
#include <tmmintrin.h>
#include <wmmintrin.h>

/* A 64-bit constant gcc must build in a register (an immediate), not load
 * from .rodata: the routine is a single .text section with no relocations. */
static inline uint64_t in_register(uint64_t x)
{
	__asm__("" : "+r"(x));
	return x;
}

/* PSHUFB mask reversing the 16 bytes. */
static inline __m128i reverse_mask(void)
{
	return _mm_set_epi64x((long long)in_register(0x0001020304050607ull),
			      (long long)in_register(0x08090a0b0c0d0e0full));
}

/* A 128-bit logical shift right by s (1 <= s <= 63). */
#define SHR128(x, s) _mm_xor_si128(_mm_srli_epi64((x), (s)), _mm_slli_epi64(_mm_srli_si128((x), 8), 64 - (s)))

/* a * b in GF(2^128), both and the result in the reflected order above. */
static inline __m128i gf_mul(__m128i a, __m128i b)
{
	__m128i ll = _mm_clmulepi64_si128(a, b, 0x00);
	__m128i hh = _mm_clmulepi64_si128(a, b, 0x11);
	__m128i mid = _mm_xor_si128(_mm_clmulepi64_si128(a, b, 0x01), _mm_clmulepi64_si128(a, b, 0x10));
	__m128i lo = _mm_xor_si128(ll, _mm_slli_si128(mid, 8));
	__m128i hi = _mm_xor_si128(hh, _mm_srli_si128(mid, 8));
	/* [hi:lo] <<= 1 (256 bits): the reflected product has 255 bits. */
	__m128i carry = _mm_srli_si128(_mm_srli_epi64(lo, 63), 8);
	hi = _mm_xor_si128(_mm_xor_si128(_mm_slli_epi64(hi, 1), _mm_srli_epi64(_mm_slli_si128(hi, 8), 63)), carry);
	lo = _mm_xor_si128(_mm_slli_epi64(lo, 1), _mm_srli_epi64(_mm_slli_si128(lo, 8), 63));
	/* lo holds x^128 * l(x). l * (x^7 + x^2 + x + 1) spills its terms of
	 * degree >= 128 (the bits a right shift by 1, 2, 7 pushes out of lo's
	 * bit 0 .. 6) into x^128 .. x^134: fold those into lo first (bits 127,
	 * 126, 121 .. 127 of the 128-bit left shifts by 127, 126, 121). */
	__m128i spill = _mm_xor_si128(_mm_xor_si128(_mm_slli_epi64(lo, 63), _mm_slli_epi64(lo, 62)), _mm_slli_epi64(lo, 57));
	lo = _mm_xor_si128(lo, _mm_slli_si128(spill, 8));
	/* Then hi + lo * (1 + x + x^2 + x^7): none of these shifts spills. */
	return _mm_xor_si128(_mm_xor_si128(hi, lo),
			     _mm_xor_si128(_mm_xor_si128(SHR128(lo, 1), SHR128(lo, 2)), SHR128(lo, 7)));
}

/* y = GHASH_H(y; data): for each of the nblocks 16-byte blocks X,
 * y = (y ^ X) * H. y is read (zero for GHASH as GCM starts it) and written. */
void ghash(const uint8_t h[16], const uint8_t *data, size_t nblocks, uint8_t y[16])
{
	const __m128i rev = reverse_mask();
	__m128i hr = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)h), rev);
	__m128i acc = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)y), rev);
	for (size_t i = 0; i < nblocks; i++) {
		__m128i x = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), rev);
		acc = gf_mul(_mm_xor_si128(acc, x), hr);
	}
	_mm_storeu_si128((__m128i *)y, _mm_shuffle_epi8(acc, rev));
}
