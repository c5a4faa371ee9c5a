/*
 * fo_pixbuf: GIF, BMP and TIFF graphics, decoded by gdk-pixbuf.
 *
 * FOP reads every raster format Java's ImageIO knows; lpdoc reads PNG and
 * JPEG itself and the older formats documents still name (GIF above all,
 * BMP, TIFF) through gdk-pixbuf's loaders.  gdk-pixbuf comes with librsvg
 * and, like it, is opened with dlopen() at the first such graphic
 * (src/util/dl.h), so that documents without one do not pay for it.
 *
 * fo_pixbuf_t owns the library handle and the functions lpdoc calls; the
 * surfaces fo_pixbuf_decode() returns belong to the caller.
 */
#ifndef LPDOC_FO_PIXBUF_H
#define LPDOC_FO_PIXBUF_H

#include <stddef.h>
#include <cairo.h>

typedef struct fo_pixbuf fo_pixbuf_t;

/* Whether data starts as a GIF, BMP or TIFF file does. */
int fo_pixbuf_is_raster(const unsigned char *data, size_t len);
/* NULL when gdk-pixbuf cannot be opened (*why says why, static text).
 * The result is a dl table (src/util/dl.h): dl_table_close() closes it. */
fo_pixbuf_t *fo_pixbuf_open(const char **why);
/* The image in data as a cairo surface (ARGB32), or NULL when the
 * loaders cannot read it. */
cairo_surface_t *fo_pixbuf_decode(const fo_pixbuf_t *p, const unsigned char *data, size_t len);

#endif
