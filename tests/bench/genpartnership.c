/*
 * genpartnership: writes a synthetic partnership folder for benchmarks and
 * stress tests.
 *
 *   genpartnership -n SCHOOLS -m MEETINGS -t TRANSACTIONS -s SEED -o DIR [--name NAME]
 *
 * The folder holds every record kind (partnership, members, people,
 * calendar, meetings, finance, performance, plans) for the academic year
 * 2025-26 and the financial year 2025-26, and loads with `lpdoc view`.
 * The output depends only on the arguments: the generator has its own
 * PRNG (splitmix64), reads no clock and no environment.
 *
 * The partnership has the shape of the Liverpool MoU: an Executive Board
 * (quorum one third, meets every half term, financial report each term),
 * a Strategic Group that meets a week before each Board meeting, one
 * grouping of schools per thirty schools, and a members' meeting each
 * term.  Fictional names and URNs only (URNs from 900000).
 *
 * Ownership: gen_t owns its schools array; every file is built in a buf_t
 * and written with atomic_out, so a failed run leaves no half-written file.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/atomic.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/diag.h"
#include "util/xalloc.h"

enum { GEN_OK = 0, GEN_USAGE = 2, GEN_SYSTEM = 3 };
enum { EB_HEADS = 6, SG_HEADS = 4, PER_GROUPING = 30, MAX_SCHOOLS = 20000, PLACES = 4320 };

typedef struct rng {
	uint64_t s;
} rng_t;

typedef struct gen_opts {
	unsigned schools, meetings, transactions;
	uint64_t seed;
	const char *out;
	const char *name;
} gen_opts_t;

typedef struct gen_school {
	unsigned phase;      /* index into phase_names */
	const char *type;
	unsigned grouping;   /* 1-based */
	unsigned pupils;
	char name[96];
	char head[48];       /* the headteacher's name */
} gen_school_t;

/* A meeting: body kind, index within its body, date. */
typedef struct gen_meeting {
	char id[24];
	const char *body;    /* body id (static for eb/sg/mm; groupings use gbody) */
	char gbody[16];
	unsigned kind;       /* GEN_EB, GEN_SG, GEN_MM, GEN_GROUPING */
	unsigned grouping;
	date_t date;
} gen_meeting_t;

enum { GEN_EB, GEN_SG, GEN_MM, GEN_GROUPING };

typedef struct gen {
	gen_opts_t o;
	rng_t r;
	gen_school_t *schools;
	unsigned ngroupings;
	gen_meeting_t *meetings;
	unsigned nmeetings;
	date_t days[200];    /* weekdays of the academic year's terms */
	unsigned ndays;
	diag_t *d;
} gen_t;

static const char *const phase_names[] = { "primary", "secondary", "special", "nursery" };
static const char *const suffixes[4][6] = {
	{ "Primary School", "Junior School", "Infant School", "Primary Academy",
	  "Community Primary School", "C of E Primary School" },
	{ "High School", "Academy", "College", "Secondary School", "Community High School",
	  "Church of England Academy" },
	{ "Special School", "Specialist Learning Centre", "Special Academy", "SEN School",
	  "Hospital School", "Communication School" },
	{ "Nursery School", "Early Years Centre", "Children's Centre", "Nursery Academy",
	  "Nursery and Children's Centre", "Pre-School" },
};
static const char *const stems[40] = {
	"Ash", "Beech", "Bram", "Brook", "Cal", "Chester", "Clay", "Cliff", "Dun", "Elm",
	"Fair", "Fern", "Glen", "Green", "Hart", "Hazel", "Holm", "Kings", "Lark", "Lin",
	"Mar", "Mill", "Moss", "Nor", "Oak", "Old", "Pen", "Pine", "Queens", "Red",
	"Rose", "Sand", "Stone", "Thorn", "Wal", "Water", "West", "Whit", "Willow", "Wood",
};
static const char *const endings[12] = {
	"field", "brook", "wood", "ley", "ton", "ham", "bury", "croft", "gate", "mere", "dale", "well",
};
static const char *const qualifiers[9] = {
	"", "Upper ", "Lower ", "North ", "South ", "East ", "West ", "Great ", "Little ",
};
static const char *const first_names[32] = {
	"Aisha", "Alan", "Amelia", "Andrew", "Beth", "Bilal", "Carmen", "Chris", "Claire", "Dev",
	"Eleanor", "Farah", "Gareth", "Grace", "Hannah", "Imran", "Jack", "Jas", "Karen", "Liam",
	"Mark", "Nadia", "Olivia", "Owen", "Priya", "Rachel", "Sam", "Sean", "Tariq", "Una",
	"Wendy", "Yusuf",
};
static const char *const last_names[32] = {
	"Ahmed", "Bailey", "Begum", "Brennan", "Carter", "Clarke", "Davies", "Doyle", "Evans",
	"Fisher", "Gill", "Hughes", "Hussain", "Jones", "Kaur", "Khan", "Lewis", "Lloyd", "Marsh",
	"Morgan", "Murphy", "Okafor", "Patel", "Quinn", "Reid", "Shah", "Singh", "Taylor",
	"Walsh", "Watson", "Wright", "Young",
};

/* Half-terms of 2025-26 (the calendar written to calendar.xml). */
static const char *const half_terms[6][2] = {
	{ "2025-09-03", "2025-10-24" }, { "2025-11-03", "2025-12-19" },
	{ "2026-01-05", "2026-02-13" }, { "2026-02-23", "2026-03-27" },
	{ "2026-04-13", "2026-05-22" }, { "2026-06-01", "2026-07-22" },
};

/* ---------------------------------------------------------------- PRNG */

