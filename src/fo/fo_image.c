/* fo_image: see fo_image.h. */
#include "fo_image.h"

#include <ctype.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fo_extra.h"
#include "fo_msg.h"
#include "fo_nav.h"
#include "fo_pixbuf.h"
#include "fo_svg.h"
#include "fo_text.h"
#include "../util/buf.h"
#include "../util/datauri.h"
#include "../util/dl.h"
#include "../util/paths.h"
#include "../util/pdfsrc.h"
#include "../util/xalloc.h"

struct fo_image {
	atomic_int refs;         /* atomic: see fo_blk_t */
	char *key;               /* path, or the node's address for inline SVG */
	cairo_surface_t *surface; /* PNG, JPEG */
	RsvgHandle *svg;
	const pdfsrc_t *pdf;     /* a PDF's page (the document is the cache's) */
	int page;                /* counted from 1 */
	int pdf_asked;           /* a PDF's page was asked for */
	int missing;             /* unreadable: an empty area (FOP's way) */
	pdfsrc_status_t pdf_st;  /* why it could not be read */
	fo_images_t *cache;      /* the cache it is in: librsvg and the fonts'
	                            lock (images are drawn before it is freed) */
	double w, h;             /* intrinsic size, points */
	fo_image_t *next;        /* the cache's list */
};

/* A PDF file the graphics take pages from (or why it cannot be read). */
typedef struct pdf_doc {
	char *path;
	pdfsrc_t *doc;
	pdfsrc_status_t st;
	struct pdf_doc *next;
} pdf_doc_t;

struct fo_images {
	char *dir;               /* the FO file's folder, with a final '/' */
	char *dir2;              /* also looked in (the stylesheet folder), or NULL */
	fo_image_t *list;
	fo_svg_t *svg;           /* opened at the first SVG */
	const char *svg_why;     /* why it could not be (static text), or NULL */
	fo_pixbuf_t *pixbuf;     /* opened at the first GIF, BMP or TIFF */
	const char *pixbuf_why;  /* why it could not be (static text), or NULL */
	pdf_doc_t *pdfs;         /* the PDFs opened, each once */
	pdfsrc_lib_t *pdflib;    /* poppler-glib, opened at the first PDF */
	int pdflib_tried;
	fo_fonts_t *fonts;       /* borrowed: see fo_images_new() */
};

fo_images_t *fo_images_new(const char *file, const char *also, fo_fonts_t *fonts)
{
	fo_images_t *c = xcalloc(1, sizeof *c);
	c->fonts = fonts;
	if (also && *also)
		c->dir2 = xasprintf("%s/", also);
	const char *slash = file ? strrchr(file, '/') : NULL;
	c->dir = slash ? xstrndup(file, (size_t)(slash - file + 1)) : xstrdup("");
	return c;
}

void fo_image_unref(fo_image_t *img)
{
	if (img == NULL || --img->refs > 0)
		return;
	if (img->surface)
		cairo_surface_destroy(img->surface);
	if (img->svg)
		g_object_unref(img->svg);
	free(img->key);
	free(img);
}

void fo_images_free(fo_images_t *c)
{
	if (c == NULL)
		return;
	for (fo_image_t *i = c->list, *next; i; i = next) {
		next = i->next;
		fo_image_unref(i);
	}
	fo_svg_close(c->svg);  /* images drawn by now: none uses it again */
	dl_table_close(c->pixbuf);
	for (pdf_doc_t *p = c->pdfs, *next; p; p = next) {
		next = p->next;
		pdfsrc_close(p->doc);
		free(p->path);
		free(p);
	}
	pdfsrc_lib_close(c->pdflib);
	free(c->dir);
	free(c->dir2);
	free(c);
}

/* ---------- loading ---------- */

static int read_all(const char *path, unsigned char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	buf_t b = BUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	*len = b.len;
	*data = (unsigned char *)buf_take(&b);
	return bad ? -1 : 0;
}

/* Whether byte m after 0xFF in the entropy-coded data of a scan keeps
 * the scan going: a stuffed zero, a fill byte or a restart marker. */
