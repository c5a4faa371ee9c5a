/* style: see style.h. */
#include "style.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"

struct style {
	xsltStylesheetPtr sheet;
	char *path;
	char **roots;          /* real paths of folders that may be read */
	size_t nroots;
};

/* What the error handlers need while libxslt runs. */
typedef struct style_run {
	style_t *style;
	diag_t *diag;
	buf_t pending;         /* libxslt reports messages in pieces */
	char *where_file;      /* from a "runtime error: file F line N" line, */
	unsigned where_line;   /* which describes the message that follows */
} style_run_t;

static xsltDocLoaderFunc style_default_loader;
static xmlExternalEntityLoader style_default_entity_loader;

/* 1 when the real path of file lies inside root (a real path). */
static int style_path_inside(const char *file, const char *root)
{
	size_t n = strlen(root);
	return strncmp(file, root, n) == 0 && (file[n] == '/' || file[n] == '\0');
}

/* Resolves URI to a real local path, or NULL when it is not a local file
 * (network schemes are never local). */
static char *style_local_path(const char *uri)
{
	if (strncmp(uri, "file://", 7) == 0)
		uri += 7;
	else if (strstr(uri, "://") != NULL)
		return NULL;
	char real[PATH_MAX];
	if (realpath(uri, real) == NULL)
		return NULL;
	return xstrdup(real);
}

static int style_allows(const style_t *s, const char *real)
{
	for (size_t i = 0; i < s->nroots; i++)
		if (style_path_inside(real, s->roots[i]))
			return 1;
	return 0;
}

/* A document() that names a file outside the allowed folders stops the
 * transformation with an error naming it: a customised stylesheet that
 * reads elsewhere must not quietly get an empty node-set and a document. */
static void style_refuse_read(xsltTransformContextPtr tctxt, const char *uri)
{
	xsltTransformError(tctxt, NULL, tctxt->inst,
	                   "document('%s') refused: a stylesheet may read only files in its "
	                   "own folder and in the records' folder\n", uri);
	tctxt->state = XSLT_STATE_STOPPED;
}

static xmlDocPtr style_locked_loader(const xmlChar *uri, xmlDictPtr dict,
                                     int options, void *ctxt, xsltLoadType type)
{
	char *real = style_local_path((const char *)uri);
	if (real == NULL)
		return NULL;
	const style_t *s = NULL;
	if (type == XSLT_LOAD_DOCUMENT && ctxt != NULL) {
		style_run_t *run = ((xsltTransformContextPtr)ctxt)->_private;
		s = run ? run->style : NULL;
	} else if (type == XSLT_LOAD_STYLESHEET && ctxt != NULL) {
		xsltStylesheetPtr parent = ctxt;
		while (parent->parent != NULL)
			parent = parent->parent;
		s = parent->_private;
	}
	/* The first stylesheet was checked by style_load(); everything it
	 * pulls in must stay inside the allowed folders. */
	if (type != XSLT_LOAD_START && (s == NULL || !style_allows(s, real))) {
		if (type == XSLT_LOAD_DOCUMENT && ctxt != NULL)
			style_refuse_read(ctxt, (const char *)uri);
		free(real);
		return NULL;
	}
	options &= ~(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR);
	options |= XML_PARSE_NONET;
	xmlDocPtr doc = style_default_loader((const xmlChar *)real, dict, options,
	                                     ctxt, type);
	free(real);
	return doc;
}

/* libxml2 opens a document itself through the entity loader, with no
 * input yet on its parser; anything loaded once parsing has begun is an
 * external entity or DTD, and those are never fetched, nor is anything
 * from the network. */
static xmlParserInputPtr style_refuse_entity(const char *url, const char *id,
                                             xmlParserCtxtPtr ctxt)
{
	if (url == NULL || (ctxt != NULL && ctxt->inputNr > 0))
		return NULL;
	if (strstr(url, "://") != NULL && strncmp(url, "file://", 7) != 0)
		return NULL;
	return style_default_entity_loader(url, id, ctxt);
}

void style_init(void)
{
	if (style_default_loader == NULL)
		style_default_loader = xsltDocDefaultLoader;
	if (style_default_entity_loader == NULL)
		style_default_entity_loader = xmlGetExternalEntityLoader();
	xsltSetLoaderFunc(style_locked_loader);
	xmlSetExternalEntityLoader(style_refuse_entity);
	exsltRegisterAll();
}

/* libxslt announces an error's place on a line of its own,
 * "runtime error: file F line N element E", before the message itself. */
static int style_take_location(style_run_t *run, const char *msg)
{
	const char *p = strstr(msg, "error: file ");
	if (p == NULL)
		return 0;
	p += strlen("error: file ");
	const char *sp = strstr(p, " line ");
	if (sp == NULL)
		return 0;
	free(run->where_file);
	run->where_file = xstrndup(p, (size_t)(sp - p));
	run->where_line = (unsigned)strtoul(sp + 6, NULL, 10);
	return 1;
}

