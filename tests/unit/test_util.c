/* Unit tests for src/util: buffers, diagnostics, safe XML parsing, atomic output, data: URIs,
 * library tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/tree.h>

#include "unit.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/datauri.h"
#include "util/diag.h"
#include "util/dl.h"
#include "util/xalloc.h"
#include "util/xmlsafe.h"

static void test_buf_xml_escape(void)
{
	buf_t b = BUF_INIT;
	CU_ASSERT_STRING_EQUAL(buf_str(&b), "");
	buf_put_xml(&b, "a<b & \"c\">");
	CU_ASSERT_STRING_EQUAL(buf_str(&b), "a&lt;b &amp; &quot;c&quot;&gt;");
	buf_printf(&b, "%d", 42);
	CU_ASSERT_EQUAL(b.len, strlen(b.data));
	char *s = buf_take(&b);
	CU_ASSERT_PTR_NULL(b.data);
	free(s);
}

static void test_diag_sort_and_worst(void)
{
	diag_t *d = diag_new();
	CU_ASSERT_EQUAL(diag_worst(d), DIAG_NONE);
	diag_add(d, DIAG_WARNING, "b.xml", 3, 1, NULL, "second file");
	diag_add(d, DIAG_ERROR, "a.xml", 9, 2, "MoU 3.1", "later line");
	diag_add(d, DIAG_NOTE, "a.xml", 2, 5, NULL, "earlier line");
	diag_sort(d);
	CU_ASSERT_STRING_EQUAL(diag_get(d, 0)->text, "earlier line");
	CU_ASSERT_STRING_EQUAL(diag_get(d, 1)->text, "later line");
	CU_ASSERT_STRING_EQUAL(diag_get(d, 2)->file, "b.xml");
	CU_ASSERT_EQUAL(diag_worst(d), DIAG_ERROR);
	diag_warnings_are_errors(d);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 2);

	char out[256] = "";
	FILE *fp = fmemopen(out, sizeof out, "w");
	diag_format(diag_get(d, 1), fp);
	fclose(fp);
	CU_ASSERT_STRING_EQUAL(out, "a.xml:9:2: error: [MoU 3.1] later line\n");
	diag_free(d);
}

static void test_diag_once(void)
{
	diag_t *d = diag_new();
	CU_ASSERT_EQUAL(diag_once(d, "prop:foo"), 1);
	CU_ASSERT_EQUAL(diag_once(d, "prop:foo"), 0);
	CU_ASSERT_EQUAL(diag_once(d, "prop:bar"), 1);
	diag_free(d);
}

static void test_xml_positions(void)
{
	const char *xml = "<a>\n  <b x=\"1\"/>\n   <c\n  y=\"2\"/></a>";
	diag_t *d = diag_new();
	xmlDocPtr doc = xml_safe_read_memory(xml, strlen(xml), "t.xml", d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	xmlNodePtr a = xmlDocGetRootElement(doc);
	CU_ASSERT_EQUAL(xml_node_line(a), 1);
	CU_ASSERT_EQUAL(xml_node_col(a), 1);
	xmlNodePtr b = xmlFirstElementChild(a);
	CU_ASSERT_EQUAL(xml_node_line(b), 2);
	CU_ASSERT_EQUAL(xml_node_col(b), 3);
	xmlNodePtr c = xmlNextElementSibling(b);
	CU_ASSERT_EQUAL(xml_node_line(c), 3);
	CU_ASSERT_EQUAL(xml_node_col(c), 4);
	xmlFreeDoc(doc);
	diag_free(d);
}

static void test_xml_refuses_doctype(void)
{
	const char *xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>";
	diag_t *d = diag_new();
	xmlDocPtr doc = xml_safe_read_memory(xml, strlen(xml), "evil.xml", d);
	CU_ASSERT_PTR_NULL(doc);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(diag_get(d, 0)->text, "DOCTYPE"));
	diag_free(d);
}

static void test_xml_malformed_position(void)
{
	const char *xml = "<a>\n<b></a>";
	diag_t *d = diag_new();
	CU_ASSERT_PTR_NULL(xml_safe_read_memory(xml, strlen(xml), "bad.xml", d));
	CU_ASSERT_TRUE(diag_count(d, DIAG_ERROR) >= 1);
	CU_ASSERT_EQUAL(diag_get(d, 0)->line, 2);
	diag_free(d);
}

static void test_xml_nul_byte(void)
{
	const char xml[] = "<a>x\0y</a>";
	diag_t *d = diag_new();
	CU_ASSERT_PTR_NULL(xml_safe_read_memory(xml, sizeof xml - 1, "nul.xml", d));
	CU_ASSERT_PTR_NOT_NULL(strstr(diag_get(d, 0)->text, "NUL"));
	diag_free(d);
}

static void test_atomic_keeps_old_file_on_abort(void)
{
	char dir[] = "/tmp/lpdoc-unit-XXXXXX";
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	char *path = xasprintf("%s/out.pdf", dir);
	FILE *fp = fopen(path, "w");
	fputs("old", fp);
	fclose(fp);

	diag_t *d = diag_new();
	atomic_out_t o;
	CU_ASSERT_EQUAL_FATAL(atomic_out_open(&o, path, d), 0);
	fputs("half-written", o.fp);
	atomic_out_abort(&o);
	char got[32] = "";
	fp = fopen(path, "r");
	CU_ASSERT_PTR_NOT_NULL(fgets(got, sizeof got, fp));
	fclose(fp);
	CU_ASSERT_STRING_EQUAL(got, "old");

	CU_ASSERT_EQUAL_FATAL(atomic_out_open(&o, path, d), 0);
	fputs("new", o.fp);
	CU_ASSERT_EQUAL(atomic_out_commit(&o, d), 0);
	fp = fopen(path, "r");
	CU_ASSERT_PTR_NOT_NULL(fgets(got, sizeof got, fp));
	fclose(fp);
	CU_ASSERT_STRING_EQUAL(got, "new");
	unlink(path);
	rmdir(dir);
	free(path);
	diag_free(d);
}

/* data: URIs (RFC 2397): base64 with white space, percent-encoded SVG
 * (which FOP 2.8 cannot read), an empty one, and malformed ones. */