static int jpeg_in_scan(unsigned m)
{
	return m == 0x00 || m == 0xFF || (m >= 0xD0 && m <= 0xD7);
}

/* The entropy-coded data of a scan from i: the offset of the marker
 * ending it (its 0xFF), or len when none does. */
static size_t jpeg_scan_end(const unsigned char *d, size_t len, size_t i)
{
	for (; i + 1 < len; i++)
		if (d[i] == 0xFF && !jpeg_in_scan(d[i + 1]))
			return i;
	return len;
}

/* The size of a JPEG whose markers are all well formed from SOI to EOI
 * (the PDF embeds its bytes as they are: a reader's decoder refuses an
 * unknown marker, so such a file is an unreadable image here).  A frame
 * (SOF) gives the size; after each scan (SOS) its data runs to the next
 * marker. */
static int jpeg_size(const unsigned char *d, size_t len, int *w, int *h)
{
	size_t i = 2;
	*w = *h = 0;
	while (i + 1 < len) {
		if (d[i] != 0xFF)
			return -1;
		unsigned m = d[i + 1];
		if (m == 0xFF) {             /* fill byte before a marker */
			i++;
			continue;
		}
		if (m == 0xD9)               /* EOI */
			return *w > 0 && *h > 0 ? 0 : -1;
		if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
			i += 2;
			continue;
		}
		if (m < 0xC0 || m == 0xD8 || i + 3 >= len)
			return -1;
		size_t seg = (size_t)d[i + 2] << 8 | d[i + 3];
		if (seg < 2 || i + 2 + seg > len)
			return -1;
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC && seg >= 7) {
			*h = d[i + 5] << 8 | d[i + 6];
			*w = d[i + 7] << 8 | d[i + 8];
		}
		i += 2 + seg;
		if (m == 0xDA)
			i = jpeg_scan_end(d, len, i);
	}
	return -1;
}

/* The resolution a PNG states (pHYs, per metre) or a JPEG (JFIF density),
 * in dots per inch; 0 when none: FOP then assumes 72. */
static double image_dpi(const unsigned char *d, size_t len)
{
	if (len > 8 && memcmp(d, "\x89PNG", 4) == 0) {
		for (size_t i = 8; i + 12 <= len;) {
			size_t n = (size_t)d[i] << 24 | (size_t)d[i + 1] << 16 | (size_t)d[i + 2] << 8 | d[i + 3];
			if (memcmp(d + i + 4, "pHYs", 4) == 0 && n >= 9 && i + 17 <= len)
				return d[i + 16] == 1 ? ((double)((size_t)d[i + 8] << 24 | (size_t)d[i + 9] << 16 |
				       (size_t)d[i + 10] << 8 | d[i + 11])) * 0.0254 : 0;
			if (memcmp(d + i + 4, "IDAT", 4) == 0 || n > len)
				break;
			i += 12 + n;
		}
		return 0;
	}
	if (len > 18 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF && d[3] == 0xE0 &&
	    memcmp(d + 6, "JFIF", 5) == 0) {
		double dens = d[14] << 8 | d[15];
		return d[13] == 1 ? dens : d[13] == 2 ? dens * 2.54 : 0;
	}
	return 0;
}

/* cairo embeds the JPEG data as it is (DCTDecode); the surface only
 * gives the size. */
static int load_jpeg(fo_image_t *img, unsigned char *data, size_t len)
{
	int w, h;
	if (jpeg_size(data, len, &w, &h) < 0) {
		free(data);
		return -1;
	}
	img->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	/* a surface in error (a size cairo refuses) keeps no mime data and
	 * never calls free on it */
	if (cairo_surface_status(img->surface) != CAIRO_STATUS_SUCCESS ||
	    cairo_surface_set_mime_data(img->surface, CAIRO_MIME_TYPE_JPEG, data, len, free, data) !=
	        CAIRO_STATUS_SUCCESS) {
		free(data);
		return -1;
	}
	img->w = w;
	img->h = h;
	return 0;
}

