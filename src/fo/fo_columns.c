/* fo_columns: see fo_columns.h. */
#include "fo_columns.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fo_page.h"
#include "fo_table.h"
#include "../util/xalloc.h"

static long long mpt(double pt)
{
	return llround(pt * 1000);
}

void fo_cols_of(const fo_spm_t *m, double body_w, fo_cols_t *out)
{
	const fo_region_t *body = &m->region[FO_REG_BODY];
	int n = body->columns > 1 ? body->columns : 1;
	/* FOP: whole millipoints, the width rounded down. */
	long long gap = n > 1 ? mpt(body->column_gap) : 0;
	long long w = (mpt(body_w) - (n - 1) * gap) / n;
	if (w < 1000)
		w = 1000;
	out->n = n;
	out->w = (double)w / 1000;
	out->step = (double)(w + gap) / 1000;
}

/* ---------- balancing (FOP's BalancingColumnBreakingAlgorithm) ---------- */

/* A column: items [s, e), e the break ending it (n: the content's end). */
typedef struct col {
	size_t s, e;
} col_t;

typedef struct bal {
	const fo_item_t *v;
	size_t n;
	int ncols;
} bal_t;

static long long item_len(const fo_item_t *it)
{
	return it->kind == FO_IT_GLUE || fo_item_is_box(it->kind) ? mpt(it->h) : 0;
}

/* A table's footer ends a column that breaks at item i inside its body,
 * its header starts the next: FOP's element list counts both there. */
static long long cut_foot(const bal_t *b, size_t i)
{
	return i < b->n && b->v[i].kind == FO_IT_BREAK ? mpt(fo_table_break_footer(b->v[i].row)) : 0;
}

static long long cut_head(const bal_t *b, size_t i)
{
	return i < b->n && b->v[i].kind == FO_IT_BREAK ? mpt(fo_table_break_header(b->v[i].row)) : 0;
}

static long long col_len(const bal_t *b, col_t c)
{
	long long len = cut_foot(b, c.e);
	for (size_t i = c.s; i < c.e && i < b->n; i++)
		len += item_len(&b->v[i]);
	size_t k = c.s;  /* the break this column starts after */
	while (k > 0 && b->v[k - 1].kind != FO_IT_BREAK)
		k--;
	return k > 0 ? len + cut_head(b, k - 1) : len;
}

/* Where a column may end: a break that is not kept, or the end. */
static int is_legal(const bal_t *b, size_t i)
{
	return i >= b->n || (b->v[i].kind == FO_IT_BREAK && b->v[i].keep < FO_KEEP_ALWAYS);
}

/* The first box at or after i: where a column after a break starts. */
static size_t next_start(const bal_t *b, size_t i)
{
	while (i < b->n && !fo_item_is_box(b->v[i].kind))
		i++;
	return i;
}

static long long average(const bal_t *b, const col_t *c, int nc)
{
	long long total = 0;
	for (int k = 0; k < nc; k++)
		total += col_len(b, c[k]);
	return total / b->ncols;
}

/* Columns cut at the breaks nearest to multiples of avg (getInitialBreaks). */
static int initial_breaks(const bal_t *b, long long avg, col_t *out)
{
	int nc = 0, col = 1;
	size_t cs = next_start(b, 0), prev_at = cs;
	long long total = 0, ideal = avg, prev_len = 0;
	for (size_t i = cs; i <= b->n; i++) {  /* the end is a break too */
		if (!is_legal(b, i)) {
			total += item_len(&b->v[i]);
			continue;
		}
		if (total + cut_foot(b, i) <= ideal || col >= b->ncols) {
			prev_len = total;
			prev_at = i;
			continue;
		}
		size_t at = i;
		/* the nearer break, unless that leaves the column empty (FOP's
		 * first column then holds its first element: all of it here) */
		if (total + cut_foot(b, i) - ideal > ideal - (prev_len + cut_foot(b, prev_at)) &&
		    prev_at > cs) {
			at = prev_at;
			total = prev_len;
		}
		out[nc++] = (col_t){ cs, at };
		total += cut_foot(b, at) + cut_head(b, at);
		cs = next_start(b, at);
		i = cs - 1;  /* the loop goes on at cs (unsigned: at 0 too) */
		col++;
		ideal += avg;
	}
	out[nc++] = (col_t){ cs, b->n };
	return nc;
}

static int cols_equal(const col_t *a, int na, const col_t *c, int nc)
{
	return na == nc && memcmp(a, c, (size_t)na * sizeof *a) == 0;
}

/* While a column is shorter than the next, the next's first lines move
 * up, up to 4pt beyond the next's length (sortElementsForBreaks). */
static void sort_breaks(const bal_t *b, col_t *c, int nc)
{
	int changes;
	do {
		changes = 0;
		col_t cur = c[nc - 1];
		long long cur_len = col_len(b, cur);
		for (int k = nc - 1; k > 0; k--) {
			col_t prev = c[k - 1];
			long long prev_len = col_len(b, prev);
			size_t at = cur.s;
			while (prev_len < cur_len && at < cur.e && !is_legal(b, at))
				at++;
			if (prev_len < cur_len && at < cur.e) {
				long long moved = col_len(b, (col_t){ prev.s, at });
				if (moved <= 4000 + cur_len) {
					prev.e = at;
					c[k - 1] = prev;
					c[k] = (col_t){ next_start(b, at), cur.e };
					prev_len = moved;
					changes = 1;
				}
			}
			cur_len = prev_len;
			cur = prev;
		}
	} while (changes);
}

/* Rounds of cutting at the average before the cuts are taken as they are
 * (they settle within a few rounds in every case and corpus file). */
enum { BALANCE_TRIES = 64 };

int fo_cols_balance(const fo_item_t *items, size_t n, int ncols, size_t *cuts)
{
	if (ncols < 2 || n == 0)
		return 0;
	bal_t b = { items, n, ncols };
	col_t *c = xmalloc(3 * (size_t)ncols * sizeof *c);
	col_t *prev = c + ncols, *prev2 = c + 2 * ncols;
	int nc = 1, np = 0, np2 = 0;
	/* FOP's breaking starts at the first box: space before it is not
	 * counted. */
	c[0] = (col_t){ next_start(&b, 0), n };
	/* Cut again at the new average until the cuts repeat.  They may
	 * cycle with a period longer than two (a fuzzed document of three
	 * columns hung here): after BALANCE_TRIES rounds the last cuts stand. */
	int tries = 0;
	do {
		memcpy(prev2, prev, (size_t)np * sizeof *c);
		np2 = np;
		memcpy(prev, c, (size_t)nc * sizeof *c);
		np = nc;
		nc = initial_breaks(&b, average(&b, prev, np), c);
	} while (!cols_equal(c, nc, prev, np) && !cols_equal(c, nc, prev2, np2) &&
	         ++tries < BALANCE_TRIES);
	sort_breaks(&b, c, nc);
	int k = 0;
	for (; k + 1 < nc && c[k].e < n; k++)  /* a column ending at the end: the rest are empty */
		cuts[k] = c[k].e;
	free(c);
	return k;
}
