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

static int view_write(const model_t *m, const char *out, diag_t *d)
{
	xmlDocPtr doc = view_model_build(m);
	int rc = doc_save_xml(doc, out, d);
	xmlFreeDoc(doc);
	return rc;
}

int cli_view(int argc, char **argv)
{
	return cli_model_command(argc, argv, "view", view_usage, view_write);
}