static uint64_t rng_next(rng_t *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static unsigned rng_below(rng_t *r, unsigned n)
{
	return n ? (unsigned)(rng_next(r) % n) : 0;
}

/* 1 with probability percent/100. */
static int rng_chance(rng_t *r, unsigned percent)
{
	return rng_below(r, 100) < percent;
}

/* ---------------------------------------------------------------- helpers */

static date_t day_parse(const char *s)
{
	date_t d = DATE_NONE;
	(void)date_parse(s, &d);
	return d;
}

static date_t day_add(date_t d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

static void put_date(buf_t *b, const char *attr, date_t d)
{
	char iso[11];
	date_format_iso(d, iso);
	buf_printf(b, " %s=\"%s\"", attr, iso);
}

static void put_attr(buf_t *b, const char *attr, const char *value)
{
	buf_printf(b, " %s=\"", attr);
	buf_put_xml(b, value);
	buf_putc(b, '"');
}

static void head_id(char out[16], unsigned school)
{
	snprintf(out, 16, "p-h%05u", school + 1);
}

/* ---------------------------------------------------------------- schools */

static unsigned school_phase(rng_t *r)
{
	unsigned x = rng_below(r, 100);
	return x < 76 ? 0 : x < 90 ? 1 : x < 96 ? 2 : 3;
}

static const char *school_type(rng_t *r, unsigned phase)
{
	unsigned x = rng_below(r, 100);
	switch (phase) {
	case 0: return x < 62 ? "maintained" : x < 95 ? "academy" : x < 98 ? "free" : "independent";
	case 1: return x < 74 ? "academy" : x < 88 ? "maintained" : x < 95 ? "free" : "independent";
	case 2: return x < 85 ? "special" : "academy";
	default: return "maintained";
	}
}

/* Unique by construction: within each block of PLACES schools the place
 * is a bijection of the index (7919 is coprime with 4320); blocks differ
 * in suffix, and each phase has its own suffixes. */
static void school_name(gen_t *g, unsigned i, gen_school_t *s)
{
	unsigned p = (unsigned)((i * 7919ULL + g->o.seed) % PLACES);
	unsigned block = i / PLACES;
	snprintf(s->name, sizeof s->name, "%s%s%s %s", qualifiers[p / 480], stems[p % 40],
	         endings[(p / 40) % 12], suffixes[s->phase][block % 6]);
}

static void gen_schools(gen_t *g)
{
	g->schools = xcalloc(g->o.schools, sizeof *g->schools);
	g->ngroupings = (g->o.schools + PER_GROUPING - 1) / PER_GROUPING;
	for (unsigned i = 0; i < g->o.schools; i++) {
		gen_school_t *s = &g->schools[i];
		s->phase = school_phase(&g->r);
		s->type = school_type(&g->r, s->phase);
		s->grouping = i % g->ngroupings + 1;
		s->pupils = s->phase == 1 ? 600 + rng_below(&g->r, 1100) : 60 + rng_below(&g->r, 560);
		school_name(g, i, s);
		snprintf(s->head, sizeof s->head, "%s %s", first_names[rng_below(&g->r, 32)],
		         last_names[rng_below(&g->r, 32)]);
	}
}

/* ---------------------------------------------------------------- calendar */

static void gen_days(gen_t *g)
{
	g->ndays = 0;
	for (unsigned h = 0; h < 6; h++) {
		date_t d = day_parse(half_terms[h][0]), end = day_parse(half_terms[h][1]);
		for (; date_cmp(d, end) <= 0 && g->ndays < 200; d = day_add(d, 1)) {
			long wd = (date_to_days(d) + 3) % 7;   /* 1970-01-01 was a Thursday: 0 = Monday */
			if (wd < 5)
				g->days[g->ndays++] = d;
		}
	}
}

static void write_calendar(buf_t *b)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<calendar>\n"
	         "  <academic-year id=\"2025-26\" start=\"2025-09-01\" end=\"2026-08-31\">\n");
	static const char *const terms[3][3] = {
		{ "2025-autumn", "autumn", "Autumn term 2025" },
		{ "2026-spring", "spring", "Spring term 2026" },
		{ "2026-summer", "summer", "Summer term 2026" },
	};
	for (unsigned t = 0; t < 3; t++) {
		buf_printf(b, "    <term id=\"%s\" season=\"%s\" name=\"%s\" start=\"%s\" end=\"%s\">\n",
		           terms[t][0], terms[t][1], terms[t][2], half_terms[2 * t][0], half_terms[2 * t + 1][1]);
		for (unsigned h = 0; h < 2; h++)
			buf_printf(b, "      <half-term id=\"%s-%u\" start=\"%s\" end=\"%s\"/>\n",
			           terms[t][0], h + 1, half_terms[2 * t + h][0], half_terms[2 * t + h][1]);
		buf_puts(b, "    </term>\n");
	}
	buf_puts(b, "  </academic-year>\n"
	         "  <financial-year id=\"2024-25\" start=\"2024-04-01\" end=\"2025-03-31\"/>\n"
	         "  <financial-year id=\"2025-26\" start=\"2025-04-01\" end=\"2026-03-31\"/>\n"
	         "  <financial-year id=\"2026-27\" start=\"2026-04-01\" end=\"2027-03-31\"/>\n"
	         "</calendar>\n");
}

/* ---------------------------------------------------------------- partnership */

static const char agreement_xml[] =
	"  <agreement title=\"Memorandum of Understanding\" short=\"MoU\" date=\"2013-09-01\" kind=\"memorandum\"\n"
	"             return-to=\"The Administrator\" return-by=\"2026-01-30\">\n"
	"    <party id=\"pt-council\" org=\"council\" short=\"Council\"/>\n"
	"    <party id=\"pt-assoc\" org=\"assoc\" short=\"Heads\"/>\n"
	"    <clause num=\"1\" title=\"Structure\">\n"
	"      <clause num=\"1.1\"><p>The Partnership is led by its Executive Board: six Headteachers nominated by the Headteachers' Association, a representative of the Council and the Chief Executive Officer.</p></clause>\n"
	"      <clause num=\"1.2\"><p>Schools are formed into groupings of about thirty schools.</p></clause>\n"
	"      <clause num=\"1.3\"><p>A Strategic Group of at least four Headteachers and a Council representative draws up the priorities.</p></clause>\n"
	"      <clause num=\"1.4\"><p>All member schools meet as the Members' Meeting; its quorum is 25% of the membership.</p></clause>\n"
	"    </clause>\n"
	"    <clause num=\"2\" title=\"Meetings\">\n"
	"      <clause num=\"2.1\"><p>The Executive Board meets at least every half term.</p></clause>\n"
	"      <clause num=\"2.2\"><p>Each grouping meets at least once a year.</p></clause>\n"
	"      <clause num=\"2.3\"><p>The Strategic Group meets before each Executive Board meeting.</p></clause>\n"
	"      <clause num=\"2.4\"><p>Special meetings state their reason.</p></clause>\n"
	"      <clause num=\"2.5\"><p>Minutes are kept of all meetings.</p></clause>\n"
	"      <clause num=\"2.6\"><p>A financial report is presented at the final Executive Board meeting of each term.</p></clause>\n"
	"      <clause num=\"2.7\"><p>The Members' Meeting meets at least once a term.</p></clause>\n"
	"    </clause>\n"
	"    <clause num=\"3\" title=\"Decision making\">\n"
	"      <clause num=\"3.1\"><p>The quorum of the Executive Board is one third of its membership.</p></clause>\n"
	"      <clause num=\"3.2\"><p>The CEO may make funding decisions up to £10,000, reported at the next full meeting of the Executive Board.</p></clause>\n"
	"    </clause>\n"
	"    <clause num=\"4\" title=\"Ethical behaviour\">\n"
	"      <clause num=\"4.1\"><p>Information shared at meetings is confidential to that group unless permission is given for wider distribution.</p></clause>\n"
	"      <clause num=\"4.2\"><p>Members declare their interests.</p></clause>\n"
	"    </clause>\n"
	"    <clause num=\"5\" title=\"Review of the agreement\">\n"
	"      <clause num=\"5.1\"><p>The agreement is reviewed each December; a school wishing to withdraw gives at least two months' notice.</p></clause>\n"
	"      <clause num=\"5.2\"><p>An Annual Report is produced after each financial year.</p></clause>\n"
	"      <clause num=\"5.3\"><p>Each year the parties agree a Delivery Plan and an Annual Performance Plan.</p></clause>\n"
	"    </clause>\n"
	"    <closing>Schools are invited to sign this Memorandum on the enclosed pro-forma.</closing>\n"
	"  </agreement>\n";

