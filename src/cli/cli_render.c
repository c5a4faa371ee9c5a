/* cli_render: `lpdoc render IN.fo -o OUT.pdf`, the XSL-FO engine on its own. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "../doc/outguard.h"
#include "../fo/fo.h"

static const char render_usage[] =
	"usage: lpdoc render [options] IN.fo -o OUT.pdf\n"
	"Typesets an XSL-FO file (\"-\" reads standard input) into a PDF.\n\n"
	"  -o, --output FILE   the PDF to write (\"-\" writes standard output)\n"
	"  -W, --werror        treat warnings as errors (exit 2, no output)\n"
	"  -q, --quiet         do not print warnings\n"
	"  -s, --stats         print pages, passes and time to standard error\n"
	"  -h, --help          this help\n\n"
	"SOURCE_DATE_EPOCH, when set, is the creation date written, so the same\n"
	"input gives a byte-identical PDF.  Exit status: 0 done, 2 invalid FO or\n"
	"usage, 3 system failure; diagnostics read file:line:col: level: message.\n";

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The output may not replace a file lpdoc did not make (outguard), nor
 * the input itself (an FO file is one lpdoc makes). */
static int render_output_check(const char *in, const char *out, diag_t *d)
{
	struct stat a, b;
	if (strcmp(out, "-") != 0 && stat(in, &a) == 0 && stat(out, &b) == 0
	    && a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
		diag_add(d, DIAG_ERROR, out, 0, 0, NULL, "is the input file: give another file with -o "
		         "(nothing was written)");
		return -1;
	}
	return outguard_file_check(out, NULL, d);
}

int cli_render(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "werror", no_argument, NULL, 'W' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "stats", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	int werror = 0, quiet = 0, stats = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:Wqsh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'W': werror = 1; break;
		case 'q': quiet = 1; break;
		case 's': stats = 1; break;
		case 'h': fputs(render_usage, stdout); return EXIT_OK;
		default: return cli_error("render", render_usage, NULL);
		}
	}
	if (optind != argc - 1 || out == NULL)
		return cli_error("render", render_usage, "%s", out == NULL ? "-o OUT.pdf is required"
		                                                          : "give exactly one input file");
	diag_t *d = diag_new();
	if (werror)
		diag_warnings_are_errors(d);
	if (quiet)
		diag_set_min_level(d, DIAG_ERROR);
	fo_options_t opt;
	fo_options_init(&opt);
	fo_stats_t st;
	double t0 = now_seconds();
	int rc = render_output_check(argv[optind], out, d);
	if (rc == 0)
		rc = fo_render_file(argv[optind], &opt, out, d, &st);
	diag_sort(d);
	cli_print_diags(d);
	int status = cli_exit_for_input(d);
	if (rc != 0 && status == EXIT_OK)
		status = EXIT_SYSTEM;
	if (rc == 0 && stats)
		cli_say("render", "%zu pages, %d pass%s, %zu objects, %.3f s",
		        st.pages, st.passes, st.passes == 1 ? "" : "es", st.nodes, now_seconds() - t0);
	diag_free(d);
	return status;
}
