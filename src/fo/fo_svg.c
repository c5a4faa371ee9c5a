/* fo_svg: see fo_svg.h. */
#include "fo_svg.h"

#include "../util/dl.h"

#define RSVG_LIBRARY "librsvg-2.so.2"

struct fo_svg {
	void *lib;               /* first: a dl_table_open() table */
	RsvgHandle *(*new_from_file)(const gchar *file, GError **error);
	RsvgHandle *(*new_from_data)(const guint8 *data, gsize len, GError **error);
	gboolean (*size_in_pixels)(RsvgHandle *h, gdouble *w, gdouble *height);
	void (*dimensions)(RsvgHandle *h, gboolean *has_w, RsvgLength *w, gboolean *has_h,
	                   RsvgLength *height, gboolean *has_viewbox, RsvgRectangle *viewbox);
	gboolean (*render)(RsvgHandle *h, cairo_t *cr, const RsvgRectangle *viewport,
	                   GError **error);
	void (*set_dpi)(RsvgHandle *h, double dpi);
};

static const dl_fn_t svg_fns[] = {
	DL_FN(fo_svg_t, "rsvg_handle_new_from_file", new_from_file),
	DL_FN(fo_svg_t, "rsvg_handle_new_from_data", new_from_data),
	DL_FN(fo_svg_t, "rsvg_handle_get_intrinsic_size_in_pixels", size_in_pixels),
	DL_FN(fo_svg_t, "rsvg_handle_get_intrinsic_dimensions", dimensions),
	DL_FN(fo_svg_t, "rsvg_handle_render_document", render),
	DL_FN(fo_svg_t, "rsvg_handle_set_dpi", set_dpi),
};

fo_svg_t *fo_svg_open(const char **why)
{
	return dl_table_open_why(RSVG_LIBRARY, sizeof(fo_svg_t), svg_fns,
	                         sizeof svg_fns / sizeof svg_fns[0],
	                         RSVG_LIBRARY " is not installed ('make deps' installs it)",
	                         RSVG_LIBRARY " is older than 2.52", why);
}

void fo_svg_close(fo_svg_t *s)
{
	dl_table_close(s);
}

RsvgHandle *fo_svg_load(const fo_svg_t *s, const char *file, const unsigned char *data,
                        size_t len)
{
	GError *err = NULL;
	RsvgHandle *h = file ? s->new_from_file(file, &err) : s->new_from_data(data, len, &err);
	g_clear_error(&err);
	/* A pixel is a point, as FOP's source resolution (72 dpi) makes it:
	 * width="400pt" is 400 points wide, not librsvg's 400 at 96 dpi. */
	if (h)
		s->set_dpi(h, 72.0);
	return h;
}

int fo_svg_size(const fo_svg_t *s, RsvgHandle *h, double *w, double *h_out)
{
	gdouble pw = 0, ph = 0;
	if (!s->size_in_pixels(h, &pw, &ph)) {
		gboolean has_vb = FALSE;
		RsvgRectangle vb;
		s->dimensions(h, NULL, NULL, NULL, NULL, &has_vb, &vb);
		/* Neither a size nor a viewBox: 100 by 100 user units, the
		 * viewport FOP's SVG reader (Batik) gives such a drawing. */
		pw = has_vb ? vb.width : 100;
		ph = has_vb ? vb.height : 100;
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