static void test_datauri(void)
{
	unsigned char *d;
	size_t n;
	CU_ASSERT(datauri_is("DATA:,x"));
	CU_ASSERT(!datauri_is("logo.png"));
	CU_ASSERT_EQUAL_FATAL(datauri_decode("data:image/png;base64,iVBO\n Rw0KGgo=", &d, &n), 0);
	CU_ASSERT_EQUAL(n, 8);
	CU_ASSERT(memcmp(d, "\x89PNG\x0D\x0A\x1A\x0A", 8) == 0);
	free(d);
	CU_ASSERT_EQUAL_FATAL(datauri_decode("data:image/svg+xml,%3Csvg%20width=%221%22/%3E", &d, &n), 0);
	CU_ASSERT_STRING_EQUAL((char *)d, "<svg width=\"1\"/>");
	CU_ASSERT_EQUAL(n, 16);
	free(d);
	CU_ASSERT_EQUAL_FATAL(datauri_decode("data:;base64,", &d, &n), 0);
	CU_ASSERT_EQUAL(n, 0);
	free(d);
	CU_ASSERT_EQUAL(datauri_decode("data:image/png;base64", &d, &n), -1);     /* no comma */
	CU_ASSERT_EQUAL(datauri_decode("data:;base64,ab*d", &d, &n), -1);         /* not base64 */
	CU_ASSERT_EQUAL(datauri_decode("data:;base64,ab=c", &d, &n), -1);         /* data after = */
	CU_ASSERT_EQUAL(datauri_decode("data:,100%", &d, &n), -1);                /* a bare % */
	CU_ASSERT_EQUAL(datauri_decode("data:,%4", &d, &n), -1);
	CU_ASSERT_PTR_NULL(d);
}

typedef struct libm_table {
	void *lib;
	double (*cos)(double);
	double (*floor)(double);
} libm_table_t;

static void test_dl_table(void)
{
	static const dl_fn_t fns[] = {
		DL_FN(libm_table_t, "cos", cos), DL_FN(libm_table_t, "floor", floor),
	};
	static const dl_fn_t missing[] = {
		DL_FN(libm_table_t, "cos", cos), DL_FN(libm_table_t, "lpdoc_no_such_function", floor),
	};
	dl_status_t st = DL_OK;
	libm_table_t *t = dl_table_open("libm.so.6", sizeof *t, fns, 2, &st);
	CU_ASSERT_EQUAL_FATAL(st, DL_OK);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	CU_ASSERT_PTR_NOT_NULL(t->lib);
	CU_ASSERT_EQUAL(t->cos(0.0), 1.0);
	CU_ASSERT_EQUAL(t->floor(2.5), 2.0);
	dl_table_close(t);
	CU_ASSERT_PTR_NULL(dl_table_open("libm.so.6", sizeof *t, missing, 2, &st));
	CU_ASSERT_EQUAL(st, DL_NO_FUNCTION);
	CU_ASSERT_PTR_NULL(dl_table_open("liblpdoc-no-such.so.0", sizeof *t, fns, 2, &st));
	CU_ASSERT_EQUAL(st, DL_NO_LIBRARY);
	dl_table_close(NULL);
	/* the same, saying why */
	const char *why = NULL;
	t = dl_table_open_why("libm.so.6", sizeof *t, fns, 2, "missing", "old", &why);
	CU_ASSERT_PTR_NOT_NULL(t);
	CU_ASSERT_PTR_NULL(why);
	dl_table_close(t);
	CU_ASSERT_PTR_NULL(dl_table_open_why("libm.so.6", sizeof *t, missing, 2, "missing", "old", &why));
	CU_ASSERT_STRING_EQUAL(why, "old");
	CU_ASSERT_PTR_NULL(dl_table_open_why("liblpdoc-no-such.so.0", sizeof *t, fns, 2, "missing",
	                                     "old", &why));
	CU_ASSERT_STRING_EQUAL(why, "missing");
}

static CU_TestInfo tests[] = {
	{ "buf escapes XML", test_buf_xml_escape },
	{ "diag sorts and keeps the worst level", test_diag_sort_and_worst },
	{ "diag_once reports a key once", test_diag_once },
	{ "elements keep line and column", test_xml_positions },
	{ "DOCTYPE and entities are refused", test_xml_refuses_doctype },
	{ "malformed XML names its line", test_xml_malformed_position },
	{ "NUL bytes are refused", test_xml_nul_byte },
	{ "atomic output keeps the old file", test_atomic_keeps_old_file_on_abort },
	{ "data: URIs are decoded", test_datauri },
	{ "library tables: opened, too old, missing, and why", test_dl_table },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("util", tests)
