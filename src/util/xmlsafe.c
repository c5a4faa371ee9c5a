/* xmlsafe: see xmlsafe.h. */
#include "xmlsafe.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "xalloc.h"

typedef struct xml_safe_state {
	const char *name;
	diag_t *diag;
	int refused;              /* a DOCTYPE was seen */
	startElementNsSAX2Func start_element;
	/* The last start tag's column and absolute input offset, so the next
	 * column is counted from there: one long line (a generated file) must
	 * not make every tag rescan it from the line start. */
	int col_known;
	unsigned long col_offset;
	unsigned col;
} xml_safe_state_t;

/* Positions are packed into _private: line in the high half, column in
 * the low half, so no side table has to be kept beside the tree. */
#define POS_SHIFT 20
#define POS_COL_MASK ((uintptr_t)((1u << POS_SHIFT) - 1))

static void xml_node_set_pos(xmlNode *node, unsigned line, unsigned col)
{
	if (col > POS_COL_MASK)
		col = 0;
	node->_private = (void *)(((uintptr_t)line << POS_SHIFT) | col);
}

unsigned xml_node_line(const xmlNode *node)
{
	if (node == NULL)
		return 0;
	if (node->type == XML_ELEMENT_NODE && node->_private != NULL)
		return (unsigned)((uintptr_t)node->_private >> POS_SHIFT);
	return node->line;
}

unsigned xml_node_col(const xmlNode *node)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL)
		return 0;
	return (unsigned)((uintptr_t)node->_private & POS_COL_MASK);
}

/* The column of p (1-based, in characters): counted on from the previous
 * tag when it is still in the buffer, else from the start of p's line. */
static unsigned xml_safe_col(xml_safe_state_t *st, xmlParserInputPtr in, const xmlChar *p)
{
	unsigned long offset = in->consumed + (unsigned long)(p - in->base);
	const xmlChar *q;
	unsigned col;
	if (st->col_known && st->col_offset <= offset && st->col_offset >= in->consumed) {
		q = in->base + (st->col_offset - in->consumed);
		col = st->col;
	} else {
		q = p;
		while (q > in->base && q[-1] != '\n')
			q--;
		col = 1;
	}
	for (; q < p; q++) {
		if (*q == '\n')
			col = 1;
		else if ((*q & 0xC0) != 0x80)
			col++;
	}
	st->col_known = 1;
	st->col_offset = offset;
	st->col = col;
	return col;
}

/* libxml2 calls startElementNs once the start tag has been read: walk back
 * through the input to its '<' to learn where the tag began. */
static void xml_safe_start_element(void *ctx, const xmlChar *localname,
	const xmlChar *prefix, const xmlChar *uri, int nb_namespaces,
	const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
	const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	xml_safe_state_t *st = ctxt->_private;
	st->start_element(ctx, localname, prefix, uri, nb_namespaces, namespaces,
	                  nb_attributes, nb_defaulted, attributes);
	xmlNodePtr node = ctxt->node;
	xmlParserInputPtr in = ctxt->input;
	if (node == NULL || in == NULL || in->cur == NULL || in->base == NULL)
		return;
	const xmlChar *p = in->cur;
	unsigned newlines = 0;
	while (p > in->base && *p != '<') {
		if (*p == '\n')
			newlines++;
		p--;
	}
	if (*p != '<')
		return;
	unsigned col = xml_safe_col(st, in, p);
	unsigned line = (unsigned)in->line > newlines ? (unsigned)in->line - newlines : 1;
	xml_node_set_pos(node, line, col);
}

static void xml_safe_refuse_doctype(void *ctx, const xmlChar *name,
	const xmlChar *external_id, const xmlChar *system_id)
{
	(void)name; (void)external_id; (void)system_id;
	xmlParserCtxtPtr ctxt = ctx;
	xml_safe_state_t *st = ctxt->_private;
	if (!st->refused) {
		int line = ctxt->input ? ctxt->input->line : 0;
		diag_add(st->diag, DIAG_ERROR, st->name, (unsigned)line, 1, NULL,
		         "document type declarations (<!DOCTYPE ...>) are not allowed: "
		         "remove it; lpdoc never loads DTDs or entities");
	}
	st->refused = 1;
	xmlStopParser(ctxt);
}

static void xml_safe_error(void *user, xmlErrorPtr err)
{
	xmlParserCtxtPtr ctxt = user;
	xml_safe_state_t *st = ctxt->_private;
	if (st->refused || err == NULL)
		return;
	char *msg = xstrdup(err->message ? err->message : "malformed XML");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (strstr(msg, "Excessive depth") != NULL) {
		/* libxml2's own wording names a parser option users cannot set */
		free(msg);
		msg = xstrdup("elements are nested more than 256 deep; no lpdoc file needs "
		              "that: the file is probably damaged or generated wrongly");
	}
	if (strstr(msg, "too big") || strstr(msg, "too long") || strstr(msg, "huge")) {
		/* libxml2's limits on one node, which the file's limit hides */
		char *full = xasprintf("%s (lpdoc reads files of up to %zu MB, but a single comment, "
		                       "text, name or attribute value of at most %d MB)", msg,
		                       XML_SAFE_MAX_BYTES >> 20, XML_SAFE_MAX_NODE_MB);
		free(msg);
		msg = full;
	}
	diag_level_t level = err->level == XML_ERR_WARNING ? DIAG_WARNING : DIAG_ERROR;
	diag_add(st->diag, level, st->name, (unsigned)(err->line > 0 ? err->line : 0),
	         (unsigned)(err->int2 > 0 ? err->int2 : 0), NULL,
	         "not well-formed XML: %s", msg);
	free(msg);
}

