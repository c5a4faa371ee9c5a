/*
 * chart: chart geometry for the documents' views, computed in C so that
 * a stylesheet only places shapes (XSLT 1.0 cannot do the arithmetic).
 *
 * A chart is a <chart id width height title desc> element (units are
 * points; the stylesheet draws it as an SVG with viewBox 0 0 width
 * height) holding primitives in drawing order:
 *   <rect x y w h cls [title]/>   <line x1 y1 x2 y2 cls/>
 *   <text x y anchor cls>..</text> <diamond x y r cls/>
 * cls names a style the stylesheet maps to a colour and a pattern
 * (charts.xsl), so charts survive black-and-white printing.  title and
 * desc are the text alternative for screen readers.  Every number is
 * printed with one decimal, so views are byte-stable.
 *
 * chart_hbars() builds a whole horizontal bar chart (grouped or stacked
 * series, labelled categories, a scaled axis with gridlines, a legend).
 * Nodes belong to the parent's document.
 */
#ifndef LPDOC_VIEW_CHART_H
#define LPDOC_VIEW_CHART_H

#include <stddef.h>
#include <libxml/tree.h>

#define CHART_WIDTH 460.0

xmlNode *chart_new(xmlNode *parent, const char *id, double width, double height,
                   const char *title, const char *desc);
void chart_size(xmlNode *chart, double width, double height);
xmlNode *chart_rect(xmlNode *c, double x, double y, double w, double h, const char *cls);
void chart_line(xmlNode *c, double x1, double y1, double x2, double y2, const char *cls);
/* anchor: "start", "middle" or "end". */
void chart_text(xmlNode *c, double x, double y, const char *anchor, const char *cls,
                const char *text);
void chart_diamond(xmlNode *c, double x, double y, double r, const char *cls);
/* A legend key (swatch and label) at x, y; returns the x after it. */
double chart_key(xmlNode *c, double x, double y, const char *cls, const char *label);
/* A number attribute with one decimal. */
void chart_num(xmlNode *n, const char *name, double v);

typedef struct chart_series {
	const char *label;           /* legend text */
	const char *cls;             /* style class */
} chart_series_t;

typedef struct chart_row {
	const char *label;           /* category; long labels wrap to two lines */
	const long long *values;     /* one per series (pence when money) */
} chart_row_t;

typedef struct chart_bars {
	const char *id, *title, *desc;
	const chart_series_t *series;
	size_t nseries;
	const chart_row_t *rows;
	size_t nrows;
	int money;                   /* values are pence; label them in pounds */
	int stacked;                 /* one bar per row, series end to end */
} chart_bars_t;

xmlNode *chart_hbars(xmlNode *parent, const chart_bars_t *b);

/* Splits label into at most two lines of about max bytes at spaces
 * (the second shortened with "…" when needed); returns the line count.
 * line1 and line2 hold size bytes each. */
int chart_wrap(const char *label, size_t max, char *line1, char *line2, size_t size);

#endif
