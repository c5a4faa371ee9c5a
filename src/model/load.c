/* load: reads a partnership folder into a model (see model.h).
 *
 * Three passes: every file is parsed and validated (all files, so that
 * one run reports everything); each valid file is built; then, only when
 * every file was valid, references are resolved — resolving against a
 * file that could not be read would only add false "unknown id" errors. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>

#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "internal.h"

typedef struct record_kind {
	const char *name;        /* file name without .xml, and the schema's name */
	const char *root;        /* expected root element */
	int required;
	void (*build)(model_ctx_t *, xmlNode *);   /* NULL: records reads it */
	const model_file_records_t *records;
} record_kind_t;

/* In build order: the agreement first, so files after it can cite it. */
static const record_kind_t record_kinds[] = {
	{ "partnership", "partnership", 1, model_partnership_read, NULL },
	{ "members", "members", 1, NULL, &model_members_records },
	{ "people", "people", 1, NULL, &model_people_records },
	{ "calendar", "calendar", 1, NULL, &model_calendar_records },
	{ "meetings", "meetings", 0, NULL, &model_meetings_records },
	{ "finance", "finance", 0, NULL, &model_finance_records },
	{ "performance", "performance", 0, NULL, &model_performance_records },
	{ "plans", "plans", 0, NULL, &model_plans_records },
};
#define NKINDS (sizeof record_kinds / sizeof record_kinds[0])

typedef struct record_file {
	const record_kind_t *kind;
	char *path;              /* in the arena: what messages call it */
	xmlDocPtr doc;           /* NULL when unreadable or invalid */
} record_file_t;

typedef struct load_state {
	model_t *m;
	diag_t *d;
	model_schemas_t *schemas;
	record_file_t *files;
	size_t nfiles;
	int failed;
} load_state_t;

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .xml files of dir, sorted by name; NULL when dir cannot be read. */
static char **xml_files(const char *dir, size_t *n)
{
	DIR *dp = opendir(dir);
	*n = 0;
	if (dp == NULL)
		return NULL;
	char **names = NULL;
	size_t cap = 0;
	for (struct dirent *de; (de = readdir(dp)) != NULL;) {
		size_t len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 5 || strcmp(de->d_name + len - 4, ".xml") != 0)
			continue;
		names = xgrow(names, &cap, *n + 1, sizeof *names);
		names[(*n)++] = xstrdup(de->d_name);
	}
	closedir(dp);
	if (*n > 1)
		qsort(names, *n, sizeof *names, name_cmp);
	return names;
}

static void load_file(load_state_t *st, const record_kind_t *kind, const char *path)
{
	record_file_t f = { kind, arena_strdup(st->m->arena, path), NULL };
	xmlDocPtr doc = xml_safe_read_file(path, f.path, st->d);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (doc && (root == NULL || strcmp((const char *)root->name, kind->root) != 0)) {
		model_report(st->d, f.path, xml_node_line(root), xml_node_col(root), MODEL_MSG_WRONG_ROOT,
		             root ? (const char *)root->name : "", kind->root, kind->name);
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc && model_schema_validate(st->schemas, kind->name, doc, f.path, st->d) != 0) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc == NULL)
		st->failed = 1;
	f.doc = doc;
	ARENA_PUSH(st->m->arena, st->files, st->nfiles, f);
}

static void load_meetings_dir(load_state_t *st, const record_kind_t *kind, const char *dir)
{
	char *sub = paths_join(dir, "meetings");
	if (paths_is_dir(sub)) {
		size_t n = 0;
		char **names = xml_files(sub, &n);
		for (size_t i = 0; i < n; i++) {
			char *path = paths_join(sub, names[i]);
			load_file(st, kind, path);
			free(path);
			free(names[i]);
		}
		free(names);
	}
	free(sub);
}

static int is_record_name(const char *file)
{
	for (size_t k = 0; k < NKINDS; k++) {
		size_t len = strlen(record_kinds[k].name);
		if (strncmp(file, record_kinds[k].name, len) == 0 && strcmp(file + len, ".xml") == 0)
			return 1;
	}
	return 0;
}

/* Files that look like records but are not read: probably a typo. */
static void warn_unknown_files(load_state_t *st, const char *dir)
{
	size_t n = 0;
	char **names = xml_files(dir, &n);
	for (size_t i = 0; i < n; i++) {
		if (!is_record_name(names[i])) {
			char *path = paths_join(dir, names[i]);
			model_report(st->d, path, 0, 0, MODEL_MSG_NOT_A_RECORD_FILE);
			free(path);
		}
		free(names[i]);
	}
	free(names);
}

static void load_all(load_state_t *st, const char *dir)
{
	for (size_t k = 0; k < NKINDS; k++) {
		const record_kind_t *kind = &record_kinds[k];
		char *name = xasprintf("%s.xml", kind->name);
		char *path = paths_join(dir, name);
		free(name);
		if (paths_is_file(path)) {
			load_file(st, kind, path);
		} else if (kind->required) {
			model_report(st->d, path, 0, 0, MODEL_MSG_FILE_MISSING, kind->name);
			st->failed = 1;
		}
		free(path);
		if (strcmp(kind->name, "meetings") == 0)
			load_meetings_dir(st, kind, dir);
	}
	warn_unknown_files(st, dir);
}

static model_t *model_new(void)
{
	model_t *m = xcalloc(1, sizeof *m);
	m->arena = arena_new();
	for (int k = 0; k < MODEL_ID_KIND_COUNT; k++)
		m->ids[k] = idmap_new();
	return m;
}

void model_free(model_t *m)
{
	if (m == NULL)
		return;
	for (int k = 0; k < MODEL_ID_KIND_COUNT; k++)
		idmap_free(m->ids[k]);
	arena_free(m->arena);
	free(m);
}

model_t *model_load(const char *dir, diag_t *d)
{
	if (!paths_is_dir(dir)) {
		model_report(d, dir, 0, 0, MODEL_MSG_NOT_A_FOLDER);
		return NULL;
	}
	model_t *m = model_new();
	size_t errors_before = diag_count(d, DIAG_ERROR) + diag_count(d, DIAG_FATAL);
	load_state_t st = { m, d, model_schemas_new(), NULL, 0, 0 };
	m->r.dir = arena_strdup(m->arena, dir);   /* before the records: the logo's folder */
	load_all(&st, dir);
	for (size_t i = 0; i < st.nfiles; i++) {
		record_file_t *f = &st.files[i];
		if (f->doc == NULL)
			continue;
		ARENA_PUSH(m->arena, m->r.files, m->r.nfiles, f->path);
		model_ctx_t c = { m, m->arena, d, f->path };
		xmlNode *root = xmlDocGetRootElement(f->doc);
		if (f->kind->build)
			f->kind->build(&c, root);
		else
			model_ctx_children(&c, root, &m->r, f->kind->records->rows, f->kind->records->nrows);
		xmlFreeDoc(f->doc);
		f->doc = NULL;
	}
	model_schemas_free(st.schemas);
	if (!st.failed)
		model_resolve(m, d);
	if (st.failed || diag_count(d, DIAG_ERROR) + diag_count(d, DIAG_FATAL) > errors_before) {
		model_free(m);
		return NULL;
	}
	return m;
}

const model_records_t *model_records(const model_t *m)
{
	return &m->r;
}

size_t model_bytes(const model_t *m)
{
	return arena_bytes(m->arena);
}
