/* cli_init: `lpdoc init DIR --from SAMPLE [--name NAME]` starts a new
 * partnership's folder from a sample's agreement (src/init/ makes the
 * files; this writes them, all or nothing, and only inside DIR). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../init/init.h"
#include "../util/atomic.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "cli.h"

static const char init_usage[] =
	"usage: lpdoc init DIR --from SAMPLE [--name \"NAME\"]\n"
	"\n"
	"Starts a new partnership's records in the folder DIR (created; it must not\n"
	"exist or must be empty) from the agreement of one of lpdoc's samples:\n"
	"\n"
	"  liverpool            a memorandum of understanding: Executive Board, strategic\n"
	"                       groups, groupings of schools (Liverpool Learning Partnership)\n"
	"  leicester-primary    a company of primary schools: executive, directors, strategy\n"
	"                       group, members' meetings and AGM (Leicester Primary Partnership)\n"
	"  leicester-alliance   an agreement between six parties with an Executive Committee\n"
	"                       and a delivery plan (the Leicester agreement of 2011)\n"
	"  suffolk              a council-hosted partnership with an interim board\n"
	"                       (Suffolk Learning Partnership)\n"
	"\n"
	"partnership.xml gets the sample's agreement (clauses, bodies, seats, quorum,\n"
	"meeting pattern, reporting duties, rules) and members.xml the organisations it\n"
	"names; every other record file is an empty skeleton whose comments say what to\n"
	"fill in.  No person, school, meeting or money of the sample is copied.  Then\n"
	"run 'lpdoc check DIR'.\n"
	"\n"
	"  --from SAMPLE   the sample whose agreement to start from (required)\n"
	"  --name NAME     the new partnership's full name (default: a value marked\n"
	"                  REPLACE: to fill in)\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 folder written, 2 usage error, unknown sample, or DIR exists and\n"
	"is not empty, 3 the sample cannot be read or DIR cannot be written (nothing is\n"
	"left behind).\n";

typedef struct init_args {
	const char *dir;
	const char *from;
	const char *name;
} init_args_t;

static int usage_error(const char *msg, const char *arg)
{
	return cli_error("init", init_usage, msg, arg);
}

/* Returns -1 to go on, or the exit status. */
static int args_parse(int argc, char **argv, init_args_t *a)
{
	for (int i = 1; i < argc; i++) {
		const char **slot = NULL, *opt = argv[i];
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			fputs(init_usage, stdout);
			return EXIT_OK;
		}
		if (cli_option_value(argc, argv, &i, "--from", &a->from))
			slot = &a->from;
		else if (cli_option_value(argc, argv, &i, "--name", &a->name))
			slot = &a->name;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage_error("unknown option '%s'", argv[i]);
		else if (a->dir == NULL)
			a->dir = argv[i];
		else
			return usage_error("one folder only ('%s' is extra)", argv[i]);
		if (slot && (*slot == NULL || **slot == '\0'))
			return usage_error("%s needs a value", opt);
	}
	if (a->dir == NULL)
		return usage_error("%s", "which folder? give DIR");
	if (a->from == NULL)
		return usage_error("%s", "which sample's agreement? give --from SAMPLE");
	return -1;
}

/* 0 when dir does not exist or is an empty folder; else reports, exit 2. */
static int dir_usable(const char *dir)
{
	struct stat sb;
	if (stat(dir, &sb) != 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(sb.st_mode)) {
		cli_error("init", NULL, "'%s' exists and is not a folder; give the name of a new folder", dir);
		return EXIT_INVALID;
	}
	DIR *dp = opendir(dir);
	if (dp == NULL)
		return -1;
	int empty = 1;
	for (struct dirent *e; empty && (e = readdir(dp)) != NULL;)
		empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
	closedir(dp);
	if (!empty) {
		cli_error("init", NULL, "'%s' exists and is not empty; lpdoc init only starts a new "
		          "folder: give a new name, or empty it first", dir);
		return EXIT_INVALID;
	}
	return 0;
}

/* What has been made on disk, so a failure can take it all back. */
typedef struct init_undo {
	char **paths;            /* files and folders, in the order made */
	size_t n;
} init_undo_t;

