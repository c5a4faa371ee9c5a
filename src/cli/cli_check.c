/* cli_check: `lpdoc check DIR` runs the agreement's rules over the records and
 * prints each breach as `file:line:col: level: [clause] message`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check/check.h"
#include "../model/model.h"
#include "../util/buf.h"
#include "../util/plural.h"
#include "cli.h"

static const char check_usage[] =
	"usage: lpdoc check [--today YYYY-MM-DD] [--format=text|json] [-W error] DIR\n"
	"\n"
	"Loads the partnership records in DIR and checks them against the partnership's\n"
	"own agreement: seats, quorum, meeting pattern, reporting duties, money,\n"
	"membership, minutes and confidentiality.  Each breach is printed as\n"
	"  file:line:col: level: [clause] message\n"
	"sorted by file and line, then one summary line.  docs/diagnostics.md explains\n"
	"every message and what to do about it.\n"
	"\n"
	"  --today DATE   judge what is due or overdue as of DATE (default: the date of\n"
	"                 SOURCE_DATE_EPOCH when set, else today); the records are never\n"
	"                 judged beyond their own as-of date\n"
	"  --format=json  print the diagnostics as one JSON object\n"
	"  -W error       treat warnings as errors\n"
	"  --list-messages  print every message: name, level, rule family, text\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 compliant, 1 breaches at error level, 2 records unreadable or\n"
	"invalid (or a usage error), 3 system failure.\n";

typedef struct check_opts {
	const char *dir;
	date_t today;
	int json;
	int werror;
} check_opts_t;

static int usage_error(const char *fmt, const char *arg)
{
	return cli_error("check", check_usage, fmt, arg);
}

static int parse_today(const char *s, check_opts_t *o)
{
	return cli_parse_today("check", s, &o->today);
}

static int parse_format(const char *s, check_opts_t *o)
{
	if (strcmp(s, "json") == 0)
		o->json = 1;
	else if (strcmp(s, "text") == 0)
		o->json = 0;
	else
		return usage_error("unknown format '%s' (text or json)", s);
	return EXIT_OK;
}

static void list_messages(void)
{
	for (int id = 0; id < CHECK_MSG_COUNT; id++) {
		const check_msg_info_t *info = check_msg_info((check_msg_t)id);
		printf("%s\t%s\t%s\t%s\n", info->name, diag_level_name(info->level), info->family,
		       info->format);
	}
}

/* Parses the arguments; returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, check_opts_t *o)
{
	int today_given = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int rc = EXIT_OK;
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(check_usage, stdout);
			return EXIT_OK;
		} else if (strcmp(a, "--list-messages") == 0) {
			list_messages();
			return EXIT_OK;
		} else if (strcmp(a, "--today") == 0 && i + 1 < argc) {
			rc = parse_today(argv[++i], o);
			today_given = 1;
		} else if (strncmp(a, "--today=", 8) == 0) {
			rc = parse_today(a + 8, o);
			today_given = 1;
		} else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
			rc = parse_format(argv[++i], o);
		} else if (strncmp(a, "--format=", 9) == 0) {
			rc = parse_format(a + 9, o);
		} else if (strcmp(a, "-W") == 0 && i + 1 < argc && strcmp(argv[i + 1], "error") == 0) {
			o->werror = 1;
			i++;
		} else if (strcmp(a, "-Werror") == 0) {
			o->werror = 1;
		} else if (a[0] == '-' && a[1] != '\0') {
			return usage_error("unknown option '%s'", a);
		} else if (o->dir == NULL) {
			o->dir = a;
		} else {
			return usage_error("one folder only ('%s' is extra)", a);
		}
		if (rc != EXIT_OK)
			return rc;
	}
	if (o->dir == NULL)
		return usage_error("%s", "which folder? give the partnership's folder");
	if (!today_given && date_today(&o->today) != 0)
		return cli_error("check", NULL, "SOURCE_DATE_EPOCH is not a number of seconds; unset it or use --today");
	return -1;
}

static void json_string(buf_t *b, const char *s)
{
	buf_putc(b, '"');
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			buf_printf(b, "\\%c", ch);
		else if (ch < 0x20)
			buf_printf(b, "\\u%04x", ch);
		else
			buf_putc(b, (char)ch);
	}
	buf_putc(b, '"');
}

static void print_json(const diag_t *d, const check_t *c, const char *name, date_t on, int status)
{
	buf_t b = BUF_INIT;
	char iso[11];
	date_format_iso(on, iso);
	buf_puts(&b, "{\"partnership\": ");
	json_string(&b, name);
	buf_printf(&b, ", \"date\": \"%s\", \"errors\": %zu, \"warnings\": %zu, \"notes\": %zu, "
	           "\"status\": %d,\n \"diagnostics\": [", iso, diag_count(d, DIAG_ERROR),
	           diag_count(d, DIAG_WARNING), diag_count(d, DIAG_NOTE), status);
	for (size_t i = 0; i < diag_len(d); i++) {
		const diag_msg_t *m = diag_get(d, i);
		const check_msg_info_t *info = c ? check_msg_info(check_msg_of(c, m->seq)) : NULL;
		buf_puts(&b, i ? ",\n  {\"file\": " : "\n  {\"file\": ");
		json_string(&b, m->file);
		buf_printf(&b, ", \"line\": %u, \"column\": %u, \"level\": \"%s\", \"name\": ", m->line,
		           m->col, diag_level_name(m->level));
		json_string(&b, info ? info->name : NULL);
		buf_puts(&b, ", \"clause\": ");
		json_string(&b, m->clause);
		buf_puts(&b, ", \"message\": ");
		json_string(&b, m->text);
		buf_putc(&b, '}');
	}
	buf_puts(&b, diag_len(d) ? "\n ]}\n" : "]}\n");
	fputs(buf_str(&b), stdout);
	buf_free(&b);
}

static void print_text(const diag_t *d, const char *name, int checked)
{
	char text[96];
	diag_print(d, stdout);
	if (checked) {
		diag_counts_text(d, text, sizeof text);
		printf("%s: %s\n", name, text);
		return;
	}
	size_t n = diag_count(d, DIAG_ERROR) + diag_count(d, DIAG_FATAL);
	plural_count(n, "error", "errors", text, sizeof text);
	printf("%s: records unreadable or invalid (%s); nothing checked\n", name, text);
}

int cli_check(int argc, char **argv)
{
	check_opts_t o = { 0 };
	int rc = parse_args(argc, argv, &o);
	if (rc >= 0)
		return rc;
	diag_t *d = diag_new();
	model_t *m = model_load(o.dir, d);
	check_t *c = NULL;
	const char *name = o.dir;
	date_t on = o.today;
	int status;
	if (m == NULL) {
		status = diag_worst(d) == DIAG_FATAL ? EXIT_SYSTEM : EXIT_INVALID;
	} else {
		name = model_records(m)->id;
		if (o.werror)
			diag_warnings_are_errors(d);
		c = check_new(m, o.today, d);
		on = check_date(c);
		check_run(c);
		status = diag_worst(d) == DIAG_FATAL ? EXIT_SYSTEM
		         : diag_worst(d) == DIAG_ERROR ? EXIT_BREACH : EXIT_OK;
	}
	diag_sort(d);
	if (o.json)
		print_json(d, c, name, on, status);
	else
		print_text(d, name, m != NULL);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error("check", NULL, "cannot write the diagnostics");
		status = EXIT_SYSTEM;
	}
	check_free(c);
	model_free(m);
	diag_free(d);
	return status;
}
