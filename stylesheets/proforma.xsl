<?xml version="1.0" encoding="UTF-8"?>
<!--
  proforma.xsl: MoU signing pro-formas, from the view of `lpdoc proforma`
  (<proformas>: partnership, review, agreement, school...).

  One page sequence per school, numbered from 1 ("Page N of M" counts
  that school's pages only): the agreement's full text as adopted, then
  the pro-forma on a page of its own.  Dates, years and deadlines come
  computed in <review>; nothing is calculated here.

  With bookmarks = 'yes' (common.xsl) the PDF gets an outline: one entry
  per school, its pro-forma below it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="ag" select="/proformas/agreement"/>
  <xsl:variable name="rv" select="/proformas/review"/>

  <xsl:template match="/proformas">
    <fo:root language="en">
      <xsl:call-template name="lp-layout-masters"/>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title">
          <xsl:value-of select="concat($ag/@title, ': signing pro-forma')"/>
          <xsl:if test="count(school) = 1">
            <xsl:value-of select="concat(' — ', school/@name, ' (URN ', school/@urn, ')')"/>
          </xsl:if>
        </xsl:with-param>
        <xsl:with-param name="subject" select="concat('Annual review ', $rv/@month-name, ' ', $rv/@year)"/>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <fo:bookmark-tree>
          <xsl:for-each select="school">
            <fo:bookmark internal-destination="school-{@seq}">
              <fo:bookmark-title><xsl:value-of select="concat(@name, ' (URN ', @urn, ')')"/></fo:bookmark-title>
              <fo:bookmark internal-destination="proforma-{@seq}">
                <fo:bookmark-title>Signing pro-forma</fo:bookmark-title>
              </fo:bookmark>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark-tree>
      </xsl:if>
      <xsl:apply-templates select="school"/>
    </fo:root>
  </xsl:template>

  <xsl:template match="school">
    <fo:page-sequence master-reference="lp-document" initial-page-number="1" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <xsl:call-template name="lp-header">
        <xsl:with-param name="title" select="@name"/>
      </xsl:call-template>
      <xsl:call-template name="lp-footer">
        <xsl:with-param name="text" select="concat(@name, '  ·  URN ', @urn)"/>
        <xsl:with-param name="end-id" select="concat('end-', @seq)"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="school-{@seq}">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title" select="$ag/@title"/>
            <xsl:with-param name="subtitle">
              <xsl:if test="$ag/@date-text">
                <xsl:value-of select="concat('Adopted ', $ag/@date-text)"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <fo:block xsl:use-attribute-sets="lp-small" space-after="6mm">
            <xsl:value-of select="concat('Copy for ', @name, ' (URN ', @urn, ')')"/>
          </fo:block>
        </fo:block>
        <xsl:call-template name="lp-agreement-text">
          <xsl:with-param name="agreement" select="$ag"/>
        </xsl:call-template>
        <xsl:apply-templates select="." mode="proforma"/>
        <xsl:call-template name="lp-end-marker">
          <xsl:with-param name="end-id" select="concat('end-', @seq)"/>
        </xsl:call-template>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ===== The pro-forma page ===== -->
  <xsl:template match="school" mode="proforma">
    <fo:block break-before="page" id="proforma-{@seq}">
      <fo:block xsl:use-attribute-sets="lp-title" font-size="16pt">
        <xsl:value-of select="concat($ag/@title, ': signing pro-forma')"/>
      </fo:block>
      <fo:block xsl:use-attribute-sets="lp-subtitle" font-size="10.5pt" space-after="4mm">
        <xsl:value-of select="$org-name"/>
        <xsl:if test="$rv/@annual = 'yes'">
          <xsl:value-of select="concat('  ·  annual review, ', $rv/@month-name, ' ', $rv/@year)"/>
        </xsl:if>
      </fo:block>
      <xsl:call-template name="proforma-school"/>
      <xsl:call-template name="proforma-choices"/>
      <xsl:call-template name="proforma-signatures"/>
      <xsl:call-template name="proforma-return"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="proforma-school">
    <fo:block xsl:use-attribute-sets="lp-panel" keep-together.within-page="always">
      <fo:block xsl:use-attribute-sets="lp-label">SCHOOL</fo:block>
      <fo:block font-size="14pt" font-weight="bold" color="{$primary}" space-after="1mm">
        <xsl:value-of select="@name"/>
      </fo:block>
      <fo:block>
        <xsl:value-of select="concat('URN ', @urn, '  ·  ', @phase-text, '  ·  ', @type-text)"/>
        <xsl:if test="@grouping-name">
          <xsl:value-of select="concat('  ·  ', @grouping-name)"/>
        </xsl:if>
      </fo:block>
      <xsl:if test="@address">
        <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="@address"/></fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template name="proforma-choice">
    <xsl:param name="text"/>
    <fo:block start-indent="7.5mm" text-indent="-7.5mm" space-after="2.5mm" keep-together.within-page="always">
      <xsl:call-template name="lp-tick-box"/>
      <xsl:text>&#160;&#160;&#160;</xsl:text>
      <xsl:value-of select="$text"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="proforma-choices">
    <fo:block xsl:use-attribute-sets="lp-h1">
      <xsl:choose>
        <xsl:when test="$rv/@annual = 'yes'">
          <xsl:value-of select="concat('Annual review — ', $rv/@month-name, ' ', $rv/@year)"/>
        </xsl:when>
        <xsl:otherwise>Membership</xsl:otherwise>
      </xsl:choose>
    </fo:block>
    <fo:block space-after="3mm" keep-with-next.within-page="always">
      <xsl:if test="$rv/@annual = 'yes'">
        <xsl:value-of select="concat('The ', $ag/@title, ' is reviewed every ', $rv/@month-name)"/>
        <xsl:if test="$rv/@cite"><xsl:value-of select="concat(' (clause ', $rv/@clause, ')')"/></xsl:if>
        <xsl:text> so that each school can say whether it wishes to remain a member for the following financial year. </xsl:text>
      </xsl:if>
      <xsl:text>Please tick the boxes that apply.</xsl:text>
    </fo:block>
    <xsl:call-template name="proforma-choice">
      <xsl:with-param name="text" select="concat('We agree to the ', $ag/@title, ' of ', $org-name, '.')"/>
    </xsl:call-template>
    <xsl:call-template name="proforma-choice">
      <xsl:with-param name="text" select="concat('We wish to remain members for the next financial year, ', $rv/@next-fy,
          ' (', $rv/@next-fy-start-text, ' to ', $rv/@next-fy-end-text, ').')"/>
    </xsl:call-template>
    <xsl:call-template name="proforma-choice">
      <xsl:with-param name="text">
        <xsl:value-of select="concat('We give notice to withdraw from ', $org-name, ' at the end of the financial year ',
            $rv/@current-fy, ', on ', $rv/@current-fy-end-text, '.')"/>
        <xsl:if test="$rv/@notice-by">
          <xsl:value-of select="concat(' At least ', $rv/@notice-text, ' notice is required: this form must reach us by ',
              $rv/@notice-by-text, '.')"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="proforma-signatory">
    <xsl:param name="role"/>
    <xsl:param name="name"/>
    <fo:block keep-together.within-page="always" space-before="3mm">
      <fo:block font-weight="bold" color="{$primary}"><xsl:value-of select="$role"/></fo:block>
      <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">SIGNATURE</xsl:with-param></xsl:call-template>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">NAME</xsl:with-param>
        <xsl:with-param name="value" select="$name"/>
      </xsl:call-template>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">POSITION</xsl:with-param>
        <xsl:with-param name="value" select="$role"/>
      </xsl:call-template>
      <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">DATE</xsl:with-param></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template name="proforma-signatures">
    <fo:block xsl:use-attribute-sets="lp-h1">Signed on behalf of the school</fo:block>
    <xsl:call-template name="proforma-signatory">
      <xsl:with-param name="role">Headteacher</xsl:with-param>
      <xsl:with-param name="name" select="@headteacher-name"/>
    </xsl:call-template>
    <xsl:call-template name="proforma-signatory">
      <xsl:with-param name="role">Chair of governors</xsl:with-param>
      <xsl:with-param name="name" select="@chair-name"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="proforma-return">
    <fo:block xsl:use-attribute-sets="lp-notice">
      <fo:block font-weight="bold">
        <xsl:text>Please return this pro-forma, signed</xsl:text>
        <xsl:if test="$rv/@return-by-text">
          <xsl:value-of select="concat(', by ', $rv/@return-by-text)"/>
        </xsl:if>
        <xsl:if test="$rv/@return-to">
          <xsl:text>, to:</xsl:text>
        </xsl:if>
      </fo:block>
      <xsl:if test="$rv/@return-to">
        <fo:block><xsl:value-of select="$rv/@return-to"/></fo:block>
      </xsl:if>
      <fo:block xsl:use-attribute-sets="lp-small" space-before="1mm">
        Keep a copy with the school’s governance records.
      </fo:block>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
