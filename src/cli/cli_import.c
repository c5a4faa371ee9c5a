/* cli_import: `lpdoc import gias FILE.csv DIR` brings schools from a Get
 * Information About Schools download into a partnership's records, and
 * `lpdoc import ledger FILE.csv DIR --map MAP` income and spending from a
 * ledger export (src/import/ reads, maps and edits; this parses options,
 * prints the summary and writes, only when the result loads). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../import/gias.h"
#include "../import/ledger.h"
#include "../import/recedit.h"
#include "../import/stage.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "cli.h"

static const char import_usage[] =
	"usage: lpdoc import gias FILE.csv DIR [--urn LIST|@FILE] [--la NAME] [--trust NAME]\n"
	"                         [--heads] [--dry-run]\n"
	"       lpdoc import ledger FILE.csv DIR --map MAP [--dry-run]\n"
	"\n"
	"Adds or updates the schools of the partnership in DIR from a Get Information About\n"
	"Schools (GIAS) \"all establishment data\" download (CSV, UTF-8 or Windows-1252):\n"
	"members.xml gets each school's URN, name, phase, type, pupils and address,\n"
	"performance.xml its latest inspection.  A school already in members.xml (same URN)\n"
	"is updated in place: what GIAS does not hold (id, grouping, subscriptions, MoUs,\n"
	"reviews, comments, order) is kept.  Schools already in the records are always\n"
	"refreshed; new ones are added when chosen by:\n"
	"\n"
	"  --urn LIST     URNs, separated by commas or spaces; @FILE reads them from FILE\n"
	"  --la NAME      every school of that local authority (GIAS's LA (name))\n"
	"  --trust NAME   every school of that trust (GIAS's Trusts (name))\n"
	"  --heads        also each school's head (HeadFirstName, HeadLastName) as a person\n"
	"                 in people.xml and the school's headteacher, where it has none\n"
	"  --dry-run      print what would change; write nothing\n"
	"  -h, --help\n"
	"\n"
	"Closed establishments are skipped with a note.\n"
	"\n"
	"import ledger adds the lines of a ledger export (CSV) to finance.xml: income\n"
	"(a positive amount, or a credit) and spending (negative, or a debit).  MAP says\n"
	"which columns hold the date, amount (or debit and credit), reference, cost centre,\n"
	"description and payee, the date and number formats, and which cost centre is\n"
	"which budget line or income source (see docs/records.md, \"Importing a ledger\").\n"
	"A line already imported (same kind, date, amount and reference) is not added again.\n"
	"\n"
	"  --map MAP      the mapping file (required)\n"
	"\n"
	"The records are written only when they load with what is imported, each file\n"
	"atomically.  Then run 'lpdoc check DIR'.\n"
	"\n"
	"Exit status: 0 records written (or nothing to change, or --dry-run), whatever\n"
	"'lpdoc check' then finds; 2 usage error, a file that is not a GIAS CSV, or records\n"
	"that would not load (nothing written); 3 system failure.\n";


typedef struct import_args {
	const char *what, *file, *dir, *urn, *la, *trust, *map;
	int dry_run, heads;
} import_args_t;

static int usage_error(const char *msg, const char *arg)
{
	return cli_error("import", import_usage, msg, arg);
}

static int positional(import_args_t *a, const char *arg)
{
	const char **slot = a->what == NULL ? &a->what : a->file == NULL ? &a->file
	                    : a->dir == NULL ? &a->dir : NULL;
	if (slot == NULL)
		return usage_error("'%s' is one argument too many", arg);
	*slot = arg;
	return -1;
}

/* Returns -1 to go on, or the exit status. */
static int args_parse(int argc, char **argv, import_args_t *a)
{
	for (int i = 1; i < argc; i++) {
		const char *opt = argv[i], **slot = NULL;
		int status = -1;
		if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0) {
			fputs(import_usage, stdout);
			return EXIT_OK;
		}
		if (strcmp(opt, "--dry-run") == 0)
			a->dry_run = 1;
		else if (strcmp(opt, "--heads") == 0)
			a->heads = 1;
		else if (cli_option_value(argc, argv, &i, "--urn", &a->urn))
			slot = &a->urn;
		else if (cli_option_value(argc, argv, &i, "--la", &a->la))
			slot = &a->la;
		else if (cli_option_value(argc, argv, &i, "--trust", &a->trust))
			slot = &a->trust;
		else if (cli_option_value(argc, argv, &i, "--map", &a->map))
			slot = &a->map;
		else if (opt[0] == '-' && opt[1] != '\0')
			return usage_error("unknown option '%s'", opt);
		else
			status = positional(a, opt);
		if (status >= 0)
			return status;
		if (slot && (*slot == NULL || **slot == '\0'))
			return usage_error("%s needs a value", opt);
	}
	int gias = a->what && strcmp(a->what, "gias") == 0;
	if (a->what == NULL || (!gias && strcmp(a->what, "ledger") != 0))
		return usage_error("import what? '%s': give gias or ledger", a->what ? a->what : "");
	if (a->file == NULL || a->dir == NULL)
		return usage_error("give the %s file and the records folder: FILE.csv DIR",
		                   gias ? "GIAS" : "ledger");
	if (!gias && a->map == NULL)
		return usage_error("%s", "import ledger needs --map MAP (which column is which)");
	if (gias && a->map)
		return usage_error("%s", "--map is for import ledger");
	if (!gias && (a->urn || a->la || a->trust || a->heads))
		return usage_error("%s", "--urn, --la, --trust and --heads are for import gias");
	return -1;
}

