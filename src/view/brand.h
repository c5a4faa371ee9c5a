/*
 * brand: the partnership's identity as every document shows it — name,
 * short name, address, website, company number, colours and logo — as
 * one <partnership> element of a document's view.
 *
 * Stylesheets (common.xsl) read only this element for branding, so a
 * partnership's look lives in its records.  Defaults are filled in here
 * (colours when the records give none) and the logo is given as an
 * absolute file name, only when the file exists, so a stylesheet never
 * has to test or compute anything.
 */
#ifndef LPDOC_VIEW_BRAND_H
#define LPDOC_VIEW_BRAND_H

#include <libxml/tree.h>

#include "../model/model.h"

/* Adds <partnership .../> under parent and returns it (owned by the document). */
xmlNode *view_brand(xmlNode *parent, const model_t *m);

/* The date documents are "as of": the records' as-of date, else today. */
date_t view_as_of(const model_t *m);

#endif