/* librsvg, opened the first time an image may be SVG. */
static const fo_svg_t *images_svg(fo_images_t *c)
{
	if (c->svg == NULL && c->svg_why == NULL)
		c->svg = fo_svg_open(&c->svg_why);
	return c->svg;
}

static int load_svg(fo_image_t *img, const unsigned char *data, size_t len, const char *base)
{
	const fo_svg_t *lib = images_svg(img->cache);
	if (lib == NULL)
		return -1;
	fo_fonts_lock(img->cache->fonts);
	img->svg = fo_svg_load(lib, base, data, len);
	int sized = img->svg && fo_svg_size(lib, img->svg, &img->w, &img->h) == 0;
	fo_fonts_unlock(img->cache->fonts);
	return sized && img->w > 0 && img->h > 0 ? 0 : -1;
}

/* A GIF, BMP or TIFF image, decoded by gdk-pixbuf (opened the first time
 * one is met); data stays the caller's. */
static int load_raster(fo_image_t *img, const unsigned char *data, size_t len)
{
	fo_images_t *c = img->cache;
	if (c->pixbuf == NULL && c->pixbuf_why == NULL)
		c->pixbuf = fo_pixbuf_open(&c->pixbuf_why);
	if (c->pixbuf == NULL)
		return -1;
	img->surface = fo_pixbuf_decode(c->pixbuf, data, len);
	if (img->surface == NULL)
		return -1;
	img->w = cairo_image_surface_get_width(img->surface);
	img->h = cairo_image_surface_get_height(img->surface);
	return 0;
}

/* PNG bytes for cairo's reader. */
typedef struct png_bytes {
	const unsigned char *p;
	size_t left;
} png_bytes_t;

static cairo_status_t png_read(void *closure, unsigned char *out, unsigned int n)
{
	png_bytes_t *b = closure;
	if (n > b->left)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(out, b->p, n);
	b->p += n;
	b->left -= n;
	return CAIRO_STATUS_SUCCESS;
}

/* A PNG, JPEG, GIF, BMP, TIFF or SVG image's bytes (data is taken over); path: its file,
 * against which an SVG's references resolve, or NULL. */
static int load_data(fo_image_t *img, const char *path, unsigned char *data, size_t len)
{
	if (len > 8 && memcmp(data, "\x89PNG", 4) == 0) {
		png_bytes_t b = { data, len };
		img->surface = cairo_image_surface_create_from_png_stream(png_read, &b);
		free(data);
		if (cairo_surface_status(img->surface) != CAIRO_STATUS_SUCCESS)
			return -1;
		img->w = cairo_image_surface_get_width(img->surface);
		img->h = cairo_image_surface_get_height(img->surface);
		return 0;
	}
	if (len > 3 && data[0] == 0xFF && data[1] == 0xD8)
		return load_jpeg(img, data, len);
	int rc = fo_pixbuf_is_raster(data, len) ? load_raster(img, data, len)
	                                        : load_svg(img, data, len, path);
	free(data);
	return rc;
}

/* The PDF file at path, opened once for all its pages' graphics. */
static pdf_doc_t *pdf_get(fo_images_t *c, const char *path)
{
	for (pdf_doc_t *p = c->pdfs; p; p = p->next)
		if (strcmp(p->path, path) == 0)
			return p;
	if (!c->pdflib_tried) {
		c->pdflib = pdfsrc_lib_open();
		c->pdflib_tried = 1;
		fo_fonts_make_current(c->fonts);
	}
	pdf_doc_t *p = xcalloc(1, sizeof *p);
	p->path = xstrdup(path);
	p->st = pdfsrc_open(c->pdflib, path, &p->doc);
	p->next = c->pdfs;
	c->pdfs = p;
	return p;
}