/* The URNs of --urn (a list, or @FILE), checked; -1 after reporting. */
static int urns_parse(const char *spec, gias_select_t *sel, diag_t *d)
{
	char *text = NULL;
	if (spec[0] == '@') {
		size_t len;
		text = file_read_all(spec + 1, 16 * 1024 * 1024, &len, d);
		if (text == NULL)
			return -1;
	} else {
		text = xstrdup(spec);
	}
	size_t cap = 0;
	int rc = 0;
	for (char *save = NULL, *t = strtok_r(text, ", \t\r\n", &save); t;
	     t = strtok_r(NULL, ", \t\r\n", &save)) {
		size_t k = strspn(t, "0123456789");
		if (t[k] != '\0' || k < 6 || k > 7) {
			diag_add(d, DIAG_ERROR, spec[0] == '@' ? spec + 1 : NULL, 0, 0, NULL,
			         "--urn: '%s' is not a URN (6 or 7 digits)", t);
			rc = -1;
			continue;
		}
		sel->urns = xgrow(sel->urns, &cap, sel->nurns + 1, sizeof *sel->urns);
		sel->urns[sel->nurns++] = xstrdup(t);
	}
	free(text);
	return rc;
}

/* The records the import changes, as read (performance.xml made when
 * absent). */
typedef struct import_docs {
	char *members_path;
	xmlDocPtr members, perf, people;   /* people: with --heads only */
} import_docs_t;

/* The record file name in dir, parsed; empty (the root alone) when absent. */
static xmlDocPtr record_read(const char *dir, const char *name, const char *root, diag_t *d)
{
	char *path = xasprintf("%s/%s", dir, name);
	xmlDocPtr doc;
	if (paths_is_file(path)) {
		doc = xml_safe_read_file(path, NULL, d);
	} else {
		char *empty = xasprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%s>\n</%s>\n",
		                        root, root);
		doc = xml_safe_read_memory(empty, strlen(empty), path, d);
		free(empty);
	}
	free(path);
	return doc;
}

/* Returns -1 after reporting. */
static int docs_read(const char *dir, int heads, import_docs_t *x, diag_t *d)
{
	x->members_path = paths_join(dir, "members.xml");
	x->members = xml_safe_read_file(x->members_path, NULL, d);
	x->perf = record_read(dir, "performance.xml", "performance", d);
	if (heads)
		x->people = record_read(dir, "people.xml", "people", d);
	return x->members && x->perf && (!heads || x->people) ? 0 : -1;
}

static void docs_free(import_docs_t *x)
{
	xmlFreeDoc(x->members);
	xmlFreeDoc(x->perf);
	xmlFreeDoc(x->people);
	free(x->members_path);
}

static void summary_print(const import_args_t *a, const gias_list_t *l,
                          const recedit_summary_t *s)
{
	fputs(s->text.len ? s->text.data : "", stdout);
	printf("lpdoc import gias: %s (%zu establishments, %s): %zu school%s added, %zu updated, "
	       "%zu unchanged, %zu closed skipped; %zu inspection%s added", a->file, l->rows,
	       l->encoding ? l->encoding : "UTF-8", s->added, s->added == 1 ? "" : "s", s->updated,
	       s->unchanged, l->closed, s->inspections, s->inspections == 1 ? "" : "s");
	if (a->heads)
		printf("; %zu head%s added", s->heads, s->heads == 1 ? "" : "s");
	printf("%s\n", a->dry_run ? " (dry run: nothing written)" : "");
}

