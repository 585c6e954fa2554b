/* AArch64 leaf functions written with the ACLE crypto intrinsics, whose machine
 * code examples/a64_interp.rs interprets:
 *   aes128_encrypt   AESE/AESMC over 11 round keys passed in, then EOR;
 *   ghash            GHASH of NIST SP 800-38D with PMULL/PMULL2;
 *   sha256_compress  one SHA-256 block with SHA256H/SHA256H2/SHA256SU0/SHA256SU1.
 * No globals and no calls, so the object has no relocations (the SHA-256
 * constants come in as a pointer). Built by examples/build-a64-routines.sh;
 * examples/a64-routines-check.c runs them under qemu-aarch64. */
#include <arm_neon.h>
#include <stddef.h>
#include <stdint.h>

/* rk: the 11 round keys of FIPS-197's key expansion, 176 bytes, round 0 first. */
void aes128_encrypt(const uint8_t rk[176], const uint8_t in[16], uint8_t out[16])
{
	uint8x16_t s = vld1q_u8(in);
	for (int r = 0; r < 9; r++)
		s = vaesmcq_u8(vaeseq_u8(s, vld1q_u8(rk + 16 * r)));
	s = vaeseq_u8(s, vld1q_u8(rk + 16 * 9));
	vst1q_u8(out, veorq_u8(s, vld1q_u8(rk + 16 * 10)));
}

/* GCM's bit order puts the coefficient of x^0 in the most significant bit of
 * byte 0. RBIT on every byte makes register bit i the coefficient of x^i, so
 * the product is a plain carry-less multiply, reduced modulo
 * x^128 + x^7 + x^2 + x + 1. */
static inline uint8x16_t gf128_mul(uint8x16_t a, uint8x16_t b)
{
	const uint8x16_t zero = vdupq_n_u8(0);
	const poly64_t r = 0x87;
	poly64x2_t a64 = vreinterpretq_p64_u8(a);
	poly64x2_t b64 = vreinterpretq_p64_u8(b);
	poly64x2_t bsw = vreinterpretq_p64_u8(vextq_u8(b, b, 8));
	uint8x16_t lo = vreinterpretq_u8_p128(vmull_p64(vgetq_lane_p64(a64, 0), vgetq_lane_p64(b64, 0)));
	uint8x16_t hi = vreinterpretq_u8_p128(vmull_high_p64(a64, b64));
	uint8x16_t mid = veorq_u8(vreinterpretq_u8_p128(vmull_p64(vgetq_lane_p64(a64, 0), vgetq_lane_p64(bsw, 0))),
				  vreinterpretq_u8_p128(vmull_high_p64(a64, bsw)));
	lo = veorq_u8(lo, vextq_u8(zero, mid, 8)); /* mid << 64 */
	hi = veorq_u8(hi, vextq_u8(mid, zero, 8)); /* mid >> 64 */
	/* x^192 h1 = x^64 (h1 * 0x87): at most 71 bits, its top 7 fold into hi's low half. */
	uint8x16_t t = vreinterpretq_u8_p128(vmull_p64(vgetq_lane_p64(vreinterpretq_p64_u8(hi), 1), r));
	lo = veorq_u8(lo, vextq_u8(zero, t, 8));
	hi = veorq_u8(hi, vextq_u8(t, zero, 8));
	/* x^128 h0 = h0 * 0x87: at most 71 bits. */
	t = vreinterpretq_u8_p128(vmull_p64(vgetq_lane_p64(vreinterpretq_p64_u8(hi), 0), r));
	return veorq_u8(lo, t);
}

/* y = GHASH_H(y, blocks): y <- (y ^ X_i) * H for each 16-byte block X_i. */
void ghash(const uint8_t h[16], const uint8_t *blocks, size_t n, uint8_t y[16])
{
	uint8x16_t hr = vrbitq_u8(vld1q_u8(h));
	uint8x16_t acc = vrbitq_u8(vld1q_u8(y));
	for (size_t i = 0; i < n; i++)
		acc = gf128_mul(veorq_u8(acc, vrbitq_u8(vld1q_u8(blocks + 16 * i))), hr);
	vst1q_u8(y, vrbitq_u8(acc));
}

/* state[0..8] = a..h; block: 64 bytes, big-endian words; k: FIPS 180-4's K[0..64]. */
void sha256_compress(uint32_t state[8], const uint8_t block[64], const uint32_t k[64])
{
	uint32x4_t abcd = vld1q_u32(state), efgh = vld1q_u32(state + 4);
	uint32x4_t abcd_in = abcd, efgh_in = efgh;
	uint32x4_t w0 = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(block)));
	uint32x4_t w1 = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(block + 16)));
	uint32x4_t w2 = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(block + 32)));
	uint32x4_t w3 = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(block + 48)));
	for (int i = 0; i < 16; i++) {
		uint32x4_t wk = vaddq_u32(w0, vld1q_u32(k + 4 * i));
		uint32x4_t abcd_old = abcd;
		abcd = vsha256hq_u32(abcd, efgh, wk);
		efgh = vsha256h2q_u32(efgh, abcd_old, wk);
		uint32x4_t w4 = vsha256su1q_u32(vsha256su0q_u32(w0, w1), w2, w3);
		w0 = w1;
		w1 = w2;
		w2 = w3;
		w3 = w4;
	}
	vst1q_u32(state, vaddq_u32(abcd, abcd_in));
	vst1q_u32(state + 4, vaddq_u32(efgh, efgh_in));
}