/* Page img->page of the PDF at path: its size is the graphic's. */
static int load_pdf(fo_image_t *img, const char *path)
{
	fo_fonts_lock(img->cache->fonts);
	const pdf_doc_t *p = pdf_get(img->cache, path);
	img->pdf = p->doc;
	img->pdf_st = p->doc ? pdfsrc_page_size(p->doc, img->page, &img->w, &img->h) : p->st;
	fo_fonts_unlock(img->cache->fonts);
	return img->pdf_st == PDFSRC_OK ? 0 : -1;
}

/* A "#page=N" ending path is cut off: N (0 when N is no number); else 1.
 * (A '#' otherwise is part of the file's name.) */
static int src_page(char *path)
{
	char *frag = strrchr(path, '#');
	if (frag == NULL || strncmp(frag, "#page=", 6) != 0)
		return 1;
	*frag = '\0';
	char *end;
	long n = strtol(frag + 6, &end, 10);
	return *end == '\0' && end > frag + 6 && n > 0 && n <= PDFSRC_MAX_PAGES ? (int)n : 0;
}

/* A PDF by its name, its page fragment or its first bytes. */
static int is_pdf(const char *path, int fragment)
{
	size_t len = strlen(path);
	char head[8];
	return fragment || (len > 4 && strcasecmp(path + len - 4, ".pdf") == 0) ||
	       (paths_read_head(path, head, sizeof head) > 0 && strncmp(head, "%PDF-", 5) == 0);
}

/* A PNG, JPEG, GIF, BMP, TIFF or SVG file, or the image a data: URI holds. */
static int load_image(fo_image_t *img, const char *path)
{
	unsigned char *data = NULL;
	size_t len;
	int is_uri = datauri_is(path);
	if ((is_uri ? datauri_decode(path, &data, &len) : read_all(path, &data, &len)) < 0 ||
	    len == 0) {
		free(data);
		return -1;
	}
	if (is_uri)
		path = NULL;
	double dpi = image_dpi(data, len);
	int rc = load_data(img, path, data, len);
	if (rc == 0 && img->svg == NULL && dpi > 0) {
		img->w *= 72.0 / dpi;
		img->h *= 72.0 / dpi;
	}
	return rc;
}

/* The graphic's file: key is its path, perhaps with a PDF's "#page=N". */
static int load_file(fo_image_t *img, const char *key)
{
	char *path = xstrdup(key);
	img->page = src_page(path);
	img->pdf_asked = !datauri_is(key) && is_pdf(path, strcmp(path, key) != 0);
	int rc = img->pdf_asked ? load_pdf(img, path) : load_image(img, key);
	free(path);
	return rc;
}

/* url('x'), url(x) or x, relative to the FO file's folder. */
static char *src_path(const fo_images_t *c, const char *src)
{
	char *uri = fo_uri_spec(src);
	const char *p = uri;
	if (datauri_is(p))
		return uri;
	if (strncmp(p, "file://", 7) == 0)
		p += 7;
	else if (strncmp(p, "file:", 5) == 0)
		p += 5;
	char *path = p[0] == '/' ? xstrdup(p) : xasprintf("%s%s", c->dir, p);
	if (p[0] != '/' && c->dir2 && access(path, R_OK) != 0) {
		char *other = xasprintf("%s%s", c->dir2, p);
		if (access(other, R_OK) == 0) {
			free(path);
			path = other;
		} else {
			free(other);
		}
	}
	free(uri);
	return path;
}

/* The SVG element of an instream-foreign-object, serialised with the
 * namespaces it uses declared on it. */
static int ifo_svg(const fo_node_t *n, fo_image_t *img)
{
	xmlNode *svg = NULL;
	for (xmlNode *x = n->xml->children; x && svg == NULL; x = x->next)
		if (x->type == XML_ELEMENT_NODE)
			svg = x;
	if (svg == NULL)
		return -1;
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode *copy = xmlDocCopyNode(svg, doc, 1);
	xmlDocSetRootElement(doc, copy);
	xmlReconciliateNs(doc, copy);
	xmlChar *mem = NULL;
	int len = 0;
	xmlDocDumpMemory(doc, &mem, &len);
	xmlFreeDoc(doc);
	int rc = mem ? load_svg(img, mem, (size_t)len, NULL) : -1;
	xmlFree(mem);
	return rc;
}

