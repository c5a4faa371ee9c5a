/* fo_pixbuf: see fo_pixbuf.h. */
#include "fo_pixbuf.h"

#include <stdint.h>
#include <string.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#include "../util/dl.h"

#define PIXBUF_LIBRARY "libgdk_pixbuf-2.0.so.0"

struct fo_pixbuf {
	void *lib;               /* first: a dl_table_open() table */
	GdkPixbufLoader *(*loader_new)(void);
	gboolean (*write)(GdkPixbufLoader *l, const guchar *buf, gsize count, GError **error);
	gboolean (*close)(GdkPixbufLoader *l, GError **error);
	GdkPixbuf *(*get_pixbuf)(GdkPixbufLoader *l);
	int (*width)(const GdkPixbuf *b);
	int (*height)(const GdkPixbuf *b);
	int (*rowstride)(const GdkPixbuf *b);
	int (*channels)(const GdkPixbuf *b);
	const guint8 *(*pixels)(const GdkPixbuf *b);
};

static const dl_fn_t pixbuf_fns[] = {
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_loader_new", loader_new),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_loader_write", write),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_loader_close", close),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_loader_get_pixbuf", get_pixbuf),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_get_width", width),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_get_height", height),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_get_rowstride", rowstride),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_get_n_channels", channels),
	DL_FN(fo_pixbuf_t, "gdk_pixbuf_read_pixels", pixels),
};

int fo_pixbuf_is_raster(const unsigned char *d, size_t len)
{
	if (len < 8)
		return 0;
	return memcmp(d, "GIF8", 4) == 0 || memcmp(d, "BM", 2) == 0 ||
	       memcmp(d, "II*\0", 4) == 0 || memcmp(d, "MM\0*", 4) == 0;
}

fo_pixbuf_t *fo_pixbuf_open(const char **why)
{
	return dl_table_open_why(PIXBUF_LIBRARY, sizeof(fo_pixbuf_t), pixbuf_fns,
	                         sizeof pixbuf_fns / sizeof pixbuf_fns[0],
	                         PIXBUF_LIBRARY " is not installed ('make deps' installs it)",
	                         PIXBUF_LIBRARY " is older than 2.32", why);
}

/* One pixel of RGB(A) bytes as cairo's premultiplied native-endian ARGB. */
static uint32_t pixel_argb(const guint8 *s, int channels)
{
	uint32_t a = channels == 4 ? s[3] : 255;
	uint32_t r = s[0] * a / 255, g = s[1] * a / 255, b = s[2] * a / 255;
	return a << 24 | r << 16 | g << 8 | b;
}

/* The pixbuf's pixels copied into a new surface. */
static cairo_surface_t *pixbuf_surface(const fo_pixbuf_t *p, const GdkPixbuf *b)
{
	int w = p->width(b), h = p->height(b), stride = p->rowstride(b), ch = p->channels(b);
	if (w <= 0 || h <= 0 || (ch != 3 && ch != 4))
		return NULL;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return NULL;
	}
	cairo_surface_flush(s);
	unsigned char *out = cairo_image_surface_get_data(s);
	int ostride = cairo_image_surface_get_stride(s);
	const guint8 *px = p->pixels(b);
	for (int y = 0; y < h; y++) {
		uint32_t *row = (uint32_t *)(void *)(out + (size_t)y * ostride);
		for (int x = 0; x < w; x++)
			row[x] = pixel_argb(px + (size_t)y * stride + (size_t)x * ch, ch);
	}
	cairo_surface_mark_dirty(s);
	return s;
}

cairo_surface_t *fo_pixbuf_decode(const fo_pixbuf_t *p, const unsigned char *data, size_t len)
{
	GError *err = NULL;
	GdkPixbufLoader *l = p->loader_new();
	if (l == NULL)
		return NULL;
	int ok = p->write(l, data, len, &err);
	g_clear_error(&err);
	ok = p->close(l, &err) && ok;
	g_clear_error(&err);
	GdkPixbuf *b = ok ? p->get_pixbuf(l) : NULL;
	cairo_surface_t *s = b ? pixbuf_surface(p, b) : NULL;
	g_object_unref(l);
	return s;
}
