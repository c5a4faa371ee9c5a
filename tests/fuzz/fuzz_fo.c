/* libFuzzer harness: the FO engine (fo_render_doc) on any parsable input.
 * The bundled fonts are loaded once, as a batch does (fo_options_t.fonts):
 * libFuzzer's entry points leave no other place to keep them than a
 * static.  The PDF goes to a file in /tmp named by the process, removed
 * after. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <libxml/parser.h>

#include "fo/fo.h"
#include "util/diag.h"
#include "util/xalloc.h"
#include "util/xmlsafe.h"

static fo_fonts_t *fonts;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	diag_t *d = diag_new();
	fonts = fo_fonts_new(d);   /* NULL: each document loads its own */
	diag_free(d);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_t *d = diag_new();
	xmlDocPtr doc = xml_safe_read_memory((const char *)data, size, "fuzz.fo", d);
	if (doc) {
		char *out = xasprintf("/tmp/lpdoc-fuzz-fo-%ld.pdf", (long)getpid());
		fo_options_t opt;
		fo_options_init(&opt);
		opt.has_date = 1;
		opt.date = 0;
		opt.fonts = fonts;
		fo_render_doc(doc, "fuzz.fo", &opt, out, d, NULL);
		unlink(out);
		free(out);
		xmlFreeDoc(doc);
	}
	diag_free(d);
	return 0;
}