static void undo_push(init_undo_t *u, char *path)
{
	u->paths = xrealloc(u->paths, (u->n + 1) * sizeof *u->paths);
	u->paths[u->n++] = path;
}

/* Removes what was made, newest first (files before their folders). */
static void undo_run(init_undo_t *u, int take_back)
{
	for (size_t i = u->n; i-- > 0;) {
		if (take_back)
			remove(u->paths[i]);
		free(u->paths[i]);
	}
	free(u->paths);
}

static int dir_make(const char *path, init_undo_t *u)
{
	if (mkdir(path, 0777) == 0) {
		undo_push(u, xstrdup(path));
		return 0;
	}
	if (errno == EEXIST && paths_is_dir(path))
		return 0;
	cli_error("init", NULL, "cannot create the folder '%s': %s", path, strerror(errno));
	return -1;
}

static int file_write(const char *path, const char *text, init_undo_t *u)
{
	diag_t *d = diag_new();
	atomic_out_t out;
	int rc = atomic_out_open(&out, path, d);
	if (rc == 0) {
		fputs(text, out.fp);
		rc = atomic_out_commit(&out, d);
	}
	if (rc == 0)
		undo_push(u, xstrdup(path));
	cli_print_diags(d);
	diag_free(d);
	return rc;
}

static int folder_write(const char *dir, const init_folder_t *f)
{
	init_undo_t u = { NULL, 0 };
	int rc = dir_make(dir, &u);
	for (size_t i = 0; rc == 0 && i < f->n; i++) {
		char *path = paths_join(dir, f->files[i].path);
		char *parent = paths_dirname(path);
		rc = dir_make(parent, &u);
		if (rc == 0)
			rc = file_write(path, f->files[i].text, &u);
		free(parent);
		free(path);
	}
	undo_run(&u, rc != 0);
	return rc;
}

static void summary_print(const init_args_t *a, const init_folder_t *f)
{
	printf("lpdoc init: %s started from the %s agreement: %zu bod%s, %zu organisation%s it names\n",
	       a->dir, a->from, f->bodies, f->bodies == 1 ? "y" : "ies",
	       f->organisations, f->organisations == 1 ? "" : "s");
	for (size_t i = 0; i < f->n; i++)
		printf("  %s\n", f->files[i].path);
	printf("Next: fill in the records (each file's comments say how; replace every value\n"
	       "marked REPLACE:), then run: lpdoc check %s\n", a->dir);
}

int cli_init(int argc, char **argv)
{
	init_args_t a = { NULL, NULL, NULL };
	int status = args_parse(argc, argv, &a);
	if (status >= 0)
		return status;
	if (!init_sample_known(a.from)) {
		char *list = init_sample_list();
		cli_error("init", NULL, "unknown sample '%s'; choose %s", a.from, list);
		free(list);
		return EXIT_INVALID;
	}
	status = dir_usable(a.dir);
	if (status != 0) {
		if (status < 0)
			cli_error("init", NULL, "cannot read '%s': %s", a.dir, strerror(errno));
		return status < 0 ? EXIT_SYSTEM : status;
	}
	init_options_t o = { NULL, a.from, NULL, a.name, DATE_NONE };
	if (date_today(&o.as_of) != 0) {
		cli_error("init", NULL, "SOURCE_DATE_EPOCH is not a number of seconds");
		return EXIT_INVALID;
	}
	char *rel = xasprintf("data/%s", a.from);
	char *sample_dir = paths_data_file(rel);
	char *id = init_id_from_dir(a.dir);
	o.sample_dir = sample_dir;
	o.id = id;
	init_folder_t f;
	diag_t *d = diag_new();
	status = EXIT_SYSTEM;
	if (!paths_is_dir(sample_dir))
		cli_error("init", NULL, "the %s sample is not installed: no folder %s "
		          "(set LPDOC_DATADIR to lpdoc's data folder)", a.from, sample_dir);
	else if (init_folder_make(&f, &o, d) == 0) {
		if (folder_write(a.dir, &f) == 0) {
			summary_print(&a, &f);
			status = EXIT_OK;
		}
		init_folder_free(&f);
	}
	cli_print_diags(d);
	diag_free(d);
	free(id);
	free(sample_dir);
	free(rel);
	return status;
}
