/* doc: view -> XSLT -> FO -> PDF (see doc.h). */
#include "doc.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/xmlsave.h>

#include "../style/style.h"
#include "../util/atomic.h"
#include "../util/paths.h"
#include "../util/xalloc.h"

struct doc {
	style_t *style;
};

void doc_options_init(doc_options_t *opt)
{
	memset(opt, 0, sizeof *opt);
	fo_options_init(&opt->fo);
}

doc_t *doc_open(const char *stylesheet, const char *data_dir, diag_t *d)
{
	style_init();
	char *rel = xasprintf("stylesheets/%s", stylesheet);
	char *path = paths_data_file(rel);
	free(rel);
	const char *roots[] = { data_dir, NULL };
	style_t *s = style_load(path, data_dir ? roots : NULL, d);
	free(path);
	if (s == NULL)
		return NULL;
	doc_t *doc = xmalloc(sizeof *doc);
	doc->style = s;
	return doc;
}

void doc_close(doc_t *doc)
{
	if (doc == NULL)
		return;
	style_free(doc->style);
	free(doc);
}

int doc_save_xml(xmlDocPtr fo, const char *out_path, diag_t *d)
{
	xmlChar *text = NULL;
	int len = 0;
	xmlDocDumpFormatMemoryEnc(fo, &text, &len, "UTF-8", 1);
	if (text == NULL) {
		diag_add(d, DIAG_FATAL, out_path, 0, 0, NULL, "cannot serialise the document");
		return -1;
	}
	atomic_out_t out;
	int rc = atomic_out_open(&out, out_path, d);
	if (rc == 0) {
		fwrite(text, 1, (size_t)len, out.fp);
		rc = atomic_out_commit(&out, d);
	}
	xmlFree(text);
	return rc;
}

int doc_write(doc_t *doc, xmlDocPtr view, const char *const *params, const char *name,
              const char *out_path, const doc_options_t *opt, diag_t *d, fo_stats_t *stats)
{
	xmlDocPtr fo = style_apply(doc->style, view, params, d);
	if (fo == NULL)
		return -1;
	int rc = opt->fo_only ? doc_save_xml(fo, out_path, d)
	                      : fo_render_doc(fo, name, &opt->fo, out_path, d, stats);
	xmlFreeDoc(fo);
	return rc;
}

static void stem_put_slug(char *out, size_t *len, const char *name, size_t max)
{
	int dash = 1;   /* no leading '-' */
	size_t start = *len;
	for (const unsigned char *p = (const unsigned char *)name; *p && *len - start < max; p++) {
		unsigned char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			out[(*len)++] = (char)c;
			dash = 0;
		} else if (!dash) {
			out[(*len)++] = '-';
			dash = 1;
		}
	}
	while (*len > start && out[*len - 1] == '-')
		(*len)--;
}

char *doc_file_stem(const char *key, const char *name)
{
	size_t cap = (key ? strlen(key) : 0) + 64;
	char *out = xmalloc(cap + 1);
	size_t len = 0;
	stem_put_slug(out, &len, key ? key : "", cap - 62);
	if (name && len > 0)
		out[len++] = '-';
	size_t before = len;
	stem_put_slug(out, &len, name ? name : "", 60);
	if (len == before && before > 0)
		len--;   /* the name had nothing usable: drop the '-' */
	if (len == 0)
		out[len++] = 'x';
	out[len] = '\0';
	return out;
}
