<?xml version="1.0" encoding="UTF-8"?>
<!--
  interests-table.xsl: the register of interests (<interests>: the members
  of a body on a day, each with their declared interests), as a table:
  member and seat, organisation, interests with the day each was
  declared, or "None declared".  Included by agenda.xsl (the pack's
  appendix) and interests.xsl (lpdoc interests).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template match="interests" mode="it-table">
    <fo:block space-after="3mm">
      <xsl:text>Interests registered by the members of the </xsl:text>
      <xsl:choose>
        <xsl:when test="@body-name"><xsl:value-of select="@body-name"/></xsl:when>
        <xsl:otherwise>partnership's bodies</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(' on ', @on-text, '.')"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" font-size="9pt">
      <fo:table-column column-width="proportional-column-width(2)"/>
      <fo:table-column column-width="proportional-column-width(2)"/>
      <fo:table-column column-width="proportional-column-width(4)"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">MEMBER</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">ORGANISATION</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">INTERESTS DECLARED</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="member">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell padding="1mm 1.5mm" border-bottom="0.5pt solid {$hairline}">
              <fo:block font-weight="bold"><xsl:value-of select="@name"/></fo:block>
              <fo:block xsl:use-attribute-sets="lp-small">
                <xsl:value-of select="@seat"/>
                <xsl:if test="not(../@body-name)"><xsl:value-of select="concat(', ', @body-name)"/></xsl:if>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1mm 1.5mm" border-bottom="0.5pt solid {$hairline}">
              <fo:block><xsl:value-of select="@org-name"/></fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1mm 1.5mm" border-bottom="0.5pt solid {$hairline}">
              <xsl:for-each select="interest">
                <fo:block><xsl:value-of select="concat(., ' (declared ', @declared-text, ')')"/></fo:block>
              </xsl:for-each>
              <xsl:if test="not(interest)"><fo:block color="{$muted}">None declared</fo:block></xsl:if>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
