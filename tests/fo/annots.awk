# Shared by links.sh and rects.sh: walks qpdf's QDF form of a PDF and
# lists the annotations of each page in page order.  After it:
#   obj            the number of the object being read
#   pageof[o]      the page number of page object o
#   annot[1..n]    the annotations' object numbers, in page order
#   annotpage[a]   the page annotation a is on
# Annots arrays may be inline or an object of their own.
/^%% Page [0-9]+$/ { pending = $3 }
/^[0-9]+ 0 obj/ {
	obj = $1; inannots = 0
	if (pending != "") { pageof[obj] = pending; pending = "" }
}
/^  \/Annots \[/ { inannots = 1; next }
inannots && /^    [0-9]+ 0 R/ { n++; annot[n] = $1; annotpage[$1] = pageof[obj]; next }
inannots && /^  \]/ { inannots = 0 }
/^  \/Annots [0-9]+ 0 R/ { annotsobj[$2] = pageof[obj]; next }
(obj in annotsobj) && /^  [0-9]+ 0 R/ { n++; annot[n] = $1; annotpage[$1] = annotsobj[obj]; next }
