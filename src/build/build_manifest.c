/* build_manifest: what each document was made from, and the manifest that
 * remembers it between builds (see build_internal.h).
 *
 * A document's digest is the SHA-256 of everything its PDF depends on:
 * the view the stylesheet reads (all the records the document shows,
 * digested as a tree: see below),
 * whether it carries the not-compliant mark, every file of the
 * stylesheets folder, the partnership's logo, an agenda's papers and the lpdoc binary itself
 * (its size and time, so a new lpdoc renders everything again).  The
 * manifest, OUTDIR/<partnership>/<year>/.lpdoc-manifest, has one line per
 * document made:
 *     DIGEST PAGES CONTENT STAMP FILE
 * (CONTENT: the SHA-256 of the file as made; STAMP: its device, inode,
 * size, modification and change times then), and a document whose digest matches,
 * and whose file still has that content, is not rendered again.  The
 * content is digested again unless the stamp is unchanged (a file
 * renamed over it, or written into, has another, even with its
 * modification time set back: the change time cannot be), as git's index does:
 * with nothing changed, reading every PDF made a build of the largest
 * sample four times slower.
 * (A size was compared before: two builds into the same folder at once
 * once left a file of the other records, of the size recorded, taken as
 * up to date; the build's lock now also keeps them apart.) */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib.h>
#include <libxml/tree.h>

#include "../util/atomic.h"
#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "build_internal.h"

#ifndef LPDOC_VERSION
#define LPDOC_VERSION "0"
#endif

/* ---- digests ---- */

static void digest_file(GChecksum *sum, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		g_checksum_update(sum, (const guchar *)"-", 1);
		return;
	}
	unsigned char chunk[16384];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		g_checksum_update(sum, chunk, n);
	fclose(f);
}

/* The SHA-256 of the regular file at path into out (hex); -1 when there
 * is no such file. */
static int content_digest(const char *path, char out[65])
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return -1;
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	digest_file(sum, path);
	snprintf(out, 65, "%s", g_checksum_get_string(sum));
	g_checksum_free(sum);
	return 0;
}

static void digest_string(GChecksum *sum, const char *s)
{
	g_checksum_update(sum, (const guchar *)(s ? s : ""), s ? strlen(s) + 1 : 1);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every file of the stylesheets folder, in name order (they include one
 * another, so any of them may change any document). */
static void digest_stylesheets(GChecksum *sum)
{
	char *dir = paths_data_file("stylesheets");
	DIR *dp = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; dp && (e = readdir(dp)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(e->d_name);
	}
	if (dp)
		closedir(dp);
	qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i < n; i++) {
		char *path = paths_join(dir, names[i]);
		digest_string(sum, names[i]);
		digest_file(sum, path);
		free(path);
		free(names[i]);
	}
	free(names);
	free(dir);
}

