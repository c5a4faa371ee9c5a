/* gias: a GIAS download's chosen establishments in lpdoc's values (see gias.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../model/idmap.h"
#include "../util/buf.h"
#include "../util/xalloc.h"
#include "csvread.h"
#include "gias.h"

enum {
	COL_URN, COL_NAME, COL_STATUS, COL_PHASE, COL_TYPE,   /* required */
	COL_PUPILS, COL_STREET, COL_LOCALITY, COL_ADDRESS3, COL_TOWN, COL_POSTCODE,
	COL_LA, COL_TRUST, COL_OFSTED, COL_OFSTED_DATE, COL_HEAD_TITLE, COL_HEAD_FIRST,
	COL_HEAD_LAST,
	COL_COUNT
};
#define COL_REQUIRED 5
_Static_assert(COL_COUNT <= CSVREAD_COLS_MAX, "csvread_table_t holds every column");

static const char *const col_names[COL_COUNT] = {
	"URN", "EstablishmentName", "EstablishmentStatus (name)", "PhaseOfEducation (name)",
	"TypeOfEstablishment (name)", "NumberOfPupils", "Street", "Locality", "Address3",
	"Town", "Postcode", "LA (name)", "Trusts (name)", "OfstedRating (name)", "OfstedLastInsp",
	"HeadTitle (name)", "HeadFirstName", "HeadLastName",
};

/* TypeOfEstablishment (name) -> lpdoc type, and the phase it implies
 * whatever PhaseOfEducation says (NULL: PhaseOfEducation decides). */
static const struct { const char *gias, *type, *phase; } type_map[] = {
	{ "Community school", "maintained", NULL },
	{ "Voluntary aided school", "maintained", NULL },
	{ "Voluntary controlled school", "maintained", NULL },
	{ "Foundation school", "maintained", NULL },
	{ "Local authority nursery school", "maintained", "nursery" },
	{ "Pupil referral unit", "maintained", "alternative" },
	{ "Academy converter", "academy", NULL },
	{ "Academy sponsor led", "academy", NULL },
	{ "Academy 16-19 converter", "academy", "post-16" },
	{ "Academy 16 to 19 sponsor led", "academy", "post-16" },
	{ "University technical college", "academy", NULL },
	{ "Studio schools", "academy", NULL },
	{ "City technology college", "academy", NULL },
	{ "Academy alternative provision converter", "academy", "alternative" },
	{ "Academy alternative provision sponsor led", "academy", "alternative" },
	{ "Free schools", "free", NULL },
	{ "Free schools 16 to 19", "free", "post-16" },
	{ "Free schools alternative provision", "free", "alternative" },
	{ "Community special school", "special", "special" },
	{ "Foundation special school", "special", "special" },
	{ "Academy special converter", "special", "special" },
	{ "Academy special sponsor led", "special", "special" },
	{ "Free schools special", "special", "special" },
	{ "Non-maintained special school", "special", "special" },
	{ "Other independent special school", "independent", "special" },
	{ "Other independent school", "independent", NULL },
	{ "Further education", "college", "post-16" },
	{ "Sixth form centres", "college", "post-16" },
	{ "Children's centre", "childrens-centre", "early-years" },
	{ "Children's centre linked site", "childrens-centre", "early-years" },
};

static const struct { const char *gias, *lpdoc; } phase_map[] = {
	{ "Nursery", "nursery" },
	{ "Primary", "primary" },
	{ "Middle deemed primary", "primary" },
	{ "Secondary", "secondary" },
	{ "Middle deemed secondary", "secondary" },
	{ "16 plus", "post-16" },
	{ "All-through", "all-through" },
};

static const struct { const char *gias, *lpdoc; } outcome_map[] = {
	{ "Outstanding", "outstanding" },
	{ "Good", "good" },
	{ "Requires improvement", "requires-improvement" },
	{ "Serious Weaknesses", "serious-weaknesses" },
	{ "Special Measures", "special-measures" },
};