static const char bodies_xml[] =
	"    <body id=\"eb\" name=\"Executive Board\" short=\"EB\" kind=\"board\" clause=\"1.1\">\n"
	"      <seat id=\"eb-head\" role=\"Headteacher\" count=\"6\" nominated-by=\"assoc\" clause=\"1.1\"/>\n"
	"      <seat id=\"eb-la\" role=\"Council representative\" count=\"1\" nominated-by=\"council\" clause=\"1.1\"/>\n"
	"      <seat id=\"eb-ceo\" role=\"Chief Executive Officer\" count=\"1\" clause=\"1.1\"/>\n"
	"      <quorum kind=\"fraction\" numerator=\"1\" denominator=\"3\" clause=\"3.1\"/>\n"
	"      <meets at-least=\"1\" per=\"half-term\" clause=\"2.1\"/>\n"
	"      <report paper=\"financial-report\" at=\"final-meeting-of-term\" clause=\"2.6\"/>\n"
	"    </body>\n"
	"    <body id=\"sg\" name=\"Strategic Group\" short=\"SG\" kind=\"strategic-group\" clause=\"1.3\" reports-to=\"eb\">\n"
	"      <seat id=\"sg-head\" role=\"Headteacher\" min=\"4\" nominated-by=\"assoc\" clause=\"1.3\"/>\n"
	"      <seat id=\"sg-la\" role=\"Council representative\" min=\"1\" nominated-by=\"council\" clause=\"1.3\"/>\n"
	"      <meets relative=\"before\" body=\"eb\" clause=\"2.3\"/>\n"
	"    </body>\n"
	"    <body id=\"mm\" name=\"Members' Meeting\" short=\"MM\" kind=\"members-meeting\" membership=\"members\" clause=\"1.4\">\n"
	"      <quorum kind=\"percentage\" percent=\"25\" clause=\"1.4\"/>\n"
	"      <meets at-least=\"1\" per=\"term\" clause=\"2.7\"/>\n"
	"    </body>\n";

static const char rules_xml[] =
	"  <rules>\n"
	"    <withdrawal-notice months=\"2\" clause=\"5.1\"/>\n"
	"    <annual-review month=\"12\" clause=\"5.1\"/>\n"
	"    <spending-limit office=\"ceo\" amount=\"10000\" report-to=\"eb\" clause=\"3.2\"/>\n"
	"    <annual-report within-months=\"6\" clause=\"5.2\"/>\n"
	"    <delivery-plan clause=\"5.3\"/>\n"
	"    <performance-plan clause=\"5.3\"/>\n"
	"    <special-meetings clause=\"2.4\"/>\n"
	"    <minutes approve-at=\"any-later-meeting\" clause=\"2.5\"/>\n"
	"    <confidentiality clause=\"4.1\"/>\n"
	"    <membership requires-subscription=\"yes\" requires-mou=\"yes\"/>\n"
	"    <declarations clause=\"4.2\"/>\n"
	"  </rules>\n";

static void write_partnership(gen_t *g, buf_t *b)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partnership id=\"generated\"");
	if (g->o.name) {
		put_attr(b, "name", g->o.name);
	} else {
		buf_printf(b, " name=\"Generated Learning Partnership (seed %" PRIu64 ")\"", g->o.seed);
	}
	buf_puts(b, " short-name=\"GLP\" legal-form=\"company-limited-by-guarantee\" founded=\"2013-09-01\""
	         " fy-start=\"04-01\" as-of=\"2026-07-24\">\n");
	buf_puts(b, agreement_xml);
	buf_puts(b, "  <bodies>\n");
	buf_puts(b, bodies_xml);
	for (unsigned k = 1; k <= g->ngroupings; k++)
		buf_printf(b, "    <body id=\"g-%u\" name=\"Grouping %u\" short=\"G%u\" kind=\"grouping\" clause=\"1.2\">\n"
		           "      <seat id=\"g-%u-head\" role=\"Headteacher of a school in the grouping\" min=\"1\" clause=\"1.2\"/>\n"
		           "      <meets at-least=\"1\" per=\"year\" clause=\"2.2\"/>\n    </body>\n", k, k, k, k);
	buf_puts(b, "  </bodies>\n");
	buf_puts(b, rules_xml);
	buf_puts(b, "</partnership>\n");
}

/* ---------------------------------------------------------------- members and people */


static unsigned subscription_amount(const gen_school_t *s)
{
	return s->phase == 1 ? 2000 : s->phase == 0 ? 750 : 500;
}

static void write_school(gen_t *g, buf_t *b, unsigned i)
{
	const gen_school_t *s = &g->schools[i];
	char hid[16];
	head_id(hid, i);
	unsigned urn = 900000 + (unsigned)((i * 7919ULL + g->o.seed) % 100000);
	buf_printf(b, "  <school id=\"s-%05u\" urn=\"%u\"", i + 1, urn);
	put_attr(b, "name", s->name);
	buf_printf(b, " phase=\"%s\" type=\"%s\" grouping=\"g-%u\" joined=\"2013-09-01\" pupils=\"%u\" headteacher=\"%s\">\n",
	           phase_names[s->phase], s->type, s->grouping, s->pupils, hid);
	buf_printf(b, "    <subscription year=\"2025-26\" amount=\"%u\"", subscription_amount(s));
	put_date(b, "paid", day_add(day_parse("2025-04-10"), (long)(i % 120)));
	buf_printf(b, "/>\n    <subscription year=\"2026-27\" amount=\"%u\"", subscription_amount(s));
	put_date(b, "paid", day_add(day_parse("2026-04-10"), (long)(i % 60)));
	buf_printf(b, "/>\n    <mou");
	put_date(b, "signed", day_add(day_parse("2013-10-01"), (long)(i % 40)));
	buf_printf(b, " signatory=\"%s\" position=\"Headteacher\"/>\n  </school>\n", hid);
}

