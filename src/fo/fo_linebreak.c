/* fo_linebreak: see fo_linebreak.h. */
#include "fo_linebreak.h"

#include <glib.h>

/* UAX #14's pair table as FOP's src/codegen/unicode/data/LineBreakPairTable.txt
 * (rows: the class before, columns: the class after, both in fo_lb_class_t
 * order): '_' direct break, '%' indirect (only at spaces), '^' prohibited,
 * '#' combining indirect, '@' combining prohibited. */
static const char pair_table[FO_LB_SP][FO_LB_SP + 1] = {
	"^^^^^^^^^^^^^^^^^^^@^^^^^^", "_^%%^^^^%%%%__%%__^#^_____",
	"^^%%%^^^%%%%%%%%%%^#^%%%%%", "%^%%%^^^%%%%%%%%%%^#^%%%%%",
	"_^%%%^^^______%%__^#^_____", "_^%%%^^^______%%__^#^_____",
	"_^%%%^^^__%___%%__^#^_____", "_^%%%^^^__%%__%%__^#^_____",
	"%^%%%^^^__%%%_%%__^#^%%%%%", "%^%%%^^^__%%__%%__^#^_____",
	"%^%%%^^^%%%%_%%%__^#^_____", "%^%%%^^^__%%_%%%__^#^_____",
	"_^%%%^^^_%___%%%__^#^_____", "_^%%%^^^_____%%%__^#^_____",
	"_^%%%^^^__%___%%__^#^_____", "_^%%%^^^______%%__^#^_____",
	"%^%%%^^^%%%%%%%%%%^#^%%%%%", "_^%%%^^^______%%_^^#^_____",
	"__________________^_______", "_^%%%^^^__%%_%%%__^#^_____",
	"%^%%%^^^%%%%%%%%%%^#^%%%%%", "_^%%%^^^_%___%%%__^#^___%%",
	"_^%%%^^^_%___%%%__^#^____%", "_^%%%^^^_%___%%%__^#^%%%%_",
	"_^%%%^^^_%___%%%__^#^___%%", "_^%%%^^^_%___%%%__^#^____%",
};

#define C(x) FO_LB_##x
const uint8_t fo_lb_ascii[128] = {
	/* controls: tab and line ends are white space by now */
	C(CM), C(CM), C(CM), C(CM), C(CM), C(CM), C(CM), C(CM),
	C(CM), C(SP), C(BK), C(BK), C(BK), C(BK), C(CM), C(CM),
	C(CM), C(CM), C(CM), C(CM), C(CM), C(CM), C(CM), C(CM),
	C(CM), C(CM), C(CM), C(CM), C(CM), C(CM), C(CM), C(CM),
	/*  ! " # $ % & ' */
	C(SP), C(EX), C(QU), C(AL), C(PR), C(PO), C(AL), C(QU),
	/* ( ) * + , - . / */
	C(OP), C(CL), C(AL), C(PR), C(IS), C(HY), C(IS), C(SY),
	C(NU), C(NU), C(NU), C(NU), C(NU), C(NU), C(NU), C(NU), C(NU), C(NU),
	/* : ; < = > ? @ */
	C(IS), C(IS), C(AL), C(AL), C(AL), C(EX), C(AL),
	C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL),
	C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL),
	C(AL), C(AL),
	/* [ \ ] ^ _ ` */
	C(OP), C(PR), C(CL), C(AL), C(AL), C(AL),
	C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL),
	C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL), C(AL),
	C(AL), C(AL),
	/* { | } ~ DEL */
	C(OP), C(BA), C(CL), C(AL), C(CM),
};

/* GLib's classes in the table's, indexed by GUnicodeBreakType (0 BK, CR,
 * LF, CM, SG, ZW, IN, GL, CB, SP, BA, BB, B2, HY, NS, OP, CL, QU, EX, ID,
 * NU, IS, SY, AL, PR, PO, SA, AI, XX, NL, WJ, JL, JV, JT, H2, H3, CP, CJ,
 * HL, RI, EB, EM, 42 ZWJ), each 'a' + an fo_lb_class_t: SG, CB, AI, XX
 * and SA are AL (LB1, as FOP; SA's marks are CM, below), the classes
 * UAX #14 gained later are folded into the nearest the table has (CP as
 * CL, CJ as NS, HL and RI as AL, EB as ID, EM and ZWJ as CM). */
static const char glib_classes[] = "|||tlsndl{pqroeabcfmkhglijlll|uxyzvwbellmtt";
_Static_assert(sizeof glib_classes == G_UNICODE_BREAK_ZERO_WIDTH_JOINER + 2, "one class a type");
#undef C

fo_lb_class_t fo_lb_class_other(uint32_t c)
{
	GUnicodeBreakType t = g_unichar_break_type(c);
	if (t == G_UNICODE_BREAK_COMPLEX_CONTEXT) {
		GUnicodeType gc = g_unichar_type(c);
		if (gc == G_UNICODE_NON_SPACING_MARK || gc == G_UNICODE_SPACING_MARK)
			return FO_LB_CM;
	}
	if ((size_t)t >= sizeof glib_classes - 1)
		return FO_LB_AL;  /* classes of a later GLib */
	return (fo_lb_class_t)(glib_classes[t] - 'a');
}

static char pair(fo_lb_class_t a, fo_lb_class_t b)
{
	if (a >= FO_LB_SP || b >= FO_LB_SP)
		return '^';
	return pair_table[a][b];
}

int fo_lb_direct(fo_lb_class_t a, fo_lb_class_t b)
{
	return pair(a, b) == '_';
}

int fo_lb_at_space(fo_lb_class_t a, fo_lb_class_t b)
{
	char p = pair(a, b);
	return p != '^' && p != '@';
}