/* Says why a PDF graphic n (src: its src) cannot be used: an error. */
static void image_pdf_error(const fo_image_t *img, const fo_node_t *n, const fo_gen_env_t *env,
                            const char *src)
{
	const char *frag = strrchr(img->key, '#');
	size_t path_len = frag ? (size_t)(frag - img->key) : strlen(img->key);
	char *path = xstrndup(img->key, path_len);
	int pages = img->pdf ? pdfsrc_pages(img->pdf) : 0;
	if (img->pdf_st != PDFSRC_NO_SUCH_PAGE) {
		fo_report(env->diag, env->file, n->line, n->col, FO_MSG_PDF_UNREADABLE, src, path,
		          pdfsrc_status_text(img->pdf_st));
	} else if (img->page > 0) {
		char *has = xasprintf("%d page%s", pages, pages == 1 ? "" : "s");
		fo_report(env->diag, env->file, n->line, n->col, FO_MSG_PDF_NO_SUCH_PAGE, frag + 6,
		          src, path, has);
		free(has);
	} else {
		fo_report(env->diag, env->file, n->line, n->col, FO_MSG_PDF_PAGE_NOT_NUMBER,
		          frag ? frag + 6 : "", src, path, pages);
	}
	free(path);
}

/* Says why graphic n (src: its src, NULL for SVG in the FO) cannot be
 * read into img: an error, or a warning for an external-graphic that is
 * no PDF (FOP leaves an empty area; see fo_graphic_item()). */
static void image_error(const fo_image_t *img, const fo_node_t *n, const fo_gen_env_t *env,
                        const char *src)
{
	const fo_images_t *c = img->cache;
	diag_t *d = env->diag;
	if (img->pdf_asked) {
		image_pdf_error(img, n, env, src);
	} else if (src == NULL) {
		if (c->svg_why)
			fo_report(d, env->file, n->line, n->col, FO_MSG_INSTREAM_SVG_UNREADABLE,
			          c->svg_why);
		else
			fo_report(d, env->file, n->line, n->col, FO_MSG_INSTREAM_NO_SVG);
	} else if (datauri_is(img->key)) {
		char *uri = xasprintf("%.40s%s", img->key, strlen(img->key) > 40 ? "..." : "");
		char *why = xasprintf("%s%s", c->svg_why ? " as SVG: " : "",
		                      c->svg_why ? c->svg_why : "");
		fo_report(d, env->file, n->line, n->col, FO_MSG_DATA_URI_UNREADABLE, uri, why);
		free(uri);
		free(why);
	} else if (c->svg_why) {
		fo_report(d, env->file, n->line, n->col, FO_MSG_IMAGE_SVG_UNREADABLE, src, c->svg_why);
	} else {
		fo_report(d, env->file, n->line, n->col, FO_MSG_IMAGE_UNREADABLE, src, img->key);
	}
}

/* What img holds, let go of: it stays as an empty area. */
static void image_clear(fo_image_t *img)
{
	if (img->surface)
		cairo_surface_destroy(img->surface);
	if (img->svg)
		g_object_unref(img->svg);
	img->surface = NULL;
	img->svg = NULL;
	img->w = img->h = 0;
	img->missing = 1;
}

static fo_image_t *image_get(fo_images_t *c, const fo_node_t *n, const fo_gen_env_t *env)
{
	int inline_svg = n->kind == FO_K_INSTREAM_FOREIGN_OBJECT;
	const char *src = fo_attr(n, "src");
	char *key = inline_svg ? xasprintf("%p", (const void *)n) : src_path(c, src ? src : "");
	for (fo_image_t *i = c->list; i; i = i->next) {
		if (strcmp(i->key, key) == 0) {
			free(key);
			i->refs++;
			return i;
		}
	}
	fo_image_t *img = xcalloc(1, sizeof *img);
	img->refs = 1;
	img->key = key;
	img->cache = c;
	int rc = inline_svg ? ifo_svg(n, img) : load_file(img, key);
	if (rc < 0) {
		char *dkey = xasprintf("image:%s", key);
		if (diag_once(env->diag, dkey))
			image_error(img, n, env, inline_svg ? NULL : src ? src : "");
		free(dkey);
		if (inline_svg || img->pdf_asked) {
			fo_image_unref(img);
			return NULL;
		}
		image_clear(img);
	}
	img->next = c->list;
	c->list = img;
	img->refs++;
	return img;
}

