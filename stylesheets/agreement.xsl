<?xml version="1.0" encoding="UTF-8"?>
<!--
  agreement.xsl: an agreement between parties, from the view of
  `lpdoc agreement` (<agreement-document>: partnership, agreement with
  its <party> elements).

  The parties, the introduction, every clause as adopted, then one
  signature block per party, in the parties' order: "Signed by ...,
  duly authorised on behalf of PARTY", with signature, name, position
  and date lines.  Each block is kept on one page.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="ag" select="/agreement-document/agreement"/>

  <xsl:template match="/agreement-document">
    <fo:root xsl:use-attribute-sets="lp-root">
      <xsl:call-template name="lp-layout-masters"/>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="$ag/@title"/>
      </xsl:call-template>
      <fo:page-sequence master-reference="lp-document" initial-page-number="1"
          xsl:use-attribute-sets="lp-body">
        <xsl:call-template name="lp-header">
          <xsl:with-param name="title" select="$ag/@title"/>
        </xsl:call-template>
        <xsl:call-template name="lp-footer">
          <xsl:with-param name="text" select="$ag/@title"/>
          <xsl:with-param name="end-id">agreement-end</xsl:with-param>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title" select="$ag/@title"/>
            <xsl:with-param name="subtitle">
              <xsl:if test="$ag/@date-text">
                <xsl:value-of select="concat('Dated ', $ag/@date-text)"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="@preamble-lists-parties != 'yes'">
            <xsl:call-template name="agreement-parties"/>
          </xsl:if>
          <xsl:call-template name="lp-agreement-text">
            <xsl:with-param name="agreement" select="$ag"/>
          </xsl:call-template>
          <xsl:call-template name="agreement-signatures"/>
          <xsl:call-template name="lp-end-marker">
            <xsl:with-param name="end-id">agreement-end</xsl:with-param>
          </xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="agreement-party-name">
    <xsl:value-of select="@org-name"/>
    <xsl:if test="@short">
      <xsl:value-of select="concat(' (“', @short, '”)')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="agreement-parties">
    <fo:block xsl:use-attribute-sets="lp-h2" space-before="4mm">Parties</fo:block>
    <xsl:for-each select="$ag/party">
      <fo:block start-indent="9mm" text-indent="-9mm" space-after="1mm">
        <xsl:value-of select="concat('(', position(), ')')"/>
        <xsl:text>&#160;&#160;&#160;</xsl:text>
        <fo:inline font-weight="bold"><xsl:call-template name="agreement-party-name"/></fo:inline>
        <xsl:choose>
          <xsl:when test="position() = last()">.</xsl:when>
          <xsl:otherwise>;</xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </xsl:for-each>
    <fo:block space-before="2mm" space-after="4mm">
      <xsl:text>together referred to as the “Parties” and each a “Party”.</xsl:text>
    </fo:block>
  </xsl:template>

  <xsl:template name="agreement-signatures">
    <fo:block xsl:use-attribute-sets="lp-h1" break-before="page">Signatures</fo:block>
    <xsl:for-each select="$ag/party">
      <fo:block keep-together.within-page="always" space-before="5mm" padding-top="3mm"
          border-top="0.5pt solid {$hairline}">
        <fo:block>
          <xsl:text>Signed by ______________________________, duly authorised on behalf of </xsl:text>
          <fo:inline font-weight="bold"><xsl:call-template name="agreement-party-name"/></fo:inline>
        </fo:block>
        <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">SIGNATURE</xsl:with-param></xsl:call-template>
        <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">NAME</xsl:with-param></xsl:call-template>
        <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">POSITION</xsl:with-param></xsl:call-template>
        <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">DATE</xsl:with-param></xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
