# A quorum fraction larger than the membership.
sed -i 's/numerator="1" denominator="3"/numerator="4" denominator="3"/' partnership.xml
