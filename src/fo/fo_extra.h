/*
 * fo_extra: what an item of the vertical list carries besides its box:
 * the links on a line (fo:basic-link), the markers of the block it
 * starts (fo:marker), a graphic (fo:external-graphic,
 * fo:instream-foreign-object), a container (fo:block-container), the
 * footnote bodies cited on a line (fo:footnote) and the before-floats
 * (fo:float float="before").
 *
 * An item owns its extras (fo_item_clear() frees them): a graphic holds a
 * reference to its loaded image, containers and footnotes own their
 * laid-out items.
 * Nodes are the FO tree's.
 */
#ifndef LPDOC_FO_EXTRA_H
#define LPDOC_FO_EXTRA_H

#include <stddef.h>

#include "fo_layout.h"

typedef enum fo_extra_kind {
	FO_EX_LINK,              /* a link over bytes [start, end) of a line */
	FO_EX_MARKER,            /* node: an fo:marker of the block started here, or
	                            of an inline on this line (start, end: set where
	                            the inline does not start, end) */
	FO_EX_GRAPHIC,           /* img drawn at x from the block's start, y from the top */
	FO_EX_CONTAINER,         /* cont: an absolutely positioned block-container */
	FO_EX_FOOTNOTE,          /* cont: a footnote body cited on this line (start: where) */
	FO_EX_FLOAT_BEFORE,      /* cont: an fo:float float="before" cited on this line
	                            (start: where), drawn at the top of the page (fo_float) */
	FO_EX_CHANGE_BAR         /* node: the fo:change-bar-begin of a change (fo_changebar) */
} fo_extra_kind_t;

struct fo_image;
struct fo_cont;

struct fo_extra {
	fo_extra_kind_t kind;
	fo_extra_t *next;
	const fo_node_t *node;
	size_t start, end;       /* LINK */
	const char *dest;        /* LINK: an id, or a URI when external */
	int external;
	struct fo_image *img;    /* GRAPHIC */
	double x, y, w, h;       /* GRAPHIC: the viewport in the item; LINK: w > 0,
	                            the whole line w wide (fo_link_line()) */
	double cw, ch;           /* GRAPHIC: the content size */
	struct fo_cont *cont;    /* CONTAINER */
};

/* Appends e to the end of *list (order matters for markers). */
void fo_extra_append(fo_extra_t **list, fo_extra_t *e);
void fo_extra_free(fo_extra_t *e);
/* Takes the extras whose kind is in the mask kinds (bits 1u << kind) off
 * *list, in order. */
fo_extra_t *fo_extras_take(fo_extra_t **list, unsigned kinds);
/* The height of the extras of kind k (footnotes, before-floats) of the n
 * items. */
double fo_extras_height(const fo_item_t *items, size_t n, fo_extra_kind_t k);

/* A length property of n (percentages of ref), or -1 when auto or absent. */
double fo_attr_len(const fo_node_t *n, const char *name, double ref);
/* The width (block 0) or height (block 1) n asks for: width or height,
 * else inline- or block-progression-dimension (or its .optimum); -1: auto. */
double fo_attr_dimension(const fo_node_t *n, int block, double ref);

#endif
