/* chart: chart geometry for views (see chart.h). */
#include "chart.h"

#include <stdio.h>
#include <string.h>

#include "../util/money.h"
#include "report_calc.h"
#include "vxml.h"

/* Layout of a horizontal bar chart, in points. */
enum { LABEL_CHARS = 34 };
#define PLOT_X 170.0       /* left edge of the plot: labels to its left */
#define PLOT_RIGHT 64.0    /* room right of the plot for value labels */
#define PLOT_TOP 36.0      /* legend, then tick labels, above the plot */
#define BAR_H 9.0
#define ROW_PAD 9.0

void chart_num(xmlNode *n, const char *name, double v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%.1f", v + 0.0);   /* + 0.0: never "-0.0" */
	if (strcmp(buf, "-0.0") == 0)
		strcpy(buf, "0.0");
	vxml_attr(n, name, buf);
}

void chart_size(xmlNode *chart, double width, double height)
{
	chart_num(chart, "width", width);
	chart_num(chart, "height", height);
}

xmlNode *chart_new(xmlNode *parent, const char *id, double width, double height,
                   const char *title, const char *desc)
{
	xmlNode *c = vxml_node(parent, "chart");
	vxml_attr(c, "id", id);
	chart_size(c, width, height);
	vxml_attr(c, "title", title);
	vxml_attr(c, "desc", desc);
	return c;
}

/* An element named name with four numbers (keys[i] = v[i]) and a class. */
static xmlNode *chart_four(xmlNode *c, const char *name, const char *const keys[4],
                           const double v[4], const char *cls)
{
	xmlNode *n = vxml_node(c, name);
	for (size_t i = 0; i < 4; i++)
		chart_num(n, keys[i], v[i]);
	vxml_attr(n, "cls", cls);
	return n;
}

xmlNode *chart_rect(xmlNode *c, double x, double y, double w, double h, const char *cls)
{
	static const char *const keys[4] = { "x", "y", "w", "h" };
	return chart_four(c, "rect", keys, (const double[4]){ x, y, w, h }, cls);
}

void chart_line(xmlNode *c, double x1, double y1, double x2, double y2, const char *cls)
{
	static const char *const keys[4] = { "x1", "y1", "x2", "y2" };
	chart_four(c, "line", keys, (const double[4]){ x1, y1, x2, y2 }, cls);
}

void chart_text(xmlNode *c, double x, double y, const char *anchor, const char *cls,
                const char *text)
{
	xmlNode *n = vxml_text_node(c, "text", text);
	chart_num(n, "x", x);
	chart_num(n, "y", y);
	vxml_attr(n, "anchor", anchor);
	vxml_attr(n, "cls", cls);
}

void chart_diamond(xmlNode *c, double x, double y, double r, const char *cls)
{
	xmlNode *n = vxml_node(c, "diamond");
	chart_num(n, "x", x);
	chart_num(n, "y", y);
	chart_num(n, "r", r);
	vxml_attr(n, "cls", cls);
}

double chart_key(xmlNode *c, double x, double y, const char *cls, const char *label)
{
	chart_rect(c, x, y - 7, 12, 8, cls);
	chart_text(c, x + 16, y, "start", "legend", label);
	/* Liberation Sans at 7.5pt averages about 4pt a character. */
	return x + 16 + 4.2 * (double)strlen(label) + 14;
}

/* UTF-8 aware: never cut inside a multi-byte character. */
static size_t utf8_back(const char *s, size_t at)
{
	while (at > 0 && ((unsigned char)s[at] & 0xC0) == 0x80)
		at--;
	return at;
}

static size_t wrap_point(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max)
		return n;
	for (size_t i = max; i > max / 2; i--)
		if (s[i] == ' ')
			return i;
	return utf8_back(s, max);
}

int chart_wrap(const char *label, size_t max, char *line1, char *line2, size_t size)
{
	size_t cut = wrap_point(label, max);
	snprintf(line1, size, "%.*s", (int)cut, label);
	line2[0] = '\0';
	const char *rest = label + cut;
	while (*rest == ' ')
		rest++;
	if (*rest == '\0')
		return 1;
	size_t n = strlen(rest);
	if (n <= max) {
		snprintf(line2, size, "%s", rest);
	} else {
		size_t c2 = wrap_point(rest, max - 1);
		while (c2 > 0 && rest[c2 - 1] == ' ')
			c2--;
		snprintf(line2, size, "%.*s…", (int)c2, rest);
	}
	return 2;
}

static void tick_label(long long v, int money, char *out, size_t size)
{
	if (money)
		money_format(v, 0, out, (unsigned)size);
	else
		snprintf(out, size, "%lld", v);
}

