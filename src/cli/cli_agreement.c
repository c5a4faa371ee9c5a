/* cli_agreement: `lpdoc agreement DIR -o FILE [--fo]` — an agreement
 * between parties with one signature block per party. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../doc/doc.h"
#include "../model/model.h"
#include "../view/proforma.h"
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

static void agreement_produce(const model_t *m, const char *dir, const char *out,
                              int fo_only, diag_t *d)
{
	xmlDocPtr view = view_agreement_build(m, d);
	if (view == NULL)
		return;
	doc_t *doc = doc_open("agreement.xsl", dir, d);
	if (doc) {
		doc_options_t opt;
		doc_options_init(&opt);
		opt.fo_only = fo_only;
		doc_write(doc, view, NULL, out, out, &opt, d, NULL);
		doc_close(doc);
	}
	xmlFreeDoc(view);
}

int cli_agreement(int argc, char **argv)
{
	static const struct option longs[] = {
		{ "fo", no_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL;
	int fo_only = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'F': fo_only = 1; break;
		case 'h': fputs(agreement_usage, stdout); return EXIT_OK;
		default: fputs(agreement_usage, stderr); return EXIT_INVALID;
		}
	}
	if (optind != argc - 1 || out == NULL) {
		fprintf(stderr, "lpdoc agreement: give one partnership folder and -o FILE\n%s", agreement_usage);
		return EXIT_INVALID;
	}
	diag_t *d = diag_new();
	model_t *m = cli_load_records(argv[optind], d);
	if (m) {
		agreement_produce(m, argv[optind], out, fo_only, d);
		model_free(m);
	}
	return cli_finish(d);
}
