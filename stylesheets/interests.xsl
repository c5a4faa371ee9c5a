<?xml version="1.0" encoding="UTF-8"?>
<!--
  interests.xsl: the register of interests, from the view of `lpdoc
  interests` (<interests-document>: partnership, interests).  The table
  is interests-table.xsl's, shared with the agenda pack's appendix.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:include href="interests-table.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:template match="/interests-document">
    <xsl:variable name="title">
      <xsl:text>Register of interests</xsl:text>
      <xsl:if test="interests/@body-name"><xsl:value-of select="concat(': ', interests/@body-name)"/></xsl:if>
    </xsl:variable>
    <fo:root xsl:use-attribute-sets="lp-root">
      <xsl:call-template name="lp-layout-masters"/>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="concat($org-name, ': ', $title)"/>
        <xsl:with-param name="subject" select="concat('As at ', interests/@on-text)"/>
      </xsl:call-template>
      <fo:page-sequence master-reference="lp-document" initial-page-number="1"
          xsl:use-attribute-sets="lp-body">
        <xsl:call-template name="lp-header">
          <xsl:with-param name="title" select="$title"/>
        </xsl:call-template>
        <xsl:call-template name="lp-footer">
          <xsl:with-param name="text" select="concat($title, ' · as at ', interests/@on-text)"/>
          <xsl:with-param name="end-id">ri-end</xsl:with-param>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="title-role">H1</xsl:with-param>
            <xsl:with-param name="subtitle" select="concat('As at ', interests/@on-text)"/>
          </xsl:call-template>
          <xsl:apply-templates select="interests" mode="it-table"/>
          <xsl:call-template name="lp-end-marker">
            <xsl:with-param name="end-id">ri-end</xsl:with-param>
          </xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
