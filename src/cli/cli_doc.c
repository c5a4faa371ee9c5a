/* cli_doc: the options the document commands share (cli.h:
 * cli_doc_parse()) and the only places src/cli writes to standard error:
 * cli_error(), cli_say(), cli_print_diags() and the progress stream of
 * cli_progress(). */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/paths.h"
#include "cli.h"

static void cli_vsay(const char *cmd, const char *fmt, va_list ap)
{
	fprintf(stderr, "lpdoc %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int cli_error(const char *cmd, const char *usage, const char *fmt, ...)
{
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		cli_vsay(cmd, fmt, ap);
		va_end(ap);
	}
	if (usage)
		fputs(usage, stderr);
	return EXIT_INVALID;
}

void cli_say(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_vsay(cmd, fmt, ap);
	va_end(ap);
}

void cli_print_diags(const diag_t *d)
{
	diag_print(d, stderr);
}

FILE *cli_progress(void)
{
	return isatty(STDERR_FILENO) ? stderr : NULL;
}

int cli_parse_date(const char *cmd, const char *option, const char *arg, date_t *out)
{
	int rc = date_parse(arg, out);
	if (rc == 0)
		return 0;
	return cli_error(cmd, NULL, "%s '%s': %s; write YYYY-MM-DD", option, arg,
	                 date_parse_error(rc));
}

int cli_parse_today(const char *cmd, const char *arg, date_t *out)
{
	return cli_parse_date(cmd, "--today", arg, out);
}

enum { OPT_KEY = 'k', OPT_FLAG = 'g' };

/* The long options kind k's command takes, into longs (room for 8). */
static void doc_longs(const cli_doc_opts_t *o, struct option *longs)
{
	static const struct { unsigned bit; struct option opt; } shared[] = {
		{ DOC_OPT_TODAY, { "today", required_argument, NULL, 't' } },
		{ DOC_OPT_FO, { "fo", no_argument, NULL, 'F' } },
		{ DOC_OPT_VIEW, { "view", no_argument, NULL, 'V' } },
		{ DOC_OPT_PUBLIC, { "public", no_argument, NULL, 'p' } },
		{ DOC_OPT_YEAR, { "year", required_argument, NULL, 'y' } },
	};
	size_t n = 0;
	for (size_t i = 0; i < sizeof shared / sizeof shared[0]; i++)
		if (o->kind->options & shared[i].bit)
			longs[n++] = shared[i].opt;
	if (o->key_option)
		longs[n++] = (struct option){ o->key_option, required_argument, NULL, OPT_KEY };
	if (o->flag_option)
		longs[n++] = (struct option){ o->flag_option, no_argument, NULL, OPT_FLAG };
	longs[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	longs[n] = (struct option){ NULL, 0, NULL, 0 };
}

/* One option c with its argument; returns -1 to go on, else the exit
 * status (after printing why). */
static int doc_option(cli_doc_opts_t *o, int c, const char *arg)
{
	switch (c) {
	case 'o': o->out = arg; return -1;
	case 'y': o->year = arg; return -1;
	case 'F': o->fo_only = 1; return -1;
	case 'V': o->view_only = 1; return -1;
	case 'p': o->public_edition = 1; return -1;
	case OPT_KEY: o->key = arg; return -1;
	case OPT_FLAG: o->flag = 1; return -1;
	case 't': return cli_parse_today(o->cmd, arg, &o->today) == 0 ? -1 : EXIT_INVALID;
	case 'h': fputs(o->usage, stdout); return EXIT_OK;
	default: return cli_error(o->cmd, o->usage, NULL);
	}
}

/* "give one partnership folder, --meeting and -o FILE": what the command
 * needs and was not given, for its usage error. */
static int doc_missing(const cli_doc_opts_t *o)
{
	const char *need[3];
	size_t n = 0;
	char key[40];
	if (o->key_option && !o->key_optional) {
		snprintf(key, sizeof key, "--%s", o->key_option);
		need[n++] = key;
	}
	if (o->year_required)
		need[n++] = "--year YYYY-YY";
	if (!o->out_optional)
		need[n++] = "-o FILE";
	char msg[160] = "give one partnership folder";
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(msg);
		snprintf(msg + len, sizeof msg - len, "%s%s", i + 1 == n ? " and " : ", ", need[i]);
	}
	return cli_error(o->cmd, o->usage, "%s", msg);
}

/* output/review-register.pdf, or .xml (--view) or .fo (--fo): the
 * row's file in the folder "output" of the working folder. */
static void doc_default_out(cli_doc_opts_t *o)
{
	const char *file = o->kind->file;
	const char *dot = strrchr(file, '.');
	int stem = dot ? (int)(dot - file) : (int)strlen(file);
	snprintf(o->out_default, sizeof o->out_default, "output/%.*s.%s", stem, file,
	         o->view_only ? "xml" : o->fo_only ? "fo" : "pdf");
	o->out = o->out_default;
}

int cli_doc_parse(cli_doc_opts_t *o, int argc, char **argv)
{
	struct option longs[8];
	doc_longs(o, longs);
	o->today = DATE_NONE;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
		int status = doc_option(o, c, optarg);
		if (status >= 0)
			return status;
	}
	if (optind != argc - 1 || (o->key_option && !o->key_optional && o->key == NULL)
	    || (o->year_required && o->year == NULL) || (o->out == NULL && !o->out_optional))
		return doc_missing(o);
	if (o->fo_only && o->view_only)
		return cli_error(o->cmd, o->usage, "--fo and --view exclude each other");
	o->dir = argv[optind];
	if (o->out == NULL)
		doc_default_out(o);
	return -1;
}

int cli_doc_main(cli_doc_opts_t *o, int argc, char **argv, cli_doc_produce_fn produce, void *ctx)
{
	int status = cli_doc_parse(o, argc, argv);
	if (status >= 0)
		return status;
	diag_t *d = diag_new();
	/* The default output's folder is made first: the output guard
	 * (cli_model_load) refuses a folder that does not exist. */
	if (o->out == o->out_default && !paths_is_dir("output") && mkdir("output", 0777) != 0) {
		diag_add(d, DIAG_FATAL, "output", 0, 0, NULL, "cannot create the output folder: %s",
		         strerror(errno));
		return cli_finish(d);
	}
	model_t *m = cli_model_load(o->dir, o->out, d);
	if (m) {
		produce(m, o, ctx, d);
		model_free(m);
	}
	return cli_finish(d);
}
