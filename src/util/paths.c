/* paths: see paths.h. */
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

#ifndef LPDOC_DATADIR
#define LPDOC_DATADIR "/usr/local/share/lpdoc"
#endif

int paths_is_dir(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

int paths_is_file(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

char *paths_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *paths_join(const char *dir, const char *name)
{
	if (name[0] == '/' || dir == NULL || dir[0] == '\0')
		return xstrdup(name);
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

static char *paths_exe_dir(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	return paths_dirname(exe);
}

static int paths_has_fonts(const char *dir)
{
	char *fonts = paths_join(dir, "fonts");
	int ok = paths_is_dir(fonts);
	free(fonts);
	return ok;
}

char *paths_datadir(void)
{
	const char *env = getenv("LPDOC_DATADIR");
	if (env && *env)
		return xstrdup(env);
	char *dir = paths_exe_dir();
	/* build/rel/lpdoc and build/san/lpdoc live two levels below the tree */
	for (int up = 0; dir && up < 3; up++) {
		if (paths_has_fonts(dir))
			return dir;
		char *parent = paths_dirname(dir);
		free(dir);
		dir = parent;
	}
	free(dir);
	return xstrdup(LPDOC_DATADIR);
}

char *paths_data_file(const char *rel)
{
	char *dir = paths_datadir();
	char *p = paths_join(dir, rel);
	free(dir);
	return p;
}

long paths_read_head(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	size_t n = fread(buf, 1, size - 1, f);
	fclose(f);
	buf[n] = '\0';
	return (long)n;
}
