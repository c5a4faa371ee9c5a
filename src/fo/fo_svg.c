/* fo_svg: see fo_svg.h. */
#include "fo_svg.h"

#include <stdlib.h>
#include <string.h>

#include "../util/dl.h"
#include "../util/xalloc.h"

#define RSVG_LIBRARY "librsvg-2.so.2"

struct fo_svg {
	void *lib;
	RsvgHandle *(*new_from_file)(const gchar *file, GError **error);
	RsvgHandle *(*new_from_data)(const guint8 *data, gsize len, GError **error);
	gboolean (*size_in_pixels)(RsvgHandle *h, gdouble *w, gdouble *height);
	void (*dimensions)(RsvgHandle *h, gboolean *has_w, RsvgLength *w, gboolean *has_h,
	                   RsvgLength *height, gboolean *has_viewbox, RsvgRectangle *viewbox);
	gboolean (*render)(RsvgHandle *h, cairo_t *cr, const RsvgRectangle *viewport,
	                   GError **error);
};

#define SYMBOL(s, name, field) DL_SYMBOL((s)->lib, name, s, field)

fo_svg_t *fo_svg_open(const char **why)
{
	fo_svg_t *s = xcalloc(1, sizeof *s);
	s->lib = dl_open(RSVG_LIBRARY);
	if (s->lib == NULL) {
		*why = RSVG_LIBRARY " is not installed ('make deps' installs it)";
		free(s);
		return NULL;
	}
	if (SYMBOL(s, "rsvg_handle_new_from_file", new_from_file) < 0
	    || SYMBOL(s, "rsvg_handle_new_from_data", new_from_data) < 0
	    || SYMBOL(s, "rsvg_handle_get_intrinsic_size_in_pixels", size_in_pixels) < 0
	    || SYMBOL(s, "rsvg_handle_get_intrinsic_dimensions", dimensions) < 0
	    || SYMBOL(s, "rsvg_handle_render_document", render) < 0) {
		*why = RSVG_LIBRARY " is older than 2.52";
		fo_svg_close(s);
		return NULL;
	}
	return s;
}

void fo_svg_close(fo_svg_t *s)
{
	if (s == NULL)
		return;
	dl_close(s->lib);
	free(s);
}

RsvgHandle *fo_svg_load(const fo_svg_t *s, const char *file, const unsigned char *data,
                        size_t len)
{
	GError *err = NULL;
	RsvgHandle *h = file ? s->new_from_file(file, &err) : s->new_from_data(data, len, &err);
	g_clear_error(&err);
	return h;
}

int fo_svg_size(const fo_svg_t *s, RsvgHandle *h, double *w, double *h_out)
{
	gdouble pw = 0, ph = 0;
	if (!s->size_in_pixels(h, &pw, &ph)) {
		gboolean has_vb = FALSE;
		RsvgRectangle vb;
		s->dimensions(h, NULL, NULL, NULL, NULL, &has_vb, &vb);
		if (!has_vb)
			return -1;
		pw = vb.width;
		ph = vb.height;
	}
	*w = pw;
	*h_out = ph;
	return 0;
}

void fo_svg_render(const fo_svg_t *s, RsvgHandle *h, cairo_t *cr, double x, double y,
                   double w, double h_box)
{
	RsvgRectangle vp = { x, y, w, h_box };
	s->render(h, cr, &vp, NULL);
}
