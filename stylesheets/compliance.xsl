<?xml version="1.0" encoding="UTF-8"?>
<!--
  compliance.xsl: the compliance report, from the view of `lpdoc
  compliance` (<compliance-report>: partnership, agreement, summary, then
  one <level> per level with findings, holding <clause> groups of
  <finding>s).  Presentation only: the counts, the verdict, the grouping
  and the order come from the view (src/view/compliance.c).

  A title block, the summary (three figures and the verdict in words),
  then one section per level, errors first: a table whose header repeats
  on every page, a band per clause with the clause's words, a row per
  finding with the clause cited, the message and where in the records.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="report" select="/compliance-report"/>
  <xsl:variable name="summary" select="$report/summary"/>
  <xsl:variable name="ag" select="$report/agreement"/>
  <xsl:variable name="red">#B03A2E</xsl:variable>
  <xsl:variable name="green">#1E8449</xsl:variable>
  <xsl:variable name="amber">#9A6700</xsl:variable>

  <xsl:template match="/compliance-report">
    <fo:root xsl:use-attribute-sets="lp-root">
      <xsl:call-template name="lp-layout-masters"/>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="concat($org-name, ': compliance report')"/>
        <xsl:with-param name="subject" select="concat('As at ', @as-of-text)"/>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <fo:bookmark-tree>
          <fo:bookmark internal-destination="cr-summary">
            <fo:bookmark-title>Summary</fo:bookmark-title>
          </fo:bookmark>
          <xsl:for-each select="level">
            <fo:bookmark internal-destination="cr-{@name}">
              <fo:bookmark-title><xsl:call-template name="cr-level-title"/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark-tree>
      </xsl:if>
      <fo:page-sequence master-reference="lp-document" initial-page-number="1"
          xsl:use-attribute-sets="lp-body">
        <xsl:call-template name="lp-header">
          <xsl:with-param name="title" select="concat('Compliance report as at ', @as-of-text)"/>
        </xsl:call-template>
        <xsl:call-template name="lp-footer">
          <xsl:with-param name="text" select="concat('Compliance report · ', $ag/@title, ' · as at ', @as-of-text)"/>
          <xsl:with-param name="end-id">cr-end</xsl:with-param>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title">Compliance report</xsl:with-param>
            <xsl:with-param name="title-role">H1</xsl:with-param>
            <xsl:with-param name="subtitle" select="concat('The records against the ', $ag/@title, ' as at ', @as-of-text)"/>
          </xsl:call-template>
          <xsl:call-template name="cr-summary"/>
          <xsl:apply-templates select="level"/>
          <xsl:call-template name="lp-end-marker">
            <xsl:with-param name="end-id">cr-end</xsl:with-param>
          </xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- ===== Summary: three figures and the verdict ===== -->
  <xsl:template name="cr-summary">
    <fo:block id="cr-summary" xsl:use-attribute-sets="lp-h1" role="H2">Summary</fo:block>
    <fo:block space-after="3mm">
      <xsl:value-of select="concat('lpdoc checked the records of ', $org-name, ' against every rule of the ',
          $ag/@title, ' as at ', $report/@as-of-text, '. Errors are breaches of the agreement; warnings are
          things to put right before they become breaches; notes are for information.')"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" space-after="4mm" role="Div">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <xsl:call-template name="cr-figure">
            <xsl:with-param name="n" select="$summary/@errors"/>
            <xsl:with-param name="label">ERRORS</xsl:with-param>
            <xsl:with-param name="colour" select="$red"/>
          </xsl:call-template>
          <xsl:call-template name="cr-figure">
            <xsl:with-param name="n" select="$summary/@warnings"/>
            <xsl:with-param name="label">WARNINGS</xsl:with-param>
            <xsl:with-param name="colour" select="$amber"/>
          </xsl:call-template>
          <xsl:call-template name="cr-figure">
            <xsl:with-param name="n" select="$summary/@notes"/>
            <xsl:with-param name="label">NOTES</xsl:with-param>
            <xsl:with-param name="colour" select="$primary"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:choose>
      <xsl:when test="$summary/@verdict = 'not-compliant'">
        <fo:block xsl:use-attribute-sets="lp-notice" border-color="{$red}" border-left-color="{$red}"
            space-before="0mm" start-indent="4mm" end-indent="4mm">
          <fo:block font-weight="bold" font-size="12pt" color="{$red}">Not compliant</fo:block>
          <fo:block>
            <xsl:text>The records show </xsl:text>
            <xsl:call-template name="lp-count">
              <xsl:with-param name="n" select="$summary/@errors"/>
              <xsl:with-param name="one">breach</xsl:with-param>
              <xsl:with-param name="many">breaches</xsl:with-param>
            </xsl:call-template>
            <xsl:value-of select="concat(' of the ', $ag/@title, '. Until each is put right, the documents for
                the members it touches carry the mark “NOT COMPLIANT — see compliance report”; published
                documents state the findings instead.')"/>
          </fo:block>
        </fo:block>
      </xsl:when>
      <!-- warnings are things the agreement asks for that are missing or
           late: not "no breaches", but none at error level -->
      <xsl:when test="$summary/@verdict = 'warnings'">
        <fo:block xsl:use-attribute-sets="lp-notice" border-color="{$amber}" border-left-color="{$amber}"
            space-before="0mm" start-indent="4mm" end-indent="4mm">
          <fo:block font-weight="bold" font-size="12pt" color="{$amber}">No errors; warnings to put right</fo:block>
          <fo:block>
            <xsl:text>The records show no breach at error level, and </xsl:text>
            <xsl:call-template name="lp-count">
              <xsl:with-param name="n" select="$summary/@warnings"/>
              <xsl:with-param name="one">warning</xsl:with-param>
              <xsl:with-param name="many">warnings</xsl:with-param>
            </xsl:call-template>
            <xsl:text>: what the agreement asks for that is missing or late. Put each right before it
              becomes a breach.</xsl:text>
          </fo:block>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="lp-notice" border-color="{$green}" border-left-color="{$green}"
            space-before="0mm" start-indent="4mm" end-indent="4mm">
          <fo:block font-weight="bold" font-size="12pt" color="{$green}">No breaches found</fo:block>
          <fo:block>
            <xsl:choose>
              <xsl:when test="$summary/@verdict = 'notes'">
                <xsl:text>The records comply with the agreement; </xsl:text>
                <xsl:call-template name="lp-count">
                  <xsl:with-param name="n" select="$summary/@notes"/>
                  <xsl:with-param name="one">note follows</xsl:with-param>
                  <xsl:with-param name="many">notes follow</xsl:with-param>
                </xsl:call-template>
                <xsl:text> for information.</xsl:text>
              </xsl:when>
              <xsl:otherwise>The records comply with the agreement: lpdoc found nothing to report.</xsl:otherwise>
            </xsl:choose>
          </fo:block>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One of the summary's figures: a large number over its label, in the
       level's colour when there are any. -->
  <xsl:template name="cr-figure">
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <xsl:param name="colour"/>
    <xsl:variable name="shown">
      <xsl:choose>
        <xsl:when test="$n &gt; 0"><xsl:value-of select="$colour"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$hairline"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:table-cell xsl:use-attribute-sets="lp-panel" border-left-color="{$shown}" padding="2.5mm 4mm">
      <fo:block font-size="22pt" font-weight="bold" line-height="1.1" color="{$shown}">
        <xsl:value-of select="$n"/>
      </fo:block>
      <fo:block xsl:use-attribute-sets="lp-label"><xsl:value-of select="$label"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- ===== The findings of one level ===== -->
  <xsl:template name="cr-level-title">
    <xsl:choose>
      <xsl:when test="@name = 'error'">Errors: breaches of the agreement</xsl:when>
      <xsl:when test="@name = 'warning'">Warnings</xsl:when>
      <xsl:when test="@name = 'note'">Notes</xsl:when>
      <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat(' (', @count, ')')"/>
  </xsl:template>

  <xsl:template match="level">
    <fo:block id="cr-{@name}" xsl:use-attribute-sets="lp-h1" role="H2">
      <xsl:call-template name="cr-level-title"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" font-size="9pt">
      <fo:table-column column-width="22mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="46mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">CLAUSE</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">FINDING</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">WHERE IN THE RECORDS</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:apply-templates select="clause"/>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- A band naming the clause with its words, kept with its first finding. -->
  <xsl:template match="clause">
    <fo:table-row keep-with-next.within-page="always" keep-together.within-page="always" background-color="{$tint}">
      <fo:table-cell number-columns-spanned="3" padding="1.5mm 2mm"
          border-bottom="0.4pt solid {$hairline}">
        <fo:block font-weight="bold" color="{$primary}" role="H3" keep-with-next.within-page="always">
          <xsl:choose>
            <xsl:when test="@cite"><xsl:value-of select="@cite"/></xsl:when>
            <xsl:otherwise>No clause cited</xsl:otherwise>
          </xsl:choose>
          <xsl:if test="@heading"><xsl:value-of select="concat('  ·  ', @heading)"/></xsl:if>
        </fo:block>
        <xsl:if test="text/*">
          <fo:block xsl:use-attribute-sets="lp-small" font-style="italic" space-before="0.8mm">
            <xsl:apply-templates select="text/*" mode="lp-prose"/>
          </fo:block>
        </xsl:if>
      </fo:table-cell>
    </fo:table-row>
    <xsl:for-each select="finding">
      <fo:table-row keep-together.within-page="always">
        <xsl:call-template name="lp-td">
          <xsl:with-param name="text" select="@cite"/>
        </xsl:call-template>
        <xsl:call-template name="lp-td"><xsl:with-param name="text" select="."/></xsl:call-template>
        <fo:table-cell padding="1mm 0 1mm 0" border-bottom="0.4pt solid {$hairline}">
          <fo:block font-family="Liberation Mono" font-size="7.5pt" wrap-option="wrap">
            <xsl:value-of select="@where"/>
          </fo:block>
          <xsl:if test="@name">
            <fo:block xsl:use-attribute-sets="lp-small" font-size="7pt"><xsl:value-of select="@name"/></fo:block>
          </xsl:if>
        </fo:table-cell>
      </fo:table-row>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
