/* doc: view -> XSLT -> FO -> PDF (see doc.h). */
#include "doc.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/xmlsave.h>

#include "../style/style.h"
#include "../util/atomic.h"
#include "../util/paths.h"
#include "../util/xalloc.h"

struct doc {
	style_t *style;
	fo_fonts_t *fonts;       /* loaded at the first PDF, by this process */
	pid_t fonts_pid;
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
	doc_t *doc = xcalloc(1, sizeof *doc);  /* no fonts until the first PDF */
	doc->style = s;
	return doc;
}

void doc_close(doc_t *doc)
{
	if (doc == NULL)
		return;
	style_free(doc->style);
	if (doc->fonts != NULL && doc->fonts_pid == getpid())
		fo_fonts_free(doc->fonts);
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

/* What the stylesheets may use beyond the engine's core: everything when
 * the FO is written out for any processor; for lpdoc's own engine, what
 * its header says it has (FO_HAS_BOOKMARKS, FO_HAS_GRAPHICS), so the
 * PDF is never short of something silently. */
static const char *feature(int fo_only, int engine_has)
{
	return fo_only || engine_has ? "yes" : "no";
}

#ifdef FO_HAS_BOOKMARKS
#define DOC_ENGINE_BOOKMARKS 1
#else
#define DOC_ENGINE_BOOKMARKS 0
#endif
#ifdef FO_HAS_GRAPHICS
#define DOC_ENGINE_GRAPHICS 1
#else
#define DOC_ENGINE_GRAPHICS 0
#endif

/* params followed by the feature parameters, NULL-terminated. */
static const char **doc_params(const char *const *params, int fo_only)
{
	size_t n = 0;
	while (params && params[n])
		n++;
	const char **all = xcalloc(n + 5, sizeof *all);
	for (size_t i = 0; i < n; i++)
		all[i] = params[i];
	all[n++] = "bookmarks";
	all[n++] = feature(fo_only, DOC_ENGINE_BOOKMARKS);
	all[n++] = "graphics";
	all[n++] = feature(fo_only, DOC_ENGINE_GRAPHICS);
	return all;
}

/* The doc's fonts, loaded once per process: a worker forked from a
 * process that already has them loads its own, since font files opened
 * before fork() share their read positions.  A loader, or NULL when the
 * fonts are there already. */
static fo_fonts_loader_t *doc_fonts_start(doc_t *doc)
{
	if (doc->fonts != NULL && doc->fonts_pid != getpid())
		doc->fonts = NULL;       /* the parent's; it frees them */
	return doc->fonts ? NULL : fo_fonts_load_start();
}

/* Waits for loader (NULL: nothing to wait for); d NULL: no message. */
static void doc_fonts_finish(doc_t *doc, fo_fonts_loader_t *loader, diag_t *d)
{
	if (loader == NULL)
		return;
	doc->fonts = fo_fonts_load_finish(loader, d);
	doc->fonts_pid = getpid();
}

static int doc_render(doc_t *doc, fo_fonts_loader_t *loader, xmlDocPtr fo, const char *name,
                      const char *out_path, const doc_options_t *opt, diag_t *d,
                      fo_stats_t *stats)
{
	doc_fonts_finish(doc, loader, d);
	if (doc->fonts == NULL)
		return -1;
	fo_options_t fo_opt = opt->fo;
	fo_opt.fonts = doc->fonts;
	return fo_render_doc(fo, name, &fo_opt, out_path, d, stats);
}

int doc_write(doc_t *doc, xmlDocPtr view, const char *const *params, const char *name,
              const char *out_path, const doc_options_t *opt, diag_t *d, fo_stats_t *stats)
{
	const char **all = doc_params(params, opt->fo_only);
	/* The first PDF's fonts load while the stylesheet runs. */
	fo_fonts_loader_t *loader = opt->fo_only ? NULL : doc_fonts_start(doc);
	xmlDocPtr fo = style_apply(doc->style, view, all, d);
	free(all);
	if (fo == NULL) {
		doc_fonts_finish(doc, loader, NULL);  /* for the next document */
		return -1;
	}
	int rc = opt->fo_only ? doc_save_xml(fo, out_path, d)
	                      : doc_render(doc, loader, fo, name, out_path, opt, d, stats);
	xmlFreeDoc(fo);
	return rc;
}

/* Latin-1 letters (U+00C0..U+00FF, "\xC3\x80".."\xC3\xBF" in UTF-8) as
 * the ASCII they are read as; "-" for the two signs among them. */
static const char *const latin1_ascii[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "y",
};

/* The slug text for the character at *p, advancing *p: a letter or
 * digit, "-" for anything else, "" for an apostrophe (', U+2019), which
 * is dropped ("St Mary's" -> "st-marys").  ascii is scratch space. */
static const char *stem_next(const unsigned char **p, char ascii[2])
{
	const unsigned char *s = *p;
	if (s[0] == '\'') {
		*p += 1;
		return "";
	}
	if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) {
		*p += 3;
		return "";
	}
	if (s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0xBF) {
		*p += 2;
		return latin1_ascii[s[1] - 0x80];
	}
	*p += 1;
	ascii[1] = '\0';
	if (s[0] >= 'A' && s[0] <= 'Z')
		ascii[0] = (char)(s[0] - 'A' + 'a');
	else if ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9'))
		ascii[0] = (char)s[0];
	else
		ascii[0] = '-';
	return ascii;
}

/* Appends the slug of name to out (room for max + 2 more bytes). */
static void stem_put_slug(char *out, size_t *len, const char *name, size_t max)
{
	int dash = 1;   /* no leading '-' */
	size_t start = *len;
	const unsigned char *p = (const unsigned char *)name;
	char ascii[2];
	while (*p && *len - start < max) {
		const char *piece = stem_next(&p, ascii);
		if (strcmp(piece, "-") == 0) {
			if (!dash)
				out[(*len)++] = '-';
			dash = 1;
			continue;
		}
		for (; *piece; piece++) {
			out[(*len)++] = *piece;
			dash = 0;
		}
	}
	while (*len > start && out[*len - 1] == '-')
		(*len)--;
}

char *doc_file_stem(const char *key, const char *name)
{
	/* A piece is never longer than the bytes it replaces, and a slug
	 * overshoots its limit by at most one piece (2 bytes). */
	size_t keylen = key ? strlen(key) : 0;
	char *out = xmalloc(keylen + 1 + 60 + 2 + 1);
	size_t len = 0;
	stem_put_slug(out, &len, key ? key : "", keylen);
	if (name && len > 0)
		out[len++] = '-';
	size_t before = len;
	stem_put_slug(out, &len, name ? name : "", 60);
	if (name && len == before && before > 0)
		len--;   /* the name had nothing usable: drop the '-' */
	if (len == 0)
		out[len++] = 'x';
	out[len] = '\0';
	return out;
}
