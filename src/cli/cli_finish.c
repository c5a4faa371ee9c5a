/* cli_finish: what the commands share (see cli.h): their end, loading the
 * records, and -j. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "../check/check.h"
#include "cli.h"

model_t *cli_load_records(const char *dir, diag_t *d)
{
	model_t *m = model_load(dir, d);
	if (m)
		check_text_fonts(m, d);
	return m;
}

int cli_finish(diag_t *d)
{
	diag_sort(d);
	diag_print(d, stderr);
	int status = cli_exit_for_input(d);
	diag_free(d);
	return status;
}

int cli_parse_jobs(const char *s, unsigned *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < 1 || v > 256)
		return -1;
	*out = (unsigned)v;
	return 0;
}

int cli_usage_error(const char *cmd, const char *usage, const char *fmt, const char *arg)
{
	fprintf(stderr, "lpdoc %s: ", cmd);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", usage);
	return EXIT_INVALID;
}
