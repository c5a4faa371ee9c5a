/* init: see init.h.  partnership.xml is the sample's own tree, edited;
 * every other file is written as text around comments. */
#include "init.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>

#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"

const char *const init_samples[] = {
	"liverpool", "leicester-primary", "leicester-alliance", "suffolk", NULL
};

/* What the administrator must replace is marked so in the records, so a
 * document printed too early says so on its face. */
#define MARK "REPLACE: "

int init_sample_known(const char *name)
{
	for (size_t i = 0; init_samples[i]; i++)
		if (strcmp(init_samples[i], name) == 0)
			return 1;
	return 0;
}

char *init_sample_list(void)
{
	buf_t b = BUF_INIT;
	for (size_t i = 0; init_samples[i]; i++) {
		if (i > 0)
			buf_puts(&b, init_samples[i + 1] ? ", " : " or ");
		buf_puts(&b, init_samples[i]);
	}
	return buf_take(&b);
}

char *init_id_from_dir(const char *dir)
{
	size_t end = strlen(dir);
	while (end > 1 && dir[end - 1] == '/')
		end--;
	size_t start = end;
	while (start > 0 && dir[start - 1] != '/')
		start--;
	buf_t b = BUF_INIT;
	for (size_t i = start; i < end; i++) {
		char c = dir[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		if (keep)
			buf_putc(&b, c);
		else if (b.len > 0 && b.data[b.len - 1] != '-')
			buf_putc(&b, '-');
	}
	while (b.len > 0 && b.data[b.len - 1] == '-')
		b.data[--b.len] = '\0';
	if (b.len == 0)
		buf_puts(&b, "partnership");
	return buf_take(&b);
}

/* ---- small tree helpers ---- */

static int is_elem(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNode *child_elem(xmlNode *parent, const char *name)
{
	for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		if (is_elem(c, name))
			return c;
	return NULL;
}

/* The attribute's value as a new string, or NULL; caller frees. */
static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	if (v == NULL)
		return NULL;
	char *s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

static void set_attr(xmlNode *n, const char *name, const char *value)
{
	xmlSetProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static void unset_attrs(xmlNode *n, const char *const *names)
{
	for (size_t i = 0; names[i]; i++)
		xmlUnsetProp(n, (const xmlChar *)names[i]);
}

/* Removes n with the indentation before it, so no blank line is left. */
static void node_drop(xmlNode *n)
{
	xmlNode *prev = n->prev;
	if (prev && prev->type == XML_TEXT_NODE && xmlIsBlankNode(prev)) {
		xmlUnlinkNode(prev);
		xmlFreeNode(prev);
	}
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* Text safe inside an XML comment: no "--", no '-' at the end. */
static void buf_put_comment(buf_t *b, const char *s)
{
	for (; *s; s++) {
		buf_putc(b, *s);
		if (*s == '-' && (s[1] == '-' || s[1] == '\0'))
			buf_putc(b, ' ');
	}
}

/* lead, a, mid, c, end: a and c (NULL: "") made safe for a comment. */
static void buf_put_pair(buf_t *b, const char *lead, const char *a, const char *mid,
                         const char *c, const char *end)
{
	buf_puts(b, lead);
	buf_put_comment(b, a ? a : "");
	buf_puts(b, mid);
	buf_put_comment(b, c ? c : "");
	buf_puts(b, end);
}

static xmlNode *comment_new(xmlDoc *doc, const char *text)
{
	buf_t b = BUF_INIT;
	buf_put_comment(&b, text);
	xmlNode *c = xmlNewDocComment(doc, (const xmlChar *)buf_str(&b));
	buf_free(&b);
	return c;
}

/* Counts the times needle occurs in the text under n. */
static size_t text_count(const xmlNode *n, const char *needle)
{
	size_t count = 0, len = strlen(needle);
	if (len == 0)
		return 0;
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content)
			for (const char *p = (const char *)n->content; (p = strstr(p, needle)); p += len)
				count++;
		if (n->type == XML_ELEMENT_NODE)
			count += text_count(n->children, needle);
	}
	return count;
}

/* ---- partnership.xml ---- */

/* 1 when some element under n (n's siblings included), outside skip,
 * has one of the attributes names with the value id. */
static int referenced(const xmlNode *n, const xmlNode *skip, const char *const *names,
                      const char *id)
{
	for (; n; n = n->next) {
		if (n == skip || n->type != XML_ELEMENT_NODE)
			continue;
		for (size_t i = 0; names[i]; i++) {
			xmlChar *v = xmlGetProp(n, (const xmlChar *)names[i]);
			int hit = v && strcmp((const char *)v, id) == 0;
			xmlFree(v);
			if (hit)
				return 1;
		}
		if (referenced(n->children, skip, names, id))
			return 1;
	}
	return 0;
}

/* Task-and-finish groups are the sample's own, time-limited groups, not
 * the agreement: they go (unless the agreement refers to one), and one
 * comment names them. */
static void bodies_drop_task_groups(xmlDoc *doc, xmlNode *bodies)
{
	static const char *const body_refs[] = { "body", "parent", "reports-to", "report-to", NULL };
	buf_t names = BUF_INIT;
	xmlNode *next;
	for (xmlNode *b = bodies->children; b; b = next) {
		next = b->next;
		char *kind = is_elem(b, "body") ? attr(b, "kind") : NULL;
		char *id = attr(b, "id");
		if (kind && id && strcmp(kind, "task-and-finish") == 0
		    && !referenced(xmlDocGetRootElement(doc), b, body_refs, id)) {
			char *name = attr(b, "name");
			buf_printf(&names, "%s%s", names.len ? "; " : "", name ? name : id);
			free(name);
			node_drop(b);
		}
		free(kind);
		free(id);
	}
	if (names.len) {
		char *text = xasprintf(" The sample's task-and-finish groups (%s) are left out:\n"
		                       "         they were that partnership's own.  Add yours like this:\n"
		                       "    <body id=\"tf-...\" name=\"...\" short=\"...\" kind=\"task-and-finish\""
		                       " parent=\"BODY-ID\" reports-to=\"BODY-ID\"\n"
		                       "          from=\"YYYY-MM-DD\" to=\"YYYY-MM-DD\"> (seats, reports) </body>\n    ",
		                       buf_str(&names));
		xmlAddChild(bodies, xmlNewDocText(doc, (const xmlChar *)"  "));
		xmlAddChild(bodies, comment_new(doc, text));
		xmlAddChild(bodies, xmlNewDocText(doc, (const xmlChar *)"\n  "));
		free(text);
	}
	buf_free(&names);
}

/* The agreement keeps its text; the sample's date, return address and
 * variations (signed by the sample's parties) go. */
static void agreement_adapt(xmlDoc *doc, xmlNode *agreement)
{
	static const char *const dropped[] = { "date", "return-by", NULL };
	unset_attrs(agreement, dropped);
	if (xmlHasProp(agreement, (const xmlChar *)"return-to"))
		set_attr(agreement, "return-to", MARK "where signed pro-formas are returned");
	size_t changes = 0;
	xmlNode *next;
	for (xmlNode *c = agreement->children; c; c = next) {
		next = c->next;
		if (is_elem(c, "change")) {
			node_drop(c);
			changes++;
		}
	}
	if (changes) {
		xmlAddChild(agreement, xmlNewDocText(doc, (const xmlChar *)"  "));
		xmlAddChild(agreement, comment_new(doc, " The sample's variations (<change>) are left out:"
		                                        " record your own, signed by each party. "));
		xmlAddChild(agreement, xmlNewDocText(doc, (const xmlChar *)"\n  "));
	}
}

static void comments_drop(xmlNode *n)
{
	xmlNode *next;
	for (; n; n = next) {
		next = n->next;
		if (n->type == XML_COMMENT_NODE)
			node_drop(n);
		else if (n->type == XML_ELEMENT_NODE)
			comments_drop(n->children);
	}
}

static const char branding_help[] =
	" Branding (optional): the logo (a PNG, JPEG or SVG file in this folder), its text\n"
	"       alternative, two colours and the website, used on every document:\n"
	"  <branding logo=\"logo.png\" logo-alt=\"... logo\" primary-colour=\"#1B4F72\"\n"
	"            accent-colour=\"#D35400\" website=\"https://...\"/>\n  ";

/* The partnership's identity: the new name (or a marked value), the new
 * id and as-of date; the sample's company facts, address and branding go. */
static void identity_adapt(xmlDoc *doc, xmlNode *root, const init_options_t *o)
{
	static const char *const dropped[] = {
		"short-name", "legal-form", "company-number", "founded", NULL
	};
	char as_of[11];
	date_format_iso(o->as_of, as_of);
	unset_attrs(root, dropped);
	set_attr(root, "id", o->id);
	set_attr(root, "name", o->name ? o->name : MARK "the partnership's full name");
	set_attr(root, "as-of", as_of);

	xmlNode *address = child_elem(root, "address");
	if (address == NULL) {
		address = xmlNewDocNode(doc, NULL, (const xmlChar *)"address", NULL);
		xmlNode *first = xmlFirstElementChild(root);
		xmlAddPrevSibling(first, address);
		xmlAddPrevSibling(first, xmlNewDocText(doc, (const xmlChar *)"\n  "));
	}
	xmlNodeSetContent(address, NULL);
	xmlAddChild(address, xmlNewDocText(doc, (const xmlChar *)(MARK "the partnership's postal address")));

	xmlNode *branding = child_elem(root, "branding");
	xmlNode *help = comment_new(doc, branding_help);
	if (branding) {
		xmlReplaceNode(branding, help);
		xmlFreeNode(branding);
	} else {
		xmlAddNextSibling(address, help);
		xmlAddNextSibling(address, xmlNewDocText(doc, (const xmlChar *)"\n  "));
	}
}

/* The comment above the root: where the agreement came from and what to do. */
static void header_add(xmlDoc *doc, xmlNode *root, const init_options_t *o,
                       const char *sample_name, const char *sample_short)
{
	xmlNode *agreement = child_elem(root, "agreement");
	size_t n_name = sample_name ? text_count(agreement, sample_name) : 0;
	size_t n_short = sample_short ? text_count(agreement, sample_short) : 0;
	buf_t b = BUF_INIT;
	buf_printf(&b, " partnership.xml, started by `lpdoc init` from the agreement of the %s\n"
	           "     sample (%s).\n\n", o->sample, sample_name ? sample_name : o->sample);
	buf_puts(&b, "     Copied: the agreement (every clause, word for word), the bodies with their seats,\n"
	             "     quorum, meeting pattern and reporting duties, and the partnership-wide rules.\n"
	             "     Edit them until they say what your own agreement says.\n");
	if (n_name || n_short) {
		buf_puts(&b, "     The clause text still names the sample partnership:\n    ");
		if (n_name)
			buf_printf(&b, " '%s' %zu time%s", sample_name, n_name, n_name == 1 ? "" : "s");
		if (n_short)
			buf_printf(&b, "%s '%s' %zu time%s", n_name ? "," : "", sample_short, n_short,
			           n_short == 1 ? "" : "s");
		buf_puts(&b, ".\n");
	}
	buf_puts(&b, "\n     To fill in: every value beginning 'REPLACE:'; as-of, the date these records\n"
	             "     describe (set to the day of `lpdoc init`); and, if you wish, short-name,\n"
	             "     legal-form, company-number and founded on <partnership>, the agreement's date\n"
	             "     and return-by, and <branding>.  The record format: docs/records.md. ");
	xmlAddPrevSibling(root, comment_new(doc, buf_str(&b)));
	buf_free(&b);
}

/* ---- the skeleton files ---- */

static void folder_add(init_folder_t *f, char *path, char *text)
{
	f->files = xrealloc(f->files, (f->n + 1) * sizeof *f->files);
	f->files[f->n++] = (init_file_t){ path, text };
}

static const char xml_decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/* Appends one line per body ("  id  name"), with its seats when seats is set. */
static void bodies_describe(buf_t *b, xmlNode *bodies, int seats)
{
	for (xmlNode *body = bodies ? bodies->children : NULL; body; body = body->next) {
		if (!is_elem(body, "body"))
			continue;
		char *id = attr(body, "id"), *name = attr(body, "name"), *kind = attr(body, "kind");
		buf_put_pair(b, "       ", id, "  ", name, " (");
		buf_put_comment(b, kind ? kind : "");
		buf_puts(b, ")\n");
		for (xmlNode *s = body->children; seats && s; s = s->next) {
			if (!is_elem(s, "seat"))
				continue;
			char *sid = attr(s, "id"), *role = attr(s, "role"), *by = attr(s, "nominated-by");
			buf_put_pair(b, "         seat ", sid, ": ", role, "");
			if (by) {
				buf_puts(b, ", nominated by ");
				buf_put_comment(b, by);
			}
			buf_puts(b, "\n");
			free(sid), free(role), free(by);
		}
		free(id), free(name), free(kind);
	}
}

static void offices_describe(buf_t *b, xmlNode *rules)
{
	size_t n = 0;
	for (xmlNode *r = rules ? rules->children : NULL; r; r = r->next) {
		if (!is_elem(r, "office-holder"))
			continue;
		char *title = attr(r, "title"), *body = attr(r, "body");
		buf_puts(b, n++ ? ", " : "     Offices the agreement requires to be held: ");
		buf_put_comment(b, title ? title : "?");
		if (body) {
			buf_puts(b, " of ");
			buf_put_comment(b, body);
		}
		free(title), free(body);
	}
	if (n)
		buf_puts(b, ".\n");
}

static char *people_text(xmlNode *root)
{
	buf_t b = BUF_INIT;
	buf_puts(&b, xml_decl);
	buf_puts(&b, "<!-- people.xml: everyone who holds a seat on a body or an office, and the\n"
	             "     headteachers and chairs of governors of the member schools.  One <person> each:\n\n"
	             "       <person id=\"p-jo-bloggs\" name=\"Jo Bloggs\" title=\"Ms\" org=\"SCHOOL-OR-ORGANISATION-ID\" job=\"Headteacher\">\n"
	             "         <seat body=\"BODY-ID\" seat=\"SEAT-ID\" from=\"YYYY-MM-DD\" nominated-by=\"ORGANISATION-ID\"/>\n"
	             "         <office title=\"chair\" body=\"BODY-ID\" from=\"YYYY-MM-DD\"/>\n"
	             "         <interest declared=\"YYYY-MM-DD\">Governor of ...</interest>\n"
	             "       </person>\n\n"
	             "     The agreement's bodies and their seats (body id, name, kind):\n");
	bodies_describe(&b, child_elem(root, "bodies"), 1);
	offices_describe(&b, child_elem(root, "rules"));
	buf_puts(&b, "     Office titles: chair, vice-chair, ceo, executive-director, administrator, clerk,\n"
	             "     director, secretary, treasurer.  See docs/records.md, \"people.xml\". -->\n"
	             "<people>\n</people>\n");
	return buf_take(&b);
}

/* Copies the sample's <organisation>s that the agreement refers to
 * (nominated-by=, org=), without the sample's dates.  Returns how many. */
static size_t organisations_put(buf_t *b, xmlNode *root, xmlDoc *members)
{
	static const char *const refs[] = { "nominated-by", "org", NULL };
	static const char *const dated[] = { "joined", "left", NULL };
	xmlNode *list = members ? xmlDocGetRootElement(members) : NULL;
	size_t kept = 0;
	for (xmlNode *o = list ? list->children : NULL; o; o = o->next) {
		char *id = is_elem(o, "organisation") ? attr(o, "id") : NULL;
		if (id && referenced(root, NULL, refs, id)) {
			unset_attrs(o, dated);
			xmlBuffer *xb = xmlBufferCreate();
			xmlNodeDump(xb, members, o, 1, 0);
			buf_printf(b, "  %s\n", (const char *)xmlBufferContent(xb));
			xmlBufferFree(xb);
			kept++;
		}
		free(id);
	}
	return kept;
}

static void groupings_describe(buf_t *b, xmlNode *bodies)
{
	size_t n = 0;
	for (xmlNode *body = bodies ? bodies->children : NULL; body; body = body->next) {
		char *kind = is_elem(body, "body") ? attr(body, "kind") : NULL;
		if (kind && (strcmp(kind, "grouping") == 0 || strcmp(kind, "development-group") == 0)) {
			char *id = attr(body, "id"), *name = attr(body, "name");
			if (n++ == 0)
				buf_puts(b, "\n  The groupings a school may belong to (grouping=):\n");
			buf_put_pair(b, "    ", id, "  ", name, "\n");
			free(id), free(name);
		}
		free(kind);
	}
}

static char *members_text(xmlNode *root, xmlDoc *members, size_t *kept)
{
	buf_t b = BUF_INIT;
	buf_puts(&b, xml_decl);
	buf_puts(&b, "<!-- members.xml: the member schools and the partner organisations.\n"
	             "     See docs/records.md, \"members.xml\". -->\n<members>\n");
	buf_t orgs = BUF_INIT;
	*kept = organisations_put(&orgs, root, members);
	if (*kept) {
		buf_puts(&b, "  <!-- The organisations the agreement names (nominating bodies, parties), as\n"
		             "       the sample had them, so that the agreement's references hold.  Check each\n"
		             "       name, and add the date it joined (joined=\"YYYY-MM-DD\"). -->\n");
		buf_puts(&b, buf_str(&orgs));
	}
	buf_free(&orgs);
	buf_puts(&b, "  <!-- Add each member school and each other partner organisation, for example:\n\n"
	             "  <school id=\"s-mill-lane\" urn=\"100001\" name=\"Mill Lane Primary School\" phase=\"primary\"\n"
	             "          type=\"maintained\" grouping=\"BODY-ID\" joined=\"YYYY-MM-DD\" pupils=\"420\"\n"
	             "          headteacher=\"PERSON-ID\" chair-of-governors=\"PERSON-ID\">\n"
	             "    <subscription year=\"YYYY-YY\" amount=\"1200\" paid=\"YYYY-MM-DD\"/>\n"
	             "    <mou signed=\"YYYY-MM-DD\" signatory=\"PERSON-ID\" position=\"Headteacher\"/>\n"
	             "  </school>\n"
	             "  <organisation id=\"ORG-ID\" name=\"...\" short=\"...\" kind=\"college\" joined=\"YYYY-MM-DD\"/>\n\n"
	             "  Where the agreement has an annual review, record each return to it in the\n"
	             "  review's register (year: the financial year the review renews):\n\n"
	             "  <review year=\"YYYY-YY\">\n"
	             "    <return member=\"s-mill-lane\" date=\"YYYY-MM-DD\" choice=\"remain\" by=\"PERSON-ID\"/>\n"
	             "  </review>\n");
	groupings_describe(&b, child_elem(root, "bodies"));
	buf_puts(&b, "  -->\n</members>\n");
	return buf_take(&b);
}

static const char calendar_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<!-- calendar.xml: the academic years with their terms and half-terms (your local\n"
	"     authority's term dates), and the financial years.  Documents are made per term\n"
	"     and per year, so add at least the current ones, for example:\n\n"
	"  <academic-year id=\"2025-26\" start=\"2025-09-01\" end=\"2026-08-31\">\n"
	"    <term id=\"2025-autumn\" season=\"autumn\" start=\"2025-09-03\" end=\"2025-12-19\">\n"
	"      <half-term id=\"2025-autumn-1\" start=\"2025-09-03\" end=\"2025-10-24\"/>\n"
	"      <half-term id=\"2025-autumn-2\" start=\"2025-11-03\" end=\"2025-12-19\"/>\n"
	"    </term>\n"
	"    (the spring and summer terms alike)\n"
	"  </academic-year>\n"
	"  <financial-year id=\"2025-26\" start=\"2025-04-01\" end=\"2026-03-31\"/>\n\n"
	"     See docs/records.md, \"calendar.xml\". -->\n"
	"<calendar>\n</calendar>\n";

static char *meetings_text(xmlNode *root)
{
	xmlNode *bodies = child_elem(root, "bodies");
	xmlNode *body = bodies ? xmlFirstElementChild(bodies) : NULL;
	char *id = body ? attr(body, "id") : NULL;
	buf_t b = BUF_INIT;
	buf_puts(&b, xml_decl);
	buf_puts(&b, "<!-- The meetings of ");
	buf_put_comment(&b, id ? id : "a body");
	buf_puts(&b, " and their minutes (any number of files in meetings/ are read, in name\n"
	             "     order: one file per body is convenient).  A meeting, for example:\n\n"
	             "  <meeting id=\"");
	buf_put_comment(&b, id ? id : "BODY-ID");
	buf_puts(&b, "-2025-10-07\" body=\"");
	buf_put_comment(&b, id ? id : "BODY-ID");
	buf_puts(&b, "\" date=\"2025-10-07\" start=\"16:00\" end=\"17:30\" venue=\"...\">\n"
	             "    <attendance>\n"
	             "      <present person=\"PERSON-ID\"/>\n"
	             "      <apologies person=\"PERSON-ID\"/>\n"
	             "      <attending person=\"PERSON-ID\" role=\"Clerk\"/>\n"
	             "    </attendance>\n"
	             "    <item id=\"ITEM-ID\" title=\"Minutes of the previous meeting\">\n"
	             "      <approves meeting=\"MEETING-ID\"/>\n"
	             "    </item>\n"
	             "    <item id=\"ITEM-ID-2\" title=\"...\">\n"
	             "      <p>What was discussed.</p>\n"
	             "      <decision id=\"DECISION-ID\" for=\"5\" against=\"0\" abstain=\"0\">What was decided.</decision>\n"
	             "      <action id=\"ACTION-ID\" owner=\"PERSON-ID\" due=\"YYYY-MM-DD\">What is to be done.</action>\n"
	             "    </item>\n"
	             "    <signed by=\"PERSON-ID\" date=\"YYYY-MM-DD\"/>\n"
	             "  </meeting>\n\n"
	             "     The bodies:\n");
	bodies_describe(&b, bodies, 0);
	buf_puts(&b, "     See docs/records.md, \"meetings.xml and meetings/*.xml\". -->\n"
	             "<meetings>\n</meetings>\n");
	free(id);
	return buf_take(&b);
}

static const char finance_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<!-- finance.xml (optional): the year's budget, income and spending, reserves, funds,\n"
	"     commitments, CEO funding decisions, grants and support credits.  Amounts are\n"
	"     pounds written as digits (1200 or 950.50).  For example:\n\n"
	"  <balance year=\"2025-26\" opening=\"0\"/>\n"
	"  <budget year=\"2025-26\" approved=\"YYYY-MM-DD\">\n"
	"    <line id=\"b-staff\" name=\"Staffing\" amount=\"45000\"/>\n"
	"  </budget>\n"
	"  <income id=\"i-001\" date=\"YYYY-MM-DD\" source=\"subscriptions\" amount=\"2150.50\"/>\n"
	"  <expenditure id=\"e-001\" date=\"YYYY-MM-DD\" line=\"b-staff\" amount=\"22500\" payee=\"...\"/>\n\n"
	"     See docs/records.md, \"finance.xml\". -->\n"
	"<finance>\n</finance>\n";

static const char performance_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<!-- performance.xml (optional): each member school's inspections and direction of\n"
	"     travel, and the measures the partnership sets targets for.  For example:\n\n"
	"  <inspection school=\"SCHOOL-ID\" date=\"YYYY-MM-DD\" outcome=\"good\"/>\n"
	"  <direction school=\"SCHOOL-ID\" date=\"YYYY-MM-DD\" travel=\"improving\"/>\n"
	"  <measure id=\"m-reading\" name=\"Pupils reading at the expected standard\" unit=\"percent\">\n"
	"    <value year=\"2025-26\" actual=\"74.0\" target=\"75\"/>\n"
	"  </measure>\n\n"
	"     See docs/records.md, \"performance.xml\". -->\n"
	"<performance>\n</performance>\n";

static const char plans_text[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<!-- plans.xml (optional): objectives, priorities with milestones, the delivery plan\n"
	"     of each academic year, the annual report's narrative and the performance plan.\n"
	"     For example:\n\n"
	"  <priority id=\"pr-reading\" title=\"Reading for all\" lead=\"PERSON-ID\">\n"
	"    <milestone id=\"ms-1\" due=\"YYYY-MM-DD\">Resources bought for every school</milestone>\n"
	"  </priority>\n"
	"  <annual-report year=\"2025-26\" published=\"YYYY-MM-DD\">\n"
	"    <summary>The year in a paragraph.</summary>\n"
	"  </annual-report>\n\n"
	"     See docs/records.md, \"plans.xml\". -->\n"
	"<plans>\n</plans>\n";

/* 1 when id may be a file name: a record id's characters, no leading '.'. */
static int file_safe(const char *id)
{
	static const char ok[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
	return id && id[0] && id[0] != '.' && id[0] != '-' && id[strspn(id, ok)] == '\0';
}

static char *sample_file(const init_options_t *o, const char *name)
{
	return paths_join(o->sample_dir, name);
}

static char *partnership_text(xmlDoc *doc)
{
	xmlChar *text = NULL;
	int len = 0;
	xmlDocDumpMemoryEnc(doc, &text, &len, "UTF-8");
	char *s = xstrndup((const char *)text, (size_t)len);
	xmlFree(text);
	return s;
}

int init_folder_make(init_folder_t *f, const init_options_t *o, diag_t *d)
{
	*f = (init_folder_t){ NULL, 0, 0, 0 };
	char *path = sample_file(o, "partnership.xml");
	xmlDoc *doc = xml_safe_read_file(path, NULL, d);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (doc && !is_elem(root, "partnership"))
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, "not a partnership.xml: no <partnership> element");
	free(path);
	if (!is_elem(root, "partnership")) {
		xmlFreeDoc(doc);
		return -1;
	}
	path = sample_file(o, "members.xml");
	xmlDoc *members = xml_safe_read_file(path, NULL, d);
	free(path);
	if (members == NULL) {
		xmlFreeDoc(doc);
		return -1;
	}

	char *sample_name = attr(root, "name"), *sample_short = attr(root, "short-name");
	comments_drop(doc->children);
	identity_adapt(doc, root, o);
	xmlNode *agreement = child_elem(root, "agreement");
	if (agreement)
		agreement_adapt(doc, agreement);
	xmlNode *bodies = child_elem(root, "bodies");
	if (bodies)
		bodies_drop_task_groups(doc, bodies);
	header_add(doc, root, o, sample_name, sample_short);
	free(sample_name);
	free(sample_short);
	for (xmlNode *b = bodies ? bodies->children : NULL; b; b = b->next)
		f->bodies += is_elem(b, "body");

	folder_add(f, xstrdup("partnership.xml"), partnership_text(doc));
	folder_add(f, xstrdup("members.xml"), members_text(root, members, &f->organisations));
	folder_add(f, xstrdup("people.xml"), people_text(root));
	folder_add(f, xstrdup("calendar.xml"), xstrdup(calendar_text));
	char *first = bodies && xmlFirstElementChild(bodies) ? attr(xmlFirstElementChild(bodies), "id") : NULL;
	folder_add(f, xasprintf("meetings/%s.xml", file_safe(first) ? first : "meetings"), meetings_text(root));
	free(first);
	folder_add(f, xstrdup("finance.xml"), xstrdup(finance_text));
	folder_add(f, xstrdup("performance.xml"), xstrdup(performance_text));
	folder_add(f, xstrdup("plans.xml"), xstrdup(plans_text));
	xmlFreeDoc(members);
	xmlFreeDoc(doc);
	return 0;
}

void init_folder_free(init_folder_t *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->files[i].path);
		free(f->files[i].text);
	}
	free(f->files);
	*f = (init_folder_t){ NULL, 0, 0, 0 };
}
