/* Shared by the records harnesses (fuzz_model, fuzz_check): turns a fuzz
 * input into a partnership folder.  The model only loads folders, so the
 * input becomes one record file of a copy of data/example: the first byte
 * picks which file, the rest is its content; the other files are symbolic
 * links to the good ones.  The tree is found through $LPDOC_DATADIR
 * (tools/fuzz.sh sets it to the source tree), which also gives the
 * schemas.  fuzz_records_make() returns the folder (the caller passes it
 * to fuzz_records_remove(), which frees it), or NULL for an empty input. */
#ifndef LPDOC_FUZZ_RECORDS_H
#define LPDOC_FUZZ_RECORDS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/xalloc.h"

static const char *const fuzz_records_files[] = {
	"partnership.xml", "members.xml", "people.xml", "calendar.xml",
	"finance.xml", "performance.xml", "plans.xml", "meetings/eb.xml",
	"meetings/other.xml",
};
enum { FUZZ_RECORDS_N = sizeof fuzz_records_files / sizeof fuzz_records_files[0] };

static void fuzz_records_write(const char *path, const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (f == NULL || (size > 0 && fwrite(data, 1, size, f) != size))
		abort();
	fclose(f);
}

static char *fuzz_records_make(const uint8_t *data, size_t size)
{
	if (size < 1)
		return NULL;
	const char *root = getenv("LPDOC_DATADIR");
	char *dir = xstrdup("/tmp/lpdoc-fuzz-records-XXXXXX");
	if (mkdtemp(dir) == NULL)
		abort();
	char *meetings = xasprintf("%s/meetings", dir);
	if (mkdir(meetings, 0700) != 0)
		abort();
	free(meetings);
	unsigned pick = data[0] % FUZZ_RECORDS_N;
	for (unsigned i = 0; i < FUZZ_RECORDS_N; i++) {
		char *dst = xasprintf("%s/%s", dir, fuzz_records_files[i]);
		if (i == pick) {
			fuzz_records_write(dst, data + 1, size - 1);
		} else {
			char *src = xasprintf("%s/data/example/%s", root ? root : ".",
			                      fuzz_records_files[i]);
			if (symlink(src, dst) != 0)
				abort();
			free(src);
		}
		free(dst);
	}
	return dir;
}

static void fuzz_records_remove(char *dir)
{
	for (unsigned i = 0; i < FUZZ_RECORDS_N; i++) {
		char *dst = xasprintf("%s/%s", dir, fuzz_records_files[i]);
		unlink(dst);
		free(dst);
	}
	char *meetings = xasprintf("%s/meetings", dir);
	rmdir(meetings);
	free(meetings);
	rmdir(dir);
	free(dir);
}

#endif