/* GIAS writes "Children’s centre" with a curly or a straight apostrophe. */
static int name_eq(const char *a, const char *b)
{
	while (*a && *b) {
		if (strncmp(a, "\xE2\x80\x99", 3) == 0 && *b == '\'') {
			a += 3;
			b++;
		} else if (tolower((unsigned char)*a++) != tolower((unsigned char)*b++)) {
			return 0;
		}
	}
	return *a == *b;
}

const char *gias_type_map(const char *type)
{
	for (size_t i = 0; i < sizeof type_map / sizeof type_map[0]; i++)
		if (name_eq(type, type_map[i].gias))
			return type_map[i].type;
	return NULL;
}

const char *gias_phase_map(const char *phase, const char *type)
{
	for (size_t i = 0; i < sizeof type_map / sizeof type_map[0]; i++)
		if (name_eq(type, type_map[i].gias) && type_map[i].phase)
			return type_map[i].phase;
	for (size_t i = 0; i < sizeof phase_map / sizeof phase_map[0]; i++)
		if (name_eq(phase, phase_map[i].gias))
			return phase_map[i].lpdoc;
	return NULL;
}

const char *gias_outcome_map(const char *rating)
{
	for (size_t i = 0; i < sizeof outcome_map / sizeof outcome_map[0]; i++)
		if (name_eq(rating, outcome_map[i].gias))
			return outcome_map[i].lpdoc;
	return NULL;
}

typedef struct gias_state {
	const gias_select_t *sel;
	gias_list_t *l;
	csvread_table_t t;     /* the columns, the diagnostics */
	idmap_t *asked, *held, *seen;
} gias_state_t;

static int header_delim_error(const csvread_row_t *row, diag_t *d)
{
	if (row->n != 1)
		return 0;
	const char *f = row->fields[0], *sep = strpbrk(f, ";\t|");
	if (sep == NULL)
		return 0;
	diag_add(d, DIAG_ERROR, row->file, row->line, (unsigned)(sep - f) + 1, NULL,
	         "the header is one column holding '%s': the fields are separated by %s, not "
	         "commas; export the file again as CSV (comma delimited)",
	         *sep == '\t' ? "\\t" : *sep == ';' ? ";" : "|",
	         *sep == '\t' ? "tabs" : *sep == ';' ? "semicolons" : "bars");
	return 1;
}

static int header_read(void *ctx, const csvread_row_t *row)
{
	gias_state_t *st = ctx;
	csvread_table_header(&st->t, row, col_names, COL_COUNT);
	if (header_delim_error(row, st->t.d))
		return -1;
	int missing = 0;
	for (int c = 0; c < COL_COUNT; c++) {
		int needed = c < COL_REQUIRED || (c == COL_LA && st->sel->la)
		             || (c == COL_TRUST && st->sel->trust);
		if (!needed || st->t.col[c] >= 0)
			continue;
		diag_add(st->t.d, DIAG_ERROR, row->file, row->line, 1, NULL, "the header has no "
		         "column '%s': is this GIAS's \"all establishment data\" download? (columns "
		         "are found by their name in the first line)", col_names[c]);
		missing = 1;
	}
	return missing ? -1 : 0;
}

/* Field c of row, "" when the column is absent. */
static const char *field(const gias_state_t *st, const csvread_row_t *row, int c)
{
	return csvread_table_field(&st->t, row, c);
}

static void row_error(gias_state_t *st, const csvread_row_t *row, int c, diag_level_t level,
                      const char *msg, const char *arg)
{
	csvread_table_report(&st->t, row, c, level, msg, arg);
}


static int urn_valid(const char *s)
{
	size_t n = strspn(s, "0123456789");
	return s[n] == '\0' && (n == 6 || n == 7);
}

static int chosen(const gias_state_t *st, const csvread_row_t *row, const char *urn)
{
	const gias_select_t *sel = st->sel;
	return idmap_get(st->asked, urn) || idmap_get(st->held, urn)
	       || (sel->la && strcasecmp(field(st, row, COL_LA), sel->la) == 0)
	       || (sel->trust && strcasecmp(field(st, row, COL_TRUST), sel->trust) == 0);
}

