/* AES-128 key expansion with AESKEYGENASSIST and the encryption of one block
 * with AESENC/AESENCLAST, as a leaf function whose machine code
 * examples/x86_interp.rs interprets. Built by examples/build-x86-routine.sh. */
#include <stdint.h>
#include <wmmintrin.h>

static inline __m128i expand_step(__m128i key, __m128i assist)
{
	assist = _mm_shuffle_epi32(assist, 0xff);
	key = _mm_xor_si128(key, _mm_slli_si128(key, 4));
	key = _mm_xor_si128(key, _mm_slli_si128(key, 4));
	key = _mm_xor_si128(key, _mm_slli_si128(key, 4));
	return _mm_xor_si128(key, assist);
}

#define STEP(i, rcon) k[i] = expand_step(k[i - 1], _mm_aeskeygenassist_si128(k[i - 1], rcon))

void aes128_encrypt(const uint8_t key[16], const uint8_t in[16], uint8_t out[16])
{
	__m128i k[11];
	k[0] = _mm_loadu_si128((const __m128i *)key);
	STEP(1, 0x01); STEP(2, 0x02); STEP(3, 0x04); STEP(4, 0x08); STEP(5, 0x10);
	STEP(6, 0x20); STEP(7, 0x40); STEP(8, 0x80); STEP(9, 0x1b); STEP(10, 0x36);
	__m128i s = _mm_xor_si128(_mm_loadu_si128((const __m128i *)in), k[0]);
	for (int r = 1; r < 10; r++)
		s = _mm_aesenc_si128(s, k[r]);
	s = _mm_aesenclast_si128(s, k[10]);
	_mm_storeu_si128((__m128i *)out, s);
}
