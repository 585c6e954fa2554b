/* Runs the functions of examples/a64-routines.c natively (under qemu-aarch64
 * on an x86 host) and compares them with published values; used only by
 * examples/build-a64-routines.sh, before it writes examples/a64-routines.hex.
 * The inputs the routines take are derived here from their definitions:
 * FIPS-197 5.2 key expansion (SubWord through AESE, whose ShiftRows leaves a
 * vector of four equal columns alone) and FIPS 180-4 4.2.2 / 5.3.3 constants
 * (integer cube and square roots of the first primes). */
#include <arm_neon.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void aes128_encrypt(const uint8_t rk[176], const uint8_t in[16], uint8_t out[16]);
void ghash(const uint8_t h[16], const uint8_t *blocks, size_t n, uint8_t y[16]);
void sha256_compress(uint32_t state[8], const uint8_t block[64], const uint32_t k[64]);

static int failures;

static void hex(const char *s, uint8_t *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sscanf(s + 2 * i, "%2hhx", &out[i]);
}

static void check(const char *what, const uint8_t *got, const char *want)
{
	char g[129] = {0};
	size_t n = strlen(want) / 2;
	for (size_t i = 0; i < n; i++)
		sprintf(g + 2 * i, "%02x", got[i]);
	int ok = strcmp(g, want) == 0;
	failures += !ok;
	printf("%s %s: %s%s%s\n", ok ? "ok  " : "FAIL", what, g, ok ? "" : " want ", ok ? "" : want);
}

static uint32_t sub_word(uint32_t w)
{
	return vgetq_lane_u32(vreinterpretq_u32_u8(vaeseq_u8(vreinterpretq_u8_u32(vdupq_n_u32(w)), vdupq_n_u8(0))), 0);
}

/* FIPS-197 5.2 with words as little-endian loads of 4 key bytes. */
static void expand_key(const uint8_t key[16], uint8_t rk[176])
{
	uint32_t w[44];
	uint8_t rcon = 1;
	memcpy(w, key, 16);
	for (int i = 4; i < 44; i++) {
		uint32_t t = w[i - 1];
		if (i % 4 == 0) {
			t = sub_word((t >> 8) | (t << 24)) ^ rcon;
			rcon = (uint8_t)((rcon << 1) ^ ((rcon >> 7) * 0x1b));
		}
		w[i] = w[i - 4] ^ t;
	}
	memcpy(rk, w, 176);
}

static unsigned __int128 iroot(unsigned __int128 v, int cube)
{
	/* The roots here are below 2^35, so mid^3 < 2^120 cannot overflow. */
	unsigned __int128 lo = 0, hi = (unsigned __int128)1 << 40;
	while (hi - lo > 1) {
		unsigned __int128 mid = (lo + hi) / 2;
		if ((cube ? mid * mid * mid : mid * mid) <= v)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static void primes(uint32_t *p, int n)
{
	for (uint32_t c = 2, found = 0; found < (uint32_t)n; c++) {
		int prime = 1;
		for (uint32_t d = 2; d * d <= c; d++)
			prime &= c % d != 0;
		if (prime)
			p[found++] = c;
	}
}

int main(void)
{
	uint8_t key[16], in[16], out[16], rk[176];

	/* FIPS-197 Appendix B and Appendix C.1. */
	hex("2b7e151628aed2a6abf7158809cf4f3c", key, 16);
	hex("3243f6a8885a308d313198a2e0370734", in, 16);
	expand_key(key, rk);
	aes128_encrypt(rk, in, out);
	check("aes128_encrypt FIPS-197 B  ", out, "3925841d02dc09fbdc118597196a0b32");
	hex("000102030405060708090a0b0c0d0e0f", key, 16);
	hex("00112233445566778899aabbccddeeff", in, 16);
	expand_key(key, rk);
	aes128_encrypt(rk, in, out);
	check("aes128_encrypt FIPS-197 C.1", out, "69c4e0d86a7b0430d8cdb78070b4c55a");

	/* The GCM spec (McGrew, Viega), Appendix B, Test Case 2: C, then len(A)||len(C). */
	uint8_t h[16], blocks[32], y[16] = {0};
	hex("66e94bd4ef8a2c3b884cfa59ca342b2e", h, 16);
	hex("0388dace60b6a392f328c2b971b2fe78"
	    "00000000000000000000000000000080",
	    blocks, 32);
	ghash(h, blocks, 2, y);
	check("ghash GCM Test Case 2      ", y, "f38cbb1ad69223dcc3457ae5b6b0f885");

	/* FIPS 180-4: "abc", one padded block. */
	uint32_t p[64], k[64], st[8];
	primes(p, 64);
	for (int i = 0; i < 64; i++)
		k[i] = (uint32_t)iroot((unsigned __int128)p[i] << 96, 1);
	for (int i = 0; i < 8; i++)
		st[i] = (uint32_t)iroot((unsigned __int128)p[i] << 64, 0);
	uint8_t block[64] = {'a', 'b', 'c', 0x80};
	block[63] = 24;
	sha256_compress(st, block, k);
	uint8_t digest[32];
	for (int i = 0; i < 32; i++)
		digest[i] = (uint8_t)(st[i / 4] >> (24 - 8 * (i % 4)));
	check("sha256_compress \"abc\"      ", digest, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	return failures != 0;
}
