/* cli_interests: `lpdoc interests DIR [--body B] -o FILE` — the register
 * of interests of a body's members (every body's when no --body). */
#include <stdlib.h>

#include "../doc/doc_kind.h"
#include "../model/query.h"
#include "../view/brand.h"
#include "cli.h"
#include "cli_minutes.h"

static const char interests_usage[] =
	"usage: lpdoc interests DIR [--body ID] [--today DATE] -o FILE [--fo | --view]\n"
	"\n"
	"The register of interests of the partnership in DIR, as schools publish it: the\n"
	"members of a body (of every body with seats, when no --body) on a day, by seat,\n"
	"each with the interests they have declared and when (people.xml <interest>),\n"
	"or \"None declared\".\n"
	"\n"
	"  --body ID      the body whose members are listed\n"
	"  --today DATE   the members on DATE (default: the records' as-of date)\n"
	"  -o FILE        the PDF to write (\"-\": standard output)\n"
	"  --fo           write the XSL-FO instead of the PDF\n"
	"  --view         write the view XML the stylesheet reads instead\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records invalid, no such body or a usage error, 3 cannot write.\n";

static void interests_produce(const model_t *m, const cli_doc_opts_t *o, void *ctx, diag_t *d)
{
	(void)ctx;
	doc_kind_args_t a = { .m = m, .today = date_is_set(o->today) ? o->today : view_as_of(m) };
	if (o->key) {
		a.body = model_body_find(m, o->key);
		if (a.body == NULL) {
			cli_minutes_unknown(d, m, "body", o->key, "run 'lpdoc view DIR' for the bodies");
			return;
		}
	}
	xmlDocPtr view = o->kind->build(&a, d);
	doc_kind_write(o->kind, view, o->dir, o->out, o->view_only, o->fo_only, d);
	xmlFreeDoc(view);
}

int cli_interests(int argc, char **argv)
{
	cli_doc_opts_t o = {
		.kind = doc_kind(DOC_INTERESTS), .cmd = "interests", .usage = interests_usage,
		.key_option = "body", .key_optional = 1,
	};
	return cli_doc_main(&o, argc, argv, interests_produce, NULL);
}