/* Writes the changed files when they load; 0, or -1 after reporting. */
static int records_write(const char *dir, const stage_file_t *files, size_t n, diag_t *d)
{
	int rc = stage_verify(dir, files, n, d);
	if (rc == 0)
		rc = stage_write(dir, files, n, d);
	if (rc != 0)
		return rc;
	fputs("Written:", stdout);
	for (size_t i = 0; i < n; i++)
		printf("%s %s/%s", i ? "," : "", dir, files[i].name);
	printf(". Next: lpdoc check %s\n", dir);
	return 0;
}

static int gias_write(const import_args_t *a, import_docs_t *x, const recedit_summary_t *s,
                      diag_t *d)
{
	stage_file_t files[3] = { { "members.xml", recedit_text(x->members) }, { NULL, NULL },
	                          { NULL, NULL } };
	size_t n = 1;
	if (s->inspections)
		files[n++] = (stage_file_t){ "performance.xml", recedit_text(x->perf) };
	if (s->heads)
		files[n++] = (stage_file_t){ "people.xml", recedit_text(x->people) };
	int rc = records_write(a->dir, files, n, d);
	for (size_t i = 0; i < n; i++)
		free((char *)files[i].text);
	return rc;
}

static int gias_import(const import_args_t *a, gias_select_t *sel, diag_t *d)
{
	import_docs_t x = { NULL, NULL, NULL, NULL };
	int rc = -1;
	gias_list_t l;
	if (docs_read(a->dir, a->heads, &x, d) != 0) {
		docs_free(&x);
		return -1;
	}
	sel->held = recedit_urns(x.members, &sel->nheld);
	rc = gias_read(a->file, NULL, sel, &l, d);
	if (rc == 0) {
		recedit_summary_t s = { BUF_INIT, 0, 0, 0, 0, 0 };
		recedit_gias_apply(x.members, x.perf, &l, &s);
		if (a->heads)
			recedit_heads_apply(x.members, x.people, &l, &s);
		summary_print(a, &l, &s);
		if (!a->dry_run && s.added + s.updated + s.inspections + s.heads > 0)
			rc = gias_write(a, &x, &s, d);
		recedit_summary_free(&s);
		gias_list_free(&l);
	}
	xfree_strings(sel->held, sel->nheld);
	docs_free(&x);
	return rc;
}

static int ledger_import(const import_args_t *a, diag_t *d)
{
	xmlDocPtr finance = record_read(a->dir, "finance.xml", "finance", d);
	ledger_list_t l;
	int rc = finance ? ledger_read(a->file, a->map, &l, d) : -1;
	if (rc == 0) {
		recedit_summary_t s = { BUF_INIT, 0, 0, 0, 0, 0 };
		recedit_ledger_apply(finance, &l, &s);
		fputs(s.text.len ? s.text.data : "", stdout);
		printf("lpdoc import ledger: %s (%zu lines, %s): %zu added, %zu already imported, "
		       "%zu without an amount%s\n", a->file, l.rows, l.encoding ? l.encoding : "UTF-8",
		       s.added, s.unchanged, l.skipped, a->dry_run ? " (dry run: nothing written)" : "");
		if (!a->dry_run && s.added > 0) {
			char *text = recedit_text(finance);
			stage_file_t file = { "finance.xml", text };
			rc = records_write(a->dir, &file, 1, d);
			free(text);
		}
		recedit_summary_free(&s);
		ledger_list_free(&l);
	}
	xmlFreeDoc(finance);
	return rc;
}

int cli_import(int argc, char **argv)
{
	import_args_t a = { NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0 };
	int status = args_parse(argc, argv, &a);
	if (status >= 0)
		return status;
	diag_t *d = diag_new();
	gias_select_t sel = { NULL, 0, a.la, a.trust, NULL, 0 };
	if (!paths_is_dir(a.dir))
		diag_add(d, DIAG_ERROR, a.dir, 0, 0, NULL, "not a folder: give the partnership's "
		         "records folder (lpdoc init makes one)");
	else if (strcmp(a.what, "ledger") == 0)
		ledger_import(&a, d);
	else if (a.urn == NULL || urns_parse(a.urn, &sel, d) == 0)
		gias_import(&a, &sel, d);
	xfree_strings(sel.urns, sel.nurns);
	return cli_finish(d);
}
