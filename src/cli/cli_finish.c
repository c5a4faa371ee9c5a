/* cli_finish: what the commands share (see cli.h): their end, loading the
 * records, and -j. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check/check.h"
#include "cli.h"
#include "../doc/outguard.h"
#include "../model/model.h"

int cli_exit_for_input(const diag_t *d)
{
	switch (diag_worst(d)) {
	case DIAG_FATAL: return EXIT_SYSTEM;
	case DIAG_ERROR: return EXIT_INVALID;
	default: return EXIT_OK;
	}
}

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
	cli_print_diags(d);
	int status = cli_exit_for_input(d);
	diag_free(d);
	return status;
}

model_t *cli_model_load(const char *dir, const char *out, diag_t *d)
{
	model_t *m = cli_load_records(dir, d);
	if (m != NULL && outguard_file_check(out, dir, d) != 0) {
		model_free(m);
		return NULL;
	}
	return m;
}

int cli_option_value(int argc, char **argv, int *i, const char *opt, const char **out)
{
	size_t n = strlen(opt);
	if (strncmp(argv[*i], opt, n) == 0 && argv[*i][n] == '=') {
		*out = argv[*i] + n + 1;
		return 1;
	}
	if (strcmp(argv[*i], opt) != 0)
		return 0;
	*out = *i + 1 < argc ? argv[++*i] : NULL;
	return 1;
}

/* Parses `cmd DIR [-o FILE]`: -1 to go on, else the exit status. */
static int dir_output_parse(int argc, char **argv, const char *cmd, const char *usage,
                            const char **dir, const char **output)
{
	*dir = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			fputs(usage, stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "-o") == 0) {
			if (i + 1 == argc || argv[i + 1][0] == '\0')
				return cli_error(cmd, usage, "%s needs a file name", "-o");
			*output = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return cli_error(cmd, usage, "unknown option '%s'", argv[i]);
		} else if (*dir == NULL) {
			*dir = argv[i];
		} else {
			return cli_error(cmd, usage, "one folder only ('%s' is extra)", argv[i]);
		}
	}
	if (*dir == NULL)
		return cli_error(cmd, usage, "%s", "which folder? give DIR");
	return -1;
}

int cli_model_command(int argc, char **argv, const char *cmd, const char *usage,
                      cli_model_write_fn write)
{
	const char *dir, *output = "-";
	int rc = dir_output_parse(argc, argv, cmd, usage, &dir, &output);
	if (rc >= 0)
		return rc;
	diag_t *d = diag_new();
	model_t *m = cli_model_load(dir, output, d);
	if (m) {
		write(m, output, d);
		model_free(m);
	}
	return cli_finish(d);
}

int cli_parse_jobs(const char *cmd, const char *usage, const char *s, unsigned *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < 1 || v > 256)
		return cli_error(cmd, usage, "-j wants a number of workers from 1 to 256, not '%s'", s);
	*out = (unsigned)v;
	return 0;
}
