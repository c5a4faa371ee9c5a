<?xml version="1.0" encoding="UTF-8"?>
<!--
  plural.xsl: the one rule for a count and its noun, the same as the C
  code's (src/util/plural.h): the singular when the count is exactly 1,
  else the plural.  "1 breach", "2 breaches", "0 warnings".  Included by
  common.xsl; the unit test test_plural checks both give the same text.

  lp-count: n (a count: an integer), one (the singular), many (the
  plural; by default one followed by "s").  Writes "n noun".
  lp-noun: the same without the count.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="lp-noun">
    <xsl:param name="n"/>
    <xsl:param name="one"/>
    <xsl:param name="many" select="concat($one, 's')"/>
    <xsl:choose>
      <xsl:when test="number($n) = 1"><xsl:value-of select="$one"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$many"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="lp-count">
    <xsl:param name="n"/>
    <xsl:param name="one"/>
    <xsl:param name="many" select="concat($one, 's')"/>
    <xsl:value-of select="concat(format-number($n, '0'), ' ')"/>
    <xsl:call-template name="lp-noun">
      <xsl:with-param name="n" select="$n"/>
      <xsl:with-param name="one" select="$one"/>
      <xsl:with-param name="many" select="$many"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