/* The register of the December 2025 review (MoU 5.1): every school
 * returned its pro-forma to remain. */
static void write_review(gen_t *g, buf_t *b)
{
	buf_puts(b, "  <review year=\"2026-27\">\n");
	for (unsigned i = 0; i < g->o.schools; i++) {
		char hid[16];
		head_id(hid, i);
		buf_printf(b, "    <return member=\"s-%05u\"", i + 1);
		put_date(b, "date", day_add(day_parse("2025-12-01"), (long)(i % 15)));
		buf_printf(b, " choice=\"remain\" by=\"%s\"/>\n", hid);
	}
	buf_puts(b, "  </review>\n");
}

static void write_members(gen_t *g, buf_t *b)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<members>\n"
	         "  <organisation id=\"council\" name=\"Generated City Council\" short=\"GCC\" kind=\"local-authority\" joined=\"2013-09-01\"/>\n"
	         "  <organisation id=\"assoc\" name=\"Generated Headteachers' Association\" short=\"GHA\" kind=\"association\" joined=\"2013-09-01\"/>\n");
	for (unsigned i = 0; i < g->o.schools; i++)
		write_school(g, b, i);
	write_review(g, b);
	buf_puts(b, "</members>\n");
}

static void write_head(gen_t *g, buf_t *b, unsigned i)
{
	const gen_school_t *s = &g->schools[i];
	char hid[16];
	head_id(hid, i);
	buf_printf(b, "  <person id=\"%s\"", hid);
	put_attr(b, "name", s->head);
	buf_printf(b, " title=\"%s\" org=\"s-%05u\" job=\"Headteacher\">\n", i % 3 ? "Mrs" : "Mr", i + 1);
	if (i < EB_HEADS)
		buf_puts(b, "    <seat body=\"eb\" seat=\"eb-head\" from=\"2024-09-01\" to=\"2027-08-31\" nominated-by=\"assoc\"/>\n");
	else if (i < EB_HEADS + SG_HEADS)
		buf_puts(b, "    <seat body=\"sg\" seat=\"sg-head\" from=\"2024-09-01\" nominated-by=\"assoc\"/>\n");
	buf_printf(b, "    <seat body=\"g-%u\" seat=\"g-%u-head\" from=\"2024-09-01\"/>\n", s->grouping, s->grouping);
	if (i == 0)
		buf_puts(b, "    <office title=\"chair\" body=\"eb\" from=\"2024-09-01\"/>\n");
	if (i == EB_HEADS)
		buf_puts(b, "    <office title=\"chair\" body=\"sg\" from=\"2024-09-01\"/>\n");
	if (i < g->ngroupings)
		buf_printf(b, "    <office title=\"chair\" body=\"g-%u\" from=\"2024-09-01\"/>\n", s->grouping);
	if (i < EB_HEADS)
		buf_printf(b, "    <interest declared=\"2025-09-01\">Headteacher of %s</interest>\n", s->name);
	buf_puts(b, "  </person>\n");
}

static void write_people(gen_t *g, buf_t *b)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<people>\n");
	for (unsigned i = 0; i < g->o.schools; i++)
		write_head(g, b, i);
	buf_puts(b, "  <person id=\"p-la\" name=\"Jane Officer\" title=\"Dr\" org=\"council\" job=\"Director of Children's Services\">\n"
	         "    <seat body=\"eb\" seat=\"eb-la\" from=\"2024-04-01\" nominated-by=\"council\"/>\n"
	         "    <seat body=\"sg\" seat=\"sg-la\" from=\"2024-04-01\" nominated-by=\"council\"/>\n  </person>\n"
	         "  <person id=\"p-ceo\" name=\"Chris Executive\" title=\"Mr\" job=\"Chief Executive Officer\">\n"
	         "    <seat body=\"eb\" seat=\"eb-ceo\" from=\"2019-01-07\"/>\n"
	         "    <office title=\"ceo\" from=\"2019-01-07\"/>\n  </person>\n"
	         "  <person id=\"p-admin\" name=\"Pat Clerk\" title=\"Ms\" job=\"Partnership administrator\">\n"
	         "    <office title=\"administrator\" from=\"2014-01-06\"/>\n"
	         "    <office title=\"clerk\" body=\"eb\" from=\"2014-01-06\"/>\n  </person>\n"
	         "</people>\n");
}

/* ---------------------------------------------------------------- meeting plan */

static void plan_add(gen_t *g, unsigned kind, const char *body, unsigned grouping, unsigned j, date_t d)
{
	gen_meeting_t *m = &g->meetings[g->nmeetings++];
	m->kind = kind;
	m->body = body;
	m->grouping = grouping;
	m->date = d;
	if (kind == GEN_GROUPING) {
		snprintf(m->gbody, sizeof m->gbody, "g-%u", grouping);
		m->body = m->gbody;
		snprintf(m->id, sizeof m->id, "g-%u-%03u", grouping, j + 1);
	} else {
		snprintf(m->id, sizeof m->id, "%s-%04u", body, j + 1);
	}
}

/* The j-th of n meetings spread evenly over the term days from first. */
static unsigned plan_day(const gen_t *g, unsigned first, unsigned j, unsigned n)
{
	unsigned span = g->ndays - first;
	return first + (unsigned)((2ULL * j + 1) * span / (2ULL * n));
}

/* Board meetings from the sixth term day on, so that the Strategic Group
 * can meet a week before each one inside the year. */
static void plan_board(gen_t *g, unsigned n_eb, unsigned n_sg)
{
	for (unsigned j = 0; j < n_eb; j++) {
		date_t d = g->days[plan_day(g, 5, j, n_eb)];
		plan_add(g, GEN_EB, "eb", 0, j, d);
		if (j < n_sg)
			plan_add(g, GEN_SG, "sg", 0, j, day_add(d, -7));
	}
}

static void plan_groupings(gen_t *g, unsigned n_gr)
{
	for (unsigned k = 1; k <= g->ngroupings; k++) {
		unsigned c = n_gr / g->ngroupings + (k <= n_gr % g->ngroupings);
		for (unsigned j = 0; j < c; j++) {
			unsigned idx = plan_day(g, 0, j, c) + (k % 3);
			plan_add(g, GEN_GROUPING, NULL, k, j, g->days[idx < g->ndays ? idx : g->ndays - 1]);
		}
	}
}

