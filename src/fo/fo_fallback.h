/*
 * fo_fallback: the fonts behind the Liberation faces, for the scripts
 * Liberation lacks: Noto Naskh Arabic (also Urdu), Noto Sans Hebrew,
 * Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Thai, Symbols and
 * Symbols 2 (bundled in fonts/noto/ of the data folder, OFL), Noto Sans
 * CJK (Chinese, Japanese, Korean) from Debian's fonts-noto-cjk (OFL, too
 * large to bundle) and, for emoji in black and white, Symbola from
 * Debian's fonts-symbola ("free for any use").  No other font is ever
 * used: the machine's fonts stay out, so the same text gives the same
 * PDF on every machine set up with tools/deps.sh.
 *
 * Nothing is opened until a character needs it: a document in Latin
 * script costs nothing more.  A fallback is asked in a fixed order (the
 * first whose character map has the character wins), regular or bold
 * (the bold file when bundled, else the regular one).  Opening is
 * locked, reading an opened face is not: HarfBuzz fonts and cairo font
 * faces may be shared by threads.
 *
 * fo_fallback_covers() answers "does any font lpdoc uses have this
 * character?" (Liberation Sans included) for `lpdoc check` and the
 * document commands, which warn about characters that would print as
 * empty boxes.
 */
#ifndef LPDOC_FO_FO_FALLBACK_H
#define LPDOC_FO_FO_FALLBACK_H

#include <stdint.h>
#include <cairo.h>
#include <hb.h>

/* Debian's fonts-noto-cjk puts its collections here. */
#define FO_CJK_DIR "/usr/share/fonts/opentype/noto"
/* And fonts-symbola its font. */
#define FO_EMOJI_FILE "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"

typedef struct fo_fallback fo_fallback_t;

/* Fonts from fonts_dir (the data folder's fonts/) and FO_CJK_DIR; opens
 * nothing yet. */
fo_fallback_t *fo_fallback_new(const char *fonts_dir);
void fo_fallback_free(fo_fallback_t *fb);

/* The number of the first fallback (from 1) whose font has c, or 0. */
int fo_fallback_find(fo_fallback_t *fb, uint32_t c, int bold);

/* Fallback number i (as fo_fallback_find() gives it): its HarfBuzz font
 * (scale: units per em) and cairo face.  i must have been found. */
hb_font_t *fo_fallback_hb(fo_fallback_t *fb, int i, int bold);
cairo_font_face_t *fo_fallback_cairo(fo_fallback_t *fb, int i, int bold);

/* Whether Liberation Sans or a fallback has c (U+0000 to U+00FF and the
 * controls lpdoc uses inside, always). */
int fo_fallback_covers(fo_fallback_t *fb, uint32_t c);

#endif