/* ---------- sizes ---------- */

/* A content-width/-height: -1 for auto, -2 for scale-to-fit, else points. */
static double content_len(const fo_node_t *n, const char *name, double intrinsic)
{
	const char *v = fo_attr(n, name);
	fo_len_t l;
	if (v == NULL || strcmp(v, "auto") == 0)
		return -1;
	if (strncmp(v, "scale-", 6) == 0)
		return -2;
	if (fo_len_parse(v, n->style->font_size, &l) < 0)
		return -1;
	return l.pt + l.pct / 100.0 * intrinsic;
}

static void graphic_size(const fo_node_t *n, const fo_image_t *img, double ref,
                         double *cw, double *ch, double *vw, double *vh)
{
	*vw = fo_attr_dimension(n, 0, ref);
	*vh = fo_attr_dimension(n, 1, ref);
	if (img->missing) {  /* FOP: the viewport's declared size, empty */
		*cw = *ch = 0;
		*vw = *vw > 0 ? *vw : 0;
		*vh = *vh > 0 ? *vh : 0;
		return;
	}
	*cw = content_len(n, "content-width", img->w);
	*ch = content_len(n, "content-height", img->h);
	const char *sc = fo_attr(n, "scaling");
	int uniform = sc == NULL || strcmp(sc, "non-uniform") != 0;
	if (*cw == -2 || *ch == -2) {
		double sx = *vw > 0 ? *vw / img->w : -1, sy = *vh > 0 ? *vh / img->h : -1;
		double s = sx > 0 && sy > 0 ? (sx < sy ? sx : sy) : sx > 0 ? sx : sy > 0 ? sy : 1;
		*cw = img->w * s;
		*ch = img->h * s;
		if (!uniform) {
			*cw = sx > 0 ? *vw : *cw;
			*ch = sy > 0 ? *vh : *ch;
		}
	} else if (*cw >= 0 && *ch < 0) {
		*ch = uniform ? img->h * *cw / img->w : img->h;
	} else if (*ch >= 0 && *cw < 0) {
		*cw = uniform ? img->w * *ch / img->h : img->w;
	} else if (*cw < 0 && *ch < 0) {
		*cw = img->w;
		*ch = img->h;
	}
	if (*vw < 0)
		*vw = *cw;
	if (*vh < 0)
		*vh = *ch;
}

int fo_graphic_item(const fo_node_t *n, fo_blk_t *blk, const fo_gen_env_t *env,
                    fo_item_t *box)
{
	fo_image_t *img = image_get(env->images, n, env);
	if (img == NULL)
		return -1;
	double cw, ch, vw, vh;
	graphic_size(n, img, blk->w, &cw, &ch, &vw, &vh);
	/* The viewport sits on the baseline of a line of its own, whose
	 * strut gives the space below it; as in FOP, the line is the taller
	 * of the viewport and the ascent, the descent, and the half-leading
	 * above and below. */
	const fo_style_t *st = blk->st;
	double a, d;
	fo_font_extents(st, &a, &d);
	double hl = (fo_style_line_height(st) - (a + d)) / 2.0;
	double top = (a > vh ? a : vh) + hl;  /* half-leading above too, as FOP */
	fo_extra_t *e = xcalloc(1, sizeof *e);
	e->kind = FO_EX_GRAPHIC;
	e->node = n;
	e->img = img;
	e->w = vw;
	e->h = vh;
	e->y = top - vh;
	e->x = st->text_align == FO_ALIGN_CENTER ? (blk->w - vw) / 2
	       : st->text_align == FO_ALIGN_END ? blk->w - vw : 0;
	e->cw = cw;
	e->ch = ch;
	memset(box, 0, sizeof *box);
	box->kind = FO_IT_BOX;
	box->h = top + d + hl;
	box->blk = fo_blk_ref(blk);
	fo_extra_append(&box->extra, e);
	return 0;
}