static long long row_total(const chart_bars_t *b, size_t i)
{
	long long t = 0;
	for (size_t s = 0; s < b->nseries; s++)
		t += b->rows[i].values[s];
	return t;
}

static long long bars_max(const chart_bars_t *b)
{
	long long max = 0;
	for (size_t i = 0; i < b->nrows; i++) {
		if (b->stacked) {
			long long t = row_total(b, i);
			max = t > max ? t : max;
			continue;
		}
		for (size_t s = 0; s < b->nseries; s++)
			max = b->rows[i].values[s] > max ? b->rows[i].values[s] : max;
	}
	return max;
}

/* Money scales in whole pounds, so ticks fall on round amounts. */
static void bars_scale(const chart_bars_t *b, calc_scale_t *sc)
{
	long long max = bars_max(b);
	if (b->money) {
		calc_scale_nice((max + 99) / 100, 5, sc);
		sc->max *= 100;
		sc->step *= 100;
	} else {
		calc_scale_nice(max, 5, sc);
	}
}

static void bars_axis(xmlNode *c, const chart_bars_t *b, const calc_scale_t *sc,
                      double pw, double bottom)
{
	char label[48];
	for (unsigned t = 0; t <= sc->nticks; t++) {
		long long v = sc->step * (long long)t;
		double x = PLOT_X + calc_scale_pos(sc, v, pw);
		chart_line(c, x, PLOT_TOP - 2, x, bottom, t ? "grid" : "axis");
		tick_label(v, b->money, label, sizeof label);
		chart_text(c, x, PLOT_TOP - 5, "middle", "tick", label);
	}
}

static void bars_label(xmlNode *c, const char *label, double mid)
{
	char l1[128], l2[128];
	if (chart_wrap(label, LABEL_CHARS, l1, l2, sizeof l1) == 1) {
		chart_text(c, PLOT_X - 6, mid + 2.6, "end", "label", l1);
	} else {
		chart_text(c, PLOT_X - 6, mid - 2.0, "end", "label", l1);
		chart_text(c, PLOT_X - 6, mid + 7.0, "end", "label", l2);
	}
}

static void bars_value(xmlNode *c, const chart_bars_t *b, long long v, double x, double mid)
{
	char label[48];
	tick_label(v, b->money, label, sizeof label);
	chart_text(c, x + 3, mid + 2.6, "start", "value", label);
}

static double bars_row_height(const chart_bars_t *b)
{
	size_t nbars = b->stacked ? 1 : b->nseries;
	return (double)nbars * (BAR_H + 1) - 1 + ROW_PAD;
}

/* One category: its label, its bars (side by side or end to end) and
 * the value(s) printed after them; returns the row's height. */
static double bars_row(xmlNode *c, const chart_bars_t *b, size_t i, const calc_scale_t *sc,
                       double pw, double y)
{
	double h = bars_row_height(b) - ROW_PAD;
	double x = PLOT_X;
	for (size_t s = 0; s < b->nseries; s++) {
		long long v = b->rows[i].values[s];
		double w = calc_scale_pos(sc, v, pw);
		if (b->stacked) {
			if (w > 0)
				chart_rect(c, x, y, w, BAR_H, b->series[s].cls);
			x += w;
			continue;
		}
		double by = y + (double)s * (BAR_H + 1);
		if (w > 0)
			chart_rect(c, PLOT_X, by, w, BAR_H, b->series[s].cls);
		bars_value(c, b, v, PLOT_X + w, by + BAR_H / 2);
	}
	if (b->stacked)
		bars_value(c, b, row_total(b, i), x, y + BAR_H / 2);
	bars_label(c, b->rows[i].label, y + h / 2);
	return h + ROW_PAD;
}

xmlNode *chart_hbars(xmlNode *parent, const chart_bars_t *b)
{
	double rows_h = (double)b->nrows * bars_row_height(b);
	double bottom = PLOT_TOP + 4 + rows_h - ROW_PAD + 4;
	xmlNode *c = chart_new(parent, b->id, CHART_WIDTH, bottom + 4, b->title, b->desc);
	calc_scale_t sc;
	bars_scale(b, &sc);
	double pw = CHART_WIDTH - PLOT_X - PLOT_RIGHT;
	double x = PLOT_X;
	for (size_t s = 0; s < b->nseries; s++)
		x = chart_key(c, x, 10, b->series[s].cls, b->series[s].label);
	bars_axis(c, b, &sc, pw, bottom);   /* gridlines first: under the bars */
	double y = PLOT_TOP + 4;
	for (size_t i = 0; i < b->nrows; i++)
		y += bars_row(c, b, i, &sc, pw, y);
	return c;
}
