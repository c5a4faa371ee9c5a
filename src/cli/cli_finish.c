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
