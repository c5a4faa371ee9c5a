/*
 * fo_image: graphics.  fo:external-graphic (PNG, JPEG, SVG and PDF files;
 * GIF, BMP and TIFF through gdk-pixbuf, src/fo/fo_pixbuf.h;
 * relative to the FO file's folder) and fo:instream-foreign-object
 * holding SVG, drawn as vectors by librsvg.  A PDF graphic is one page of
 * the file, "file.pdf#page=N" (no fragment: page 1), drawn as vectors by
 * poppler-glib (src/util/pdfsrc.h): its text stays text, its fonts are
 * embedded; its intrinsic size is the page's (crop box) in points.  A PDF
 * is opened once for all its pages.  Sizes follow XSL 1.1 6.6.5:
 * the intrinsic size at 72 dpi as FOP assumes, content-width and
 * content-height (lengths, percentages, scale-to-fit), width and height
 * for the viewport, scaling uniform or non-uniform.  src may also be a
 * data: URI (RFC 2397) holding one of those images.  A graphic that
 * cannot be read is named in a warning (an image: FOP leaves an empty
 * area) or an error (a PDF, SVG in the FO).
 *
 * fo_images_t caches what it loaded (once per file, or per
 * instream-foreign-object), so a logo in static content is read and
 * embedded once; images are reference counted: items hold them.
 */
#ifndef LPDOC_FO_IMAGE_H
#define LPDOC_FO_IMAGE_H

#include <cairo.h>

#include "fo_layout.h"
#include "fo_text.h"

typedef struct fo_images fo_images_t;
typedef struct fo_image fo_image_t;

/* file: the FO file name used in messages; images resolve against its
 * folder, then against also (the stylesheet's folder; NULL: none).
 * librsvg lays SVG text out with Pango: it works holding fonts' lock
 * (fo_fonts_lock()), so that SVG may be drawn on the drawing thread. */
fo_images_t *fo_images_new(const char *file, const char *also, fo_fonts_t *fonts);
void fo_images_free(fo_images_t *c);
void fo_image_unref(fo_image_t *img);

/* Turns graphic n inside block area blk into a box item (a line of its
 * own); returns -1 after reporting an error when it cannot be read: SVG
 * in the FO, or a PDF.  An external PNG, JPEG or SVG image that cannot be
 * read (missing, not an image) is a warning and, as in FOP, an empty
 * area of the width and height the graphic declares (none: 0). */
int fo_graphic_item(const fo_node_t *n, fo_blk_t *blk, const fo_gen_env_t *env,
                    fo_item_t *box);
/* Adds graphic n to paragraph p as an object in its line (beside text);
 * ref_w resolves percentages.  An unreadable image is reported. */
void fo_graphic_inline(fo_para_t *p, const fo_node_t *n, double ref_w, const fo_gen_env_t *env);
/* Draws the graphics of item it whose block content starts at x, top y. */
void fo_graphic_draw(cairo_t *cr, const fo_item_t *it, double x, double y);
/* The graphic n is, or the one graphic alone (white space aside) in the
 * inlines n is (fo:inline, fo:wrapper, fo:basic-link); else NULL. */
const fo_node_t *fo_graphic_only(const fo_node_t *n);
/* fox:alt-text of a graphic, or NULL. */
const char *fo_graphic_alt(const fo_node_t *n);

#endif
