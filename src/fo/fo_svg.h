/*
 * fo_svg: librsvg, opened when a document first needs it.
 *
 * librsvg and the libraries only it uses (gdk-pixbuf, libjpeg) take about
 * 2 ms to load and link at every start, a tenth of a short render, and
 * most documents have no SVG.  lpdoc is therefore not linked with it: the
 * image cache opens it with dlopen() at the first SVG graphic.
 *
 * fo_svg_t owns the library handle and the functions lpdoc calls.  The
 * library itself is never unloaded (RTLD_NODELETE: it is written in Rust
 * and leaves thread-local destructors behind), so closing is cheap and
 * opening again finds it loaded.  Handles (RsvgHandle) belong to the
 * caller, who unreferences them with g_object_unref().
 */
#ifndef LPDOC_FO_SVG_H
#define LPDOC_FO_SVG_H

#include <stddef.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

typedef struct fo_svg fo_svg_t;

/* NULL when librsvg cannot be opened (*why says why, static text). */
fo_svg_t *fo_svg_open(const char **why);
void fo_svg_close(fo_svg_t *s);

/* Parses the SVG in file (when not NULL, so that relative references
 * resolve) or in data; NULL when it is not SVG. */
RsvgHandle *fo_svg_load(const fo_svg_t *s, const char *file, const unsigned char *data,
                        size_t len);
/* The intrinsic size in points (CSS pixels at 72 per inch, as librsvg
 * gives them), or the viewBox's; 100 by 100 when it has neither, as FOP. */
int fo_svg_size(const fo_svg_t *s, RsvgHandle *h, double *w, double *h_out);
/* Draws h scaled into the rectangle x, y, w, h_box of cr. */
void fo_svg_render(const fo_svg_t *s, RsvgHandle *h, cairo_t *cr, double x, double y,
                   double w, double h_box);

#endif
