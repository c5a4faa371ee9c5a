/* atomic: see atomic.h. */
#include "atomic.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

static void atomic_out_clear(atomic_out_t *o)
{
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	o->fp = NULL;
}

int atomic_out_open(atomic_out_t *o, const char *path, diag_t *d)
{
	memset(o, 0, sizeof *o);
	o->path = xstrdup(path);
	if (strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	o->tmp = xasprintf("%.*s.%s.tmpXXXXXX", (int)dirlen, path, path + dirlen);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "cannot create output: %s",
		         strerror(errno));
		atomic_out_clear(o);
		return -1;
	}
	/* mkstemp makes the file 0600; documents are for sharing. */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	o->fp = fdopen(fd, "wb");
	if (o->fp == NULL) {
		close(fd);
		unlink(o->tmp);
		diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "cannot open output: %s",
		         strerror(errno));
		atomic_out_clear(o);
		return -1;
	}
	return 0;
}

int atomic_out_commit(atomic_out_t *o, diag_t *d)
{
	if (o->tmp == NULL) {
		if (fflush(o->fp) != 0 || ferror(o->fp)) {
			atomic_out_fail(o, errno, d);
			return -1;
		}
		atomic_out_clear(o);
		return 0;
	}
	int bad = fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0;
	int err = errno;
	if (fclose(o->fp) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	o->fp = NULL;
	if (!bad && rename(o->tmp, o->path) != 0) {
		bad = 1;
		err = errno;
	}
	if (bad) {
		atomic_out_fail(o, err, d);
		return -1;
	}
	atomic_out_clear(o);
	return 0;
}

void atomic_out_fail(atomic_out_t *o, int err, diag_t *d)
{
	int full = err == ENOSPC || err == EFBIG || err == EDQUOT;
	if (err == 0)
		err = EIO;  /* a stream error without errno: say something true */
	if (o->tmp == NULL)
		diag_add(d, DIAG_FATAL, "<stdout>", 0, 0, NULL, "cannot write: %s", strerror(err));
	else
		diag_add(d, DIAG_FATAL, o->path, 0, 0, NULL, "cannot write: %s; %s", strerror(err),
		         full ? "free some space and run again (any earlier file is unchanged)"
		              : "any earlier file is unchanged");
	atomic_out_abort(o);
}

void atomic_out_abort(atomic_out_t *o)
{
	if (o->tmp) {
		if (o->fp)
			fclose(o->fp);
		unlink(o->tmp);
	}
	atomic_out_clear(o);
}
