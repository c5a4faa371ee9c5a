/* libFuzzer harness: the records loader (model_load).
 *
 * The model only loads a folder, so each input becomes one record file of
 * a copy of data/example: the first byte picks which file, the rest is its
 * content; the other files are symbolic links to the good ones.  The tree
 * is found through $LPDOC_DATADIR (tools/fuzz.sh sets it to the source
 * tree), which also gives the schemas. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libxml/parser.h>

#include "model/model.h"
#include "util/diag.h"
#include "util/xalloc.h"

static const char *const files[] = {
	"partnership.xml", "members.xml", "people.xml", "calendar.xml",
	"finance.xml", "performance.xml", "plans.xml", "meetings/eb.xml",
	"meetings/other.xml",
};
enum { NFILES = sizeof files / sizeof files[0] };

static void link_or_write(const char *src, const char *dst, const uint8_t *data,
                          size_t size, int replace)
{
	if (!replace) {
		if (symlink(src, dst) != 0)
			abort();
		return;
	}
	FILE *f = fopen(dst, "wb");
	if (f == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *root = getenv("LPDOC_DATADIR");
	if (root == NULL)
		root = ".";
	unsigned pick = data[0] % NFILES;
	char dir[] = "/tmp/lpdoc-fuzz-model-XXXXXX";
	if (mkdtemp(dir) == NULL)
		abort();
	char *meetings = xasprintf("%s/meetings", dir);
	if (mkdir(meetings, 0700) != 0)
		abort();
	for (unsigned i = 0; i < NFILES; i++) {
		char *src = xasprintf("%s/data/example/%s", root, files[i]);
		char *dst = xasprintf("%s/%s", dir, files[i]);
		link_or_write(src, dst, data + 1, size - 1, i == pick);
		free(src);
		free(dst);
	}
	diag_t *d = diag_new();
	model_t *m = model_load(dir, d);
	model_free(m);
	diag_free(d);
	for (unsigned i = 0; i < NFILES; i++) {
		char *dst = xasprintf("%s/%s", dir, files[i]);
		unlink(dst);
		free(dst);
	}
	rmdir(meetings);
	rmdir(dir);
	free(meetings);
	return 0;
}
