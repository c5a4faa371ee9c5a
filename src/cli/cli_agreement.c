/* cli_agreement: `lpdoc agreement DIR -o FILE [--fo]` — an agreement
 * between parties with one signature block per party. */
#include <libxml/tree.h>

#include "../doc/doc_kind.h"
#include "../model/model.h"
#include "cli.h"

static const char agreement_usage[] =
	"usage: lpdoc agreement DIR -o FILE [--fo]\n"
	"\n"
	"The agreement of the partnership in DIR, in full, ending with one signature\n"
	"block per party (\"Signed by ..., duly authorised on behalf of ...\").  For\n"
	"agreements between parties (records with <party> elements).\n"
	"\n"
	"  -o FILE   the PDF to write (\"-\": standard output)\n"
	"  --fo      write the XSL-FO instead of the PDF\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records invalid or no parties, 3 cannot write.\n";

static void agreement_produce(const model_t *m, const cli_doc_opts_t *o, void *ctx, diag_t *d)
{
	(void)ctx;
	doc_kind_args_t a = { .m = m };
	xmlDocPtr view = o->kind->build(&a, d);
	if (view)
		doc_kind_write(o->kind, view, o->dir, o->out, 0, o->fo_only, d);
	xmlFreeDoc(view);
}

int cli_agreement(int argc, char **argv)
{
	cli_doc_opts_t o = {
		.kind = doc_kind(DOC_AGREEMENT), .cmd = "agreement", .usage = agreement_usage,
	};
	return cli_doc_main(&o, argc, argv, agreement_produce, NULL);
}
