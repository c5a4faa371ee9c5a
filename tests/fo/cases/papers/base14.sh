#!/bin/sh
# Writes base14.pdf: one A4 page naming Helvetica, Times-Roman, Courier and Arial,Bold
# without embedding them, as many office tools do (no cross-reference table:
# readers rebuild it).  For 61-pdf-base14.fo.
cd "$(dirname "$0")"
c='BT /F1 20 Tf 72 700 Td (Helvetica text) Tj ET BT /F2 20 Tf 72 650 Td (Times text) Tj ET BT /F3 20 Tf 72 600 Td (Courier text) Tj ET BT /F4 20 Tf 72 550 Td (Arial bold text) Tj ET'
{
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
printf '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
printf '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R /F4 8 0 R >> >> >>\nendobj\n'
printf '4 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n' ${#c} "$c"
printf '5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n'
printf '6 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>\nendobj\n'
printf '7 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>\nendobj\n'
printf '8 0 obj\n<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold >>\nendobj\n'
printf 'trailer\n<< /Root 1 0 R >>\n%%%%EOF\n'
} >base14.pdf
