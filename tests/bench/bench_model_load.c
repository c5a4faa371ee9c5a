/* bench_model_load: how long loading a partnership takes and how much
 * memory the model holds.
 *
 *   build/rel/bench/bench_model_load DIR [RUNS]
 *
 * Prints one line: the folder, the best and mean wall time of RUNS loads
 * (default 5), the model's size and the process's peak resident memory.
 * Exits 2 when the records do not load. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <libxml/parser.h>

#include "bench.h"
#include "model/model.h"
#include "util/diag.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: bench_model_load DIR [RUNS]\n", stderr);
		return 2;
	}
	/* the bench binary does not live beside fonts/: run it from the tree */
	setenv("LPDOC_DATADIR", ".", 0);
	int runs = argc > 2 ? atoi(argv[2]) : 5;
	if (runs < 1)
		runs = 1;
	xmlInitParser();
	double best = 1e9, total = 0;
	size_t bytes = 0, meetings = 0, members = 0;
	for (int i = 0; i < runs; i++) {
		diag_t *d = diag_new();
		double t0 = bench_now();
		model_t *m = model_load(argv[1], d);
		double t = bench_now() - t0;
		if (m == NULL) {
			diag_sort(d);
			diag_print(d, stderr);
			diag_free(d);
			return 2;
		}
		bytes = model_bytes(m);
		meetings = model_records(m)->nmeetings;
		members = model_records(m)->nmembers;
		model_free(m);
		diag_free(d);
		best = t < best ? t : best;
		total += t;
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("load %s: %zu members, %zu meetings: best %.4f s, mean %.4f s over %d runs; "
	       "model %.1f MB; peak RSS %.1f MB\n", argv[1], members, meetings, best,
	       total / runs, runs, (double)bytes / 1048576.0, (double)ru.ru_maxrss / 1024.0);
	xmlCleanupParser();
	return 0;
}