static void plan_meetings(gen_t *g)
{
	unsigned m = g->o.meetings;
	unsigned n_mm = m >= 12 ? 3 : 0;
	unsigned rest = m - n_mm;
	unsigned n_eb = rest >= 24 ? 6 + rest / 50 : (rest + 1) / 2;
	unsigned n_sg = n_eb < rest - n_eb ? n_eb : rest - n_eb;
	g->meetings = xcalloc(m ? m : 1, sizeof *g->meetings);
	plan_board(g, n_eb, n_sg);
	for (unsigned t = 0; t < n_mm; t++)
		plan_add(g, GEN_MM, "mm", 0, t, g->days[plan_day(g, 0, t, 3)]);
	plan_groupings(g, rest - n_eb - n_sg);
}

/* The next meeting of the same body after index i, or NULL. */
static const gen_meeting_t *plan_next(const gen_t *g, unsigned i)
{
	const gen_meeting_t *m = &g->meetings[i];
	for (unsigned k = i + 1; k < g->nmeetings; k++)
		if (strcmp(g->meetings[k].body, m->body) == 0)
			return &g->meetings[k];
	return NULL;
}

static const gen_meeting_t *plan_prev(const gen_t *g, unsigned i)
{
	const gen_meeting_t *m = &g->meetings[i];
	for (unsigned k = i; k-- > 0;)
		if (strcmp(g->meetings[k].body, m->body) == 0)
			return &g->meetings[k];
	return NULL;
}

/* The first Board meeting after d (CEO decisions are reported there). */
static const gen_meeting_t *plan_board_after(const gen_t *g, date_t d)
{
	const gen_meeting_t *best = NULL;
	for (unsigned k = 0; k < g->nmeetings; k++) {
		const gen_meeting_t *m = &g->meetings[k];
		if (m->kind == GEN_EB && date_cmp(m->date, d) > 0 && (!best || date_cmp(m->date, best->date) < 0))
			best = m;
	}
	return best;
}

/* ---------------------------------------------------------------- meetings */

static void put_attendee(buf_t *b, const char *kind, const char *person, const char *for_id)
{
	buf_printf(b, "      <%s person=\"%s\"", kind, person);
	if (for_id)
		buf_printf(b, " for=\"%s\"", for_id);
	buf_puts(b, "/>\n");
}

/* Adds one attendee; returns 1 when present. */
static int attend_one(gen_t *g, buf_t *b, const char *person, const char *for_id, int force, unsigned rate)
{
	int present = force || rng_chance(&g->r, rate);
	put_attendee(b, present ? "present" : rng_chance(&g->r, 80) ? "apologies" : "absent", person, for_id);
	return present;
}

static unsigned attend_heads(gen_t *g, buf_t *b, unsigned from, unsigned to, unsigned rate)
{
	unsigned n = 0;
	char hid[16];
	for (unsigned i = from; i < to && i < g->o.schools; i++) {
		head_id(hid, i);
		n += (unsigned)attend_one(g, b, hid, NULL, i == from, rate);
	}
	return n;
}

static unsigned attend_grouping(gen_t *g, buf_t *b, unsigned k)
{
	unsigned n = 0;
	char hid[16];
	for (unsigned i = k - 1; i < g->o.schools; i += g->ngroupings) {
		head_id(hid, i);
		n += (unsigned)attend_one(g, b, hid, NULL, i == k - 1, 70);
	}
	return n;
}

static unsigned attend_members(gen_t *g, buf_t *b)
{
	unsigned n = 0;
	char hid[16], sid[16];
	for (unsigned i = 0; i < g->o.schools; i++) {
		head_id(hid, i);
		snprintf(sid, sizeof sid, "s-%05u", i + 1);
		if (i % 3 == 0 || rng_chance(&g->r, 15)) {
			put_attendee(b, "present", hid, sid);
			n++;
		} else if (rng_chance(&g->r, 25)) {
			put_attendee(b, "apologies", hid, sid);
		}
	}
	return n;
}

/* Writes the attendance; returns how many members were present. */
static unsigned write_attendance(gen_t *g, buf_t *b, const gen_meeting_t *m)
{
	unsigned n = 0;
	buf_puts(b, "    <attendance>\n");
	switch (m->kind) {
	case GEN_EB:
		n = attend_heads(g, b, 0, EB_HEADS, 85);
		n += (unsigned)attend_one(g, b, "p-la", NULL, 1, 100);
		n += (unsigned)attend_one(g, b, "p-ceo", NULL, 1, 100);
		buf_puts(b, "      <attending person=\"p-admin\" role=\"Clerk\"/>\n");
		break;
	case GEN_SG:
		n = attend_heads(g, b, EB_HEADS, EB_HEADS + SG_HEADS, 80);
		n += (unsigned)attend_one(g, b, "p-la", NULL, 0, 80);
		break;
	case GEN_MM:
		n = attend_members(g, b);
		break;
	default:
		n = attend_grouping(g, b, m->grouping);
		break;
	}
	buf_puts(b, "    </attendance>\n");
	return n;
}

static const char *const topics[6][3] = {
	{ "Reading initiative", "The meeting reviewed progress of the reading initiative.", "Circulate the reading data." },
	{ "School-to-school support", "The meeting reviewed brokered support and donor-school credits.", "Confirm the credits with donor schools." },
	{ "Curriculum", "The meeting discussed the shared curriculum framework.", "Send the framework to every school." },
	{ "Pupil tracking", "The meeting reviewed take-up of the pupil tracking system.", "Contact schools not yet using the system." },
	{ "Attendance", "The meeting shared approaches to improving attendance.", "Collate the approaches for the newsletter." },
	{ "Recruitment", "The meeting discussed teacher recruitment and retention.", "Draft the recruitment campaign." },
};

static void write_action(buf_t *b, const gen_meeting_t *m, const char *owner)
{
	date_t due = day_add(m->date, 28);
	buf_printf(b, "      <action id=\"%s-a1\" owner=\"%s\"", m->id, owner);
	put_date(b, "due", due);
	if (date_cmp(due, day_parse("2026-07-24")) < 0) {
		buf_puts(b, " status=\"done\"");
		put_date(b, "done", day_add(due, -2));
	} else {
		buf_puts(b, " status=\"open\"");
	}
	buf_puts(b, ">");
}

