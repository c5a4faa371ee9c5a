/*
 * fo_pdf: the PDF back end.  Draws laid-out items on a Cairo PDF surface,
 * one page at a time, then writes the finished document: cairo's output
 * plus an incremental update adding what cairo 1.16 cannot write itself
 * (page labels, the document language).
 *
 * fo_pdf_t owns its surface and the temporary file cairo writes to; the
 * finished PDF goes to the FILE given to fo_pdf_finish().  Items drawn
 * are only read.
 */
#ifndef LPDOC_FO_PDF_H
#define LPDOC_FO_PDF_H

#include <stdio.h>
#include <time.h>
#include <cairo.h>

#include "fo_layout.h"
#include "../util/diag.h"

typedef struct fo_pdf fo_pdf_t;

typedef struct fo_pdf_meta {
	const char *title, *author, *subject, *keywords, *creator;
	const char *language;    /* the catalog's /Lang, or NULL */
	int has_date;            /* date holds the creation date (SOURCE_DATE_EPOCH) */
	time_t date;
} fo_pdf_meta_t;

/* A page label range (PDF 12.4.2): from page index start, numbers in
 * style ('D', 'r', 'R', 'a', 'A') from first; or a literal prefix only. */
typedef struct fo_pdf_label {
	size_t start;
	char style;              /* 0: no numbering, prefix only */
	int first;
	char prefix[48];
} fo_pdf_label_t;

/* Returns NULL after reporting (a temporary file could not be made). */
fo_pdf_t *fo_pdf_new(const fo_pdf_meta_t *meta, diag_t *d);
/* Starts a page; label is its printed number (for fo:page-number). */
void fo_pdf_page_begin(fo_pdf_t *pdf, double width, double height, const char *label);
/* Draws items whose positions are y[], inside an area whose content
 * rectangle's top-left corner is (ox, oy) and width ref_w. */
void fo_pdf_draw_items(fo_pdf_t *pdf, const fo_item_t *items, const double *y, size_t n,
                       double ox, double oy, double ref_w);
/* Fills a rectangle (a region's background). */
void fo_pdf_fill(fo_pdf_t *pdf, double x, double y, double w, double h, const fo_color_t *c);
/* Between these, fo_pdf_fill() and fo_pdf_border() put consecutive
 * rectangles of one colour on one path, filled when the colour changes
 * or at the end: far fewer cairo operations for table cells.  Nothing
 * else may draw in between. */
void fo_pdf_fills_begin(fo_pdf_t *pdf);
void fo_pdf_fills_end(fo_pdf_t *pdf);
/* Draws one side of a border as the rectangle x, y, w, h (fo_table). */
void fo_pdf_border(fo_pdf_t *pdf, const fo_border_t *b, double x, double y, double w, double h);
/* The drawing context of the current page (for leaders and rules). */
cairo_t *fo_pdf_cairo(fo_pdf_t *pdf);
/* The fo_pdf_t drawing with cr (an inline object's drawing, given only
 * cr, draws items through it), or NULL. */
fo_pdf_t *fo_pdf_of(cairo_t *cr);
/* Turns the drawing so that the area x, y, w by h of the page (as drawn
 * now) is a reference area of orientation orient (0, 90, 180, 270,
 * counter-clockwise as XSL's reference-orientation): the origin at its
 * top-left corner as its content sees it, its axes turned.  A quarter
 * turn makes the content's width h and its height w. */
void fo_pdf_turn(fo_pdf_t *pdf, int orient, double x, double y, double w, double h);
/* Makes the drawing of the area [x, x + w) mirrored when rtl (an rl-tb
 * area), upright when not (fo_bidi_frame()); the caller saves and
 * restores the cairo state around it. */
void fo_pdf_mirror(fo_pdf_t *pdf, int rtl, double x, double w);
void fo_pdf_page_end(fo_pdf_t *pdf);
/* The text drawn next starts where it is on the page, not moved there
 * from the text drawn before: each column's lines are then placed as
 * the first column's are (PDF readers sort the lines of a row of columns
 * by their exact baselines, which moves in a long run of lines add up
 * with rounding errors: pdftotext read a row's last column first). */
void fo_pdf_text_restart(fo_pdf_t *pdf);

/* For the modules drawing items (fo_container, fo_nav at the end). */
cairo_t *fo_pdf_cairo(fo_pdf_t *pdf);
cairo_surface_t *fo_pdf_surface(fo_pdf_t *pdf);
void fo_pdf_page_size(const fo_pdf_t *pdf, double *w, double *h);
/* The height of the area drawn next (absolutely positioned containers
 * measure bottom from it); a page starts with the page height. */
void fo_pdf_set_area_height(fo_pdf_t *pdf, double h);
/* Where the area drawn next is (change bars are placed by the page's
 * parity and the column, beside it): its page's 0-based index in the
 * document, its column of how many (a page begins with column 0 of 1),
 * and the column's or region's start x and width, in the coordinates its
 * items are drawn in (a table's cells are drawn in the same). */
typedef struct fo_pdf_where {
	size_t page;
	int col, ncols;
	double x, w;
} fo_pdf_where_t;
void fo_pdf_set_column(fo_pdf_t *pdf, int col, int ncols, double x, double w);
fo_pdf_where_t fo_pdf_where(const fo_pdf_t *pdf);
/* Completes the document and writes it to out.  Returns 0; -1 after
 * reporting a problem; or FO_PDF_WRITE_ERROR, reporting nothing, when a
 * write failed (a full disk, a file size limit) with errno saying why:
 * the caller knows the file's name (atomic_out_fail). */
#define FO_PDF_WRITE_ERROR (-2)
int fo_pdf_finish(fo_pdf_t *pdf, const fo_pdf_label_t *labels, size_t nlabels, FILE *out,
                  diag_t *d);
void fo_pdf_free(fo_pdf_t *pdf);

#endif
