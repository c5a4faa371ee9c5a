<?xml version="1.0" encoding="UTF-8"?>
<!--
  minutes.xsl: one meeting's minutes, from the view of `lpdoc minutes`
  (<minutes-document>: partnership, then one <minutes part="open"> and, in
  the member edition, a <minutes part="confidential">).  Presentation
  only: every date, figure and sentence of substance (quorum statement,
  approval, action status) comes computed in the view.

  Each <minutes> element is one page sequence, numbered "Page N of M"
  within itself, with a running header naming the meeting, a footer with
  a box for the chair's initials (loose-leaf minutes), and on drafts the
  word DRAFT on every page (header and footer).  Confidential
  minutes say CONFIDENTIAL in the header and footer of every page.

  pack.xsl includes this file and reuses its named templates and the
  "mn" mode; the masters "mn-page" are defined here (common.xsl's
  lp-rest leaves too little room for the initials box).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="public" select="/*/@edition = 'public'"/>
  <xsl:variable name="hang">34mm</xsl:variable>

  <!-- ===== The document ===== -->
  <xsl:template match="/minutes-document">
    <xsl:variable name="open" select="minutes[@part = 'open']"/>
    <fo:root xsl:use-attribute-sets="lp-root">
      <fo:layout-master-set>
        <xsl:call-template name="mn-page-master"/>
      </fo:layout-master-set>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="concat('Minutes: ', $open/@running-head)"/>
        <xsl:with-param name="subject" select="$open/approval"/>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <fo:bookmark-tree>
          <xsl:apply-templates select="minutes" mode="mn-bookmark"/>
        </fo:bookmark-tree>
      </xsl:if>
      <xsl:apply-templates select="minutes" mode="mn"/>
    </fo:root>
  </xsl:template>

  <!-- A page with room for the running header and the initials box. -->
  <xsl:template name="mn-page-master">
    <xsl:call-template name="lp-page-master">
      <xsl:with-param name="name" select="'mn-page'"/>
      <xsl:with-param name="margin-top" select="'10mm'"/>
      <xsl:with-param name="margin-bottom" select="'10mm'"/>
      <xsl:with-param name="regions">
        <fo:region-body margin-top="16mm" margin-bottom="24mm"/>
        <fo:region-before region-name="mn-header" extent="12mm"/>
        <fo:region-after region-name="mn-footer" extent="20mm"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== Outline ===== -->
  <xsl:template match="minutes" mode="mn-bookmark">
    <fo:bookmark internal-destination="{@id}">
      <fo:bookmark-title>
        <xsl:call-template name="mn-part-title"/>
      </fo:bookmark-title>
      <xsl:for-each select="item">
        <fo:bookmark internal-destination="{generate-id()}" starting-state="hide">
          <fo:bookmark-title><xsl:value-of select="concat(@minute, ' ', @title)"/></fo:bookmark-title>
        </fo:bookmark>
      </xsl:for-each>
    </fo:bookmark>
  </xsl:template>

  <xsl:template name="mn-part-title">
    <xsl:choose>
      <xsl:when test="@part = 'confidential'">Confidential minutes</xsl:when>
      <xsl:otherwise>Minutes</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat(': ', @running-head)"/>
  </xsl:template>

  <!-- ===== One part: a page sequence ===== -->
  <xsl:template match="minutes" mode="mn">
    <xsl:param name="first-page" select="'1'"/>
    <xsl:param name="end-id" select="concat('end-', @id)"/>
    <xsl:param name="own-end" select="true()"/>
    <xsl:param name="in-pack" select="false()"/>
    <fo:page-sequence master-reference="mn-page" initial-page-number="{$first-page}" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <xsl:call-template name="mn-header"/>
      <xsl:call-template name="mn-footer">
        <xsl:with-param name="end-id" select="$end-id"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <xsl:apply-templates select="." mode="mn-body">
          <xsl:with-param name="in-pack" select="$in-pack"/>
        </xsl:apply-templates>
        <xsl:if test="$own-end">
          <fo:block id="{$end-id}" keep-with-previous.within-page="always"/>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="mn-status-word">
    <xsl:choose>
      <xsl:when test="@part = 'confidential' and approval/@status = 'draft'">CONFIDENTIAL · DRAFT</xsl:when>
      <xsl:when test="@part = 'confidential'">CONFIDENTIAL</xsl:when>
      <xsl:when test="approval/@status = 'draft'">DRAFT</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Running header: partnership, meeting, and the status word. -->
  <xsl:template name="mn-header">
    <fo:static-content flow-name="mn-header">
      <fo:block xsl:use-attribute-sets="lp-small" border-bottom="0.5pt solid {$hairline}"
          padding-bottom="1.5mm" text-align-last="justify">
        <fo:inline font-weight="bold" color="{$primary}"><xsl:value-of select="$org-name"/></fo:inline>
        <xsl:text>  ·  </xsl:text>
        <xsl:call-template name="mn-part-title"/>
        <fo:leader leader-pattern="space"/>
        <fo:inline font-weight="bold" color="{$accent}"><xsl:call-template name="mn-status-word"/></fo:inline>
      </fo:block>
      <xsl:call-template name="lp-not-compliant-mark"/>
      <!-- No DRAFT watermark: lpdoc paints static content over the body, so
           a watermark here would hide the text under it
           (tests/fo/bugs/static-over-body.fo); the header and footer say DRAFT. -->
    </fo:static-content>
  </xsl:template>

  <!-- Footer: what the pages are and "Page N of M" on the left, the box
       for the chair's initials on the right. -->
  <xsl:template name="mn-footer">
    <xsl:param name="end-id"/>
    <fo:static-content flow-name="mn-footer">
      <fo:block border-top="0.5pt solid {$hairline}" font-size="1pt" line-height="1"
          space-after="1.5mm">&#160;</fo:block>
      <fo:table table-layout="fixed" width="100%" border-collapse="separate">
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-column column-width="32mm"/>
        <fo:table-body start-indent="0mm">
          <fo:table-row>
            <fo:table-cell>
              <fo:block xsl:use-attribute-sets="lp-small">
                <xsl:call-template name="mn-part-title"/>
              </fo:block>
              <xsl:choose>
                <xsl:when test="approval/@status = 'draft'">
                  <fo:block xsl:use-attribute-sets="lp-small" font-weight="bold" color="{$accent}">DRAFT: subject to approval</fo:block>
                </xsl:when>
                <xsl:otherwise>
                  <fo:block xsl:use-attribute-sets="lp-small" color="{$primary}"><xsl:value-of select="approval"/></fo:block>
                </xsl:otherwise>
              </xsl:choose>
              <fo:block xsl:use-attribute-sets="lp-small">
                <xsl:text>Page </xsl:text><fo:page-number/>
                <xsl:text> of </xsl:text><fo:page-number-citation ref-id="{$end-id}"/>
                <xsl:if test="@part = 'confidential'">
                  <fo:inline font-weight="bold" color="{$accent}"> · CONFIDENTIAL: not for publication</fo:inline>
                </xsl:if>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell border="0.75pt solid {$ink}" padding="1mm">
              <fo:block-container height="11mm">
                <fo:block xsl:use-attribute-sets="lp-label" font-size="6.5pt">CHAIR’S INITIALS</fo:block>
              </fo:block-container>
            </fo:table-cell>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
    </fo:static-content>
  </xsl:template>

  <!-- ===== The minutes' text ===== -->
  <xsl:template match="minutes" mode="mn-body">
    <xsl:param name="in-pack" select="false()"/>
    <xsl:variable name="title">
      <xsl:if test="@part = 'confidential'">Confidential minutes of the </xsl:if>
      <xsl:if test="@part = 'open'">Minutes of the </xsl:if>
      <xsl:value-of select="substring-after(@title, 'of the ')"/>
      <xsl:if test="@kind = 'special'"> (special meeting)</xsl:if>
    </xsl:variable>
    <xsl:variable name="subtitle">
      <xsl:value-of select="@date-text"/>
      <xsl:if test="@time-text"><xsl:value-of select="concat(', ', @time-text)"/></xsl:if>
      <xsl:if test="@venue"><xsl:value-of select="concat(', ', @venue)"/></xsl:if>
    </xsl:variable>
    <fo:block id="{@id}">
      <xsl:choose>
        <!-- in a pack the cover names the partnership; each meeting opens
             with its title only -->
        <xsl:when test="$in-pack">
          <fo:block xsl:use-attribute-sets="lp-title"><xsl:value-of select="$title"/></fo:block>
          <fo:block xsl:use-attribute-sets="lp-subtitle" space-after="5mm" padding-bottom="2mm"
              border-bottom="2pt solid {$accent}"><xsl:value-of select="$subtitle"/></fo:block>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="subtitle" select="$subtitle"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
    <xsl:call-template name="mn-status-panel"/>
    <xsl:if test="@reason">
      <fo:block space-after="3mm">
        <fo:inline font-weight="bold">Reason for the special meeting: </fo:inline>
        <xsl:value-of select="@reason"/>
      </fo:block>
    </xsl:if>
    <fo:block xsl:use-attribute-sets="lp-h2" space-before="2mm">Attendance</fo:block>
    <xsl:apply-templates select="attendance" mode="mn"/>
    <fo:block xsl:use-attribute-sets="lp-h2">Quorum</fo:block>
    <fo:block space-after="2mm"><xsl:value-of select="quorum"/></fo:block>
    <fo:block xsl:use-attribute-sets="lp-h2">Declarations of interest</fo:block>
    <xsl:choose>
      <xsl:when test="declarations">
        <xsl:apply-templates select="declarations/declaration" mode="mn"/>
      </xsl:when>
      <xsl:otherwise><fo:block>No declarations of interest were made.</fo:block></xsl:otherwise>
    </xsl:choose>
    <fo:block xsl:use-attribute-sets="lp-h1" space-before="7mm"
        border-bottom="0.5pt solid {$hairline}" padding-bottom="1mm">Minutes</fo:block>
    <xsl:apply-templates select="item | withheld" mode="mn"/>
    <xsl:apply-templates select="papers" mode="mn"/>
    <xsl:apply-templates select="approval" mode="mn"/>
  </xsl:template>

  <xsl:template name="mn-status-panel">
    <!-- a minutes document that holds Part II says so where it opens -->
    <xsl:if test="@part = 'open' and parent::minutes-document and ../minutes[@part = 'confidential']">
      <fo:block xsl:use-attribute-sets="lp-notice" space-before="0mm" space-after="4mm" end-indent="4mm">
        <fo:block font-weight="bold" color="{$accent}">CONTAINS CONFIDENTIAL (PART II) MINUTES: NOT FOR PUBLICATION</fo:block>
        <fo:block>This member edition holds, after the open minutes, the confidential minutes of
          this meeting, on pages of their own marked CONFIDENTIAL. It is for members of the body
          only; the public edition is the one to publish.</fo:block>
      </fo:block>
    </xsl:if>
    <xsl:if test="@part = 'confidential'">
      <fo:block xsl:use-attribute-sets="lp-notice" space-before="0mm" space-after="4mm" end-indent="4mm">
        <fo:block font-weight="bold" color="{$accent}">CONFIDENTIAL: Part II</fo:block>
        <fo:block>These minutes record items taken in confidence. They are for members
          of the body only and are not published.</fo:block>
      </fo:block>
    </xsl:if>
    <xsl:if test="approval/@status = 'draft'">
      <fo:block xsl:use-attribute-sets="lp-notice" space-before="0mm" space-after="4mm" end-indent="4mm">
        <fo:block font-weight="bold" color="{$accent}">DRAFT: subject to approval</fo:block>
        <fo:block><xsl:value-of select="approval"/>.</fo:block>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Attendance: one row per kind, the names run on. -->
  <xsl:template match="attendance" mode="mn">
    <fo:table table-layout="fixed" width="100%" space-after="1mm">
      <fo:table-column column-width="{$hang}"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body start-indent="0mm">
        <xsl:call-template name="mn-attendance-row">
          <xsl:with-param name="label">Present</xsl:with-param>
          <xsl:with-param name="people" select="present"/>
        </xsl:call-template>
        <xsl:call-template name="mn-attendance-row">
          <xsl:with-param name="label">Apologies</xsl:with-param>
          <xsl:with-param name="people" select="apologies"/>
        </xsl:call-template>
        <xsl:call-template name="mn-attendance-row">
          <xsl:with-param name="label">Absent</xsl:with-param>
          <xsl:with-param name="people" select="absent"/>
        </xsl:call-template>
        <xsl:call-template name="mn-attendance-row">
          <xsl:with-param name="label">In attendance</xsl:with-param>
          <xsl:with-param name="people" select="attending"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="mn-attendance-row">
    <xsl:param name="label"/>
    <xsl:param name="people"/>
    <!-- A short list stays together; a long one (a members' meeting) may
         run on to the next page rather than leave this one empty. -->
    <xsl:if test="$people">
      <fo:table-row>
        <xsl:if test="count($people) &lt;= 12">
          <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
        </xsl:if>
        <fo:table-cell padding-bottom="1.5mm">
          <fo:block font-weight="bold"><xsl:value-of select="$label"/></fo:block>
        </fo:table-cell>
        <fo:table-cell padding-bottom="1.5mm">
          <xsl:for-each select="$people">
            <fo:block>
              <xsl:value-of select="@name"/>
              <xsl:if test="@office"><xsl:value-of select="concat(' (', @office, ')')"/></xsl:if>
              <!-- the party they are nominated by, or their seat or role, then whom
                   they stand for or their organisation, each after a comma -->
              <xsl:if test="@party">
                <fo:inline color="{$muted}"><xsl:value-of select="concat(', nominee of ', @party-name, ' (', @party, ')')"/></fo:inline>
              </xsl:if>
              <xsl:for-each select="@seat[not(starts-with(., 'Chair')) or not(../@office)] | @role | @for-name | @org-name">
                <fo:inline color="{$muted}"><xsl:value-of select="concat(', ', .)"/></fo:inline>
              </xsl:for-each>
            </fo:block>
          </xsl:for-each>
        </fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>

  <xsl:template match="declaration" mode="mn">
    <fo:block space-after="1mm">
      <fo:inline font-weight="bold"><xsl:value-of select="@name"/></fo:inline>
      <xsl:text> declared an interest</xsl:text>
      <xsl:if test="@minute"><xsl:value-of select="concat(' in minute ', @minute)"/></xsl:if>
      <xsl:choose>
        <xsl:when test="@withheld = 'yes'"> (a confidential item).</xsl:when>
        <xsl:otherwise><xsl:value-of select="concat(': ', ., '.')"/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- A numbered minute: the number hangs in the margin of the text. -->
  <xsl:template match="item" mode="mn">
    <xsl:call-template name="mn-numbered">
      <xsl:with-param name="id" select="generate-id()"/>
      <xsl:with-param name="number" select="@minute"/>
      <xsl:with-param name="text" select="@title"/>
      <xsl:with-param name="bold" select="true()"/>
    </xsl:call-template>
    <fo:block start-indent="{$hang}" space-before="1.5mm">
      <xsl:apply-templates select="p | list" mode="lp-prose"/>
      <xsl:apply-templates select="paper" mode="mn-item"/>
      <xsl:apply-templates select="ratifies" mode="mn"/>
      <xsl:apply-templates select="decision" mode="mn"/>
      <xsl:if test="action">
        <xsl:call-template name="mn-actions">
          <xsl:with-param name="actions" select="action"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="not(p | list | paper | decision | action | ratifies)">
        <fo:block color="{$muted}">Noted.</fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="withheld" mode="mn">
    <xsl:call-template name="mn-numbered">
      <xsl:with-param name="number" select="@minute"/>
      <xsl:with-param name="text" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- A number hanging in the margin of its text (minute headings, withheld
       items); bold headings keep with the minute's text. -->
  <xsl:template name="mn-numbered">
    <xsl:param name="id" select="concat('n-', generate-id())"/>
    <xsl:param name="number"/>
    <xsl:param name="text"/>
    <xsl:param name="bold" select="false()"/>
    <fo:list-block id="{$id}" provisional-distance-between-starts="{$hang}"
        provisional-label-separation="3mm" space-before="4mm">
      <xsl:if test="$bold">
        <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
      </xsl:if>
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block font-weight="bold" color="{$primary}"><xsl:value-of select="$number"/></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <xsl:choose>
            <xsl:when test="$bold">
              <fo:block font-weight="bold" color="{$primary}"><xsl:value-of select="$text"/></fo:block>
            </xsl:when>
            <xsl:otherwise>
              <fo:block font-style="italic"><xsl:value-of select="$text"/></fo:block>
            </xsl:otherwise>
          </xsl:choose>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="paper" mode="mn-item">
    <fo:block space-after="1.5mm" color="{$muted}">
      <xsl:text>Paper received: </xsl:text>
      <fo:inline font-style="italic"><xsl:value-of select="@title"/></fo:inline>
      <xsl:if test="@by-name"><xsl:value-of select="concat(' (', @by-name, ')')"/></xsl:if>
    </fo:block>
  </xsl:template>

  <!-- Decisions are set apart: a tinted panel headed RESOLVED; one taken
       while the meeting was inquorate is headed NOT VALIDLY TAKEN and says
       whether it awaits ratification or when it was ratified. -->
  <xsl:template match="decision" mode="mn">
    <fo:block xsl:use-attribute-sets="lp-panel" space-before="1.5mm" space-after="2mm" end-indent="4mm"
        keep-together.within-page="always">
      <xsl:choose>
        <xsl:when test="@standing = 'awaiting-ratification'">
          <fo:block xsl:use-attribute-sets="lp-label" color="{$danger}">NOT VALIDLY TAKEN — AWAITING RATIFICATION</fo:block>
        </xsl:when>
        <xsl:when test="@standing = 'ratified'">
          <fo:block xsl:use-attribute-sets="lp-label" color="{$primary}">TAKEN WHILE INQUORATE — SINCE RATIFIED</fo:block>
        </xsl:when>
        <xsl:otherwise>
          <fo:block xsl:use-attribute-sets="lp-label" color="{$primary}">RESOLVED</fo:block>
        </xsl:otherwise>
      </xsl:choose>
      <fo:block><xsl:value-of select="."/></fo:block>
      <xsl:if test="@vote">
        <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="concat('Vote: ', @vote)"/></fo:block>
      </xsl:if>
      <xsl:if test="@standing-text">
        <fo:block xsl:use-attribute-sets="lp-small" font-style="italic"><xsl:value-of select="@standing-text"/></fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- A ratification of an inquorate meeting's decision: its own panel. -->
  <xsl:template match="ratifies" mode="mn">
    <fo:block xsl:use-attribute-sets="lp-panel" space-before="1.5mm" space-after="2mm" end-indent="4mm"
        keep-together.within-page="always">
      <fo:block xsl:use-attribute-sets="lp-label" color="{$primary}">RATIFIED</fo:block>
      <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="@intro"/></fo:block>
      <fo:block font-style="italic"><xsl:value-of select="."/></fo:block>
    </fo:block>
  </xsl:template>

  <!-- Actions of one minute: what, who, by when (and status when asked);
       they stay on the page of the text that gave rise to them. -->
  <xsl:template name="mn-actions">
    <xsl:param name="actions"/>
    <fo:table table-layout="fixed" width="100%" space-before="1.5mm" space-after="2mm"
        border-top="0.5pt solid {$hairline}" border-bottom="0.5pt solid {$hairline}"
        keep-with-previous.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="34mm"/>
      <fo:table-column column-width="33mm"/>
      <fo:table-header start-indent="0mm">
        <fo:table-row>
          <fo:table-cell padding="1mm 0"><fo:block xsl:use-attribute-sets="lp-label">ACTION</fo:block></fo:table-cell>
          <fo:table-cell padding="1mm 0"><fo:block xsl:use-attribute-sets="lp-label">OWNER</fo:block></fo:table-cell>
          <fo:table-cell padding="1mm 0"><fo:block xsl:use-attribute-sets="lp-label">DUE</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body start-indent="0mm">
        <xsl:for-each select="$actions">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell padding="0.8mm 2mm 0.8mm 0"><fo:block><xsl:value-of select="."/></fo:block></fo:table-cell>
            <fo:table-cell padding="0.8mm 2mm 0.8mm 0"><fo:block><xsl:value-of select="@owner-name"/></fo:block></fo:table-cell>
            <fo:table-cell padding="0.8mm 0"><fo:block><xsl:value-of select="@due-text"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- The papers received: one block, kept with the end of the last minute
       (and the sign-off keeps with it). -->
  <xsl:template match="papers" mode="mn">
    <fo:block keep-together.within-page="always" keep-with-previous.within-page="always">
    <fo:block xsl:use-attribute-sets="lp-h2" space-before="6mm">Papers received</fo:block>
    <xsl:for-each select="paper">
      <fo:list-block provisional-distance-between-starts="{$hang}" space-after="1mm">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()">
            <fo:block><xsl:value-of select="@minute"/></fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block>
              <xsl:value-of select="@title"/>
              <fo:inline color="{$muted}">
                <xsl:value-of select="concat(' · ', @kind-text)"/>
                <xsl:if test="@by-name"><xsl:value-of select="concat(' · ', @by-name)"/></xsl:if>
              </fo:inline>
            </fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </fo:list-block>
    </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- Sign-off: signed as a correct record, or lines left for it.  It
       keeps with what comes before it (the end of the last minute, or the
       papers received), so that the chair never signs a page that holds
       nothing else. -->
  <xsl:template match="approval" mode="mn">
    <fo:block keep-together.within-page="always" keep-with-previous.within-page="always"
        space-before="8mm" padding-top="3mm" border-top="1pt solid {$primary}">
      <fo:block font-weight="bold" space-after="1mm">
        <xsl:choose>
          <xsl:when test="@status = 'approved'">Signed as a correct record</xsl:when>
          <xsl:otherwise>To be signed as a correct record</xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <fo:block space-after="2mm"><xsl:value-of select="."/>.</fo:block>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">SIGNED (CHAIR)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">NAME</xsl:with-param>
        <xsl:with-param name="value" select="(@signed-by-name | @chair-name)[1]"/>
      </xsl:call-template>
      <xsl:call-template name="lp-rule-line">
        <xsl:with-param name="label">DATE</xsl:with-param>
        <xsl:with-param name="value" select="@signed-on-text"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