static void write_topic(gen_t *g, buf_t *b, const gen_meeting_t *m, unsigned present, const char *owner)
{
	const char *const *t = topics[rng_below(&g->r, 6)];
	buf_printf(b, "    <item id=\"%s-3\" title=\"%s\">\n      <p>%s</p>\n", m->id, t[0], t[1]);
	buf_printf(b, "      <decision id=\"%s-d1\" for=\"%u\" against=\"0\" abstain=\"0\">The meeting agreed the next steps.</decision>\n",
	           m->id, present);
	write_action(b, m, owner);
	buf_printf(b, "%s</action>\n    </item>\n", t[2]);
}

static void write_board_items(buf_t *b, const gen_meeting_t *m, unsigned index)
{
	char fy[24];
	int y = m->date.m >= 4 ? m->date.y : m->date.y - 1;
	snprintf(fy, sizeof fy, "%d-%02d", y, (y + 1) % 100);
	buf_printf(b, "    <item id=\"%s-4\" title=\"Financial report\">\n"
	           "      <paper kind=\"financial-report\" title=\"Financial report\" by=\"p-ceo\" year=\"%s\"/>\n"
	           "      <paper kind=\"ceo-decisions\" title=\"CEO decisions since the last meeting\" by=\"p-ceo\"/>\n"
	           "      <p>The CEO presented the financial report.</p>\n    </item>\n", m->id, fy);
	if (index % 3 == 1)
		buf_printf(b, "    <item id=\"%s-5\" title=\"A school causing concern\" confidential=\"yes\">\n"
		           "      <p>The Board considered support for a named school. (Part II.)</p>\n    </item>\n", m->id);
}

static const char *meeting_chair(const gen_meeting_t *m, char buf[16])
{
	switch (m->kind) {
	case GEN_SG: head_id(buf, EB_HEADS); break;
	case GEN_GROUPING: head_id(buf, m->grouping - 1); break;
	default: head_id(buf, 0); break;
	}
	return buf;
}

static void write_meeting(gen_t *g, buf_t *b, unsigned i, unsigned index)
{
	const gen_meeting_t *m = &g->meetings[i];
	const gen_meeting_t *prev = plan_prev(g, i), *next = plan_next(g, i);
	char chair[16];
	meeting_chair(m, chair);
	buf_printf(b, "  <meeting id=\"%s\" body=\"%s\"", m->id, m->body);
	put_date(b, "date", m->date);
	buf_puts(b, " start=\"16:00\" end=\"17:30\" venue=\"Partnership Centre\">\n");
	unsigned present = write_attendance(g, b, m);
	if (m->kind == GEN_EB && index % 4 == 0)   /* the chair, always present */
		buf_printf(b, "    <declaration person=\"p-h00001\" item=\"%s-3\">Governor of a school named in the item</declaration>\n", m->id);
	buf_printf(b, "    <item id=\"%s-1\" title=\"Apologies and declarations of interest\">\n"
	           "      <p>Apologies were noted.</p>\n    </item>\n", m->id);
	if (prev)
		buf_printf(b, "    <item id=\"%s-2\" title=\"Minutes of the previous meeting\">\n"
		           "      <approves meeting=\"%s\"/>\n    </item>\n", m->id, prev->id);
	write_topic(g, b, m, present, chair);
	if (m->kind == GEN_EB)
		write_board_items(b, m, index);
	if (next) {
		buf_printf(b, "    <signed by=\"%s\"", chair);
		put_date(b, "date", next->date);
		buf_puts(b, "/>\n");
	}
	buf_puts(b, "  </meeting>\n");
}

/* One file per kind of body: kind GEN_EB and GEN_SG share board.xml. */
static void write_meetings(gen_t *g, buf_t *b, unsigned k1, unsigned k2)
{
	unsigned index[4] = { 0, 0, 0, 0 };
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<meetings>\n");
	for (unsigned i = 0; i < g->nmeetings; i++) {
		unsigned k = g->meetings[i].kind;
		if (k == k1 || k == k2)
			write_meeting(g, b, i, index[k]++);
	}
	buf_puts(b, "</meetings>\n");
}

/* ---------------------------------------------------------------- finance */

static const char *const lines[5] = { "b-staff", "b-support", "b-reading", "b-running", "b-grants" };

static void write_ceo_decision(gen_t *g, buf_t *b, unsigned n, date_t d, unsigned pounds)
{
	const gen_meeting_t *at = plan_board_after(g, d);
	buf_printf(b, "  <ceo-decision id=\"cd-%04u\"", n);
	put_date(b, "date", d);
	buf_printf(b, " by=\"p-ceo\" amount=\"%u\" purpose=\"Resources for the reading initiative\" line=\"b-reading\"", pounds);
	if (at)
		buf_printf(b, " reported-at=\"%s\"", at->id);
	buf_puts(b, "/>\n");
}

static void write_transaction(gen_t *g, buf_t *b, unsigned t)
{
	date_t d = day_add(day_parse("2025-04-01"), (long)rng_below(&g->r, 365));
	unsigned kind = t % 10;
	if (kind < 2) {
		unsigned s = rng_below(&g->r, g->o.schools);
		buf_printf(b, "  <income id=\"i-%06u\"", t + 1);
		put_date(b, "date", d);
		buf_printf(b, " source=\"subscriptions\" from=\"s-%05u\" amount=\"%u\" description=\"Subscription 2025-26\"/>\n",
		           s + 1, subscription_amount(&g->schools[s]));
	} else if (kind == 2) {
		buf_printf(b, "  <income id=\"i-%06u\"", t + 1);
		put_date(b, "date", d);
		buf_puts(b, " source=\"council\" from=\"council\" commitment=\"c-council\" amount=\"25000\" description=\"Council contribution\"/>\n");
	} else {
		unsigned pounds = 100 + rng_below(&g->r, 4900), pence = rng_below(&g->r, 100);
		int ceo = t % 25 == 24;
		buf_printf(b, "  <expenditure id=\"e-%06u\"", t + 1);
		put_date(b, "date", d);
		buf_printf(b, " line=\"%s\" amount=\"%u.%02u\" payee=\"Supplier %u\"", ceo ? "b-reading" : lines[t % 5],
		           pounds, ceo ? 0 : pence, 1 + rng_below(&g->r, 40));
		if (ceo)
			buf_printf(b, " ceo-decision=\"cd-%04u\"", t / 25 + 1);
		buf_puts(b, " description=\"Spending\"/>\n");
		if (ceo)
			write_ceo_decision(g, b, t / 25 + 1, d, pounds);
	}
}

