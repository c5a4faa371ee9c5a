<?xml version="1.0" encoding="UTF-8"?>
<!--
  proforma.xsl: signing pro-formas, from the view of `lpdoc proforma`
  (<proformas>: partnership, review, agreement, then a <school> or an
  <organisation> per member the annual review asks).

  One page sequence per member, numbered from 1 ("Page N of M" counts
  that member's pages only): the agreement's full text as adopted, set
  tightly (9.5pt), then the pro-forma on a page of its own: the member's
  details, the review's choices with the subscription for the year
  renewed, the date of the governing body's (or the organisation's)
  resolution, signatures side by side, and where to return it, by post
  and by e-mail, and by when.  Dates, years, amounts and deadlines come
  computed in the view; nothing is calculated here.

  With bookmarks = 'yes' (common.xsl) the PDF gets an outline: one entry
  per member, its pro-forma below it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="ag" select="/proformas/agreement"/>
  <xsl:variable name="rv" select="/proformas/review"/>

  <xsl:template match="/proformas">
    <fo:root xsl:use-attribute-sets="lp-root">
      <xsl:call-template name="lp-layout-masters"/>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title">
          <xsl:value-of select="concat($ag/@title, ': signing pro-forma')"/>
          <xsl:if test="count(school|organisation) = 1">
            <xsl:value-of select="concat(' — ', (school|organisation)/@name)"/>
            <xsl:apply-templates select="school|organisation" mode="proforma-reference"/>
          </xsl:if>
        </xsl:with-param>
        <xsl:with-param name="subject" select="concat('Annual review ', $rv/@month-name, ' ', $rv/@year)"/>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <fo:bookmark-tree>
          <xsl:for-each select="school|organisation">
            <fo:bookmark internal-destination="school-{@seq}">
              <fo:bookmark-title>
                <xsl:value-of select="@name"/>
                <xsl:apply-templates select="." mode="proforma-reference"/>
              </fo:bookmark-title>
              <fo:bookmark internal-destination="proforma-{@seq}">
                <fo:bookmark-title>Signing pro-forma</fo:bookmark-title>
              </fo:bookmark>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark-tree>
      </xsl:if>
      <xsl:apply-templates select="school|organisation"/>
    </fo:root>
  </xsl:template>

  <!-- " (URN 921000)" for a school, " (Local authority)" for an organisation. -->
  <xsl:template match="school" mode="proforma-reference">
    <xsl:value-of select="concat(' (URN ', @urn, ')')"/>
  </xsl:template>
  <xsl:template match="organisation" mode="proforma-reference">
    <xsl:value-of select="concat(' (', @kind-text, ')')"/>
  </xsl:template>

  <xsl:template match="school|organisation">
    <fo:page-sequence master-reference="lp-document" initial-page-number="1" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <xsl:call-template name="lp-header">
        <xsl:with-param name="title" select="@name"/>
      </xsl:call-template>
      <xsl:call-template name="lp-footer">
        <xsl:with-param name="text">
          <xsl:value-of select="@name"/>
          <xsl:if test="@urn"><xsl:value-of select="concat('  ·  URN ', @urn)"/></xsl:if>
        </xsl:with-param>
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
          <fo:block xsl:use-attribute-sets="lp-small" space-after="4mm">
            <xsl:value-of select="concat('Copy for ', @name)"/>
            <xsl:apply-templates select="." mode="proforma-reference"/>
          </fo:block>
        </fo:block>
        <fo:block font-size="9.5pt" line-height="1.3">
          <xsl:call-template name="lp-agreement-text">
            <xsl:with-param name="agreement" select="$ag"/>
          </xsl:call-template>
        </fo:block>
        <xsl:apply-templates select="." mode="proforma"/>
        <xsl:call-template name="lp-end-marker">
          <xsl:with-param name="end-id" select="concat('end-', @seq)"/>
        </xsl:call-template>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ===== The pro-forma page ===== -->
  <xsl:template match="school|organisation" mode="proforma">
    <fo:block break-before="page" id="proforma-{@seq}">
      <fo:block xsl:use-attribute-sets="lp-title" font-size="16pt">
        <xsl:value-of select="concat($ag/@title, ': signing pro-forma')"/>
      </fo:block>
      <fo:block xsl:use-attribute-sets="lp-subtitle" font-size="10.5pt" space-after="3mm">
        <xsl:value-of select="$org-name"/>
        <xsl:if test="$rv/@annual = 'yes'">
          <xsl:value-of select="concat('  ·  annual review, ', $rv/@month-name, ' ', $rv/@year)"/>
        </xsl:if>
      </fo:block>
      <xsl:apply-templates select="." mode="proforma-details"/>
      <xsl:call-template name="proforma-choices"/>
      <xsl:call-template name="proforma-resolution"/>
      <xsl:apply-templates select="." mode="proforma-signatures"/>
      <xsl:call-template name="proforma-return"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="organisation" mode="proforma-details">
    <fo:block xsl:use-attribute-sets="lp-panel" keep-together.within-page="always">
      <fo:block xsl:use-attribute-sets="lp-label">PARTNER ORGANISATION</fo:block>
      <fo:block font-size="14pt" font-weight="bold" color="{$primary}" space-after="1mm">
        <xsl:value-of select="@name"/>
      </fo:block>
      <fo:block>
        <xsl:value-of select="@kind-text"/>
        <xsl:if test="@short"><xsl:value-of select="concat('  ·  ', @short)"/></xsl:if>
      </fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="school" mode="proforma-details">
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
    <fo:block space-after="2.5mm" keep-with-next.within-page="always">
      <xsl:if test="$rv/@annual = 'yes'">
        <xsl:value-of select="concat('The ', $ag/@title, ' is reviewed every ', $rv/@month-name)"/>
        <xsl:if test="$rv/@cite"><xsl:value-of select="concat(' (clause ', $rv/@clause, ')')"/></xsl:if>
        <xsl:text> so that each member can say whether it wishes to remain a member for the following financial year. </xsl:text>
      </xsl:if>
      <xsl:text>Please tick the boxes that apply.</xsl:text>
    </fo:block>
    <xsl:call-template name="proforma-choice">
      <xsl:with-param name="text" select="concat('We agree to the ', $ag/@title, ' of ', $org-name, '.')"/>
    </xsl:call-template>
    <xsl:call-template name="proforma-choice">
      <xsl:with-param name="text">
        <xsl:value-of select="concat('We wish to remain members for the next financial year, ', $rv/@next-fy,
          ' (', $rv/@next-fy-start-text, ' to ', $rv/@next-fy-end-text, ')')"/>
        <xsl:choose>
          <xsl:when test="@subscription-set = 'yes'">
            <xsl:value-of select="concat(', and will pay our subscription of ', @subscription-text, '.')"/>
          </xsl:when>
          <xsl:when test="@subscription">
            <xsl:value-of select="concat(', and will pay our subscription (', @subscription-text, ' in ',
                @subscription-year, '; the partnership sets the ', $rv/@next-fy, ' rate).')"/>
          </xsl:when>
          <xsl:otherwise>.</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="proforma-choice">
      <xsl:with-param name="text">
        <xsl:choose>
          <!-- a late chase round: leaving at the end of the current year is no longer open -->
          <xsl:when test="$rv/@notice-passed = 'yes'">
            <xsl:value-of select="concat('We give notice to withdraw from ', $org-name, '. The last day to give notice to leave at the end of ',
                $rv/@current-fy, ', ', $rv/@notice-by-text, ', has passed')"/>
            <xsl:choose>
              <xsl:when test="$rv/@late-notice-effective">
                <xsl:value-of select="concat(': notice given now takes effect at the end of the financial year ',
                    $rv/@next-fy, ', on ', $rv/@late-notice-effective-text, '.')"/>
              </xsl:when>
              <xsl:otherwise>.</xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('We give notice to withdraw from ', $org-name, ' at the end of the financial year ',
                $rv/@current-fy, ', on ', $rv/@current-fy-end-text, '.')"/>
            <xsl:if test="$rv/@notice-by">
              <xsl:value-of select="concat(' At least ', $rv/@notice-text, ' notice is required: this form must reach us by ',
                  $rv/@notice-by-text, '.')"/>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The date of the decision the form carries out. -->
  <xsl:template name="proforma-resolution">
    <fo:block keep-together.within-page="always" space-before="1mm">
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">
          <xsl:choose>
            <xsl:when test="self::school">DATE OF THE GOVERNING BODY’S RESOLUTION</xsl:when>
            <xsl:otherwise>DATE OF THE ORGANISATION’S DECISION</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template name="proforma-signatory">
    <xsl:param name="role"/>
    <xsl:param name="name"/>
    <xsl:param name="position" select="$role"/>
    <fo:block keep-together.within-page="always">
      <fo:block font-weight="bold" color="{$primary}"><xsl:value-of select="$role"/></fo:block>
      <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">SIGNATURE</xsl:with-param></xsl:call-template>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">NAME</xsl:with-param>
        <xsl:with-param name="value" select="$name"/>
      </xsl:call-template>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">POSITION</xsl:with-param>
        <xsl:with-param name="value" select="$position"/>
      </xsl:call-template>
      <xsl:call-template name="lp-rule-line"><xsl:with-param name="label">DATE</xsl:with-param></xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- Two signatories side by side. -->
  <xsl:template name="proforma-two-columns">
    <xsl:param name="left"/>
    <xsl:param name="right"/>
    <fo:table table-layout="fixed" width="100%" keep-together.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="8mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><xsl:copy-of select="$left"/></fo:table-cell>
          <fo:table-cell><fo:block/></fo:table-cell>
          <fo:table-cell><xsl:copy-of select="$right"/></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="school" mode="proforma-signatures">
    <fo:block xsl:use-attribute-sets="lp-h1">Signed on behalf of the school</fo:block>
    <xsl:call-template name="proforma-two-columns">
      <xsl:with-param name="left">
        <xsl:call-template name="proforma-signatory">
          <xsl:with-param name="role">Headteacher</xsl:with-param>
          <xsl:with-param name="name" select="@headteacher-name"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="right">
        <xsl:call-template name="proforma-signatory">
          <xsl:with-param name="role">Chair of governors</xsl:with-param>
          <xsl:with-param name="name" select="@chair-name"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="organisation" mode="proforma-signatures">
    <fo:block xsl:use-attribute-sets="lp-h1">Signed on behalf of the organisation</fo:block>
    <xsl:call-template name="proforma-two-columns">
      <xsl:with-param name="left">
        <xsl:call-template name="proforma-signatory">
          <xsl:with-param name="role">Authorised signatory</xsl:with-param>
          <xsl:with-param name="position" select="''"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="right">
        <fo:block/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="proforma-return">
    <fo:block xsl:use-attribute-sets="lp-notice">
      <fo:block font-weight="bold">
        <xsl:choose>
          <!-- a chase round after the return date: the date is not asked for again -->
          <xsl:when test="$rv/@return-passed = 'yes'">
            <xsl:value-of select="concat('This pro-forma was due back by ', $rv/@return-by-text,
                                         '. Please return it, signed, as soon as possible')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:text>Please return this pro-forma, signed</xsl:text>
            <xsl:if test="$rv/@return-by-text">
              <xsl:value-of select="concat(', by ', $rv/@return-by-text)"/>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$rv/@return-to">
          <xsl:text>, to:</xsl:text>
        </xsl:if>
      </fo:block>
      <xsl:if test="$rv/@return-to">
        <fo:block>
          <xsl:if test="$rv/@return-email">by post: </xsl:if>
          <xsl:value-of select="$rv/@return-to"/>
        </fo:block>
      </xsl:if>
      <xsl:if test="$rv/@return-email">
        <fo:block>
          <xsl:value-of select="concat('or by e-mail, signed and scanned: ', $rv/@return-email)"/>
        </fo:block>
      </xsl:if>
      <fo:block xsl:use-attribute-sets="lp-small" space-before="1mm">
        <xsl:choose>
          <xsl:when test="self::school">Keep a copy with the school’s governance records.</xsl:when>
          <xsl:otherwise>Keep a copy with the organisation’s records.</xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