/* The lpdoc that renders: its version, and its binary's size and time. */
static void digest_self(GChecksum *sum)
{
	struct stat st;
	char id[128];
	if (stat("/proc/self/exe", &st) == 0)
		snprintf(id, sizeof id, "%lld %lld.%09ld", (long long)st.st_size,
		         (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	else
		snprintf(id, sizeof id, "unknown");
	digest_string(sum, "lpdoc " LPDOC_VERSION);
	digest_string(sum, id);
}

void build_manifest_common(build_plan_t *p)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	digest_self(sum);
	digest_stylesheets(sum);
	const model_records_t *r = model_records(p->m);
	if (r->logo) {
		char *logo = paths_join(r->dir, r->logo);
		digest_file(sum, logo);
		free(logo);
	}
	snprintf(p->common, sizeof p->common, "%s", g_checksum_get_string(sum));
	g_checksum_free(sum);
}

/* ---- a view's digest ----
 *
 * The tree itself is digested rather than its text (no escaping, no
 * buffer of the whole document): each node as its type (never 0), name,
 * namespace and content, then an element's namespace declarations (each
 * after a 1), its attributes and its children, each list ended by a 0.
 * Every string ends in a NUL, which no string of the tree holds, so two
 * different trees cannot give the same bytes.  (The digest
 * differs from that of the serialised text, but every digest also holds
 * the lpdoc binary's identity, so a new lpdoc renders everything again
 * anyway.) */

typedef struct tree_sum {
	GChecksum *sum;
	unsigned char chunk[16384];   /* fed to sum when full: fewer calls */
	size_t len;
} tree_sum_t;

static void tree_put(tree_sum_t *t, const void *bytes, size_t n)
{
	if (t->len + n > sizeof t->chunk) {
		g_checksum_update(t->sum, t->chunk, (gssize)t->len);
		t->len = 0;
	}
	if (n > sizeof t->chunk) {
		g_checksum_update(t->sum, bytes, (gssize)n);
		return;
	}
	memcpy(t->chunk + t->len, bytes, n);
	t->len += n;
}

static void tree_put_str(tree_sum_t *t, const xmlChar *s)
{
	if (s == NULL)
		s = (const xmlChar *)"";
	tree_put(t, s, strlen((const char *)s) + 1);
}

static void tree_put_node(tree_sum_t *t, const xmlNode *n)
{
	unsigned char type = (unsigned char)n->type;
	tree_put(t, &type, 1);
	tree_put_str(t, n->name);
	tree_put_str(t, n->ns ? n->ns->href : NULL);
	if (n->type != XML_ELEMENT_NODE && n->type != XML_ATTRIBUTE_NODE)
		tree_put_str(t, n->content);
}

static void tree_put_subtree(tree_sum_t *t, const xmlNode *n);

static void tree_put_children(tree_sum_t *t, const xmlNode *n)
{
	for (const xmlNode *c = n; c; c = c->next)
		tree_put_subtree(t, c);
	tree_put(t, "", 1);   /* end of the list */
}

static void tree_put_subtree(tree_sum_t *t, const xmlNode *n)
{
	tree_put_node(t, n);
	if (n->type == XML_ELEMENT_NODE) {
		for (const xmlNs *ns = n->nsDef; ns; ns = ns->next) {
			tree_put(t, "\1", 1);
			tree_put_str(t, ns->prefix);
			tree_put_str(t, ns->href);
		}
		tree_put(t, "", 1);
		for (const xmlAttr *a = n->properties; a; a = a->next) {
			tree_put_node(t, (const xmlNode *)a);
			tree_put_children(t, a->children);
		}
		tree_put(t, "", 1);
		tree_put_children(t, n->children);
	}
}

static void digest_view(GChecksum *sum, xmlDocPtr view)
{
	tree_sum_t *t = xmalloc(sizeof *t);
	t->sum = sum;
	t->len = 0;
	tree_put_str(t, view->version);
	tree_put_children(t, view->children);
	g_checksum_update(sum, t->chunk, (gssize)t->len);
	free(t);
}

/* The files the view draws pages from (an agenda's papers: src=), as
 * the logo: a paper replaced makes its pack again. */
static void digest_papers(GChecksum *sum, xmlNode *n)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *src = xmlStrEqual(n->name, BAD_CAST "paper") ? xmlGetProp(n, BAD_CAST "src") : NULL;
		if (src)
			digest_file(sum, (const char *)src);
		xmlFree(src);
		digest_papers(sum, n->children);
	}
}

void build_manifest_digest(build_item_t *it, const char *common, xmlDocPtr view)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	digest_string(sum, common);
	digest_string(sum, it->file);
	digest_string(sum, it->stylesheet);
	digest_string(sum, it->marked ? "not-compliant" : "compliant");
	if (view) {
		digest_view(sum, view);
		digest_papers(sum, xmlDocGetRootElement(view));
	}
	digest_string(sum, it->text);
	snprintf(it->digest, sizeof it->digest, "%s", g_checksum_get_string(sum));
	g_checksum_free(sum);
}

/* ---- reading the last manifest ---- */

/* A file name the build could have written: relative, inside the year
 * folder, made of the characters doc_file_stem() and the plan use. */
static int entry_file_ok(const char *f)
{
	if (f[0] == '\0' || f[0] == '/' || strstr(f, "..") || strstr(f, "//"))
		return 0;
	for (const char *s = f; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || strchr("-._/", *s)))
			return 0;
	return 1;
}

static int is_hex64(const char *s)
{
	return strlen(s) == 64 && strspn(s, "0123456789abcdef") == 64;
}

/* A line of this manifest, or of one made before content digests (the
 * file's size where the content's digest is now): its document is made
 * again. */
static int entry_parse(char *line, build_entry_t *e)
{
	char digest[65], content[65], stamp[96], file[512];
	unsigned long long pages;
	int n = sscanf(line, "%64[0-9a-f] %llu %64s %95s %511s", digest, &pages, content, stamp,
	               file);
	int old = n == 4;   /* DIGEST PAGES BYTES FILE */
	if (old)
		snprintf(file, sizeof file, "%s", stamp);
	if ((n != 5 && !old) || strlen(digest) != 64 || !entry_file_ok(file)
	    || (!old && !is_hex64(content) && strcmp(content, "0") != 0))
		return -1;
	memcpy(e->digest, digest, sizeof e->digest);
	e->pages = (size_t)pages;
	snprintf(e->content, sizeof e->content, "%s", old || !is_hex64(content) ? "" : content);
	snprintf(e->stamp, sizeof e->stamp, "%s", old ? "-" : stamp);
	e->file = xstrdup(file);
	return 0;
}

