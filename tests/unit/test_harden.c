/* Unit tests for hardening fixes: column counting on very long lines
 * (linear, correct across libxml2's buffer shrinks), atomic output when
 * the file size limit (a full disk) stops the write, and fonts that give
 * back all their memory. */
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <libxml/tree.h>

#include "unit.h"
#include "unit_fo.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/xmlsafe.h"

static void test_columns_on_one_line(void)
{
	const char *xml = "<a><b/>\xc3\xa9<c/>\n <d/><e/></a>";
	diag_t *d = diag_new();
	xmlDocPtr doc = xml_safe_read_memory(xml, strlen(xml), "t.xml", d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	xmlNodePtr b = xmlFirstElementChild(xmlDocGetRootElement(doc));
	xmlNodePtr c = xmlNextElementSibling(b);
	xmlNodePtr dn = xmlNextElementSibling(c);
	xmlNodePtr e = xmlNextElementSibling(dn);
	CU_ASSERT_EQUAL(xml_node_col(b), 4);
	CU_ASSERT_EQUAL(xml_node_col(c), 9);   /* é is one character */
	CU_ASSERT_EQUAL(xml_node_line(dn), 2);
	CU_ASSERT_EQUAL(xml_node_col(dn), 2);
	CU_ASSERT_EQUAL(xml_node_col(e), 6);
	xmlFreeDoc(doc);
	diag_free(d);
}

/* 100,000 elements on one line: every column right, however libxml2
 * moves its buffer while parsing. */
static void test_columns_on_a_long_line(void)
{
	enum { N = 100000 };
	buf_t b = BUF_INIT;
	buf_puts(&b, "<r>");
	for (int i = 0; i < N; i++)
		buf_puts(&b, "<x/>");
	buf_puts(&b, "</r>");
	diag_t *d = diag_new();
	xmlDocPtr doc = xml_safe_read_memory(b.data, b.len, "long.xml", d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	unsigned i = 0, wrong = 0;
	for (xmlNodePtr x = xmlFirstElementChild(xmlDocGetRootElement(doc)); x;
	     x = xmlNextElementSibling(x), i++)
		wrong += xml_node_col(x) != 4 + 4 * i || xml_node_line(x) != 1;
	CU_ASSERT_EQUAL(i, N);
	CU_ASSERT_EQUAL(wrong, 0);
	xmlFreeDoc(doc);
	diag_free(d);
	buf_free(&b);
}

/* In a child limited to 64 KB per file, with SIGXFSZ ignored as lpdoc's
 * main() does: writing 1 MB fails, commit reports it, the old file stays. */
static void test_atomic_file_size_limit(void)
{
	char path[] = "/tmp/lpdoc-harden-XXXXXX";
	int fd = mkstemp(path);
	CU_ASSERT_FATAL(fd >= 0);
	CU_ASSERT(write(fd, "old", 3) == 3);
	close(fd);
	pid_t pid = fork();
	CU_ASSERT_FATAL(pid >= 0);
	if (pid == 0) {
		signal(SIGXFSZ, SIG_IGN);
		struct rlimit rl = { 65536, 65536 };
		setrlimit(RLIMIT_FSIZE, &rl);
		diag_t *d = diag_new();
		atomic_out_t o;
		if (atomic_out_open(&o, path, d) != 0) {
			diag_free(d);
			_exit(10);
		}
		static char block[4096];
		memset(block, 'x', sizeof block);
		for (int i = 0; i < 256; i++)
			fwrite(block, 1, sizeof block, o.fp);
		int rc = atomic_out_commit(&o, d);
		int ok = rc == -1 && diag_worst(d) == DIAG_FATAL;
		diag_free(d);   /* under valgrind the child is checked for leaks too */
		_exit(ok ? 0 : 11);
	}
	int status = 0;
	CU_ASSERT(waitpid(pid, &status, 0) == pid);
	CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	char got[8] = { 0 };
	FILE *f = fopen(path, "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_EQUAL(fread(got, 1, sizeof got, f), 3);
	fclose(f);
	CU_ASSERT_STRING_EQUAL(got, "old");
	unlink(path);
}

static const char fonts_fo[] =
	"<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'><fo:layout-master-set>"
	"<fo:simple-page-master master-name='p' page-width='210mm' page-height='297mm'>"
	"<fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
	"<fo:page-sequence master-reference='p'><fo:flow flow-name='xsl-region-body'>"
	"<fo:block>Sans <fo:inline font-weight='bold'>bold</fo:inline> "
	"<fo:inline font-family='serif' font-style='italic'>serif \xc3\xa9 \xe2\x82\xac</fo:inline> "
	"<fo:inline font-family='monospace'>mono</fo:inline></fo:block>"
	"</fo:flow></fo:page-sequence></fo:root>";

/* Bytes the program holds now (glibc's count; 0 where malloc is not
 * glibc's, as under ASan, whose leak checker covers it instead). */
static size_t heap_in_use(void)
{
	return mallinfo2().uordblks;
}

/* Each render loads the bundled fonts into a private FcConfig and a Pango
 * font map and frees them (no fonts given).  Pango 1.50 keeps its own
 * reference to the FcConfig, which fo_fonts_free must drop: when it did
 * not, each render kept 33-49 KB.  The libraries' caches still grow a
 * little (1-3 KB a render, freed at exit: valgrind finds no leak), so the
 * bound is 8 KB a render on average. */
static void test_fonts_give_back_their_memory(void)
{
	enum { WARM = 3, RENDERS = 20, BOUND = 8 * 1024 };
	unit_fo_t u;
	unit_fo_open(&u, fonts_fo, sizeof fonts_fo - 1, "fonts.fo");
	size_t before = 0;
	for (int i = 0; i < WARM + RENDERS; i++) {
		if (i == WARM)
			before = heap_in_use();
		CU_ASSERT_EQUAL(fo_render_doc(u.doc, "fonts.fo", &u.opt, u.out, u.d, NULL), 0);
	}
	size_t after = heap_in_use();
	size_t kept = after > before ? after - before : 0;  /* caches may shrink too */
	CU_ASSERT(kept < RENDERS * BOUND);
	if (kept >= RENDERS * BOUND)
		fprintf(stderr, "\n  %d renders kept %zu bytes\n", RENDERS, kept);
	unit_fo_close(&u);
}

static CU_TestInfo tests[] = {
	{ "columns on one line, multibyte", test_columns_on_one_line },
	{ "columns on a 400,000-character line", test_columns_on_a_long_line },
	{ "atomic output under a file size limit", test_atomic_file_size_limit },
	{ "fonts give back their memory", test_fonts_give_back_their_memory },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("harden", tests)
