/* libFuzzer harness: the records loader (model_load) on a copy of
 * data/example with one file replaced by the input (fuzz_records.h). */
#include <libxml/parser.h>

#include "fuzz_records.h"
#include "model/model.h"
#include "util/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *dir = fuzz_records_make(data, size);
	if (dir == NULL)
		return 0;
	diag_t *d = diag_new();
	model_free(model_load(dir, d));
	diag_free(d);
	fuzz_records_remove(dir);
	return 0;
}