/* A manifest that cannot be read is as good as none: everything is
 * rendered again, nothing is removed. */
static void manifest_load(build_plan_t *p, diag_t *d)
{
	char *path = paths_join(p->root, BUILD_MANIFEST);
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		free(path);
		return;
	}
	char line[1024];
	size_t cap = 0;
	unsigned lineno = 0;
	while (fgets(line, sizeof line, f)) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		p->old = xgrow(p->old, &cap, p->nold + 1, sizeof *p->old);
		if (entry_parse(line, &p->old[p->nold]) == 0)
			p->nold++;
		else
			diag_add(d, DIAG_WARNING, path, lineno, 1, NULL, "line not understood: ignored "
			         "(the documents it stood for are made again)");
	}
	fclose(f);
	free(path);
}

/* ---- finding a file's entry or item ---- */

static int file_ref_cmp(const void *pa, const void *pb)
{
	const build_file_ref_t *a = pa, *b = pb;
	int c = strcmp(a->file, b->file);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* The refs of the n entries or items at base, each size bytes with its
 * file name (a char *) at offset. */
static build_file_ref_t *file_refs(const void *base, size_t n, size_t size, size_t offset)
{
	build_file_ref_t *refs = xcalloc(n + 1, sizeof *refs);
	for (size_t i = 0; i < n; i++) {
		refs[i].file = *(char *const *)((const char *)base + i * size + offset);
		refs[i].i = i;
	}
	qsort(refs, n, sizeof *refs, file_ref_cmp);
	return refs;
}

/* The index of the first of n refs naming file, or (size_t)-1. */
static size_t file_refs_find(const build_file_ref_t *refs, size_t n, const char *file)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(refs[mid].file, file) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(refs[lo].file, file) == 0 ? refs[lo].i : (size_t)-1;
}

static const build_entry_t *entry_find(const build_plan_t *p, const char *file)
{
	size_t i = file_refs_find(p->old_by_file, p->nold, file);
	return i == (size_t)-1 ? NULL : &p->old[i];
}

static const build_item_t *item_find(const build_plan_t *p, const char *file)
{
	size_t i = file_refs_find(p->items_by_file, p->n, file);
	return i == (size_t)-1 ? NULL : &p->items[i];
}

/* Whether this build keeps file, which the last one made and this one
 * does not: a --term build keeps the other terms' minutes and packs and
 * the yearly documents (it makes none of those). */
static int build_keeps(const build_plan_t *p, const char *file)
{
	if (p->term == NULL)
		return 0;
	if (strncmp(file, "minutes/", 8) != 0 && strncmp(file, "packs/", 6) != 0)
		return 1;
	return file_refs_find(p->elsewhere_by_file, p->nelsewhere, file) != (size_t)-1;
}

/* ---- comparing ---- */

static long long file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
}

