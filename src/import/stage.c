/* stage: new record files written only when the folder still loads (see stage.h). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../model/model.h"
#include "../util/atomic.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "stage.h"

static int file_replaced(const char *rel, const stage_file_t *files, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(files[i].name, rel) == 0)
			return 1;
	return 0;
}

static int file_copy(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
	char block[65536];
	int rc = in && out ? 0 : -1;
	for (size_t k; rc == 0 && (k = fread(block, 1, sizeof block, in)) > 0;)
		rc = fwrite(block, 1, k, out) == k ? 0 : -1;
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		rc = -1;
	return rc;
}

/* One entry of the folder into the copy: folders made, symlinks copied as
 * symlinks, files hard-linked (or copied). */
static int entry_link(const char *from, const char *to, const struct stat *sb, int depth,
                      const char *rel, const stage_file_t *files, size_t n);

static int tree_link(const char *from, const char *to, int depth, const char *rel,
                     const stage_file_t *files, size_t n)
{
	DIR *dp = opendir(from);
	if (dp == NULL)
		return -1;
	int rc = 0;
	for (struct dirent *e; rc == 0 && (e = readdir(dp)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		char *src = paths_join(from, e->d_name), *dst = paths_join(to, e->d_name);
		char *sub = *rel ? xasprintf("%s/%s", rel, e->d_name) : xstrdup(e->d_name);
		struct stat sb;
		rc = lstat(src, &sb) == 0 ? entry_link(src, dst, &sb, depth, sub, files, n) : -1;
		free(sub);
		free(src);
		free(dst);
	}
	closedir(dp);
	return rc;
}

static int entry_link(const char *from, const char *to, const struct stat *sb, int depth,
                      const char *rel, const stage_file_t *files, size_t n)
{
	if (S_ISDIR(sb->st_mode)) {
		if (depth >= 8)
			return 0;   /* records are never that deep */
		return mkdir(to, 0700) == 0 ? tree_link(from, to, depth + 1, rel, files, n) : -1;
	}
	if (S_ISLNK(sb->st_mode)) {
		char target[4096];
		ssize_t k = readlink(from, target, sizeof target - 1);
		if (k < 0)
			return -1;
		target[k] = '\0';
		return symlink(target, to);
	}
	if (!S_ISREG(sb->st_mode) || file_replaced(rel, files, n))
		return 0;
	return link(from, to) == 0 ? 0 : file_copy(from, to);
}

/* Removes the copy: path and, for a folder (not a symlink), all in it. */
static void tree_remove(const char *path)
{
	struct stat sb;
	DIR *dp = lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode) ? opendir(path) : NULL;
	for (struct dirent *e; dp && (e = readdir(dp)) != NULL;) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *sub = paths_join(path, e->d_name);
		tree_remove(sub);
		free(sub);
	}
	if (dp)
		closedir(dp);
	remove(path);
}

static int files_put(const char *dir, const stage_file_t *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *path = paths_join(dir, files[i].name);
		FILE *fp = fopen(path, "wb");
		int ok = fp && fputs(files[i].text, fp) >= 0;
		if (fp && fclose(fp) != 0)
			ok = 0;
		free(path);
		if (!ok)
			return -1;
	}
	return 0;
}

/* The load's errors, under dir's names rather than the copy's. */
static void errors_move(const diag_t *from, const char *tmp, const char *dir, diag_t *to)
{
	size_t k = strlen(tmp);
	for (size_t i = 0; i < diag_len(from); i++) {
		const diag_msg_t *m = diag_get(from, i);
		if (m->level < DIAG_ERROR)
			continue;
		int ours = m->file && strncmp(m->file, tmp, k) == 0 && m->file[k] == '/';
		char *file = ours ? paths_join(dir, m->file + k + 1) : xstrdup(m->file ? m->file : "");
		diag_add(to, m->level, *file ? file : NULL, m->line, m->col, m->clause, "%s (loading the "
		         "records with the import: nothing was written)", m->text);
		free(file);
	}
}

int stage_verify(const char *dir, const stage_file_t *files, size_t n, diag_t *d)
{
	char *tmp = paths_join(dir, ".lpdoc-import.XXXXXX");
	if (mkdtemp(tmp) == NULL) {
		diag_add(d, DIAG_FATAL, dir, 0, 0, NULL, "cannot write in the records folder: %s",
		         strerror(errno));
		free(tmp);
		return -1;
	}
	int rc = tree_link(dir, tmp, 0, "", files, n) == 0 && files_put(tmp, files, n) == 0 ? 0 : -1;
	if (rc != 0)
		diag_add(d, DIAG_FATAL, dir, 0, 0, NULL, "cannot copy the records to check them "
		         "before writing: %s", strerror(errno));
	diag_t *load = diag_new();
	model_t *m = rc == 0 ? model_load(tmp, load) : NULL;
	if (rc == 0 && m == NULL) {
		errors_move(load, tmp, dir, d);
		rc = -1;
	}
	model_free(m);
	diag_free(load);
	tree_remove(tmp);
	free(tmp);
	return rc;
}

int stage_write(const char *dir, const stage_file_t *files, size_t n, diag_t *d)
{
	for (size_t i = 0; i < n; i++) {
		char *path = paths_join(dir, files[i].name);
		atomic_out_t out;
		int rc = atomic_out_open(&out, path, d);
		if (rc == 0) {
			if (fputs(files[i].text, out.fp) >= 0)
				rc = atomic_out_commit(&out, d);
			else {
				atomic_out_fail(&out, errno, d);
				rc = -1;
			}
		}
		free(path);
		if (rc != 0)
			return -1;
	}
	return 0;
}
