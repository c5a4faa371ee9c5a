/* brand: the partnership's identity for documents (see brand.h). */
#include "brand.h"

#include <stdlib.h>
#include <time.h>

#include "../util/paths.h"
#include "../util/xalloc.h"
#include "vxml.h"

/* House colours used when the records have no branding. */
static const char default_primary[] = "#1F3A5F";
static const char default_accent[] = "#B8860B";

static void brand_logo(xmlNode *n, const model_records_t *r)
{
	if (r->logo == NULL)
		return;
	char *path = paths_join(r->dir, r->logo);
	if (paths_is_file(path)) {
		/* An absolute name: the FO engine resolves it without a base. */
		char *abs = realpath(path, NULL);
		vxml_attr(n, "logo", abs ? abs : path);
		free(abs);
		vxml_attr(n, "logo-alt", r->logo_alt ? r->logo_alt : r->name);
	}
	free(path);
}

xmlNode *view_brand(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "partnership");
	vxml_attr(n, "id", r->id);
	vxml_attr(n, "name", r->name);
	vxml_attr(n, "short-name", r->short_name ? r->short_name : r->name);
	vxml_attr(n, "company-number", r->company_number);
	vxml_attr(n, "address", r->address);
	vxml_attr(n, "website", r->website);
	vxml_attr(n, "primary-colour", r->primary_colour ? r->primary_colour : default_primary);
	vxml_attr(n, "accent-colour", r->accent_colour ? r->accent_colour : default_accent);
	brand_logo(n, r);
	return n;
}

date_t view_as_of(const model_t *m)
{
	const model_records_t *r = model_records(m);
	if (date_is_set(r->as_of))
		return r->as_of;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	return (date_t){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}
