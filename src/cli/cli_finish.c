/* cli_finish: the common end of a command (see cli.h). */
#include <stdio.h>

#include "cli.h"

int cli_finish(diag_t *d)
{
	diag_sort(d);
	diag_print(d, stderr);
	int status = cli_exit_for_input(d);
	diag_free(d);
	return status;
}

int cli_usage_error(const char *cmd, const char *usage, const char *fmt, const char *arg)
{
	fprintf(stderr, "lpdoc %s: ", cmd);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", usage);
	return EXIT_INVALID;
}