static void style_flush_pending(style_run_t *run, xsltTransformContextPtr tctxt)
{
	if (run->pending.len == 0)
		return;
	char *msg = buf_take(&run->pending);
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (style_take_location(run, msg)) {
		free(msg);
		return;
	}
	const char *file = run->where_file ? run->where_file : run->style->path;
	unsigned line = run->where_line;
	if (run->where_file == NULL && tctxt && tctxt->inst)
		line = (unsigned)xmlGetLineNo(tctxt->inst);
	diag_level_t level = run->where_file || strstr(msg, "error") ? DIAG_ERROR : DIAG_WARNING;
	diag_add(run->diag, level, file, line, 0, NULL, "%s", msg);
	free(run->where_file);
	run->where_file = NULL;
	run->where_line = 0;
	free(msg);
}

static void style_run_done(style_run_t *run, xsltTransformContextPtr tctxt)
{
	style_flush_pending(run, tctxt);
	free(run->where_file);
	buf_free(&run->pending);
}

/* libxslt's generic error callback receives printf fragments; collect
 * them into whole lines before reporting. */
static void style_error(void *ctx, const char *fmt, ...)
{
	style_run_t *run = ctx;
	char piece[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(piece, sizeof piece, fmt, ap);
	va_end(ap);
	buf_puts(&run->pending, piece);
	if (strchr(piece, '\n') != NULL)
		style_flush_pending(run, NULL);
}

static char *style_real_dir(const char *path)
{
	char real[PATH_MAX];
	if (realpath(path, real) == NULL)
		return NULL;
	return paths_is_dir(real) ? xstrdup(real) : paths_dirname(real);
}

static void style_add_root(style_t *s, const char *path)
{
	char *dir = style_real_dir(path);
	if (dir == NULL)
		return;
	s->roots = xrealloc(s->roots, (s->nroots + 1) * sizeof *s->roots);
	s->roots[s->nroots++] = dir;
}

style_t *style_load(const char *path, const char *const *read_roots, diag_t *d)
{
	if (!paths_is_file(path)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, "stylesheet not found");
		return NULL;
	}
	style_t *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	style_add_root(s, path);
	for (size_t i = 0; read_roots && read_roots[i]; i++)
		style_add_root(s, read_roots[i]);

	style_run_t run = { s, d, BUF_INIT, NULL, 0 };
	xsltSetGenericErrorFunc(&run, style_error);
	xmlSetGenericErrorFunc(&run, style_error);
	xmlDocPtr doc = xsltDocDefaultLoader((const xmlChar *)path, NULL,
	                                     XSLT_PARSE_OPTIONS, NULL, XSLT_LOAD_START);
	if (doc != NULL) {
		s->sheet = xsltNewStylesheet();
		if (s->sheet) {
			s->sheet->_private = s;
			/* On failure libxslt detaches the document but leaves it
			 * to us to free. */
			if (xsltParseStylesheetUser(s->sheet, doc) != 0) {
				xsltFreeStylesheet(s->sheet);
				xmlFreeDoc(doc);
				s->sheet = NULL;
			}
		} else {
			xmlFreeDoc(doc);
		}
	}
	style_run_done(&run, NULL);
	xsltSetGenericErrorFunc(NULL, NULL);
	xmlSetGenericErrorFunc(NULL, NULL);
	if (s->sheet == NULL || s->sheet->errors > 0) {
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL,
		         "the stylesheet could not be compiled");
		style_free(s);
		return NULL;
	}
	return s;
}

static xsltSecurityPrefsPtr style_security_new(void)
{
	xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	return sec;
}

xmlDocPtr style_apply(style_t *s, xmlDocPtr view, const char *const *params,
                      diag_t *d)
{
	xsltTransformContextPtr tctxt = xsltNewTransformContext(s->sheet, view);
	if (tctxt == NULL) {
		diag_add(d, DIAG_FATAL, s->path, 0, 0, NULL, "cannot start the transformation");
		return NULL;
	}
	style_run_t run = { s, d, BUF_INIT, NULL, 0 };
	tctxt->_private = &run;
	xsltSecurityPrefsPtr sec = style_security_new();
	xsltSetCtxtSecurityPrefs(sec, tctxt);
	xsltSetTransformErrorFunc(tctxt, &run, style_error);
	xmlSetGenericErrorFunc(&run, style_error);
	for (size_t i = 0; params && params[i] && params[i + 1]; i += 2)
		xsltQuoteOneUserParam(tctxt, (const xmlChar *)params[i],
		                      (const xmlChar *)params[i + 1]);
	xmlDocPtr out = xsltApplyStylesheetUser(s->sheet, view, NULL, NULL, NULL, tctxt);
	style_run_done(&run, tctxt);
	int failed = tctxt->state != XSLT_STATE_OK;
	xmlSetGenericErrorFunc(NULL, NULL);
	xsltFreeTransformContext(tctxt);
	xsltFreeSecurityPrefs(sec);
	if (failed || out == NULL) {
		xmlFreeDoc(out);
		diag_add(d, DIAG_ERROR, s->path, 0, 0, NULL,
		         "the stylesheet stopped with an error; no document was produced");
		return NULL;
	}
	return out;
}

void style_free(style_t *s)
{
	if (s == NULL)
		return;
	if (s->sheet)
		xsltFreeStylesheet(s->sheet);
	xfree_strings(s->roots, s->nroots);
	free(s->path);
	free(s);
}
