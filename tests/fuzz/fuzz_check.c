/* libFuzzer harness: the checker (check_run) over every model the loader
 * accepts from a copy of data/example with one file replaced by the input
 * (fuzz_records.h), judged as of a fixed date.
 * needs: src/check/check.h */
#include <libxml/parser.h>

#include "check/check.h"
#include "fuzz_records.h"
#include "model/model.h"
#include "util/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *dir = fuzz_records_make(data, size);
	if (dir == NULL)
		return 0;
	diag_t *d = diag_new();
	model_t *m = model_load(dir, d);
	if (m) {
		date_t today;
		date_parse("2026-07-31", &today);
		check_t *c = check_new(m, today, d);
		check_run(c);
		check_free(c);
		model_free(m);
	}
	diag_free(d);
	fuzz_records_remove(dir);
	return 0;
}
