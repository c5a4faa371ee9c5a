/*
 * fo_msg: the one table of every message the FO engine can print: rows of
 * diag_row_t (diag.h), as in check/check_msg.h, in the families
 * "structure", "properties", "content" and "output".  docs/diagnostics.md
 * documents each row (tests/unit/test_check_msgs.c).  Like the rest of
 * fo/ it depends only on util/.
 */
#ifndef LPDOC_FO_FO_MSG_H
#define LPDOC_FO_FO_MSG_H

#include "../util/diag.h"

/* X(ID, LEVEL, FAMILY, "short-name", "argument names", "format") */
#define FO_MESSAGES(X) \
	/* the FO tree and its page masters */ \
	X(NOT_ROOT, ERROR, "structure", "not-fo-root", "namespace", \
	  "the document element is not fo:root (namespace %s)") \
	X(NO_LAYOUT_MASTER_SET, ERROR, "structure", "no-layout-master-set", "", \
	  "fo:root has no fo:layout-master-set") \
	X(NO_PAGE_SEQUENCE, ERROR, "structure", "no-page-sequence", "", \
	  "fo:root has no fo:page-sequence: there is nothing to render") \
	X(MASTER_NO_NAME, ERROR, "structure", "master-no-name", "", \
	  "fo:simple-page-master needs a master-name") \
	X(PAGE_SIZE_ZERO, ERROR, "structure", "page-size-zero", "", \
	  "page-width and page-height must be greater than zero (the page would have no area); A4 is 210mm by 297mm") \
	X(MASTER_NO_REGION_BODY, ERROR, "structure", "master-no-region-body", "master", \
	  "fo:simple-page-master '%s' has no fo:region-body") \
	X(REGION_NAME_SHARED, ERROR, "structure", "region-name-shared", "name kind other", \
	  "region-name '%s' names both %s and %s: give each kind of region a name of its own") \
	X(MASTER_UNKNOWN, ERROR, "structure", "master-unknown", "master", \
	  "master-reference '%s' names no fo:simple-page-master: define it in fo:layout-master-set") \
	X(ALTERNATIVES_EMPTY, ERROR, "structure", "alternatives-empty", "master", \
	  "fo:repeatable-page-master-alternatives in '%s' has no fo:conditional-page-master-reference: give it at least one") \
	X(SEQUENCE_MASTER_EMPTY, ERROR, "structure", "sequence-master-empty", "master", \
	  "fo:page-sequence-master '%s' has no page master references") \
	X(SEQUENCE_MASTER_UNKNOWN, ERROR, "structure", "sequence-master-unknown", "master", \
	  "master-reference '%s' names no fo:simple-page-master or fo:page-sequence-master: define it in fo:layout-master-set") \
	X(SECOND_FLOW, ERROR, "structure", "second-flow", "", \
	  "fo:page-sequence has a second fo:flow") \
	X(NO_FLOW, ERROR, "structure", "no-flow", "", \
	  "fo:page-sequence has no fo:flow: add <fo:flow flow-name=\"xsl-region-body\"> with the content") \
	X(DUPLICATE_ID, ERROR, "structure", "id-used-twice", "id line", \
	  "id '%s' is already used at line %u: ids must be unique") \
	X(ELEMENT_UNSUPPORTED, WARNING, "structure", "element-unsupported", "element", \
	  "fo:%s is not supported by lpdoc yet; its content is left out") \
	X(ELEMENT_UNKNOWN, WARNING, "structure", "element-unknown", "element", \
	  "unknown element fo:%s; it and its content are left out") \
	X(ELEMENT_MISPLACED, WARNING, "structure", "element-misplaced", "element", \
	  "fo:%s is not allowed here; it is left out") \
	X(ELEMENT_FOREIGN, WARNING, "structure", "element-foreign", "element", \
	  "element '%s' from another namespace is left out") \
	X(FOX_UNSUPPORTED, WARNING, "structure", "fox-unsupported", "element", \
	  "fox:%s is an Apache FOP extension lpdoc does not support; it is left out") \
	X(TEXT_MISPLACED, WARNING, "structure", "text-misplaced", "element", \
	  "text directly inside fo:%s is left out: put it in an fo:block") \
	X(ROLE_UNKNOWN, WARNING, "structure", "role-unknown", "role", \
	  "role '%s' is not a PDF structure type (H1 to H6, P, Sect, Caption, BlockQuote, ...); the object is tagged by its kind instead") \
	/* properties */ \
	X(PROPERTY_UNSUPPORTED, WARNING, "properties", "property-unsupported", "property element", \
	  "property '%s' on fo:%s is not supported by lpdoc; ignored") \
	X(VALUE_INVALID, WARNING, "properties", "value-invalid", "value property", \
	  "invalid value '%s' for property '%s'; ignored") \
	X(VALUE_OUT_OF_RANGE, ERROR, "properties", "value-out-of-range", "value property", \
	  "value '%s' for property '%s' is out of range: lengths are limited to 200 inches (14400pt), the largest PDF page, and factors to 1000") \
	X(VALUE_UNSUPPORTED, WARNING, "properties", "value-unsupported", "property value", \
	  "%s=\"%s\" is not supported yet; ignored") \
	X(LENGTH_OUT_OF_RANGE, ERROR, "properties", "length-out-of-range", "property value", \
	  "%s='%s' is out of range: lengths are limited to 200 inches (14400pt), the largest PDF page") \
	X(LENGTH_INVALID, WARNING, "properties", "length-invalid", "value property", \
	  "invalid length '%s' for %s; using the default") \
	X(INITIAL_PAGE_NUMBER, WARNING, "properties", "initial-page-number-invalid", "value", \
	  "invalid initial-page-number '%s'; using auto") \
	X(COLUMN_COUNT, WARNING, "properties", "column-count-invalid", "value", \
	  "column-count=\"%s\" is not a whole number from 1 to 100; one column is used") \
	X(WRITING_MODE, WARNING, "properties", "writing-mode-unsupported", "property value", \
	  "%s=\"%s\" is not supported; lr-tb without rotation is used") \
	X(WRITING_MODE_IGNORED, WARNING, "properties", "writing-mode-ignored", "element value", \
	  "fo:%s takes no writing-mode (fo:root, page-sequences, flows, page masters, regions, tables and containers do): \"%s\" is ignored") \
	X(RETAIN, WARNING, "properties", "retain-unsupported", "property", \
	  "%s=\"retain\" is not supported yet: borders and padding are left out where a block breaks across pages") \
	X(INLINE_BORDER, WARNING, "properties", "inline-border-unsupported", "element", \
	  "borders and padding on fo:%s are not supported; ignored") \
	X(FONT_FAMILY, WARNING, "properties", "font-family-unavailable", "family used", \
	  "font family '%s' is not available; using '%s' (lpdoc bundles Liberation Sans, Serif and Mono)") \
	/* content: text, images, links */ \
	X(CHAR_NO_GLYPH, WARNING, "content", "char-no-glyph", "char", \
	  "no font lpdoc uses has the character %s: it prints as an empty box") \
	X(HYPHENATE_NO_LANGUAGE, WARNING, "content", "hyphenate-no-language", "", \
	  "hyphenate=\"true\" without a language: set language or xml:lang (e.g. \"en-GB\") to hyphenate") \
	X(HYPHENATION_PATTERNS_MISSING, WARNING, "content", "hyphenation-patterns-missing", "language folder", \
	  "no hyphenation patterns for language %s in %s; its words are not hyphenated") \
	X(IMAGE_UNREADABLE, WARNING, "content", "image-unreadable", "image path", \
	  "cannot read the image '%s' (looked for %s): give a PNG, JPEG, GIF, BMP, TIFF, SVG or PDF file; an empty area takes its place") \
	X(IMAGE_SVG_UNREADABLE, WARNING, "content", "image-svg-unreadable", "image why", \
	  "cannot read the image '%s' as SVG: %s: an empty area takes its place") \
	X(DATA_URI_UNREADABLE, WARNING, "content", "data-uri-unreadable", "uri why", \
	  "the data: URI '%s' holds no PNG, JPEG or SVG image lpdoc can read%s: an empty area takes its place") \
	X(INSTREAM_SVG_UNREADABLE, ERROR, "content", "instream-svg-unreadable", "why", \
	  "cannot read the image '(in the FO)' as SVG: %s") \
	X(PDF_UNREADABLE, ERROR, "content", "pdf-unreadable", "pdf path why", \
	  "cannot read the PDF '%s' (looked for %s): it %s") \
	X(PDF_NO_SUCH_PAGE, ERROR, "content", "pdf-no-such-page", "page pdf path pages", \
	  "cannot take page %s of the PDF '%s' (looked for %s): it has %s") \
	X(PDF_PAGE_NOT_NUMBER, ERROR, "content", "pdf-page-not-number", "page pdf path pages", \
	  "'#page=%s' in '%s' (looked for %s) is no page number: give one from 1 to %d") \
	X(INSTREAM_NO_SVG, ERROR, "content", "instream-no-svg", "", \
	  "fo:instream-foreign-object holds no SVG lpdoc can read") \
	X(LINK_NOWHERE, WARNING, "content", "link-nowhere", "element id", \
	  "fo:%s refers to id '%s', which no object has: it leads nowhere") \
	X(CITATION_NOWHERE, WARNING, "content", "citation-nowhere", "element id", \
	  "fo:%s refers to id '%s', which no object has: \"?\" is printed") \
	X(CONTAINER_OVERFLOW, WARNING, "content", "container-overflow", "points", \
	  "the content of fo:block-container is %s pt taller than the container (overflow=\"error-if-overflow\"): it is clipped") \
	/* making the PDF */ \
	X(FONTS_MISSING, FATAL, "output", "fonts-missing", "", \
	  "cannot load the bundled fonts: is LPDOC_DATADIR right?") \
	X(TEMPORARY_FILE, FATAL, "output", "temporary-file", "", \
	  "cannot create a temporary file for the PDF") \
	X(PDF_FAILED, FATAL, "output", "pdf-failed", "reason", \
	  "cannot make the PDF: %s") \
	X(PDF_READ_BACK, FATAL, "output", "pdf-read-back", "", \
	  "cannot read back cairo's PDF to add page labels")

#define FO_MSG_ENUM(id, ...) FO_MSG_##id,
typedef enum fo_msg { FO_MESSAGES(FO_MSG_ENUM) FO_MSG_COUNT } fo_msg_t;
#undef FO_MSG_ENUM

extern const diag_row_t fo_msgs[FO_MSG_COUNT];

/* fo_report(d, file, line, col, FO_MSG_..., arguments): line and col 0 when unknown. */
#define fo_report(d, file, line, col, ...) \
	diag_report((d), fo_msgs, FO_MSG_COUNT, (file), (line), (col), __VA_ARGS__)

#endif
