/* bench_check: how long `lpdoc check` takes over a loaded partnership (the
 * rules only, not the loading, which bench_model_load measures).
 *
 *   build/rel/bench/bench_check DIR [RUNS] [TARGET-SECONDS]
 *
 * Loads DIR once, runs every rule family RUNS times (default 20) judged at
 * the records' as-of date, and prints one line: the folder, the best and
 * mean check time, the load time, the number of diagnostics, and "ok" or
 * "SLOW" against the target (default 0.2 s).  Exits 2 when the records do
 * not load, 1 when the best time misses the target. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <libxml/parser.h>

#include "check/check.h"
#include "bench.h"
#include "model/model.h"
#include "util/diag.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: bench_check DIR [RUNS] [TARGET-SECONDS]\n", stderr);
		return 2;
	}
	setenv("LPDOC_DATADIR", ".", 0);   /* run from the tree: schemas in data/schema */
	int runs = argc > 2 ? atoi(argv[2]) : 20;
	double target = argc > 3 ? atof(argv[3]) : 0.2;
	if (runs < 1)
		runs = 1;
	xmlInitParser();
	diag_t *ld = diag_new();
	double t0 = bench_now();
	model_t *m = model_load(argv[1], ld);
	double load = bench_now() - t0;
	if (m == NULL) {
		diag_sort(ld);
		diag_print(ld, stderr);
		diag_free(ld);
		return 2;
	}
	diag_free(ld);
	double best = 1e9, total = 0;
	size_t found = 0;
	for (int i = 0; i < runs; i++) {
		diag_t *d = diag_new();
		t0 = bench_now();
		check_t *c = check_new(m, model_records(m)->as_of, d);
		check_run(c);
		double t = bench_now() - t0;
		found = diag_len(d);
		check_free(c);
		diag_free(d);
		best = t < best ? t : best;
		total += t;
	}
	int ok = best < target;
	printf("check %s: best %.4f s, mean %.4f s over %d runs (load %.3f s), %zu diagnostics; "
	       "target < %.2f s: %s\n", argv[1], best, total / runs, runs, load, found, target,
	       ok ? "ok" : "SLOW");
	model_free(m);
	xmlCleanupParser();
	return ok ? 0 : 1;
}
