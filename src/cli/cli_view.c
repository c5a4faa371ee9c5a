/* cli_view: `lpdoc view DIR [-o FILE]` prints the whole model as canonical XML. */
#include <stdio.h>
#include <string.h>
#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/atomic.h"
#include "../view/view_model.h"
#include "cli.h"

static const char view_usage[] =
	"usage: lpdoc view DIR [-o FILE]\n"
	"\n"
	"Loads the partnership records in DIR, checks them against their schemas and\n"
	"references, and prints the whole model as canonical XML: stable order, names\n"
	"beside ids, computed figures (membership, quorum, minute numbers, totals).\n"
	"\n"
	"  -o FILE   write to FILE (atomically) instead of standard output\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records unreadable or invalid, 3 cannot write.\n";

/* Serialises doc to path ("-" = stdout) so that it appears whole or not at all. */
static int view_write(xmlDocPtr doc, const char *path, diag_t *d)
{
	xmlChar *text = NULL;
	int len = 0;
	xmlDocDumpFormatMemoryEnc(doc, &text, &len, "UTF-8", 1);
	if (text == NULL) {
		diag_add(d, DIAG_FATAL, NULL, 0, 0, NULL, "cannot serialise the view");
		return -1;
	}
	atomic_out_t out;
	int rc = atomic_out_open(&out, path, d);
	if (rc == 0) {
		fwrite(text, 1, (size_t)len, out.fp);
		rc = atomic_out_commit(&out, d);
	}
	xmlFree(text);
	return rc;
}

int cli_view(int argc, char **argv)
{
	const char *dir = NULL, *output = "-";
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			fputs(view_usage, stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "-o") == 0) {
			if (i + 1 == argc) {
				fputs("lpdoc view: -o needs a file name\n", stderr);
				return EXIT_INVALID;
			}
			output = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			fprintf(stderr, "lpdoc view: unknown option '%s'\n%s", argv[i], view_usage);
			return EXIT_INVALID;
		} else if (dir == NULL) {
			dir = argv[i];
		} else {
			fprintf(stderr, "lpdoc view: one folder only ('%s' is extra)\n%s", argv[i], view_usage);
			return EXIT_INVALID;
		}
	}
	if (dir == NULL) {
		fputs(view_usage, stderr);
		return EXIT_INVALID;
	}
	diag_t *d = diag_new();
	model_t *m = model_load(dir, d);
	if (m) {
		xmlDocPtr doc = view_model_build(m);
		view_write(doc, output, d);
		xmlFreeDoc(doc);
		model_free(m);
	}
	diag_sort(d);
	diag_print(d, stderr);
	int status = cli_exit_for_input(d);
	diag_free(d);
	return status;
}
