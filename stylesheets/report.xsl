<?xml version="1.0" encoding="UTF-8"?>
<!--
  report.xsl: the annual report (view <annual-report>) and the annual
  performance plan (view <performance-plan>) from `lpdoc report`.
  Presentation only: every count, total, variance, percentage, status
  and chart position comes computed in the view (src/view/report.c).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="exsl">

  <xsl:include href="common.xsl"/>
  <xsl:include href="charts.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="cite" select="/*/agreement/@cite"/>

  <!-- ===== Document frames ===== -->

  <xsl:template name="report-frame">
    <xsl:param name="title"/>
    <xsl:param name="subtitle"/>
    <xsl:param name="footer"/>
    <xsl:param name="lead"/>
    <xsl:param name="body"/>
    <fo:root xsl:use-attribute-sets="lp-root lp-body">
      <xsl:call-template name="lp-layout-masters"/>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title><xsl:value-of select="concat($org-name, ': ', $title)"/></dc:title>
              <dc:creator><xsl:value-of select="$org-name"/></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <!-- Sections a partnership's records leave out (no grants, say) are not
           printed, so the others are numbered in the order they appear. -->
      <xsl:variable name="numbered">
        <xsl:apply-templates select="exsl:node-set($body)/node()" mode="report-renumber"/>
      </xsl:variable>
      <!-- The PDF outline: one entry per numbered section. -->
      <xsl:variable name="sections" select="exsl:node-set($numbered)/fo:block[starts-with(@id, 'sec-')]"/>
      <xsl:if test="$sections">
        <fo:bookmark-tree>
          <xsl:for-each select="$sections">
            <fo:bookmark internal-destination="{@id}">
              <fo:bookmark-title><xsl:value-of select="normalize-space(translate(., '&#160;', ' '))"/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark-tree>
      </xsl:if>
      <fo:page-sequence master-reference="lp-document">
        <xsl:call-template name="lp-header"><xsl:with-param name="title" select="$title"/></xsl:call-template>
        <xsl:call-template name="lp-footer">
          <xsl:with-param name="text" select="$footer"/>
          <xsl:with-param name="end-id" select="'doc-end'"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="subtitle" select="$subtitle"/>
          </xsl:call-template>
          <xsl:copy-of select="$lead"/>
          <xsl:call-template name="report-contents">
            <xsl:with-param name="sections" select="$sections"/>
          </xsl:call-template>
          <xsl:copy-of select="$numbered"/>
          <xsl:call-template name="lp-end-marker"><xsl:with-param name="end-id" select="'doc-end'"/></xsl:call-template>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="/annual-report">
    <xsl:call-template name="report-frame">
      <xsl:with-param name="title" select="concat('Annual Report ', @year)"/>
      <xsl:with-param name="subtitle" select="concat('For the financial year ', @start-text, ' to ', @end-text)"/>
      <xsl:with-param name="footer">
        <xsl:value-of select="concat($org-name, ' · Annual report ', @year)"/>
        <xsl:if test="$cite"> · <xsl:value-of select="$cite"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="lead">
        <xsl:call-template name="report-glance"/>
        <xsl:call-template name="report-summary"/>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="membership"/>
        <xsl:apply-templates select="priorities"/>
        <xsl:apply-templates select="finance"/>
        <xsl:apply-templates select="grants"/>
        <xsl:apply-templates select="meetings"/>
        <xsl:apply-templates select="schools"/>
        <xsl:apply-templates select="compliance"/>
        <xsl:call-template name="report-procedures"/>
        <xsl:apply-templates select="board"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/performance-plan">
    <xsl:call-template name="report-frame">
      <xsl:with-param name="title" select="concat('Annual Performance Plan ', @next-year)"/>
      <xsl:with-param name="subtitle" select="concat('Review of ', @year, ' and targets for ', @next-year)"/>
      <xsl:with-param name="footer">
        <xsl:value-of select="concat($org-name, ' · Annual performance plan ', @next-year)"/>
        <xsl:if test="$cite"> · <xsl:value-of select="$cite"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="lead">
        <xsl:if test="record/@agreed">
          <fo:block xsl:use-attribute-sets="lp-small" space-after="3mm">
            <xsl:text>Agreed by the Parties on </xsl:text><xsl:value-of select="record/@agreed-text"/>
            <xsl:if test="$cite">, as clause <xsl:value-of select="agreement/@clause"/> of the agreement requires</xsl:if>.
          </fo:block>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:call-template name="report-h1"><xsl:with-param name="n">1</xsl:with-param><xsl:with-param name="t">Performance over the last twelve months</xsl:with-param></xsl:call-template>
        <xsl:call-template name="report-prose-or-missing"><xsl:with-param name="node" select="record/analysis"/><xsl:with-param name="what">No analysis of the year has been recorded.</xsl:with-param></xsl:call-template>
        <xsl:if test="record/success">
          <xsl:call-template name="report-h2"><xsl:with-param name="t">What was successful</xsl:with-param></xsl:call-template>
          <xsl:for-each select="record/success"><xsl:call-template name="report-bullet"><xsl:with-param name="t" select="."/></xsl:call-template></xsl:for-each>
        </xsl:if>
        <xsl:if test="record/shortfall">
          <xsl:call-template name="report-h2"><xsl:with-param name="t">What was not successful</xsl:with-param></xsl:call-template>
          <xsl:for-each select="record/shortfall"><xsl:call-template name="report-bullet"><xsl:with-param name="t" select="."/></xsl:call-template></xsl:for-each>
        </xsl:if>
        <xsl:call-template name="report-h2"><xsl:with-param name="t">Contribution to the objectives</xsl:with-param></xsl:call-template>
        <xsl:choose>
          <xsl:when test="activities/activity"><xsl:apply-templates select="activities"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="report-priority-table"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="report-h1"><xsl:with-param name="n">2</xsl:with-param><xsl:with-param name="t" select="concat('Targets for ', @next-year)"/></xsl:call-template>
        <xsl:apply-templates select="targets"/>
        <xsl:call-template name="report-h1"><xsl:with-param name="n">3</xsl:with-param><xsl:with-param name="t">Financial report</xsl:with-param></xsl:call-template>
        <xsl:apply-templates select="finance" mode="report-body"/>
        <xsl:apply-templates select="grants" mode="report-body"/>
        <xsl:call-template name="report-h1"><xsl:with-param name="n">4</xsl:with-param><xsl:with-param name="t">Learner progress, attainment and quality of provision</xsl:with-param></xsl:call-template>
        <xsl:call-template name="report-prose-or-missing"><xsl:with-param name="node" select="record/learners"/><xsl:with-param name="what">No analysis of learner progress and attainment has been recorded for this plan.</xsl:with-param></xsl:call-template>
        <xsl:apply-templates select="schools" mode="report-body"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- renumber: a copy of the body whose numbered headings (sec-N-...)
       count only the sections present. -->
  <xsl:template match="@*|node()" mode="report-renumber">
    <xsl:copy><xsl:apply-templates select="@*|node()" mode="report-renumber"/></xsl:copy>
  </xsl:template>

  <xsl:template match="fo:block[starts-with(@id, 'sec-') and contains('123456789', substring(@id, 5, 1))]" mode="report-renumber">
    <xsl:variable name="n" select="1 + count(preceding-sibling::fo:block[starts-with(@id, 'sec-') and contains('123456789', substring(@id, 5, 1))])"/>
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="report-renumber"/>
      <xsl:attribute name="id"><xsl:value-of select="concat('sec-', $n, '-', substring-after(substring-after(@id, 'sec-'), '-'))"/></xsl:attribute>
      <xsl:value-of select="concat($n, '&#160;&#160;', substring-after(., '&#160;&#160;'))"/>
    </xsl:copy>
  </xsl:template>

  <!-- Contents: each numbered section, linked, with its page. -->
  <xsl:template name="report-contents">
    <xsl:param name="sections"/>
    <xsl:if test="count($sections) &gt; 3">
      <fo:block xsl:use-attribute-sets="lp-label" space-before="2mm" space-after="1mm">CONTENTS</fo:block>
      <fo:table table-layout="fixed" width="100%" space-after="4mm" font-size="9pt">
        <fo:table-column column-width="90%"/><fo:table-column column-width="10%"/>
        <fo:table-body>
          <xsl:for-each select="$sections">
            <fo:table-row>
              <fo:table-cell padding="0.8mm 0" border-bottom="0.4pt dotted {$hairline}">
                <fo:block><fo:basic-link internal-destination="{@id}"><xsl:value-of select="normalize-space(translate(., '&#160;', ' '))"/></fo:basic-link></fo:block>
              </fo:table-cell>
              <fo:table-cell padding="0.8mm 0" border-bottom="0.4pt dotted {$hairline}">
                <fo:block text-align="end"><fo:page-number-citation ref-id="{@id}"/></fo:block>
              </fo:table-cell>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
  </xsl:template>

  <!-- ===== Small pieces ===== -->

  <xsl:template name="report-h1">
    <xsl:param name="n"/>
    <xsl:param name="t"/>
    <xsl:param name="new-page" select="false()"/>
    <fo:block xsl:use-attribute-sets="lp-h1" font-size="14pt" space-before="8mm"
        border-bottom="0.75pt solid {$hairline}" padding-bottom="1mm"
        id="sec-{translate($n, 'ACDEIPNX', 'acdeipnx')}-{generate-id()}">
      <xsl:if test="$new-page"><xsl:attribute name="break-before">page</xsl:attribute></xsl:if>
      <xsl:if test="string($n)"><xsl:value-of select="$n"/>&#160;&#160;</xsl:if>
      <xsl:value-of select="$t"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="report-h2">
    <xsl:param name="t"/>
    <fo:block xsl:use-attribute-sets="lp-h2"><xsl:value-of select="$t"/></fo:block>
  </xsl:template>

  <xsl:template name="report-para">
    <xsl:param name="t"/>
    <fo:block space-after="2mm" text-align="justify"><xsl:copy-of select="$t"/></fo:block>
  </xsl:template>

  <xsl:template name="report-bullet">
    <xsl:param name="t"/>
    <fo:block start-indent="5mm" text-indent="-5mm" space-after="1mm">•&#160;&#160;<xsl:value-of select="normalize-space($t)"/></fo:block>
  </xsl:template>

  <xsl:template name="report-prose-or-missing">
    <xsl:param name="node"/>
    <xsl:param name="what"/>
    <xsl:choose>
      <xsl:when test="$node"><xsl:apply-templates select="$node/*" mode="lp-prose"/></xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="lp-notice" margin-left="0" margin-right="0" space-after="3mm" font-style="italic"><xsl:value-of select="$what"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="report-pct">
    <xsl:param name="v"/>
    <xsl:if test="string($v)"><xsl:value-of select="$v"/>%</xsl:if>
  </xsl:template>

  <!-- ===== Opening: key figures and summary ===== -->

  <xsl:template name="report-glance">
    <fo:block xsl:use-attribute-sets="lp-label" space-after="1mm">AT A GLANCE</fo:block>
    <fo:table table-layout="fixed" width="100%" space-after="5mm" background-color="{$tint}">
      <fo:table-column column-width="25%"/><fo:table-column column-width="25%"/>
      <fo:table-column column-width="25%"/><fo:table-column column-width="25%"/>
      <fo:table-body>
        <fo:table-row>
          <xsl:call-template name="chart-key-figure">
            <xsl:with-param name="value" select="membership/@schools"/>
            <xsl:with-param name="caption" select="concat('member schools at ', membership/@at-text)"/>
          </xsl:call-template>
          <xsl:call-template name="chart-key-figure">
            <xsl:with-param name="value"><xsl:call-template name="report-pct"><xsl:with-param name="v" select="schools/@good-share"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="caption" select="concat('of inspected member schools good or outstanding at ', schools/@at-text)"/>
          </xsl:call-template>
          <xsl:call-template name="chart-key-figure">
            <xsl:with-param name="value" select="finance/budget/@spent-text"/>
            <xsl:with-param name="caption">
              <xsl:choose>
                <xsl:when test="finance/@to-date = 'yes'"><xsl:value-of select="concat('spent of a ', finance/budget/@budget-text, ' budget for ', /*/@year, ', to ', /*/@at-text)"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="concat('spent of a ', finance/budget/@budget-text, ' budget in ', /*/@year)"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="chart-key-figure">
            <xsl:with-param name="value" select="meetings/@held"/>
            <xsl:with-param name="caption">
              <xsl:choose>
                <xsl:when test="meetings/@partial = 'yes'"><xsl:value-of select="concat('meetings held ', meetings/@from-text, ' to ', meetings/@to-text)"/></xsl:when>
                <xsl:otherwise>meetings held in the year</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="report-summary">
    <xsl:choose>
      <xsl:when test="record/summary">
        <fo:block xsl:use-attribute-sets="lp-panel" margin-left="0" margin-right="0">
          <xsl:apply-templates select="record/summary/*" mode="lp-prose"/>
          <xsl:if test="record/@presented-at">
            <fo:block xsl:use-attribute-sets="lp-small">
              <xsl:value-of select="concat('Presented to the ', record/@presented-to-name, ' on ', record/@presented-at-text, '.')"/>
            </fo:block>
          </xsl:if>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="lp-panel" margin-left="0" margin-right="0">
          <xsl:value-of select="concat('This report analyses the progress made by ', $org-name, ' against its agreed priorities in ', @year, ', and its spending in that year.')"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== 1 Members ===== -->

  <!-- How many schools joined and left in the year, as a sentence a reader
       would write: "No school joined or left during the year." rather than
       "0 schools joined and 0 left (net +0)"; the net change only when both
       happened, since otherwise it repeats the one count. -->
  <xsl:template name="report-joined-left">
    <xsl:choose>
      <xsl:when test="@joined = '0' and @left = '0'">No school joined or left during the year.</xsl:when>
      <xsl:when test="@left = '0'">
        <xsl:call-template name="lp-count"><xsl:with-param name="n" select="@joined"/><xsl:with-param name="one" select="'school'"/></xsl:call-template>
        <xsl:text> joined during the year and none left.</xsl:text>
      </xsl:when>
      <xsl:when test="@joined = '0'">
        <xsl:call-template name="lp-count"><xsl:with-param name="n" select="@left"/><xsl:with-param name="one" select="'school'"/></xsl:call-template>
        <xsl:text> left during the year and none joined.</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="lp-count"><xsl:with-param name="n" select="@joined"/><xsl:with-param name="one" select="'school'"/></xsl:call-template>
        <xsl:value-of select="concat(' joined and ', @left, ' left during the year (net ', @net-change, ').')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="membership">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">1</xsl:with-param><xsl:with-param name="t">The partnership and its members</xsl:with-param></xsl:call-template>
    <xsl:call-template name="report-para">
      <xsl:with-param name="t">
        <xsl:value-of select="concat('On ', @at-text, ' the partnership had ')"/>
        <xsl:call-template name="lp-count"><xsl:with-param name="n" select="@schools"/><xsl:with-param name="one" select="'member school'"/></xsl:call-template>
        <xsl:if test="@pupils != '0'">
          <xsl:text> with </xsl:text>
          <xsl:value-of select="format-number(@pupils, '#,##0')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="lp-noun"><xsl:with-param name="n" select="@pupils"/><xsl:with-param name="one" select="'pupil'"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="@organisations != '0'">
          <xsl:text> and </xsl:text>
          <xsl:call-template name="lp-count"><xsl:with-param name="n" select="@organisations"/><xsl:with-param name="one" select="'partner organisation'"/></xsl:call-template>
        </xsl:if>
        <xsl:text>. </xsl:text>
        <xsl:call-template name="report-joined-left"/>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="report-count-tables"/>
    <xsl:variable name="listed" select="changes/leaver | changes/joiner[current()/@list-joiners = 'yes']"/>
    <xsl:if test="@list-joiners = 'no'">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">Joiners and leavers</xsl:with-param></xsl:call-template>
      <xsl:call-template name="report-para">
        <xsl:with-param name="t">
          <xsl:value-of select="concat(@joined, ' schools joined during the year: ')"/>
          <xsl:for-each select="joined-phase"><xsl:value-of select="concat(@count, ' ', translate(@name-label, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))"/><xsl:if test="position() != last()">, </xsl:if></xsl:for-each>.
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$listed">
      <xsl:if test="@list-joiners = 'yes'">
        <xsl:call-template name="report-h2"><xsl:with-param name="t">Joiners and leavers</xsl:with-param></xsl:call-template>
      </xsl:if>
      <fo:table xsl:use-attribute-sets="lp-grid-table">
        <fo:table-column column-width="55%"/><fo:table-column column-width="15%"/><fo:table-column column-width="15%"/><fo:table-column column-width="15%"/>
        <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">School|Phase|Change|Date</xsl:with-param></xsl:call-template>
        <fo:table-body>
          <xsl:for-each select="$listed">
            <fo:table-row>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@member-name"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@phase-label"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="substring('JoinedLeft', 1 + 6 * (local-name() = 'leaver'), 6)"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@date-text"/></xsl:call-template>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
    <xsl:if test="mou/@required = 'yes' or mou/@signed != '0'">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">Memorandum of Understanding</xsl:with-param></xsl:call-template>
      <xsl:call-template name="report-para">
        <xsl:with-param name="t">
          <xsl:value-of select="concat(mou/@signed, ' of ', @schools, ' member schools (', mou/@signed-share, '%) had signed the Memorandum of Understanding')"/>
          <xsl:choose>
            <xsl:when test="mou/@not-signed = '0'">.</xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('; ', mou/@not-signed, ' had not yet signed: ')"/>
              <xsl:for-each select="mou/unsigned"><xsl:value-of select="@member-name"/><xsl:if test="position() != last()">, </xsl:if></xsl:for-each>.</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Members by phase and by type, side by side in ONE table (two tables
       nested in an outer row were once drawn badly by the engine, now
       tests/fo/cases/51-table-nested-side-by-side.fo; one table keeps the
       rows of both lists aligned). -->
  <xsl:template name="report-count-tables">
    <xsl:variable name="phases" select="phase"/>
    <xsl:variable name="types" select="type"/>
    <xsl:variable name="longer" select="$phases[count($phases) &gt;= count($types)] | $types[count($types) &gt; count($phases)]"/>
    <fo:table xsl:use-attribute-sets="lp-grid-table" border-bottom="none" keep-together.within-page="always">
      <fo:table-column column-width="27%"/><fo:table-column column-width="10.5%"/><fo:table-column column-width="10.5%"/>
      <fo:table-column column-width="4%"/>
      <fo:table-column column-width="27%"/><fo:table-column column-width="10.5%"/><fo:table-column column-width="10.5%"/>
      <fo:table-header font-weight="bold" color="#FFFFFF">
        <fo:table-row>
          <xsl:call-template name="lp-grid-header-cells"><xsl:with-param name="cols">Phase|Schools#|Share#</xsl:with-param><xsl:with-param name="bg" select="$primary"/></xsl:call-template>
          <fo:table-cell><fo:block/></fo:table-cell>
          <xsl:call-template name="lp-grid-header-cells"><xsl:with-param name="cols">Type|Schools#|Share#</xsl:with-param><xsl:with-param name="bg" select="$primary"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$longer">
          <xsl:variable name="i" select="position()"/>
          <fo:table-row>
            <xsl:call-template name="report-count-cells"><xsl:with-param name="row" select="$phases[$i]"/></xsl:call-template>
            <fo:table-cell><fo:block/></fo:table-cell>
            <xsl:call-template name="report-count-cells"><xsl:with-param name="row" select="$types[$i]"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total">
          <xsl:call-template name="report-count-total"/>
          <fo:table-cell border-top="none" background-color="#FFFFFF"><fo:block/></fo:table-cell>
          <xsl:call-template name="report-count-total"/>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- One side of a row of count-tables: name, count and share, or empty cells. -->
  <xsl:template name="report-count-cells">
    <xsl:param name="row"/>
    <xsl:choose>
      <xsl:when test="$row">
        <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$row/@name-label"/></xsl:call-template>
        <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$row/@count"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
        <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat($row/@share, '%')"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <fo:table-cell><fo:block/></fo:table-cell><fo:table-cell><fo:block/></fo:table-cell><fo:table-cell><fo:block/></fo:table-cell>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="report-count-total">
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">Total</xsl:with-param></xsl:call-template>
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="/*/membership/@schools"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">100.0%</xsl:with-param><xsl:with-param name="align" select="'end'"/></xsl:call-template>
  </xsl:template>

  <!-- ===== 2 Priorities ===== -->

  <xsl:template match="priorities">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">2</xsl:with-param><xsl:with-param name="t">Progress against the agreed priorities</xsl:with-param></xsl:call-template>
    <xsl:call-template name="report-priority-table"/>
    <xsl:apply-templates select="priority"/>
  </xsl:template>

  <xsl:template name="report-priority-table">
    <xsl:variable name="ps" select="/*/priorities"/>
    <xsl:if test="not($ps/priority)">
      <fo:block font-style="italic" color="{$muted}" space-after="2mm">No priorities are recorded.</fo:block>
    </xsl:if>
    <xsl:if test="$ps/priority">
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
      <fo:table-column column-width="46%"/><fo:table-column column-width="22%"/><fo:table-column column-width="14%"/><fo:table-column column-width="18%"/>
      <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Priority|Lead|Status|Milestones met#</xsl:with-param></xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="$ps/priority">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@title"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@lead-name"/></xsl:call-template>
            <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block>
              <xsl:choose>
                <xsl:when test="@rag"><xsl:call-template name="chart-badge"><xsl:with-param name="value" select="@rag"/><xsl:with-param name="label" select="@rag-label"/></xsl:call-template></xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </fo:block></fo:table-cell>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/>
              <xsl:with-param name="text" select="concat(@milestones-met, ' of ', @milestones)"/>
              <xsl:with-param name="align" select="'end'"/>
            </xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
    </xsl:if>
    <xsl:if test="$ps/@milestones-overdue != '0'">
      <fo:block xsl:use-attribute-sets="lp-notice" margin-left="0" margin-right="0" space-after="3mm">
        <xsl:value-of select="concat($ps/@milestones-overdue, ' milestone(s) overdue on ', /*/@today-text, '.')"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="priority">
    <fo:block keep-with-next.within-page="always" space-before="4mm">
      <fo:block xsl:use-attribute-sets="lp-h2" space-before="0">
        <xsl:value-of select="@title"/>
        <xsl:if test="@rag">&#160;&#160;<xsl:call-template name="chart-badge"><xsl:with-param name="value" select="@rag"/><xsl:with-param name="label" select="@rag-label"/></xsl:call-template></xsl:if>
      </fo:block>
      <fo:block xsl:use-attribute-sets="lp-small" space-after="1.5mm">
        <xsl:if test="@lead-name">Lead: <xsl:value-of select="@lead-name"/></xsl:if>
        <xsl:if test="@objective-title"> · Objective: <xsl:value-of select="@objective-title"/></xsl:if>
        <xsl:if test="@cite"> · <xsl:value-of select="@cite"/></xsl:if>
      </fo:block>
    </fo:block>
    <xsl:apply-templates select="summary/*" mode="lp-prose"/>
    <xsl:choose>
      <xsl:when test="progress"><xsl:apply-templates select="progress/*" mode="lp-prose"/></xsl:when>
      <xsl:otherwise><fo:block font-style="italic" color="{$muted}" space-after="2mm">No progress report recorded for this priority.</fo:block></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="milestone">
      <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
        <fo:table-column column-width="46%"/><fo:table-column column-width="19%"/><fo:table-column column-width="19%"/><fo:table-column column-width="16%"/>
        <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Milestone|Due|Done|Status</xsl:with-param></xsl:call-template>
        <fo:table-body>
          <xsl:for-each select="milestone">
            <fo:table-row>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="."/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@due-text"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@done-text"/></xsl:call-template>
              <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block><xsl:call-template name="chart-badge"><xsl:with-param name="value" select="@status"/><xsl:with-param name="label" select="@status-label"/></xsl:call-template></fo:block></fo:table-cell>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
    <xsl:if test="measure">
      <xsl:call-template name="report-measure-table"><xsl:with-param name="rows" select="measure"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="report-measure-table">
    <xsl:param name="rows"/>
    <xsl:variable name="r" select="/*"/>
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
      <fo:table-column column-width="30%"/><fo:table-column column-width="10%"/><fo:table-column column-width="10%"/>
      <fo:table-column column-width="10%"/><fo:table-column column-width="14%"/><fo:table-column column-width="10%"/><fo:table-column column-width="16%"/>
      <xsl:call-template name="lp-grid-header">
        <xsl:with-param name="cols" select="concat('Measure|', $r/@previous-year, '#|', $r/@year, '#|Target#|Met|Change#|', $r/@next-year, ' target#')"/>
      </xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="$rows">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@name"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@previous, substring(@suffix, 1, string-length(@previous)))"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@current, substring(@suffix, 1, string-length(@current)))"/><xsl:with-param name="align" select="'end'"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@current-target, substring(@suffix, 1, string-length(@current-target)))"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block>
              <xsl:choose>
                <xsl:when test="@met = 'yes'"><xsl:call-template name="chart-badge"><xsl:with-param name="value">green</xsl:with-param><xsl:with-param name="label">Met</xsl:with-param></xsl:call-template></xsl:when>
                <xsl:when test="@met = 'no'"><xsl:call-template name="chart-badge"><xsl:with-param name="value">red</xsl:with-param><xsl:with-param name="label">Not met</xsl:with-param></xsl:call-template></xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </fo:block></fo:table-cell>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@change"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@next-target, substring(@suffix, 1, string-length(@next-target)))"/><xsl:with-param name="align" select="'end'"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
    <!-- where each figure of a measure lpdoc computes comes from -->
    <xsl:for-each select="$rows[@current-source or @previous-source]">
      <fo:block xsl:use-attribute-sets="lp-small" space-before="1mm" keep-with-previous.within-page="always">
        <xsl:value-of select="concat(@name, ': ')"/>
        <xsl:if test="@previous-source">
          <xsl:value-of select="concat($r/@previous-year, ' ', @previous-source)"/>
          <xsl:if test="@previous-recorded"><xsl:value-of select="concat(' (', @previous-recorded, @suffix, ' recorded by hand differs)')"/></xsl:if>
          <xsl:if test="@current-source">; </xsl:if>
        </xsl:if>
        <xsl:if test="@current-source">
          <xsl:value-of select="concat($r/@year, ' ', @current-source)"/>
          <xsl:if test="@current-recorded"><xsl:value-of select="concat(' (', @current-recorded, @suffix, ' recorded by hand differs)')"/></xsl:if>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="activities">
    <fo:table xsl:use-attribute-sets="lp-grid-table">
      <fo:table-column column-width="32%"/><fo:table-column column-width="28%"/><fo:table-column column-width="14%"/>
      <fo:table-column column-width="12%"/><fo:table-column column-width="14%"/>
      <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols" select="concat('Activity (delivery plan ', @year, ')|Objective|RAG|Status|Cost#')"/></xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="activity">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@title"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@objective-title"/></xsl:call-template>
            <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block><xsl:call-template name="chart-badge"><xsl:with-param name="value" select="@rag"/><xsl:with-param name="label" select="@rag-label"/></xsl:call-template></fo:block></fo:table-cell>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@status-label"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@cost-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="targets">
    <xsl:call-template name="report-para">
      <xsl:with-param name="t" select="concat('Targets for ', /*/@next-year, ' beside the figures for ', /*/@year, ' and ', /*/@previous-year, '. ', @met, ' of the ', @with-target, ' targets set for ', /*/@year, ' were met.')"/>
    </xsl:call-template>
    <xsl:if test="measure">
      <xsl:call-template name="report-measure-table"><xsl:with-param name="rows" select="measure"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== 3 Finance ===== -->

  <xsl:template match="finance">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">3</xsl:with-param><xsl:with-param name="t">Spending and income</xsl:with-param></xsl:call-template>
    <xsl:apply-templates select="." mode="report-body"/>
  </xsl:template>

  <xsl:template match="finance" mode="report-body">
    <xsl:variable name="b" select="budget"/>
    <xsl:choose>
      <xsl:when test="$b/@recorded = 'yes'">
        <xsl:call-template name="report-para">
          <xsl:with-param name="t">
            <xsl:choose>
              <xsl:when test="@to-date = 'yes'">
                <xsl:value-of select="concat('From ', /*/@start-text, ' to ', /*/@at-text, ' the partnership spent ', $b/@spent-text, ' of its ', @year, ' budget of ', $b/@budget-text, ' (', $b/@spent-pct, '%)')"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="concat('In ', @year, ' the partnership spent ', $b/@spent-text, ' against a budget of ', $b/@budget-text, ' (', $b/@spent-pct, '%)')"/>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="$b/@approved"><xsl:value-of select="concat(', approved on ', $b/@approved-text)"/></xsl:if>
            <xsl:choose>
              <xsl:when test="$b/@over = 'yes'"><xsl:value-of select="concat(', an overspend of ', substring-after($b/@variance-text, '-'), '.')"/></xsl:when>
              <xsl:when test="@to-date = 'yes'"><xsl:value-of select="concat('; ', $b/@variance-text, ' of the budget remains.')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="concat(', leaving ', $b/@variance-text, ' unspent.')"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:apply-templates select="chart[@id = 'budget-chart']"/>
        <xsl:call-template name="report-budget-table"/>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="lp-notice" margin-left="0" margin-right="0" space-after="3mm">No budget is recorded for <xsl:value-of select="@year"/>.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="report-h2"><xsl:with-param name="t">Income by source</xsl:with-param></xsl:call-template>
    <xsl:apply-templates select="chart[@id = 'income-chart']"/>
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
      <fo:table-column column-width="60%"/><fo:table-column column-width="22%"/><fo:table-column column-width="18%"/>
      <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Source|Income#|Share#</xsl:with-param></xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="income/source">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@name-label"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@share, '%')"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total">
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">Total income</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="income/@total-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"><xsl:if test="income/source">100.0%</xsl:if></xsl:with-param><xsl:with-param name="align" select="'end'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:call-template name="report-h2"><xsl:with-param name="t">Reserves</xsl:with-param></xsl:call-template>
    <xsl:variable name="rs" select="reserves"/>
    <!-- the year's movements and where reserves stand: at the year's end, or
         on the report's date while the year runs -->
    <xsl:variable name="in-year">
      <xsl:choose>
        <xsl:when test="@to-date = 'yes'"> in the year to date</xsl:when>
        <xsl:otherwise> in the year</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="closing">
      <xsl:choose>
        <xsl:when test="@to-date = 'yes'"><xsl:value-of select="concat('Reserves on ', /*/@at-text)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('Reserves carried forward on ', /*/@end-text)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
      <fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
      <fo:table-body>
        <fo:table-row><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat('Reserves brought forward on ', /*/@start-text)"/></xsl:call-template><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$rs/@opening-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></fo:table-row>
        <fo:table-row><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat('add: income', $in-year)"/></xsl:call-template><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$rs/@income-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></fo:table-row>
        <fo:table-row><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat('less: spending', $in-year)"/></xsl:call-template><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$rs/@spending-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></fo:table-row>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total"><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$closing"/></xsl:call-template><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="$rs/@closing-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:if test="ceo-decisions/decision">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">Funding decisions by the CEO</xsl:with-param></xsl:call-template>
      <xsl:call-template name="report-para">
        <xsl:with-param name="t">
          <xsl:value-of select="concat(ceo-decisions/@count, substring(' decisions', 1, 9 + (ceo-decisions/@count != '1')), ' totalling ', ceo-decisions/@total-text)"/>
          <xsl:if test="ceo-decisions/@limit"><xsl:value-of select="concat(', each within the limit of ', ceo-decisions/@limit-text, ' unless marked (', ceo-decisions/@cite, ')')"/></xsl:if>.
        </xsl:with-param>
      </xsl:call-template>
      <fo:table xsl:use-attribute-sets="lp-grid-table">
        <fo:table-column column-width="15%"/><fo:table-column column-width="45%"/><fo:table-column column-width="15%"/><fo:table-column column-width="25%"/>
        <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Date|Purpose|Amount#|Reported</xsl:with-param></xsl:call-template>
        <fo:table-body>
          <xsl:for-each select="ceo-decisions/decision">
            <fo:table-row>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@date-text"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(., substring(' (over the limit)', 1, 17 * (@within-limit = 'no')))"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="normalize-space(concat(@reported-to-name, ' ', @reported-at-text))"/></xsl:call-template>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
  </xsl:template>

  <xsl:template name="report-budget-table">
    <fo:table xsl:use-attribute-sets="lp-grid-table">
      <fo:table-column column-width="40%"/><fo:table-column column-width="16%"/><fo:table-column column-width="16%"/>
      <fo:table-column column-width="16%"/><fo:table-column column-width="12%"/>
      <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Priority and budget line|Budget#|Spent#|Variance#|Unspent#</xsl:with-param></xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="budget/group">
          <fo:table-row keep-with-next.within-page="always" background-color="{$tint}">
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@title"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:call-template name="report-money-cells"/>
          </fo:table-row>
          <xsl:for-each select="line">
            <fo:table-row>
              <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block start-indent="4mm"><xsl:value-of select="@name"/></fo:block></fo:table-cell>
              <xsl:call-template name="report-money-cells"/>
            </fo:table-row>
          </xsl:for-each>
        </xsl:for-each>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total">
          <xsl:for-each select="budget">
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">Total</xsl:with-param></xsl:call-template>
            <xsl:call-template name="report-money-cells"/>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="report-money-cells">
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@budget-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@spent-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@variance-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
    <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"><xsl:call-template name="report-pct"><xsl:with-param name="v" select="@variance-pct"/></xsl:call-template></xsl:with-param><xsl:with-param name="align" select="'end'"/></xsl:call-template>
  </xsl:template>

  <!-- ===== 4 Grants ===== -->

  <xsl:template match="grants">
    <xsl:if test="fund or credits/credit">
      <xsl:call-template name="report-h1"><xsl:with-param name="n">4</xsl:with-param><xsl:with-param name="t">Grants and school-to-school support</xsl:with-param></xsl:call-template>
      <xsl:apply-templates select="." mode="report-body"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="grants" mode="report-body">
    <xsl:for-each select="fund">
      <xsl:call-template name="report-h2"><xsl:with-param name="t" select="@name"/></xsl:call-template>
      <xsl:call-template name="report-para">
        <xsl:with-param name="t">
          <xsl:value-of select="concat(@grants-in-year, substring(' grants', 1, 6 + (@grants-in-year != '1')), ' totalling ', @granted-in-year-text, substring(' was awarded', 1, 12 * (@grants-in-year = '1')), substring(' were awarded', 1, 13 * (@grants-in-year != '1')), ' in the year')"/>
          <xsl:if test="@total"><xsl:value-of select="concat('. Of the fund’s total of ', @total-text, ', ', @granted-to-date-text, ' (', @used-pct, '%) has been granted to date and ', @remaining-text, ' remains')"/></xsl:if>
          <xsl:if test="@within-total = 'no'"> — MORE THAN THE FUND HOLDS</xsl:if>.
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="school">
        <fo:table xsl:use-attribute-sets="lp-grid-table">
          <fo:table-column column-width="40%"/><fo:table-column column-width="42%"/><fo:table-column column-width="18%"/>
          <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">School|Purpose|Amount#</xsl:with-param></xsl:call-template>
          <fo:table-body>
            <xsl:for-each select="school">
              <fo:table-row>
                <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@member-name"/></xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"><xsl:for-each select="grant"><xsl:value-of select="."/><xsl:if test="position() != last()">; </xsl:if></xsl:for-each></xsl:with-param></xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
              </fo:table-row>
            </xsl:for-each>
            <fo:table-row xsl:use-attribute-sets="lp-grid-total">
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat('Total (', @schools-in-year, substring(' schools', 1, 7 + (@schools-in-year != 1)), ')')"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@granted-in-year-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
      </xsl:if>
    </xsl:for-each>
    <xsl:if test="credits/credit">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">Support days credited to donor schools</xsl:with-param></xsl:call-template>
      <fo:table xsl:use-attribute-sets="lp-grid-table">
        <fo:table-column column-width="15%"/><fo:table-column column-width="37%"/><fo:table-column column-width="38%"/><fo:table-column column-width="10%"/>
        <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Date|Donor school|School supported|Days#</xsl:with-param></xsl:call-template>
        <fo:table-body>
          <xsl:for-each select="credits/credit">
            <fo:table-row>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@date-text"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@donor-name"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@supported-name"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@days"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            </fo:table-row>
          </xsl:for-each>
          <fo:table-row xsl:use-attribute-sets="lp-grid-total">
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">Total</xsl:with-param></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="credits/@days"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
    </xsl:if>
  </xsl:template>

  <!-- ===== 5 Meetings ===== -->

  <!-- Where the decisions of inquorate meetings stood at the report's date,
       without "0 awaited ratification": a clerk reads a zero count as a
       figure to check, "none" as a statement. -->
  <xsl:template match="inquorate-decisions" mode="report-standing">
    <xsl:variable name="n" select="count(decision)"/>
    <xsl:value-of select="concat('On ', @to-text, ', ')"/>
    <xsl:choose>
      <xsl:when test="@awaiting = '0' and $n = 1">it had been ratified.</xsl:when>
      <xsl:when test="@awaiting = '0'">all had been ratified.</xsl:when>
      <xsl:when test="@ratified = '0' and $n = 1">it had not yet been ratified.</xsl:when>
      <xsl:when test="@ratified = '0'">none had yet been ratified.</xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(@awaiting, ' awaited ratification and ', @ratified, ' had been ratified.')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="meetings">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">5</xsl:with-param><xsl:with-param name="t">Meetings and attendance</xsl:with-param></xsl:call-template>
    <!-- the period every figure of the section covers, and what the records miss -->
    <xsl:call-template name="report-para">
      <xsl:with-param name="t">
        <xsl:choose>
          <xsl:when test="@records-start-late = 'yes'">
            <xsl:value-of select="concat('The meeting records begin on ', @from-text, ', so the figures in this section cover ', @from-text, ' to ', @to-text,
                ', not the whole financial year from ', /*/@start-text, ': meetings before ', @from-text, ' are not in the records.')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('The figures in this section cover the meetings held from ', @from-text, ' to ', @to-text, '.')"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
      <fo:table-column column-width="44%"/><fo:table-column column-width="12%"/><fo:table-column column-width="12%"/>
      <fo:table-column column-width="14%"/><fo:table-column column-width="18%"/>
      <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Body|Held#|Quorate#|Cancelled#|Attendance#</xsl:with-param></xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="body[@held != '0' or @cancelled != '0']">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@name"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@held"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@quorate"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@cancelled"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"><xsl:call-template name="report-pct"><xsl:with-param name="v" select="@attendance-rate"/></xsl:call-template></xsl:with-param><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total">
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">All bodies</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@held"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"/></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"/></xsl:call-template>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text"/></xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:if test="inquorate-decisions/decision">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">Decisions of inquorate meetings</xsl:with-param></xsl:call-template>
      <xsl:call-template name="report-para">
        <xsl:with-param name="t">
          <xsl:variable name="n" select="count(inquorate-decisions/decision)"/>
          <xsl:value-of select="concat('From ', inquorate-decisions/@from-text, ' to ', inquorate-decisions/@to-text, ', ', $n)"/>
          <xsl:choose>
            <xsl:when test="$n = 1"> decision was taken at a meeting that was not quorate, so was not validly taken until a quorate meeting ratified it. </xsl:when>
            <xsl:otherwise> decisions were taken at meetings that were not quorate, so were not validly taken until a quorate meeting ratified them. </xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="inquorate-decisions" mode="report-standing"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="lp-inquorate-decisions"><xsl:with-param name="list" select="inquorate-decisions"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="body[member][@kind = 'board' or @kind = 'executive' or @kind = 'directors' or @kind = 'strategic-group' or @kind = 'committee']">
      <xsl:call-template name="report-h2"><xsl:with-param name="t" select="concat(@name, ': attendance of each member')"/></xsl:call-template>
      <fo:table xsl:use-attribute-sets="lp-grid-table">
        <!-- a short attendance table is kept on one page; a long one breaks under its repeated header -->
        <xsl:if test="count(member) &lt;= 10"><xsl:attribute name="keep-together.within-page">always</xsl:attribute></xsl:if>
        <fo:table-column column-width="32%"/><fo:table-column column-width="38%"/><fo:table-column column-width="10%"/>
        <fo:table-column column-width="10%"/><fo:table-column column-width="10%"/>
        <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Member|Seat|Meetings#|Present#|Rate#</xsl:with-param></xsl:call-template>
        <fo:table-body>
          <xsl:for-each select="member">
            <fo:table-row>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@person-name"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/>
                <xsl:with-param name="text">
                  <xsl:choose>
                    <xsl:when test="@party"><xsl:value-of select="concat('Nominee of ', @party-name, ' (', @party, ')')"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="@seat-role"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@meetings"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@present"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@rate, '%')"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== 6 Schools ===== -->

  <xsl:template match="schools">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">6</xsl:with-param><xsl:with-param name="t">School performance<xsl:if test="@brokerage = 'yes'"> and brokerage</xsl:if></xsl:with-param></xsl:call-template>
    <xsl:apply-templates select="." mode="report-body"/>
  </xsl:template>

  <xsl:template match="schools" mode="report-body">
    <xsl:call-template name="report-para">
      <xsl:with-param name="t" select="concat('On ', @at-text, ', ', @good-or-outstanding, ' of the ', @inspected, ' inspected member schools (', @good-share, '%) were judged good or outstanding by Ofsted; ', @not-inspected, ' had not yet been inspected.')"/>
    </xsl:call-template>
    <xsl:apply-templates select="chart"/>
    <xsl:if test="@brokerage = 'yes'">
    <xsl:call-template name="report-h2"><xsl:with-param name="t">Direction of travel and brokerage</xsl:with-param></xsl:call-template>
    <xsl:call-template name="report-para">
      <xsl:with-param name="t">Good and outstanding schools whose direction of travel is declining receive brokered support; those improving give support to others; schools requiring improvement, with serious weaknesses or in special measures are supported by the council’s improvement service<xsl:if test="@cite"> (<xsl:value-of select="@cite"/>)</xsl:if>.</xsl:with-param>
    </xsl:call-template>
    </xsl:if>
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always" keep-with-previous.within-page="always">
      <fo:table-column column-width="28%"/>
      <xsl:for-each select="travel"><fo:table-column column-width="14%"/></xsl:for-each>
      <fo:table-column column-width="16%"/>
      <xsl:call-template name="lp-grid-header">
        <xsl:with-param name="cols"><xsl:text>Ofsted outcome</xsl:text><xsl:for-each select="travel">|<xsl:value-of select="@name-label"/>#</xsl:for-each>|Total#</xsl:with-param>
      </xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="outcome">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@name-label"/></xsl:call-template>
            <xsl:for-each select="cell">
              <fo:table-cell xsl:use-attribute-sets="lp-grid-cell">
                <xsl:choose>
                  <xsl:when test="@count != '0' and @action = 'receive'"><xsl:attribute name="background-color">#FBE3D6</xsl:attribute></xsl:when>
                  <xsl:when test="@count != '0' and @action = 'give'"><xsl:attribute name="background-color">#D7EDE6</xsl:attribute></xsl:when>
                  <xsl:when test="@count != '0' and @action = 'council-service'"><xsl:attribute name="background-color">#E6E6E6</xsl:attribute></xsl:when>
                </xsl:choose>
                <fo:block text-align="end">
                  <xsl:value-of select="@count"/>
                  <xsl:if test="@count != '0' and @action = 'receive'">&#160;↓</xsl:if>
                  <xsl:if test="@count != '0' and @action = 'give'">&#160;↑</xsl:if>
                  <xsl:if test="@count != '0' and @action = 'council-service'">&#160;•</xsl:if>
                </fo:block>
              </fo:table-cell>
            </xsl:for-each>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@count"/><xsl:with-param name="align" select="'end'"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total">
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">All member schools</xsl:with-param></xsl:call-template>
          <xsl:for-each select="travel"><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@count"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></xsl:for-each>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@schools"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:if test="@brokerage = 'yes'">
      <xsl:if test="travel[@name = 'not-known']/@count = @schools">
        <fo:block xsl:use-attribute-sets="lp-notice" margin-left="0" margin-right="0" space-after="2mm">No direction-of-travel judgements are recorded for the member schools, so no school can yet be matched to brokered support.</fo:block>
      </xsl:if>
      <fo:block xsl:use-attribute-sets="lp-small" space-after="3mm" keep-with-previous.within-page="always">↑ gives support to others (shaded green) · ↓ receives brokered support (shaded orange) · • supported by the council’s improvement service (shaded grey)</fo:block>
      <!-- counts only: which schools the partnership judges declining is
           its own business, not the published report's -->
      <xsl:for-each select="brokerage">
        <fo:block space-after="1mm">
          <fo:inline font-weight="bold"><xsl:value-of select="concat(@action-label, ': ')"/></fo:inline>
          <xsl:call-template name="lp-count">
            <xsl:with-param name="n" select="@count"/>
            <xsl:with-param name="one">school</xsl:with-param>
          </xsl:call-template>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ===== 7 Compliance: the year's breaches in plain words, and what was
       done about them (no mark: the report is published) ===== -->

  <xsl:template match="compliance">
    <xsl:variable name="ag" select="/*/agreement/@title"/>
    <xsl:call-template name="report-h1"><xsl:with-param name="n">7</xsl:with-param><xsl:with-param name="t">How the partnership kept to its agreement</xsl:with-param></xsl:call-template>
    <fo:block space-after="2mm" text-align="justify">
      <xsl:value-of select="concat('The records for ', /*/@year, ' were checked against the ', $ag, ' on ', @as-of-text, '. ')"/>
      <xsl:choose>
        <xsl:when test="@errors = 0 and @warnings = 0">They show no breach of the agreement and nothing to put right.</xsl:when>
        <xsl:otherwise>
          <xsl:text>They show </xsl:text>
          <xsl:choose>
            <xsl:when test="@errors = 0">no breach of the agreement</xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="lp-count">
                <xsl:with-param name="n" select="@errors"/>
                <xsl:with-param name="one">breach</xsl:with-param>
                <xsl:with-param name="many">breaches</xsl:with-param>
              </xsl:call-template>
              <xsl:text> of the agreement</xsl:text>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="@warnings &gt; 0">
            <xsl:text> and </xsl:text>
            <xsl:call-template name="lp-count">
              <xsl:with-param name="n" select="@warnings"/>
              <xsl:with-param name="one">matter</xsl:with-param>
            </xsl:call-template>
            <xsl:text> to put right</xsl:text>
          </xsl:if>
          <xsl:text>.</xsl:text>
          <xsl:if test="@confidential &gt; 0">
            <xsl:text> </xsl:text>
            <xsl:call-template name="lp-count">
              <xsl:with-param name="n" select="@confidential"/>
              <xsl:with-param name="one">of them concerns</xsl:with-param>
              <xsl:with-param name="many">of them concern</xsl:with-param>
            </xsl:call-template>
            <xsl:text> confidential business and is reported to the members, not here.</xsl:text>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
    <xsl:if test="finding[@level = 'error']">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">Breaches of the agreement</xsl:with-param></xsl:call-template>
      <xsl:for-each select="finding[@level = 'error']"><xsl:call-template name="report-compliance-finding"/></xsl:for-each>
    </xsl:if>
    <xsl:if test="finding[@level = 'warning']">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">To put right</xsl:with-param></xsl:call-template>
      <xsl:for-each select="finding[@level = 'warning']"><xsl:call-template name="report-compliance-finding"/></xsl:for-each>
    </xsl:if>
    <xsl:if test="@errors + @warnings &gt; 0">
      <xsl:call-template name="report-h2"><xsl:with-param name="t">What was done about them</xsl:with-param></xsl:call-template>
      <xsl:choose>
        <xsl:when test="response"><xsl:apply-templates select="response/*" mode="lp-prose"/></xsl:when>
        <xsl:otherwise>
          <fo:block font-style="italic" color="{$muted}">The partnership has not yet recorded what it did about them.</fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- One finding: its clause, then what the records show. -->
  <xsl:template name="report-compliance-finding">
    <fo:block start-indent="5mm" text-indent="-5mm" space-after="1mm" keep-together.within-page="always">
      <xsl:text>•&#160;&#160;</xsl:text>
      <xsl:if test="@cite"><fo:inline font-weight="bold"><xsl:value-of select="concat(@cite, ': ')"/></fo:inline></xsl:if>
      <xsl:value-of select="concat(translate(substring(., 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(., 2))"/>
      <xsl:variable name="at">
        <xsl:if test="@meeting-date-text and not(contains(., @meeting-date-text))">
          <xsl:value-of select="concat(@body-name, substring(', ', 1, 2 * boolean(@body-name)), @meeting-date-text)"/>
        </xsl:if>
      </xsl:variable>
      <xsl:variable name="times">
        <xsl:if test="@times &gt; 1"><xsl:value-of select="concat(@times, ' times')"/></xsl:if>
      </xsl:variable>
      <xsl:if test="string($at) or string($times)">
        <xsl:value-of select="concat(' (', $at, substring('; ', 1, 2 * (string($at) != '' and string($times) != '')), $times, ')')"/>
      </xsl:if>
      <xsl:if test="substring(., string-length(.)) != '.'">.</xsl:if>
    </fo:block>
  </xsl:template>

  <!-- ===== 7 Procedures, appendix ===== -->

  <xsl:template name="report-procedures">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">7</xsl:with-param><xsl:with-param name="t">Changes of procedure for the coming year</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="record/procedure-change">
        <xsl:for-each select="record/procedure-change"><xsl:call-template name="report-bullet"><xsl:with-param name="t" select="."/></xsl:call-template></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><fo:block>No changes of procedure are proposed for <xsl:value-of select="@next-year"/>.</fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="board">
    <xsl:for-each select="body">
      <xsl:call-template name="report-h1"><xsl:with-param name="new-page" select="true()"/><xsl:with-param name="n" select="'Appendix'"/><xsl:with-param name="t" select="concat(@name, ': membership and seats')"/></xsl:call-template>
      <xsl:call-template name="report-para">
        <xsl:with-param name="t">
          <xsl:if test="@places-at-least = 'yes'">at least </xsl:if>
          <xsl:call-template name="lp-count">
            <xsl:with-param name="n" select="@places"/>
            <xsl:with-param name="one">place</xsl:with-param>
          </xsl:call-template>
          <xsl:text>; </xsl:text>
          <xsl:call-template name="lp-count">
            <xsl:with-param name="n" select="@membership"/>
            <xsl:with-param name="one">member</xsl:with-param>
          </xsl:call-template>
          <xsl:value-of select="concat(' on ', /*/@at-text)"/>
          <xsl:if test="@chair-name"><xsl:value-of select="concat('; chair: ', @chair-name)"/></xsl:if>
          <xsl:if test="@cite"><xsl:value-of select="concat(' (', @cite, ')')"/></xsl:if>.
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="seat">
      <fo:table xsl:use-attribute-sets="lp-grid-table">
        <fo:table-column column-width="34%"/><fo:table-column column-width="12%"/><fo:table-column column-width="54%"/>
        <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Seat|Places#|Held during the year by</xsl:with-param></xsl:call-template>
        <fo:table-body>
          <xsl:for-each select="seat">
            <fo:table-row keep-together.within-page="always">
              <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block><xsl:value-of select="@role"/></fo:block>
                <xsl:if test="@nominated-by-name"><fo:block xsl:use-attribute-sets="lp-small">nominated by <xsl:value-of select="@nominated-by-name"/></fo:block></xsl:if></fo:table-cell>
              <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(substring('at least ', 1, 9 * (@at-least = 'yes')), @places)"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
              <fo:table-cell xsl:use-attribute-sets="lp-grid-cell">
                <xsl:for-each select="holder">
                  <fo:block>
                    <xsl:value-of select="@person-name"/>
                    <xsl:if test="@org-name"><fo:inline color="{$muted}"><xsl:value-of select="concat(', ', @org-name)"/></fo:inline></xsl:if>
                    <xsl:if test="@current = 'no'"><fo:inline color="{$muted}"><xsl:value-of select="concat(' (to ', @to-text, ')')"/></fo:inline></xsl:if>
                    <!-- the records' nominating body when it is not the agreement's: a breach -->
                    <xsl:if test="@nominator-differs = 'yes'">
                      <fo:block xsl:use-attribute-sets="lp-small" color="{$danger}">
                        <xsl:choose>
                          <xsl:when test="@nominated-by-name"><xsl:value-of select="concat('nominated by ', @nominated-by-name, ', not by ', ../@nominated-by-name, ' as the agreement provides')"/></xsl:when>
                          <xsl:otherwise><xsl:value-of select="concat('no nominating body recorded; the agreement gives the seat to ', ../@nominated-by-name)"/></xsl:otherwise>
                        </xsl:choose>
                        <xsl:if test="../@cite"><xsl:value-of select="concat(' (', ../@cite, ')')"/></xsl:if>
                      </fo:block>
                    </xsl:if>
                  </fo:block>
                </xsl:for-each>
                <xsl:if test="not(holder)"><fo:block font-style="italic" color="{$muted}">vacant</fo:block></xsl:if>
              </fo:table-cell>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
