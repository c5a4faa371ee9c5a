/* cli_view: `lpdoc view DIR [-o FILE]` prints the whole model as canonical XML. */
#include <stdio.h>
#include <string.h>
#include <libxml/tree.h>

#include "../model/model.h"
#include "../doc/doc.h"
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

int cli_view(int argc, char **argv)
{
	const char *dir = NULL, *output = "-";
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			fputs(view_usage, stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "-o") == 0) {
			if (i + 1 == argc)
				return cli_error("view", NULL, "-o needs a file name");
			output = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return cli_error("view", view_usage, "unknown option '%s'", argv[i]);
		} else if (dir == NULL) {
			dir = argv[i];
		} else {
			return cli_error("view", view_usage, "one folder only ('%s' is extra)", argv[i]);
		}
	}
	if (dir == NULL)
		return cli_error("view", view_usage, NULL);
	diag_t *d = diag_new();
	model_t *m = cli_model_load(dir, output, d);
	if (m) {
		xmlDocPtr doc = view_model_build(m);
		doc_save_xml(doc, output, d);
		xmlFreeDoc(doc);
		model_free(m);
	}
	return cli_finish(d);
}
