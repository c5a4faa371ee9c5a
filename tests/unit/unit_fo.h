/*
 * unit_fo: an FO document held in a string, ready to render, for the
 * CUnit tests.  unit_fo_open() parses it (the bundled fonts come from the
 * tree: run from the top folder) and makes an empty temporary output file;
 * unit_fo_close() removes the file and frees the rest.
 */
#ifndef LPDOC_TESTS_UNIT_FO_H
#define LPDOC_TESTS_UNIT_FO_H

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "fo/fo.h"
#include "util/xmlsafe.h"

typedef struct unit_fo {
	diag_t *d;
	xmlDocPtr doc;
	fo_options_t opt;
	char out[32];            /* the temporary output file */
} unit_fo_t;

static inline void unit_fo_open(unit_fo_t *u, const char *fo, size_t len, const char *name)
{
	setenv("LPDOC_DATADIR", ".", 1);
	u->d = diag_new();
	u->doc = xml_safe_read_memory(fo, len, name, u->d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u->doc);
	fo_options_init(&u->opt);
	strcpy(u->out, "/tmp/lpdoc-test-XXXXXX");
	int fd = mkstemp(u->out);
	CU_ASSERT_FATAL(fd >= 0);
	close(fd);
}

static inline void unit_fo_close(unit_fo_t *u)
{
	unlink(u->out);
	xmlFreeDoc(u->doc);
	diag_free(u->d);
}

#endif
