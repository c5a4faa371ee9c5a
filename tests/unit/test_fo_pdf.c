/* Unit tests for src/fo/fo_pdf's deflateInit_: the default compression
 * level cairo asks for becomes zlib's fastest, a level asked for stays,
 * and the definition is the one shared libraries (cairo) are bound to. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "unit.h"

/* Text like a page's content stream: repetitive, so levels differ. */
static size_t sample(unsigned char *buf, size_t cap)
{
	static const char *const words[] = { "board", "meeting", "minutes", "the", "quorum",
	                                     "approval", "report", "schools", "chair" };
	size_t n = 0;
	for (unsigned i = 0; n + 64 < cap; i++)
		n += (size_t)snprintf((char *)buf + n, cap - n, "[(%s)-%u(%s)]TJ\n0 -1.27 Td\n",
		                      words[i % 9], 200 + i * 7 % 90, words[i * 5 % 9]);
	return n;
}

/* Deflates in with deflateInit (level < 0: the default) or with
 * deflateInit2 at -level - 1; returns the compressed size in out. */
static size_t squeeze(const unsigned char *in, size_t n, unsigned char *out, size_t cap,
                      int level, int through_init2)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	int rc = through_init2
	         ? deflateInit2(&z, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
	         : deflateInit(&z, level);
	CU_ASSERT_EQUAL_FATAL(rc, Z_OK);
	z.next_in = (unsigned char *)in;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	CU_ASSERT_EQUAL(deflate(&z, Z_FINISH), Z_STREAM_END);
	size_t len = z.total_out;
	deflateEnd(&z);
	return len;
}

static unsigned char in[200000], a[220000], b[220000];

static void test_default_level_is_fastest(void)
{
	size_t n = sample(in, sizeof in);
	size_t la = squeeze(in, n, a, sizeof a, Z_DEFAULT_COMPRESSION, 0);
	size_t lb = squeeze(in, n, b, sizeof b, Z_BEST_SPEED, 1);
	CU_ASSERT_EQUAL(la, lb);
	CU_ASSERT(la == lb && memcmp(a, b, la) == 0);
	/* zlib's own default (6) would give something else */
	size_t l6 = squeeze(in, n, b, sizeof b, 6, 1);
	CU_ASSERT(l6 != la || memcmp(a, b, la) != 0);
}

static void test_level_asked_for_stays(void)
{
	size_t n = sample(in, sizeof in);
	size_t la = squeeze(in, n, a, sizeof a, 9, 0);
	size_t lb = squeeze(in, n, b, sizeof b, 9, 1);
	CU_ASSERT(la == lb && memcmp(a, b, la) == 0);
}

static void test_libraries_bind_to_it(void)
{
	/* What a shared library's call to deflateInit_ resolves to. */
	void *f = dlsym(RTLD_DEFAULT, "deflateInit_");
	CU_ASSERT_PTR_EQUAL(f, (void *)deflateInit_);
	void *zlib = dlopen("libz.so.1", RTLD_LAZY | RTLD_NOLOAD);
	CU_ASSERT_PTR_NOT_NULL(zlib);
	if (zlib) {
		CU_ASSERT_PTR_NOT_EQUAL(dlsym(zlib, "deflateInit_"), f);
		dlclose(zlib);
	}
}

static CU_TestInfo tests[] = {
	{ "the default level is zlib's fastest", test_default_level_is_fastest },
	{ "a level asked for stays", test_level_asked_for_stays },
	{ "shared libraries are bound to it", test_libraries_bind_to_it },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("fo_pdf", tests)