/* "Street, Locality, Address3, Town, Postcode" without the empty parts. */
static char *address_make(const gias_state_t *st, const csvread_row_t *row)
{
	buf_t b = BUF_INIT;
	for (int c = COL_STREET; c <= COL_POSTCODE; c++) {
		const char *f = field(st, row, c);
		if (*f == '\0')
			continue;
		if (b.len)
			buf_puts(&b, ", ");
		buf_puts(&b, f);
	}
	return b.len ? buf_take(&b) : NULL;
}

/* GIAS's dd-mm-yyyy (or dd/mm/yyyy) as YYYY-MM-DD; NULL when not one. */
static char *date_from_gias(const char *s)
{
	int d, m, y;
	char sep1, sep2, extra;
	if (sscanf(s, "%2d%c%2d%c%4d%c", &d, &sep1, &m, &sep2, &y, &extra) != 5
	    || sep1 != sep2 || (sep1 != '-' && sep1 != '/') || m < 1 || m > 12 || d < 1 || d > 31)
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

static void inspection_take(gias_state_t *st, const csvread_row_t *row, gias_school_t *s)
{
	const char *rating = field(st, row, COL_OFSTED), *when = field(st, row, COL_OFSTED_DATE);
	if (*rating == '\0' || *when == '\0')
		return;
	const char *outcome = gias_outcome_map(rating);
	char *date = date_from_gias(when);
	if (outcome == NULL)
		row_error(st, row, COL_OFSTED, DIAG_NOTE, "OfstedRating '%s' is no outcome lpdoc "
		          "records (see docs/records.md): the inspection is not imported", rating);
	else if (date == NULL)
		row_error(st, row, COL_OFSTED_DATE, DIAG_WARNING, "OfstedLastInsp '%s' is not a date "
		          "(dd-mm-yyyy): the inspection is not imported", when);
	else {
		s->outcome = xstrdup(outcome);
		s->inspected = date;
		return;
	}
	free(date);
}

/* The head's name, when GIAS gives one ("Not applicable" is none). */
static void head_take(const gias_state_t *st, const csvread_row_t *row, gias_school_t *s)
{
	const char *title = field(st, row, COL_HEAD_TITLE), *first = field(st, row, COL_HEAD_FIRST);
	const char *last = field(st, row, COL_HEAD_LAST);
	if (*last == '\0')
		return;
	s->head = *first ? xasprintf("%s %s", first, last) : xstrdup(last);
	if (*title && strcasecmp(title, "Not applicable") != 0)
		s->head_title = xstrdup(title);
}

/* 0 when the establishment may be imported; else reports why not. */
static int row_usable(gias_state_t *st, const csvread_row_t *row, const char **phase,
                      const char **type)
{
	const char *status = field(st, row, COL_STATUS);
	if (strcasecmp(status, "Closed") == 0 || strcasecmp(status, "Proposed to open") == 0) {
		const char *urn = field(st, row, COL_URN);
		char *what = xasprintf("URN %s %s is '%s' in GIAS: %s", urn, field(st, row, COL_NAME),
		                       status, idmap_get(st->held, urn) ? "not updated (if it has "
		                       "left, give it left=\"DATE\" in members.xml)"
		                       : "skipped (lpdoc's records hold open schools)");
		row_error(st, row, COL_STATUS, DIAG_NOTE, "%s", what);
		free(what);
		st->l->closed++;
		return -1;
	}
	*type = gias_type_map(field(st, row, COL_TYPE));
	*phase = gias_phase_map(field(st, row, COL_PHASE), field(st, row, COL_TYPE));
	if (*type == NULL)
		row_error(st, row, COL_TYPE, DIAG_WARNING, "TypeOfEstablishment '%s' has no lpdoc "
		          "school type (see docs/records.md): skipped", field(st, row, COL_TYPE));
	else if (*phase == NULL)
		row_error(st, row, COL_PHASE, DIAG_WARNING, "PhaseOfEducation '%s' has no lpdoc "
		          "phase for this type (see docs/records.md): skipped", field(st, row, COL_PHASE));
	return *type && *phase ? 0 : -1;
}

static void school_take(gias_state_t *st, const csvread_row_t *row)
{
	const char *phase, *type, *pupils = field(st, row, COL_PUPILS);
	if (row_usable(st, row, &phase, &type) != 0)
		return;
	gias_school_t s = { xstrdup(field(st, row, COL_URN)), xstrdup(field(st, row, COL_NAME)),
	                    xstrdup(phase), xstrdup(type), NULL, address_make(st, row), NULL,
	                    NULL, NULL, NULL, row->line };
	if (*pupils && strspn(pupils, "0123456789") == strlen(pupils))
		s.pupils = xstrdup(pupils);
	else if (*pupils)
		row_error(st, row, COL_PUPILS, DIAG_WARNING, "NumberOfPupils '%s' is not a number: "
		          "not imported", pupils);
	inspection_take(st, row, &s);
	head_take(st, row, &s);
	st->l->schools = xgrow(st->l->schools, &st->l->cap, st->l->n + 1, sizeof s);
	st->l->schools[st->l->n++] = s;
}

static int row_take(void *ctx, const csvread_row_t *row)
{
	gias_state_t *st = ctx;
	const char *urn = field(st, row, COL_URN);
	if (!urn_valid(urn)) {
		row_error(st, row, COL_URN, DIAG_ERROR, "URN '%s' is not a URN (6 or 7 digits)", urn);
		return 0;
	}
	if (!chosen(st, row, urn))
		return 0;
	if (idmap_get(st->seen, urn)) {
		row_error(st, row, COL_URN, DIAG_WARNING, "URN %s again: the first row is used", urn);
		return 0;
	}
	size_t before = st->l->n;
	school_take(st, row);
	if (st->l->n > before)
		idmap_put(st->seen, st->l->schools[before].urn, st, (model_pos_t){ NULL, 0, 0 });
	return 0;
}

static idmap_t *set_make(char **keys, size_t n)
{
	idmap_t *m = idmap_new();
	for (size_t i = 0; i < n; i++)
		idmap_put(m, keys[i], keys[i], (model_pos_t){ NULL, 0, 0 });
	return m;
}

/* A URN asked for that the file does not hold. */
static void asked_missing_report(gias_state_t *st, const char *name)
{
	for (size_t i = 0; i < st->sel->nurns; i++)
		if (!idmap_get(st->seen, st->sel->urns[i]))
			diag_add(st->t.d, DIAG_WARNING, name, 0, 0, NULL, "URN %s was asked for and is not "
			         "an open establishment of this file", st->sel->urns[i]);
}

int gias_read(const char *path, const char *name, const gias_select_t *sel,
              gias_list_t *l, diag_t *d)
{
	memset(l, 0, sizeof *l);
	gias_state_t st = { sel, l, { d, { 0 }, 0, 0, 0 }, set_make(sel->urns, sel->nurns),
	                    set_make(sel->held, sel->nheld), idmap_new() };
	csvread_opts_t o = { ',', NULL, 0 };
	static const csvread_table_fns_t fns = {
		header_read, row_take, ": a field with a comma that is not quoted?"
	};
	int rc = csvread_table_read(&st.t, path, name, &o, &fns, &st);
	if (rc == 0)
		asked_missing_report(&st, name ? name : path);
	idmap_free(st.asked);
	idmap_free(st.held);
	idmap_free(st.seen);
	l->encoding = o.encoding;
	l->rows = o.rows;
	if (rc != 0) {
		gias_list_free(l);
		return -1;
	}
	return 0;
}

void gias_list_free(gias_list_t *l)
{
	for (size_t i = 0; i < l->n; i++) {
		gias_school_t *s = &l->schools[i];
		free(s->urn);
		free(s->name);
		free(s->phase);
		free(s->type);
		free(s->pupils);
		free(s->address);
		free(s->outcome);
		free(s->inspected);
		free(s->head);
		free(s->head_title);
	}
	free(l->schools);
	l->schools = NULL;
	l->n = l->cap = 0;
}
