/* outguard: where a document command may write (see outguard.h). */
#include "outguard.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/paths.h"
#include "../util/xalloc.h"

/* The root elements of what lpdoc writes as XML: the views of the
 * document commands (--view), lpdoc view's model, and XSL-FO (--fo). */
static const char *const lpdoc_roots[] = {
	"lpdoc-model", "minutes-document", "pack-document", "annual-report",
	"performance-plan", "delivery-plan", "proformas", "agreement-document",
	"compliance-report", "fo:root", NULL
};

/* ---- resolving a path that may not exist yet ---- */

/* path made absolute, its existing part resolved (symlinks, "..") and
 * the rest, the folders still to be made, taken as written. */
static char *outguard_resolve(const char *path)
{
	char *r = realpath(path, NULL);
	if (r != NULL)
		return r;
	const char *slash = strrchr(path, '/');
	if (slash == NULL) {
		char cwd[PATH_MAX];
		if (getcwd(cwd, sizeof cwd) == NULL)
			return xstrdup(path);
		char *abs = paths_join(cwd, path);
		r = outguard_resolve(abs);
		free(abs);
		return r;
	}
	char *dir = slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
	const char *base = slash + 1;
	char *up = outguard_resolve(dir);
	free(dir);
	if (base[0] == '\0' || strcmp(base, ".") == 0)
		return up;
	if (strcmp(base, "..") == 0) {
		r = paths_dirname(up);
		free(up);
		return r;
	}
	r = paths_join(up, base);
	free(up);
	return r;
}

/* Whether the resolved path is folder or inside it. */
static int outguard_inside(const char *path, const char *folder)
{
	size_t n = strlen(folder);
	if (n == 1 && folder[0] == '/')
		return 1;
	return strncmp(path, folder, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* Reports and returns -1 when path resolves inside records_dir. */
static int outguard_outside(const char *path, const char *shown, const char *records_dir,
                            diag_t *d)
{
	if (records_dir == NULL)
		return 0;
	char *rec = realpath(records_dir, NULL);
	if (rec == NULL)
		return 0;   /* no records to protect: loading them reports it */
	char *out = outguard_resolve(path);
	int inside = outguard_inside(out, rec);
	if (inside)
		diag_add(d, DIAG_ERROR, shown, 0, 0, NULL, "is inside the records folder '%s' "
		         "(resolved: %s): lpdoc never writes there; give an output outside it "
		         "with -o (nothing was written)", records_dir, out);
	free(out);
	free(rec);
	return inside ? -1 : 0;
}

/* ---- what an existing file holds ---- */

/* Past white space, a byte-order mark, the XML declaration, processing
 * instructions, comments and a DOCTYPE: the root element's name. */
static const char *xml_root_name(const char *s, size_t *len)
{
	if (strncmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;
	for (;;) {
		s += strspn(s, " \t\r\n");
		const char *close;
		if (strncmp(s, "<?", 2) == 0)
			close = "?>";
		else if (strncmp(s, "<!--", 4) == 0)
			close = "-->";
		else if (strncmp(s, "<!", 2) == 0)
			close = ">";
		else
			break;
		const char *end = strstr(s, close);
		if (end == NULL)
			return NULL;
		s = end + strlen(close);
	}
	if (*s != '<')
		return NULL;
	s++;
	*len = strcspn(s, " \t\r\n/>");
	return s;
}

static int is_lpdoc_root(const char *name, size_t len)
{
	for (size_t i = 0; lpdoc_roots[i]; i++)
		if (strlen(lpdoc_roots[i]) == len && strncmp(lpdoc_roots[i], name, len) == 0)
			return 1;
	return 0;
}

int outguard_is_lpdoc_file(const char *path)
{
	char head[4097];
	long got = paths_read_head(path, head, sizeof head);
	if (got < 0)
		return 0;
	size_t n = (size_t)got;
	if (n == 0 || (n >= 5 && memcmp(head, "%PDF-", 5) == 0))
		return 1;
	if (memchr(head, '\0', n) != NULL)
		return 0;
	if (strncmp(head, "BEGIN:VCALENDAR", 15) == 0)   /* lpdoc calendar's */
		return strstr(head, "PRODID:-//lpdoc//") != NULL;
	size_t len = 0;
	const char *root = xml_root_name(head, &len);
	return root != NULL && is_lpdoc_root(root, len);
}

/* ---- the checks ---- */

int outguard_dir_probe(const char *dir, diag_t *d)
{
	char *probe = paths_join(dir, ".lpdoc-probe.XXXXXX");
	int fd = mkstemp(probe);
	int rc = 0;
	if (fd < 0) {
		diag_add(d, DIAG_FATAL, dir, 0, 0, NULL, "cannot write in this folder: %s; nothing "
		         "was made (give another output, or make the folder writable)", strerror(errno));
		rc = -1;
	} else {
		close(fd);
		unlink(probe);
	}
	free(probe);
	return rc;
}

/* An existing target must be a regular file lpdoc could have written. */
static int outguard_replaceable(const char *path, diag_t *d)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return 0;   /* nothing there (a dangling link is replaced, not followed) */
	if (!S_ISREG(st.st_mode)) {
		diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "cannot write: it exists and is not a "
		         "regular file (lpdoc replaces only the PDFs and views it made); give another "
		         "file with -o");
		return -1;
	}
	if (!outguard_is_lpdoc_file(path)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, "exists and is not a document lpdoc made "
		         "(a PDF, a view or XSL-FO): refusing to replace it; move it away or give "
		         "another file with -o (nothing was written)");
		return -1;
	}
	return 0;
}

int outguard_file_check(const char *path, const char *records_dir, diag_t *d)
{
	if (strcmp(path, "-") == 0)
		return 0;
	char *dir = paths_dirname(path);
	int rc = outguard_outside(path, path, records_dir, d);
	if (rc == 0)
		rc = outguard_outside(dir, path, records_dir, d);
	if (rc == 0)
		rc = outguard_replaceable(path, d);
	if (rc == 0)
		rc = outguard_dir_probe(dir, d);
	free(dir);
	return rc;
}

int outguard_dir_check(const char *dir, const char *records_dir, diag_t *d)
{
	return outguard_outside(dir, dir, records_dir, d);
}