static void graphic_paint(cairo_t *cr, const fo_extra_t *e, double x, double y)
{
	const fo_image_t *img = e->img;
	cairo_save(cr);
	cairo_rectangle(cr, x, y, e->w, e->h);
	cairo_clip(cr);
	if (img->svg) {
		fo_fonts_lock(img->cache->fonts);
		fo_svg_render(img->cache->svg, img->svg, cr, x, y, e->cw, e->ch);
		fo_fonts_unlock(img->cache->fonts);
	} else if (img->pdf) {
		cairo_translate(cr, x, y);
		cairo_scale(cr, e->cw / img->w, e->ch / img->h);
		fo_fonts_lock(img->cache->fonts);
		pdfsrc_page_draw(img->pdf, img->page, cr);
		fo_fonts_unlock(img->cache->fonts);
	} else if (img->surface) {
		cairo_translate(cr, x, y);
		cairo_scale(cr, e->cw / cairo_image_surface_get_width(img->surface),
		            e->ch / cairo_image_surface_get_height(img->surface));
		/* In a group of its own: cairo 1.16 lists an image painted twice on
		 * a page twice in the page's resources (a duplicated key). */
		cairo_push_group(cr);
		cairo_set_source_surface(cr, img->surface, 0, 0);
		cairo_paint(cr);
		cairo_pop_group_to_source(cr);
		cairo_paint(cr);
	}
	cairo_restore(cr);
}

void fo_graphic_draw(cairo_t *cr, const fo_item_t *it, double x, double y)
{
	for (const fo_extra_t *e = it->extra; e; e = e->next)
		if (e->kind == FO_EX_GRAPHIC)
			graphic_paint(cr, e, x + e->x, y + e->y);
}

const char *fo_graphic_alt(const fo_node_t *n)
{
	return fo_attr_fox(n, "alt-text");
}

const fo_node_t *fo_graphic_only(const fo_node_t *n)
{
	if (n->kind == FO_K_EXTERNAL_GRAPHIC || n->kind == FO_K_INSTREAM_FOREIGN_OBJECT)
		return n;
	if (n->kind != FO_K_INLINE && n->kind != FO_K_WRAPPER && n->kind != FO_K_BASIC_LINK)
		return NULL;
	const fo_node_t *found = NULL;
	for (const fo_node_t *k = n->first; k; k = k->next) {
		if (k->kind == FO_K_TEXT) {
			for (size_t i = 0; i < k->text_len; i++)
				if (!isspace((unsigned char)k->text[i]))
					return NULL;
			continue;
		}
		if (found || (found = fo_graphic_only(k)) == NULL)
			return NULL;
	}
	return found;
}

static void inline_draw(void *data, cairo_t *cr, double x, double top)
{
	graphic_paint(cr, data, x, top);
	cairo_set_source_rgb(cr, 0, 0, 0);
}

static void inline_release(void *data)
{
	fo_extra_free(data);
}

void fo_graphic_inline(fo_para_t *p, const fo_node_t *n, double ref_w, const fo_gen_env_t *env)
{
	fo_image_t *img = image_get(env->images, n, env);
	if (img == NULL)
		return;
	fo_extra_t *e = xcalloc(1, sizeof *e);
	double vw, vh;
	graphic_size(n, img, ref_w, &e->cw, &e->ch, &vw, &vh);
	e->kind = FO_EX_GRAPHIC;
	e->node = n;
	e->img = img;
	e->w = vw;
	e->h = vh;
	fo_inline_obj_t o = { vw, vh, 0, inline_draw, inline_release, e };
	fo_para_add_object(p, &o, n->style);
}