static void write_grants(gen_t *g, buf_t *b)
{
	unsigned n = g->o.schools / 10 < 20 ? g->o.schools / 10 + 1 : 21, boards = 0;
	for (unsigned k = 0; k < g->nmeetings; k++)
		boards += g->meetings[k].kind == GEN_EB;
	for (unsigned k = 0, seen = 0; k < g->nmeetings && boards; k++) {
		const gen_meeting_t *m = &g->meetings[k];
		if (m->kind != GEN_EB)
			continue;
		for (unsigned j = seen; j < n; j += boards) {
			buf_printf(b, "  <grant id=\"gr-%03u\" school=\"s-%05u\" fund=\"f-challenge\" amount=\"%u\"",
			           j + 1, rng_below(&g->r, g->o.schools) + 1, 2000 + 500 * rng_below(&g->r, 13));
			put_date(b, "awarded", m->date);
			buf_printf(b, " decided-at=\"%s\" purpose=\"New approaches to raise attainment\"/>\n", m->id);
		}
		seen++;
	}
	for (unsigned c = 0; c < 5 && g->o.schools >= 10; c++)
		buf_printf(b, "  <credit id=\"cr-%u\" school=\"s-%05u\" date=\"2025-1%u-1%u\" days=\"%u\" supported=\"s-%05u\" description=\"Donor-school credit\"/>\n",
		           c + 1, c + 1, c % 3, c, 2 + c, g->o.schools - c);
}

static void write_finance(gen_t *g, buf_t *b)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<finance>\n"
	         "  <fund id=\"f-challenge\" name=\"Challenge Fund\" total=\"200000\" from=\"2025-09-01\" to=\"2027-08-31\" provider=\"council\" clause=\"5.3\"/>\n"
	         "  <commitment id=\"c-council\" from=\"council\" amount=\"300000\" per=\"year\" purpose=\"Running costs\" clause=\"5.3\"/>\n"
	         "  <commitment id=\"c-challenge\" from=\"council\" amount=\"200000\" per=\"total\" years=\"2\" fund=\"f-challenge\" purpose=\"Challenge Fund grants\"/>\n"
	         "  <balance year=\"2025-26\" opening=\"50000\"/>\n"
	         "  <budget year=\"2025-26\" approved=\"2025-03-20\">\n"
	         "    <line id=\"b-staff\" name=\"Staffing\" amount=\"180000\"/>\n"
	         "    <line id=\"b-support\" name=\"School-to-school support\" priority=\"pr-support\" amount=\"120000\"/>\n"
	         "    <line id=\"b-reading\" name=\"Reading initiative\" priority=\"pr-reading\" amount=\"60000\"/>\n"
	         "    <line id=\"b-running\" name=\"Running costs\" amount=\"20000\"/>\n"
	         "    <line id=\"b-grants\" name=\"Challenge Fund grants\" priority=\"pr-support\" amount=\"100000\"/>\n"
	         "  </budget>\n");
	for (unsigned t = 0; t < g->o.transactions; t++)
		write_transaction(g, b, t);
	write_grants(g, b);
	buf_puts(b, "</finance>\n");
}

/* ---------------------------------------------------------------- performance and plans */

static void write_performance(gen_t *g, buf_t *b)
{
	static const char *const outcomes[5] = { "outstanding", "good", "requires-improvement",
		                                     "serious-weaknesses", "special-measures" };
	static const char *const travel[3] = { "improving", "stable", "declining" };
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<performance>\n");
	for (unsigned i = 0; i < g->o.schools; i++) {
		unsigned x = rng_below(&g->r, 100);
		buf_printf(b, "  <inspection school=\"s-%05u\"", i + 1);
		put_date(b, "date", day_add(day_parse("2021-09-01"), (long)rng_below(&g->r, 1400)));
		buf_printf(b, " outcome=\"%s\"/>\n", outcomes[x < 18 ? 0 : x < 83 ? 1 : x < 96 ? 2 : x < 98 ? 3 : 4]);
		if (i % 2 == 0)
			buf_printf(b, "  <direction school=\"s-%05u\" date=\"2025-07-15\" travel=\"%s\"/>\n", i + 1,
			           travel[rng_below(&g->r, 3)]);
	}
	buf_puts(b, "  <measure id=\"m-good\" name=\"Schools judged good or outstanding\" unit=\"percent\" priority=\"pr-support\" higher-is-better=\"yes\">\n"
	         "    <value year=\"2024-25\" actual=\"81.5\"/>\n    <value year=\"2025-26\" actual=\"83.0\" target=\"83\"/>\n"
	         "    <value year=\"2026-27\" target=\"85\"/>\n  </measure>\n"
	         "  <measure id=\"m-reading\" name=\"Pupils reading at the expected standard\" unit=\"percent\" priority=\"pr-reading\" higher-is-better=\"yes\">\n"
	         "    <value year=\"2024-25\" actual=\"71.0\"/>\n    <value year=\"2025-26\" actual=\"73.5\" target=\"74\"/>\n"
	         "    <value year=\"2026-27\" target=\"76\"/>\n  </measure>\n</performance>\n");
}

