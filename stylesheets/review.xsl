<?xml version="1.0" encoding="UTF-8"?>
<!--
  review.xsl: the annual review register, from the view of `lpdoc
  review` (<review-register>: partnership, review, tally, returned,
  outstanding).  Presentation only: which members the review asked, the
  tallies, which withdrawal came too late and every date come from the
  view (src/view/review.c).

  A title block, the review's dates, four figures (asked, remain,
  withdraw, not returned), the returns received (a table whose header
  repeats on every page), then "Not returned": the chase list, with each
  member's contacts from the records.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="reg" select="/review-register"/>
  <xsl:variable name="rv" select="$reg/review"/>
  <xsl:variable name="tally" select="$reg/tally"/>
  <xsl:variable name="red">#B03A2E</xsl:variable>
  <xsl:variable name="review-name" select="concat($rv/@month-name, ' ', $rv/@year)"/>

  <xsl:template match="/review-register">
    <fo:root xsl:use-attribute-sets="lp-root">
      <xsl:call-template name="lp-layout-masters"/>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="concat($org-name, ': annual review register, ', $review-name)"/>
        <xsl:with-param name="subject" select="concat('Membership for ', $rv/@next-fy, ', as at ', @today-text)"/>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <fo:bookmark-tree>
          <fo:bookmark internal-destination="rr-returned">
            <fo:bookmark-title>Returns received</fo:bookmark-title>
          </fo:bookmark>
          <fo:bookmark internal-destination="rr-outstanding">
            <fo:bookmark-title>Not returned</fo:bookmark-title>
          </fo:bookmark>
        </fo:bookmark-tree>
      </xsl:if>
      <fo:page-sequence master-reference="lp-document" initial-page-number="1"
          xsl:use-attribute-sets="lp-body">
        <xsl:call-template name="lp-header">
          <xsl:with-param name="title" select="concat('Annual review register, ', $review-name)"/>
        </xsl:call-template>
        <xsl:call-template name="lp-footer">
          <xsl:with-param name="text" select="concat('Annual review ', $review-name, ' · membership ',
              $rv/@next-fy, ' · as at ', @today-text)"/>
          <xsl:with-param name="end-id">rr-end</xsl:with-param>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title" select="concat('Annual review register: ', $review-name)"/>
            <xsl:with-param name="title-role">H1</xsl:with-param>
            <xsl:with-param name="subtitle" select="concat('Membership for ', $rv/@next-fy, ' under the ',
                @agreement, ' · as at ', @today-text)"/>
          </xsl:call-template>
          <xsl:call-template name="rr-dates"/>
          <xsl:call-template name="rr-tally"/>
          <xsl:call-template name="rr-returned"/>
          <xsl:call-template name="rr-outstanding"/>
          <xsl:call-template name="lp-end-marker">
            <xsl:with-param name="end-id">rr-end</xsl:with-param>
          </xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- ===== The review's dates ===== -->
  <xsl:template name="rr-dates">
    <fo:block space-after="3mm">
      <xsl:value-of select="concat('The review opened on ', $rv/@opens-text)"/>
      <xsl:if test="$rv/@cite"><xsl:value-of select="concat(' (', $rv/@cite, ')')"/></xsl:if>
      <xsl:text>. It asked the </xsl:text>
      <xsl:call-template name="rr-asked"/>
      <xsl:value-of select="concat(' on that day whether they remain for ',
          $rv/@next-fy, ' (', $rv/@next-fy-start-text, ' to ', $rv/@next-fy-end-text, ').')"/>
      <xsl:if test="$rv/@return-by">
        <xsl:choose>
          <xsl:when test="$reg/@return-date-passed = 'yes'"><xsl:value-of select="concat(' Pro-formas were due back by ', $rv/@return-by-text, '.')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(' Pro-formas are due back by ', $rv/@return-by-text, '.')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:if test="$rv/@notice-by">
        <xsl:value-of select="concat(' Notice to withdraw at the end of ', $rv/@current-fy, ' (', $rv/@current-fy-end-text,
            ')', substring(' had to arrive by', 1, 17 * ($reg/@notice-date-passed = 'yes')),
            substring(' must arrive by', 1, 15 * ($reg/@notice-date-passed != 'yes')),
            ' ', $rv/@notice-by-text, ': ', $rv/@notice-text, ' notice.')"/>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- Whom the review asked, in the agreement's words: its member schools
       and, where there are any, its partner organisations (an agreement that
       defines a member as a school must not read "4 members" of 2 schools
       and 2 organisations). -->
  <xsl:template name="rr-asked">
    <xsl:call-template name="lp-count">
      <xsl:with-param name="n" select="$tally/@asked-schools"/>
      <xsl:with-param name="one" select="'member school'"/>
    </xsl:call-template>
    <xsl:if test="$tally/@asked-organisations != '0'">
      <xsl:text> and </xsl:text>
      <xsl:call-template name="lp-count">
        <xsl:with-param name="n" select="$tally/@asked-organisations"/>
        <xsl:with-param name="one" select="'partner organisation'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== Four figures ===== -->
  <xsl:template name="rr-figure">
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <xsl:param name="colour" select="$primary"/>
    <fo:table-cell xsl:use-attribute-sets="lp-panel" border-left-color="{$colour}" padding="2.5mm 4mm">
      <fo:block font-size="20pt" font-weight="bold" line-height="1.1" color="{$colour}">
        <xsl:value-of select="$n"/>
      </fo:block>
      <fo:block xsl:use-attribute-sets="lp-label"><xsl:value-of select="$label"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="rr-tally">
    <fo:table table-layout="fixed" width="100%" space-after="2mm" role="Div">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <xsl:call-template name="rr-figure">
            <xsl:with-param name="n" select="$tally/@asked"/>
            <xsl:with-param name="label">ASKED</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="rr-figure">
            <xsl:with-param name="n" select="$tally/@remain"/>
            <xsl:with-param name="label">REMAIN</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="rr-figure">
            <xsl:with-param name="n" select="$tally/@withdraw"/>
            <xsl:with-param name="label">WITHDRAW</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="rr-figure">
            <xsl:with-param name="n" select="$tally/@outstanding"/>
            <xsl:with-param name="label">NOT RETURNED</xsl:with-param>
            <xsl:with-param name="colour" select="$red"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:if test="$tally/@unasked &gt; 0">
      <fo:block space-after="2mm">
        <xsl:for-each select="$reg/returned/return[@asked = 'no']">
          <xsl:value-of select="@name"/>
          <xsl:choose>
            <xsl:when test="position() = last()"/>
            <xsl:when test="position() = last() - 1"> and </xsl:when>
            <xsl:otherwise>, </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="$tally/@unasked = 1"> returned a pro-forma but was not a member when the review opened, so the review did not ask it: its return is listed below and not counted.</xsl:when>
          <xsl:otherwise> returned pro-formas but were not members when the review opened, so the review did not ask them: their returns are listed below and not counted.</xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </xsl:if>
    <xsl:if test="$tally/@late &gt; 0">
      <fo:block color="{$red}" space-after="2mm">
        <xsl:value-of select="concat($tally/@late, ' of the withdrawals arrived after ', $rv/@notice-by-text,
            ', with less notice than the agreement requires (see lpdoc check).')"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- ===== Returns received ===== -->
  <xsl:template name="rr-member-cell">
    <fo:table-cell padding="1mm 2mm 1mm 0" border-bottom="0.4pt solid {$hairline}">
      <fo:block><xsl:value-of select="@name"/></fo:block>
      <fo:block xsl:use-attribute-sets="lp-small">
        <xsl:choose>
          <xsl:when test="@urn"><xsl:value-of select="concat('URN ', @urn)"/></xsl:when>
          <xsl:otherwise>Partner organisation</xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="rr-returned">
    <fo:block id="rr-returned" xsl:use-attribute-sets="lp-h1" role="H2">
      <xsl:value-of select="concat('Returns received (', $tally/@returned, ')')"/>
    </fo:block>
    <xsl:choose>
      <xsl:when test="$reg/returned/return">
        <fo:table table-layout="fixed" width="100%" font-size="9pt">
          <fo:table-column column-width="proportional-column-width(3.6)"/>
          <fo:table-column column-width="proportional-column-width(1.3)"/>
          <fo:table-column column-width="proportional-column-width(2.5)"/>
          <fo:table-column column-width="proportional-column-width(2.1)"/>
          <fo:table-column column-width="proportional-column-width(2.9)"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">MEMBER</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">CHOICE</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">RECEIVED</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">SIGNED BY</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">NOTE</xsl:with-param></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:apply-templates select="$reg/returned/return"/>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise>
        <fo:block>No return is recorded yet.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="return">
    <fo:table-row keep-together.within-page="always">
      <xsl:call-template name="rr-member-cell"/>
      <xsl:call-template name="lp-td">
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="@choice = 'remain'">Remain</xsl:when>
            <xsl:otherwise>Withdraw</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="colour">
          <xsl:choose>
            <xsl:when test="@late = 'yes'"><xsl:value-of select="$red"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$ink"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@date-text"/></xsl:call-template>
      <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@by-name"/></xsl:call-template>
      <xsl:call-template name="lp-td">
        <xsl:with-param name="text">
          <xsl:if test="@late = 'yes'">
            <xsl:value-of select="concat('Notice late: after ', $rv/@notice-by-text, '. ')"/>
          </xsl:if>
          <xsl:if test="@late = 'no' and @choice = 'withdraw' and @asked = 'yes'">
            <xsl:value-of select="concat('Leaves on ', $rv/@current-fy-end-text, '. ')"/>
          </xsl:if>
          <xsl:if test="@after-return-by = 'yes' and @late = 'no'">After the return date. </xsl:if>
          <xsl:if test="@asked = 'no'">Not a member when the review opened: not counted.</xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </fo:table-row>
  </xsl:template>

  <!-- ===== Not returned: the chase list ===== -->
  <xsl:template name="rr-outstanding">
    <fo:block id="rr-outstanding" xsl:use-attribute-sets="lp-h1" role="H2" break-before="page">
      <xsl:value-of select="concat('Not returned (', $tally/@outstanding, ')')"/>
    </fo:block>
    <xsl:choose>
      <xsl:when test="$reg/outstanding/member">
        <fo:block space-after="3mm">
          <xsl:choose>
            <xsl:when test="$reg/@return-date-passed = 'yes'">
              <xsl:value-of select="concat('The return date, ', $rv/@return-by-text, ', has passed. ')"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat('Returns are due by ', $rv/@return-by-text, '. ')"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="concat('To chase these members, send each its pro-forma again: lpdoc proforma DIR --year ',
              $rv/@next-fy, ' --outstanding --split.')"/>
        </fo:block>
        <fo:table table-layout="fixed" width="100%" font-size="9pt">
          <fo:table-column column-width="proportional-column-width(4)"/>
          <fo:table-column column-width="proportional-column-width(6)"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">MEMBER</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">CONTACTS</xsl:with-param></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:apply-templates select="$reg/outstanding/member"/>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise>
        <fo:block>Every member the review asked has returned its pro-forma.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="outstanding/member">
    <fo:table-row keep-together.within-page="always">
      <xsl:call-template name="rr-member-cell"/>
      <fo:table-cell padding="1mm 2mm 1mm 0" border-bottom="0.4pt solid {$hairline}">
        <xsl:for-each select="contact">
          <fo:block>
            <xsl:value-of select="concat(@name, ' (', @role, ')')"/>
            <xsl:if test="@email"><xsl:value-of select="concat('  ·  ', @email)"/></xsl:if>
          </fo:block>
        </xsl:for-each>
        <xsl:if test="not(contact)">
          <fo:block>No contact in the records</fo:block>
        </xsl:if>
        <xsl:if test="@address">
          <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="@address"/></fo:block>
        </xsl:if>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

</xsl:stylesheet>
