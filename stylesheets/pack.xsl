<?xml version="1.0" encoding="UTF-8"?>
<!--
  pack.xsl: a term's minutes pack, from the view of `lpdoc pack`
  (<pack-document>: partnership, then <pack> with contents, one <body>
  per body holding its meetings' <minutes>, action-tracker,
  financial-report(s) and compliance).  Presentation only.

  Front matter (cover, contents) is numbered i, ii, ...; the body from 1,
  continuously, so the contents' page numbers and the PDF's page labels
  agree.  Every meeting's minutes start on a new page with their own
  running header; footers read "Page N of M" over the whole pack.  The
  PDF outline goes by body, then meeting.  The minutes themselves are
  drawn by minutes.xsl's "mn" mode.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="minutes.xsl"/>

  <xsl:variable name="pack" select="/pack-document/pack"/>
  <xsl:variable name="pack-title" select="concat('Minutes pack: ', $pack/@term-name)"/>
  <xsl:variable name="edition-text">
    <xsl:choose>
      <xsl:when test="$public">Public edition</xsl:when>
      <xsl:when test="/pack-document/pack//minutes[@part = 'confidential']">Member edition: contains confidential (Part II) minutes; not for publication</xsl:when>
      <xsl:otherwise>Member edition</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/pack-document">
    <fo:root xsl:use-attribute-sets="lp-root">
      <fo:layout-master-set>
        <xsl:call-template name="mn-page-master"/>
        <xsl:call-template name="lp-page-master">
          <xsl:with-param name="name" select="'pk-cover'"/>
          <xsl:with-param name="margin-top" select="'22mm'"/>
          <xsl:with-param name="margin-bottom" select="'20mm'"/>
          <xsl:with-param name="regions">
            <fo:region-body/>
            <xsl:if test="$not-compliant = 'yes'">   <!-- only for the mark -->
              <fo:region-before region-name="pk-cover-before" extent="0mm"/>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <fo:page-sequence-master master-name="pk-front">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="pk-cover" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="mn-page" page-position="rest"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="$pack-title"/>
        <xsl:with-param name="subject" select="$edition-text"/>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <xsl:call-template name="pk-outline"/>
      </xsl:if>
      <xsl:call-template name="pk-front"/>
      <xsl:for-each select="$pack/body/minutes">
        <xsl:apply-templates select="." mode="mn">
          <xsl:with-param name="first-page">
            <xsl:choose>
              <xsl:when test="position() = 1">1</xsl:when>
              <xsl:otherwise>auto</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="end-id">pack-end</xsl:with-param>
          <xsl:with-param name="own-end" select="false()"/>
          <xsl:with-param name="in-pack" select="true()"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:call-template name="pk-back">
        <xsl:with-param name="first-page">
          <xsl:choose>
            <xsl:when test="$pack/body/minutes">auto</xsl:when>
            <xsl:otherwise>1</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </fo:root>
  </xsl:template>

  <!-- ===== Outline: contents, bodies and meetings, then the back matter ===== -->
  <xsl:template name="pk-outline">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="pk-contents">
        <fo:bookmark-title>Contents</fo:bookmark-title>
      </fo:bookmark>
      <xsl:for-each select="$pack/body">
        <fo:bookmark internal-destination="{minutes[1]/@id}">
          <fo:bookmark-title><xsl:value-of select="@name"/></fo:bookmark-title>
          <xsl:apply-templates select="minutes" mode="mn-bookmark"/>
        </fo:bookmark>
      </xsl:for-each>
      <fo:bookmark internal-destination="pk-actions">
        <fo:bookmark-title>Action tracker</fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="pk-finance">
        <fo:bookmark-title>Finance</fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="pk-compliance">
        <fo:bookmark-title>Compliance summary</fo:bookmark-title>
      </fo:bookmark>
    </fo:bookmark-tree>
  </xsl:template>

  <!-- ===== Front matter: cover and contents, numbered i, ii ... ===== -->
  <xsl:template name="pk-front">
    <fo:page-sequence master-reference="pk-front" initial-page-number="1" format="i" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <fo:static-content flow-name="mn-header">
        <fo:block xsl:use-attribute-sets="lp-small" border-bottom="0.5pt solid {$hairline}"
            padding-bottom="1.5mm">
          <fo:inline font-weight="bold" color="{$primary}"><xsl:value-of select="$org-name"/></fo:inline>
          <xsl:value-of select="concat('  ·  ', $pack-title)"/>
        </fo:block>
        <xsl:call-template name="lp-not-compliant-mark"/>
      </fo:static-content>
      <fo:static-content flow-name="mn-footer">
        <fo:block xsl:use-attribute-sets="lp-small" border-top="0.5pt solid {$hairline}"
            padding-top="2mm" text-align="center">
          <fo:page-number/>
        </fo:block>
      </fo:static-content>
      <xsl:if test="$not-compliant = 'yes'">
        <fo:static-content flow-name="pk-cover-before">
          <xsl:call-template name="lp-not-compliant-mark"/>
        </fo:static-content>
      </xsl:if>
      <fo:flow flow-name="xsl-region-body">
        <xsl:call-template name="pk-cover"/>
        <xsl:call-template name="pk-contents"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="pk-cover">
    <fo:block border-top="6pt solid {$primary}" padding-top="8mm">
      <fo:block font-size="13pt" font-weight="bold" color="{$primary}">
        <xsl:value-of select="$org-name"/>
      </fo:block>
      <xsl:if test="$brand/@address">
        <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="$brand/@address"/></fo:block>
      </xsl:if>
    </fo:block>
    <fo:block space-before="60mm" font-size="30pt" font-weight="bold" line-height="1.15"
        color="{$primary}">Minutes pack</fo:block>
    <fo:block font-size="18pt" color="{$muted}" space-before="2mm">
      <xsl:value-of select="$pack/@term-name"/>
    </fo:block>
    <fo:block space-before="4mm" padding-top="3mm" border-top="2pt solid {$accent}" font-size="11pt">
      <xsl:value-of select="concat($pack/@start-text, ' to ', $pack/@end-text)"/>
      <xsl:if test="$pack/@academic-year">
        <xsl:value-of select="concat(' · academic year ', $pack/@academic-year)"/>
      </xsl:if>
    </fo:block>
    <fo:block space-before="12mm" font-size="11pt">
      <xsl:call-template name="lp-count">
        <xsl:with-param name="n" select="$pack/@meetings"/>
        <xsl:with-param name="one">meeting</xsl:with-param>
      </xsl:call-template>
      <xsl:text> of </xsl:text>
      <xsl:call-template name="lp-count">
        <xsl:with-param name="n" select="count($pack/body)"/>
        <xsl:with-param name="one">body</xsl:with-param>
        <xsl:with-param name="many">bodies</xsl:with-param>
      </xsl:call-template>
    </fo:block>
    <fo:block font-size="11pt">
      <xsl:value-of select="concat('Actions: ', $pack/action-tracker/@open, ' open, ',
          $pack/action-tracker/@overdue, ' overdue, ', $pack/action-tracker/@done, ' done')"/>
    </fo:block>
    <fo:block font-size="11pt">
      <xsl:value-of select="concat('As at ', /pack-document/@today-text)"/>
    </fo:block>
    <fo:block xsl:use-attribute-sets="lp-notice" space-before="40mm" font-weight="bold" end-indent="4mm"
        color="{$accent}">
      <xsl:value-of select="$edition-text"/>
    </fo:block>
  </xsl:template>

  <!-- One contents line: title, dot leader, page number, all a link. -->
  <xsl:template name="pk-toc-line">
    <xsl:param name="ref"/>
    <xsl:param name="text"/>
    <xsl:param name="indent" select="'0mm'"/>
    <xsl:param name="bold" select="false()"/>
    <fo:block text-align-last="justify" start-indent="{$indent}" space-after="1.2mm">
      <xsl:if test="$bold"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <fo:basic-link internal-destination="{$ref}">
        <xsl:value-of select="$text"/>
        <fo:leader leader-pattern="dots" leader-pattern-width="3pt" color="{$muted}"/>
        <fo:page-number-citation ref-id="{$ref}"/>
      </fo:basic-link>
    </fo:block>
  </xsl:template>

  <xsl:template name="pk-contents">
    <fo:block id="pk-contents" break-before="page" xsl:use-attribute-sets="lp-title">Contents</fo:block>
    <fo:block xsl:use-attribute-sets="lp-subtitle" space-after="6mm">
      <xsl:value-of select="$pack/@term-name"/>
    </fo:block>
    <xsl:if test="not($pack/body)">
      <fo:block space-after="4mm">No meeting was held this term.</fo:block>
    </xsl:if>
    <xsl:for-each select="$pack/contents/body">
      <fo:block xsl:use-attribute-sets="lp-h2" space-before="5mm"><xsl:value-of select="@name"/></fo:block>
      <xsl:for-each select="entry">
        <xsl:call-template name="pk-toc-line">
          <xsl:with-param name="ref" select="@ref"/>
          <xsl:with-param name="text" select="concat(@date-text, ': ', @title)"/>
          <xsl:with-param name="indent">4mm</xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <fo:block space-before="6mm"/>
    <xsl:call-template name="pk-toc-line">
      <xsl:with-param name="ref">pk-actions</xsl:with-param>
      <xsl:with-param name="text">Action tracker</xsl:with-param>
      <xsl:with-param name="bold" select="true()"/>
    </xsl:call-template>
    <xsl:call-template name="pk-toc-line">
      <xsl:with-param name="ref">pk-finance</xsl:with-param>
      <xsl:with-param name="text">Finance</xsl:with-param>
      <xsl:with-param name="bold" select="true()"/>
    </xsl:call-template>
    <xsl:call-template name="pk-toc-line">
      <xsl:with-param name="ref">pk-compliance</xsl:with-param>
      <xsl:with-param name="text">Compliance summary</xsl:with-param>
      <xsl:with-param name="bold" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== Back matter: tracker, financial report, compliance ===== -->
  <xsl:template name="pk-back">
    <xsl:param name="first-page"/>
    <fo:page-sequence master-reference="mn-page" initial-page-number="{$first-page}" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <fo:static-content flow-name="mn-header">
        <fo:block xsl:use-attribute-sets="lp-small" border-bottom="0.5pt solid {$hairline}"
            padding-bottom="1.5mm">
          <fo:inline font-weight="bold" color="{$primary}"><xsl:value-of select="$org-name"/></fo:inline>
          <xsl:value-of select="concat('  ·  ', $pack-title)"/>
        </fo:block>
        <xsl:call-template name="lp-not-compliant-mark"/>
      </fo:static-content>
      <fo:static-content flow-name="mn-footer">
        <fo:block xsl:use-attribute-sets="lp-small" border-top="0.5pt solid {$hairline}" padding-top="2mm">
          <xsl:value-of select="concat($pack-title, ' · ', $edition-text)"/>
        </fo:block>
        <fo:block xsl:use-attribute-sets="lp-small">
          <xsl:text>Page </xsl:text><fo:page-number/>
          <xsl:text> of </xsl:text><fo:page-number-citation ref-id="pack-end"/>
        </fo:block>
      </fo:static-content>
      <fo:flow flow-name="xsl-region-body">
        <xsl:apply-templates select="$pack/action-tracker" mode="pk"/>
        <xsl:apply-templates select="$pack/inquorate-decisions[decision]" mode="pk"/>
        <fo:block id="pk-finance" break-before="page" xsl:use-attribute-sets="lp-title">Finance</fo:block>
        <xsl:apply-templates select="$pack/finance" mode="pk"/>
        <xsl:apply-templates select="$pack/financial-report" mode="pk"/>
        <xsl:apply-templates select="$pack/compliance" mode="pk"/>
        <fo:block id="pack-end" keep-with-previous.within-page="always"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The tracker's dates with the month cut to three letters ("4 Nov 2025"),
       so that a date and a status fit their columns on one line. -->
  <xsl:template name="pk-short-month">
    <xsl:param name="text"/>
    <xsl:param name="months" select="'January February March April May June July August September October November December '"/>
    <xsl:variable name="month" select="substring-before($months, ' ')"/>
    <xsl:choose>
      <xsl:when test="$month = ''"><xsl:value-of select="$text"/></xsl:when>
      <xsl:when test="contains($text, concat(' ', $month, ' '))">
        <xsl:value-of select="concat(substring-before($text, concat(' ', $month, ' ')), ' ',
            substring($month, 1, 3), ' ', substring-after($text, concat(' ', $month, ' ')))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="pk-short-month">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="months" select="substring-after($months, ' ')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="inquorate-decisions" mode="pk">
    <fo:block id="pk-ratification" xsl:use-attribute-sets="lp-title" space-before="8mm">Decisions of inquorate meetings</fo:block>
    <fo:block xsl:use-attribute-sets="lp-subtitle" space-after="5mm">
      <xsl:value-of select="concat('Decisions taken this academic year, to ', @to-text,
          ', at meetings that were not quorate, as at ', /pack-document/@today-text, ': ', @awaiting,
          ' awaiting ratification at a quorate meeting, ', @ratified, ' ratified. A decision awaiting ratification was not validly taken.')"/>
    </fo:block>
    <xsl:call-template name="lp-inquorate-decisions"><xsl:with-param name="list" select="."/></xsl:call-template>
  </xsl:template>

  <xsl:template match="action-tracker" mode="pk">
    <fo:block id="pk-actions" xsl:use-attribute-sets="lp-title">Action tracker</fo:block>
    <fo:block xsl:use-attribute-sets="lp-subtitle" space-after="5mm">
      <xsl:value-of select="concat('Every action of the term’s meetings as at ', /pack-document/@today-text,
          ': ', @open, ' open, ', @overdue, ' overdue, ', @done, ' done, ', @dropped, ' dropped')"/>
    </fo:block>
    <xsl:choose>
      <xsl:when test="action">
        <fo:table table-layout="fixed" width="100%" font-size="9pt">
          <fo:table-column column-width="28mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="28mm"/>
          <fo:table-column column-width="22mm"/>
          <fo:table-column column-width="32mm"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">MINUTE</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">ACTION</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">OWNER</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">DUE</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">STATUS</xsl:with-param></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="action">
              <fo:table-row keep-together.within-page="always">
                <fo:table-cell padding="1mm 2mm 1mm 0" border-bottom="0.4pt solid {$hairline}">
                  <fo:block>
                    <fo:basic-link internal-destination="{@meeting-ref}" color="{$primary}">
                      <xsl:value-of select="@minute"/>
                    </fo:basic-link>
                  </fo:block>
                </fo:table-cell>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text">
                    <xsl:value-of select="."/>
                    <xsl:if test="@confidential = 'yes'"> (confidential item)</xsl:if>
                  </xsl:with-param>
                </xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@owner-name"/></xsl:call-template>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text">
                    <xsl:call-template name="pk-short-month"><xsl:with-param name="text" select="@due-text"/></xsl:call-template>
                  </xsl:with-param>
                </xsl:call-template>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text">
                    <xsl:call-template name="pk-short-month"><xsl:with-param name="text" select="@state-text"/></xsl:call-template>
                  </xsl:with-param>
                  <xsl:with-param name="colour">
                    <xsl:choose>
                      <xsl:when test="@state = 'overdue'">#B03A2E</xsl:when>
                      <xsl:when test="@state = 'done'">#1E8449</xsl:when>
                      <xsl:otherwise><xsl:value-of select="$ink"/></xsl:otherwise>
                    </xsl:choose>
                  </xsl:with-param>
                </xsl:call-template>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise><fo:block>No actions were recorded this term.</fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="financial-report" mode="pk">
    <fo:block xsl:use-attribute-sets="lp-h1">
      <xsl:value-of select="concat('Financial report to the ', @body-name)"/>
      <xsl:if test="@cite"><xsl:value-of select="concat(' (', @cite, ')')"/></xsl:if>
    </fo:block>
    <xsl:choose>
      <xsl:when test="@status = 'no-meeting'">
        <fo:block>The body held no meeting this term, so no financial report was received.</fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block space-after="2mm">
          <xsl:text>Final meeting of the term: </xsl:text>
          <fo:basic-link internal-destination="{@meeting-ref}" color="{$primary}">
            <xsl:value-of select="@meeting-date-text"/>
          </fo:basic-link>
          <xsl:text>.</xsl:text>
        </fo:block>
        <xsl:for-each select="paper">
          <fo:block space-after="1mm">
            <xsl:value-of select="concat('Presented at minute ', @minute, ': ')"/>
            <fo:inline font-style="italic"><xsl:value-of select="@title"/></fo:inline>
            <xsl:if test="@by-name"><xsl:value-of select="concat(' (', @by-name, ')')"/></xsl:if>
          </fo:block>
        </xsl:for-each>
        <xsl:if test="@status = 'missing'">
          <fo:block font-weight="bold" color="#B03A2E">No financial report was recorded at this meeting.</fo:block>
        </xsl:if>
        <xsl:apply-templates select="budget" mode="pk"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="budget" mode="pk">
    <fo:block xsl:use-attribute-sets="lp-h2">
      <xsl:value-of select="concat('Budget ', @year, ': spending to ', ../@meeting-date-text)"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" font-size="9pt" keep-together.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="30mm"/>
      <fo:table-column column-width="30mm"/>
      <fo:table-column column-width="30mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">BUDGET LINE</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">BUDGET</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">SPENT</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">REMAINING</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="line">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@name"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@spent-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@remaining-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row font-weight="bold">
          <xsl:call-template name="lp-td"><xsl:with-param name="text">Total</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@total-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@spent-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@remaining-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- The term's finance as at the pack's date: every figure comes from
       the view (finance.h), none is computed here. -->
  <xsl:template match="finance[@begun = 'no']" mode="pk">
    <fo:block space-after="4mm">
      <xsl:value-of select="concat(../@term-name, ' has not begun on ', @as-of-text, ' (it begins on ', @from-text, '): there are no finance records for it yet.')"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="finance" mode="pk">
    <fo:block xsl:use-attribute-sets="lp-subtitle" space-after="4mm">
      <xsl:value-of select="concat(../@term-name, ', as at ', @as-of-text, ': from the finance records for ', @from-text, ' to ', @to-text, ' (financial year ', @year, ').')"/>
    </fo:block>
    <xsl:choose>
      <xsl:when test="@recorded = 'no'">
        <fo:block space-after="4mm">
          <xsl:value-of select="concat('No finance records for this term: no budget for ', @year, ', and no income, spending or CEO decisions dated from ', @from-text, ' to ', @to-text, '.')"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="budget" mode="pk-fin"/>
        <xsl:if test="not(budget)">
          <fo:block space-after="2mm"><xsl:value-of select="concat('No budget for ', @year, ' is recorded.')"/></fo:block>
        </xsl:if>
        <xsl:if test="@spent-other-budgets">
          <fo:block space-after="2mm">
            <xsl:value-of select="concat(@spent-other-budgets-text, ' spent in the term was charged to budget lines of another financial year.')"/>
          </fo:block>
        </xsl:if>
        <xsl:apply-templates select="income" mode="pk-fin"/>
        <xsl:apply-templates select="ceo-decisions" mode="pk-fin"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="budget" mode="pk-fin">
    <fo:block xsl:use-attribute-sets="lp-h2">
      <xsl:value-of select="concat('Budget and spending ', ../@year, ', as at ', ../@as-of-text)"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="4mm">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">BUDGET LINE</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">BUDGET</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">THIS TERM</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">YEAR TO DATE</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">REMAINING</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="line">
          <xsl:call-template name="pk-fin-budget-row"><xsl:with-param name="label" select="@name"/></xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="pk-fin-budget-row"><xsl:with-param name="label">Total</xsl:with-param></xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- One row of the budget table: a line, or (label Total) the budget itself. -->
  <xsl:template name="pk-fin-budget-row">
    <xsl:param name="label"/>
    <fo:table-row>
      <xsl:if test="not(self::line)"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <xsl:call-template name="lp-td"><xsl:with-param name="text" select="$label"/></xsl:call-template>
      <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
      <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@spent-term-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
      <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@spent-year-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
      <xsl:call-template name="lp-td">
        <xsl:with-param name="text" select="concat(@remaining-text, substring(' (overspent)', 1, 12 * (@overspent = 'yes')))"/>
        <xsl:with-param name="align">end</xsl:with-param>
      </xsl:call-template>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="income" mode="pk-fin">
    <fo:block xsl:use-attribute-sets="lp-h2">Income received against commitments</fo:block>
    <xsl:choose>
      <xsl:when test="commitment">
        <fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="2mm">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="26mm"/>
          <fo:table-column column-width="22mm"/>
          <fo:table-column column-width="24mm"/>
          <fo:table-column column-width="24mm"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">COMMITMENT</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">COMMITTED</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">THIS TERM</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">RECEIVED</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">TO COME</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="commitment">
              <fo:table-row>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="concat(@from-name, ': ', .)"/></xsl:call-template>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text">
                    <xsl:value-of select="@amount-text"/>
                    <xsl:choose>
                      <xsl:when test="@per = 'year'"><xsl:value-of select="concat(' for ', ../../@year)"/></xsl:when>
                      <xsl:when test="@per = 'once'"> once</xsl:when>
                      <xsl:otherwise> in all</xsl:otherwise>
                    </xsl:choose>
                  </xsl:with-param>
                  <xsl:with-param name="align">end</xsl:with-param>
                </xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@received-term-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@received-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@outstanding-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise><fo:block space-after="2mm">The records hold no commitments of income.</fo:block></xsl:otherwise>
    </xsl:choose>
    <fo:block space-after="4mm">
      <xsl:value-of select="concat('Other income (not against a commitment): ', @other-term-text, ' this term, ', @other-text, ' in ', ../@year, ' to ', ../@as-of-text, '. All income received this term: ', @received-term-text, '.')"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="ceo-decisions" mode="pk-fin">
    <fo:block xsl:use-attribute-sets="lp-h2">
      <xsl:text>CEO decisions this term</xsl:text>
      <xsl:if test="@limit"><xsl:value-of select="concat(' (delegated authority up to ', @limit-text, ', ', @cite, ')')"/></xsl:if>
    </fo:block>
    <xsl:choose>
      <xsl:when test="decision">
        <fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="2mm">
          <fo:table-column column-width="24mm"/>
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="20mm"/>
          <fo:table-column column-width="42mm"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">DATE</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">DECISION</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">AMOUNT</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">REPORTED</xsl:with-param></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="decision">
              <fo:table-row>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@date-text"/></xsl:call-template>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text" select="concat(., ' (', @by-name, substring(concat('; ', @line-name), 1, (string-length(@line-name) + 2) * boolean(@line-name)), ')', substring(concat(': over the ', ../@limit-text, ' limit'), 1, 200 * (@within-limit = 'no')))"/>
                </xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text">
                    <xsl:choose>
                      <xsl:when test="@reported-at"><xsl:value-of select="concat(@reported-to-name, ', ', @reported-at-text)"/></xsl:when>
                      <xsl:otherwise>Not yet reported</xsl:otherwise>
                    </xsl:choose>
                  </xsl:with-param>
                </xsl:call-template>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
        <fo:block space-after="4mm">
          <xsl:call-template name="lp-count">
            <xsl:with-param name="n" select="@count"/>
            <xsl:with-param name="one">decision</xsl:with-param>
          </xsl:call-template>
          <xsl:value-of select="concat(' this term, totalling ', @total-text, '.')"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><fo:block space-after="4mm">No CEO decisions are recorded this term.</fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="compliance" mode="pk">
    <fo:block id="pk-compliance" break-before="page" xsl:use-attribute-sets="lp-title">Compliance summary</fo:block>
    <fo:block xsl:use-attribute-sets="lp-subtitle" space-after="5mm">
      <xsl:value-of select="concat('lpdoc check for ', ../@term-name, ', as at ', @as-of-text, ': ')"/>
      <xsl:call-template name="lp-count">
        <xsl:with-param name="n" select="@errors"/>
        <xsl:with-param name="one">breach</xsl:with-param>
        <xsl:with-param name="many">breaches</xsl:with-param>
      </xsl:call-template>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="lp-count">
        <xsl:with-param name="n" select="@warnings"/>
        <xsl:with-param name="one">warning</xsl:with-param>
      </xsl:call-template>
    </fo:block>
    <fo:block space-after="4mm">
      <xsl:text>The findings about the term's meetings and about the rules that apply each term
        (or half-term); the rest of the records are reported on their own.</xsl:text>
    </fo:block>
    <xsl:if test="@confidential &gt; 0">
      <fo:block space-after="3mm">
        <xsl:call-template name="lp-count">
          <xsl:with-param name="n" select="@confidential"/>
          <xsl:with-param name="one">finding is</xsl:with-param>
          <xsl:with-param name="many">findings are</xsl:with-param>
        </xsl:call-template>
        <xsl:text> about confidential business and listed only in the member edition.</xsl:text>
      </fo:block>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="finding">
        <xsl:for-each select="finding">
          <fo:list-block provisional-distance-between-starts="18mm" space-after="1.5mm"
              keep-together.within-page="always">
            <fo:list-item>
              <fo:list-item-label end-indent="label-end()">
                <fo:block font-weight="bold">
                  <xsl:attribute name="color">
                    <xsl:choose>
                      <xsl:when test="@level = 'error'">#B03A2E</xsl:when>
                      <xsl:otherwise><xsl:value-of select="$muted"/></xsl:otherwise>
                    </xsl:choose>
                  </xsl:attribute>
                  <xsl:value-of select="@level"/>
                </fo:block>
              </fo:list-item-label>
              <fo:list-item-body start-indent="body-start()">
                <fo:block>
                  <xsl:if test="@cite"><xsl:value-of select="concat('[', @cite, '] ')"/></xsl:if>
                  <xsl:value-of select="."/>
                  <xsl:if test="@meeting-date-text and not(contains(., @meeting-date-text))">
                    <xsl:value-of select="concat(' (', @body-name, substring(', ', 1, 2 * boolean(@body-name)), @meeting-date-text, ')')"/>
                  </xsl:if>
                  <xsl:if test="@where">
                    <fo:inline color="{$muted}"><xsl:value-of select="concat(' (', @where, ')')"/></fo:inline>
                  </xsl:if>
                </fo:block>
              </fo:list-item-body>
            </fo:list-item>
          </fo:list-block>
        </xsl:for-each>
      </xsl:when>

      <xsl:when test="@confidential = 0">
        <fo:block>For this term, lpdoc check found nothing to report.</fo:block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