/* The stamp of the file at path (see the top), "-" when there is none. */
static void file_stamp(const char *path, char out[96])
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		snprintf(out, 96, "-");
	else
		snprintf(out, 96, "%llx:%llx:%lld:%lld.%09ld:%lld.%09ld", (unsigned long long)st.st_dev,
		         (unsigned long long)st.st_ino, (long long)st.st_size,
		         (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
		         (long long)st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
}

/* Whether the file at path has the content the manifest recorded for it
 * (e): by its stamp, else by digesting it. */
static int content_same(const char *path, const build_entry_t *e)
{
	char now[96];
	if (e->content[0] == '\0')
		return 0;
	file_stamp(path, now);
	if (strcmp(now, "-") != 0 && strcmp(now, e->stamp) == 0)
		return 1;
	char sum[65];
	return content_digest(path, sum) == 0 && strcmp(sum, e->content) == 0;
}

/* Removes a file the last build made (it is in the manifest); why says
 * why, for the summary. */
static void remove_made(build_plan_t *p, const char *file, const char *why, diag_t *d)
{
	char *path = paths_join(p->root, file);
	if (unlink(path) == 0) {
		p->removed = xgrow(p->removed, &p->capremoved, p->nremoved + 1, sizeof *p->removed);
		p->removed[p->nremoved++] = xasprintf("removed %s: %s", file, why);
	} else if (errno != ENOENT) {
		diag_add(d, DIAG_WARNING, path, 0, 0, NULL, "cannot remove it: %s", strerror(errno));
	}
	free(path);
}

static void item_compare(build_plan_t *p, build_item_t *it, diag_t *d)
{
	const build_entry_t *e = entry_find(p, it->file);
	if (it->not_compliant && p->opt->strict) {
		it->state = BUILD_WITHHELD;
		if (e)
			remove_made(p, it->file, "not compliant, and --strict", d);
		return;
	}
	it->state = BUILD_PENDING;
	if (e == NULL || p->opt->force || strcmp(e->digest, it->digest) != 0)
		return;
	char *path = paths_join(p->root, it->file);
	if (content_same(path, e)) {
		it->state = BUILD_UP_TO_DATE;
		it->pages = e->pages;
	}
	free(path);
}

void build_manifest_compare(build_plan_t *p, diag_t *d)
{
	manifest_load(p, d);
	p->old_by_file = file_refs(p->old, p->nold, sizeof *p->old, offsetof(build_entry_t, file));
	p->items_by_file = file_refs(p->items, p->n, sizeof *p->items, offsetof(build_item_t, file));
	p->elsewhere_by_file = file_refs(p->elsewhere, p->nelsewhere, sizeof *p->elsewhere, 0);
	for (size_t i = 0; i < p->n; i++)
		item_compare(p, &p->items[i], d);
	/* What the last build made and this one does not (a meeting deleted
	 * or no longer held) goes, unless a --term build keeps it: another
	 * term's minutes and packs, the yearly documents. */
	for (size_t i = 0; i < p->nold; i++)
		if (item_find(p, p->old[i].file) == NULL && !build_keeps(p, p->old[i].file))
			remove_made(p, p->old[i].file, "the records no longer call for it", d);
}

/* ---- saving ---- */

static void entry_put(buf_t *b, const char *digest, size_t pages, const char *content,
                      const char *stamp, const char *file)
{
	buf_printf(b, "%s %zu %s %s %s\n", digest, pages, content[0] ? content : "0", stamp, file);
}

/* A document of this build: made now or before; a failed one keeps its
 * last entry, so its earlier file is still known (and made again next
 * time, as its digest differs). */
static void item_put(const build_plan_t *p, buf_t *b, const build_item_t *it)
{
	if (it->state == BUILD_MADE || it->state == BUILD_UP_TO_DATE) {
		const build_entry_t *e = entry_find(p, it->file);
		char *path = paths_join(p->root, it->file);
		char content[65], stamp[96];
		file_stamp(path, stamp);
		if (it->state == BUILD_UP_TO_DATE && e)
			snprintf(content, sizeof content, "%s", e->content);   /* just compared */
		else if (content_digest(path, content) != 0)
			content[0] = '\0';
		if (content[0])
			entry_put(b, it->digest, it->pages, content, stamp, it->file);
		free(path);
		return;
	}
	const build_entry_t *e = entry_find(p, it->file);
	if (it->state == BUILD_FAILED && e)
		entry_put(b, e->digest, e->pages, e->content, e->stamp, e->file);
}

/* Whether the file at path holds exactly text. */
static int file_equals(const char *path, const char *text, size_t len)
{
	if (file_size(path) != (long long)len)
		return 0;
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return 0;
	char *have = xmalloc(len + 1);
	int same = fread(have, 1, len, f) == len && memcmp(have, text, len) == 0;
	free(have);
	fclose(f);
	return same;
}

int build_manifest_save(const build_plan_t *p, diag_t *d)
{
	buf_t b = BUF_INIT;
	buf_puts(&b, "# lpdoc build: what each document here was made from (SHA-256 of its\n"
	             "# records, stylesheets, logo and lpdoc), pages, SHA-256 of the file as\n"
	             "# made, its device:inode:size:time then, file. Do not edit.\n");
	for (size_t i = 0; i < p->n; i++)
		item_put(p, &b, &p->items[i]);
	for (size_t i = 0; i < p->nold; i++)
		if (item_find(p, p->old[i].file) == NULL && build_keeps(p, p->old[i].file))
			entry_put(&b, p->old[i].digest, p->old[i].pages, p->old[i].content,
			          p->old[i].stamp, p->old[i].file);
	char *path = paths_join(p->root, BUILD_MANIFEST);
	atomic_out_t out;
	int rc = 0;
	if (file_equals(path, buf_str(&b), b.len))
		;   /* nothing changed: the folder is left exactly as it was */
	else if ((rc = atomic_out_open(&out, path, d)) == 0) {
		fputs(buf_str(&b), out.fp);
		rc = atomic_out_commit(&out, d);
	}
	free(path);
	buf_free(&b);
	return rc;
}