static const char plans_xml[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plans>\n"
	"  <objective id=\"o-all\" title=\"No learner left behind\" clause=\"1.3\">Improve outcomes for every learner.</objective>\n"
	"  <priority id=\"pr-reading\" title=\"Reading for all\" objective=\"o-all\" lead=\"p-ceo\" clause=\"1.3\">\n"
	"    <milestone id=\"ms-1\" due=\"2025-12-19\" done=\"2025-12-10\">Reading champions trained</milestone>\n"
	"    <milestone id=\"ms-2\" due=\"2026-07-22\" done=\"2026-07-10\">Resources in every school</milestone>\n"
	"  </priority>\n"
	"  <priority id=\"pr-support\" title=\"School-to-school support\" objective=\"o-all\" lead=\"p-ceo\" clause=\"1.3\"/>\n"
	"  <delivery-plan year=\"2025-26\" agreed=\"2025-07-08\">\n"
	"    <strategy><p>Spend on reading and on brokered support.</p></strategy>\n"
	"    <activity id=\"act-1\" title=\"Reading initiative\" priority=\"pr-reading\" lead=\"p-ceo\" start=\"2025-09-01\" due=\"2026-07-22\" cost=\"60000\" rag=\"complete\" done=\"2026-07-10\">\n"
	"      <output>Reading champion in every school</output>\n"
	"      <contribution party=\"pt-council\" amount=\"40000\"/>\n      <contribution party=\"pt-assoc\" amount=\"20000\"/>\n"
	"    </activity>\n"
	"    <activity id=\"act-2\" title=\"Brokered support\" priority=\"pr-support\" lead=\"p-ceo\" start=\"2025-09-01\" due=\"2026-07-22\" cost=\"120000\" rag=\"green\">\n"
	"      <output>Support plan for every school causing concern</output>\n"
	"      <contribution party=\"pt-council\" amount=\"120000\"/>\n      <contribution party=\"pt-assoc\" amount=\"0\"/>\n"
	"    </activity>\n"
	"  </delivery-plan>\n"
	"  <annual-report year=\"2025-26\" published=\"2026-06-19\">\n"
	"    <summary><p>Progress against the priorities and the year's spending.</p></summary>\n"
	"    <progress priority=\"pr-reading\" rag=\"green\">Champions in every school.</progress>\n"
	"    <procedure-change>None.</procedure-change>\n"
	"  </annual-report>\n"
	"  <performance-plan year=\"2025-26\" agreed=\"2025-07-08\">\n"
	"    <analysis><p>Reading improved by 2.5 points.</p></analysis>\n"
	"    <success>Every school joined the reading initiative.</success>\n"
	"    <shortfall>Take-up of brokered support was slower than planned.</shortfall>\n"
	"    <learners><p>Progress is strongest in Key Stage 1.</p></learners>\n"
	"  </performance-plan>\n</plans>\n";

/* ---------------------------------------------------------------- output */

static int gen_write(gen_t *g, const char *rel, buf_t *b)
{
	char *path = xasprintf("%s/%s", g->o.out, rel);
	atomic_out_t o;
	int rc = atomic_out_open(&o, path, g->d);
	if (rc == 0) {
		fwrite(buf_str(b), 1, b->len, o.fp);
		rc = atomic_out_commit(&o, g->d);
	}
	free(path);
	buf_reset(b);
	return rc;
}

static int gen_mkdir(gen_t *g, const char *rel)
{
	char *path = rel ? xasprintf("%s/%s", g->o.out, rel) : xstrdup(g->o.out);
	int rc = mkdir(path, 0755) == 0 || errno == EEXIST ? 0 : -1;
	if (rc)
		diag_add(g->d, DIAG_FATAL, path, 0, 0, NULL, "cannot create the folder: %s", strerror(errno));
	free(path);
	return rc;
}

static int gen_run(gen_t *g)
{
	buf_t b = BUF_INIT;
	int rc = gen_mkdir(g, NULL) || gen_mkdir(g, "meetings");
	gen_schools(g);
	gen_days(g);
	plan_meetings(g);
	if (!rc) { write_partnership(g, &b); rc = gen_write(g, "partnership.xml", &b); }
	if (!rc) { write_members(g, &b); rc = gen_write(g, "members.xml", &b); }
	if (!rc) { write_people(g, &b); rc = gen_write(g, "people.xml", &b); }
	if (!rc) { write_calendar(&b); rc = gen_write(g, "calendar.xml", &b); }
	if (!rc) { write_meetings(g, &b, GEN_EB, GEN_SG); rc = gen_write(g, "meetings/board.xml", &b); }
	if (!rc) { write_meetings(g, &b, GEN_MM, GEN_MM); rc = gen_write(g, "meetings/members.xml", &b); }
	if (!rc) { write_meetings(g, &b, GEN_GROUPING, GEN_GROUPING); rc = gen_write(g, "meetings/groupings.xml", &b); }
	if (!rc) { write_finance(g, &b); rc = gen_write(g, "finance.xml", &b); }
	if (!rc) { write_performance(g, &b); rc = gen_write(g, "performance.xml", &b); }
	if (!rc) { buf_puts(&b, plans_xml); rc = gen_write(g, "plans.xml", &b); }
	buf_free(&b);
	return rc;
}

/* ---------------------------------------------------------------- arguments */

static const char usage[] =
	"usage: genpartnership -n SCHOOLS -m MEETINGS -t TRANSACTIONS -s SEED -o DIR [--name NAME]\n"
	"  writes a complete, valid synthetic partnership folder, the same for the same arguments\n"
	"  SCHOOLS 10-20000, MEETINGS 0-100000, TRANSACTIONS 0-10000000\n";

static int parse_number(const char *s, uint64_t max, uint64_t *out)
{
	char *end;
	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v > max)
		return -1;
	*out = v;
	return 0;
}

static int parse_option(gen_opts_t *o, const char *opt, const char *val)
{
	uint64_t v;
	if (strcmp(opt, "-o") == 0) { o->out = val; return val ? 0 : -1; }
	if (strcmp(opt, "--name") == 0) { o->name = val; return val ? 0 : -1; }
	if (strcmp(opt, "-s") == 0) return parse_number(val, UINT64_MAX, &o->seed);
	if (strcmp(opt, "-n") == 0 && parse_number(val, MAX_SCHOOLS, &v) == 0 && v >= 10) { o->schools = (unsigned)v; return 0; }
	if (strcmp(opt, "-m") == 0 && parse_number(val, 100000, &v) == 0) { o->meetings = (unsigned)v; return 0; }
	if (strcmp(opt, "-t") == 0 && parse_number(val, 10000000, &v) == 0) { o->transactions = (unsigned)v; return 0; }
	return -1;
}

static int parse_args(int argc, char **argv, gen_opts_t *o)
{
	int seen = 0;
	for (int i = 1; i < argc; i += 2) {
		if (parse_option(o, argv[i], i + 1 < argc ? argv[i + 1] : NULL)) {
			fprintf(stderr, "genpartnership: bad or missing value for %s\n%s", argv[i], usage);
			return -1;
		}
		seen |= strcmp(argv[i], "-n") == 0 ? 1 : strcmp(argv[i], "-m") == 0 ? 2 : strcmp(argv[i], "-t") == 0 ? 4
		        : strcmp(argv[i], "-s") == 0 ? 8 : strcmp(argv[i], "-o") == 0 ? 16 : 0;
	}
	if (seen != 31) {
		fprintf(stderr, "genpartnership: -n, -m, -t, -s and -o are all required\n%s", usage);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	gen_t g;
	memset(&g, 0, sizeof g);
	if (argc == 2 && strcmp(argv[1], "--help") == 0) {
		fputs(usage, stdout);
		return GEN_OK;
	}
	if (parse_args(argc, argv, &g.o))
		return GEN_USAGE;
	g.r.s = g.o.seed;
	g.d = diag_new();
	int rc = gen_run(&g);
	diag_print(g.d, stderr);
	diag_free(g.d);
	free(g.schools);
	free(g.meetings);
	return rc ? GEN_SYSTEM : GEN_OK;
}
