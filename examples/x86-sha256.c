/* The SHA-256 compression function (FIPS 180-4, section 6.2.2) on one
 * 64-byte block with the SHA extensions (SHA256RNDS2, SHA256MSG1,
 * SHA256MSG2), as a leaf function whose machine code examples/x86_interp.rs
 * interprets. Built by examples/build-x86-routine.sh.
 *
 * The round constants K (FIPS 180-4, 4.2.2) are passed in (k[64]), so the
 * routine is a single .text section with no relocations.
 *
 * SHA256RNDS2 keeps the working variables as {A,B,E,F} and {C,D,G,H} (A in
 * bits 127:96); the state words are rearranged into that form on entry and
 * back on exit. Each iteration does four rounds (two SHA256RNDS2, W+K of
 * rounds t, t+1 in the low two dwords, then t+2, t+3) and computes the next
 * four schedule words, W[t+16 .. t+19] = SHA256MSG2(SHA256MSG1(W[t..t+3],
 * W[t+4..t+7]) + W[t+9 .. t+12], W[t+12 .. t+15]). */
#include <immintrin.h>
#include <stdint.h>

/* A 64-bit constant gcc must build in a register (an immediate), not load
 * from .rodata. */
static inline uint64_t in_register(uint64_t x)
{
	__asm__("" : "+r"(x));
	return x;
}

void sha256_compress(uint32_t state[8], const uint8_t block[64], const uint32_t k[64])
{
	/* PSHUFB mask: each dword's bytes reversed (the message is big-endian). */
	const __m128i bswap = _mm_set_epi64x((long long)in_register(0x0c0d0e0f08090a0bull),
					     (long long)in_register(0x0405060700010203ull));
	__m128i abcd = _mm_loadu_si128((const __m128i *)state);     /* dwords A B C D */
	__m128i efgh = _mm_loadu_si128((const __m128i *)(state + 4)); /* dwords E F G H */
	abcd = _mm_shuffle_epi32(abcd, 0xb1);                         /* B A D C */
	efgh = _mm_shuffle_epi32(efgh, 0x1b);                         /* H G F E */
	__m128i abef = _mm_alignr_epi8(abcd, efgh, 8);                /* F E B A */
	__m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xf0);             /* H G D C */
	const __m128i abef0 = abef, cdgh0 = cdgh;

	__m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)block), bswap);
	__m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 16)), bswap);
	__m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 32)), bswap);
	__m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 48)), bswap);
	for (int t = 0; t < 64; t += 4) {
		__m128i wk = _mm_add_epi32(w0, _mm_loadu_si128((const __m128i *)(k + t)));
		__m128i next = _mm_sha256rnds2_epu32(cdgh, abef, wk);
		cdgh = abef;
		abef = _mm_sha256rnds2_epu32(cdgh, next, _mm_shuffle_epi32(wk, 0x0e));
		cdgh = next;
		__m128i w4 = _mm_sha256msg2_epu32(
			_mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), _mm_alignr_epi8(w3, w2, 4)), w3);
		w0 = w1;
		w1 = w2;
		w2 = w3;
		w3 = w4;
	}
	abef = _mm_add_epi32(abef, abef0);
	cdgh = _mm_add_epi32(cdgh, cdgh0);

	abef = _mm_shuffle_epi32(abef, 0x1b);                         /* A B E F */
	cdgh = _mm_shuffle_epi32(cdgh, 0xb1);                         /* G H C D */
	_mm_storeu_si128((__m128i *)state, _mm_blend_epi16(abef, cdgh, 0xf0));
	_mm_storeu_si128((__m128i *)(state + 4), _mm_alignr_epi8(cdgh, abef, 8));
}