/* A byte-order mark of UTF-16 (FF FE, FE FF), or an ASCII first
 * character with a zero byte beside it, as "<" is in UTF-16 without one. */
static int xml_safe_is_utf16(const char *data, size_t len)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len < 2)
		return 0;
	if ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))
		return 1;
	return (u[0] == 0 && u[1] != 0 && u[1] < 0x80) || (u[0] != 0 && u[0] < 0x80 && u[1] == 0);
}

xmlDocPtr xml_safe_read_memory(const char *data, size_t len, const char *name,
                               diag_t *d)
{
	if (len > XML_SAFE_MAX_BYTES) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL,
		         "file is %zu MB, larger than the %zu MB limit: split it into smaller files",
		         len >> 20, XML_SAFE_MAX_BYTES >> 20);
		return NULL;
	}
	if (len > INT32_MAX)
		return NULL;
	if (len == 0) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, "file is empty: expected an XML document");
		return NULL;
	}
	if (xml_safe_is_utf16(data, len)) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, "file is UTF-16 text: lpdoc reads UTF-8 "
		         "only; save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
		return NULL;
	}
	for (size_t i = 0; i < len; i++) {
		if (data[i] == '\0') {
			diag_add(d, DIAG_ERROR, name, 0, 0, NULL,
			         "file contains a NUL byte at offset %zu: it is not a text file", i);
			return NULL;
		}
	}
	xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(data, (int)len);
	if (ctxt == NULL) {
		diag_add(d, DIAG_FATAL, name, 0, 0, NULL, "cannot create an XML parser");
		return NULL;
	}
	xml_safe_state_t st = { .name = name, .diag = d };
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA |
	                  XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING);
	ctxt->_private = &st;
	ctxt->sax->internalSubset = xml_safe_refuse_doctype;
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->entityDecl = NULL;
	ctxt->sax->serror = xml_safe_error;
	ctxt->sax->error = NULL;
	ctxt->sax->warning = NULL;
	st.start_element = ctxt->sax->startElementNs;
	ctxt->sax->startElementNs = xml_safe_start_element;
	ctxt->userData = ctxt;
	ctxt->vctxt.error = NULL;
	ctxt->vctxt.warning = NULL;

	xmlParseDocument(ctxt);
	xmlDocPtr doc = ctxt->myDoc;
	int ok = ctxt->wellFormed && !st.refused && doc != NULL;
	if (!ok && !st.refused && diag_count(d, DIAG_ERROR) == 0)
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, "not well-formed XML");
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	if (!ok) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

char *file_read_all(const char *path, size_t limit, size_t *len, diag_t *d)
{
	int is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	FILE *fp = is_stdin ? stdin : fopen(path, "rb");
	if (fp == NULL) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, "cannot open: %s", strerror(errno));
		return NULL;
	}
	struct stat sb;
	if (!is_stdin && fstat(fileno(fp), &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			diag_add(d, DIAG_ERROR, name, 0, 0, NULL, "is a directory, not a file");
			fclose(fp);
			return NULL;
		}
		if ((size_t)sb.st_size > limit) {
			diag_add(d, DIAG_ERROR, name, 0, 0, NULL,
			         "file is %lld MB, larger than the %zu MB limit: split it into smaller files",
			         (long long)sb.st_size >> 20, limit >> 20);
			fclose(fp);
			return NULL;
		}
	}
	size_t cap = 0, n = 0;
	char *data = NULL;
	for (;;) {
		data = xgrow(data, &cap, n + 65536 + 1, 1);
		size_t got = fread(data + n, 1, cap - n - 1, fp);
		n += got;
		if (n > limit) {
			diag_add(d, DIAG_ERROR, name, 0, 0, NULL,
			         "input is larger than the %zu MB limit", limit >> 20);
			free(data);
			if (!is_stdin)
				fclose(fp);
			return NULL;
		}
		if (got == 0)
			break;
	}
	int failed = ferror(fp);
	if (!is_stdin)
		fclose(fp);
	if (failed) {
		diag_add(d, DIAG_ERROR, name, 0, 0, NULL, "read error");
		free(data);
		return NULL;
	}
	data[n] = '\0';
	*len = n;
	return data;
}

xmlDocPtr xml_safe_read_file(const char *path, const char *name, diag_t *d)
{
	if (name == NULL)
		name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	size_t len = 0;
	char *data = file_read_all(path, XML_SAFE_MAX_BYTES, &len, d);
	if (data == NULL)
		return NULL;
	xmlDocPtr doc = xml_safe_read_memory(data, len, name, d);
	free(data);
	return doc;
}
