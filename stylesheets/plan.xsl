<?xml version="1.0" encoding="UTF-8"?>
<!--
  plan.xsl: the delivery plan (view <delivery-plan>) from `lpdoc plan`.
  Presentation only: statuses, totals, each party's contributions and
  the timeline's geometry come computed in the view (src/view/plan.c).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="report.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:template match="/delivery-plan">
    <xsl:call-template name="report-frame">
      <xsl:with-param name="title" select="concat('Delivery Plan ', @year)"/>
      <xsl:with-param name="subtitle" select="concat('For the academic year ', @start-text, ' to ', @end-text)"/>
      <xsl:with-param name="footer">
        <xsl:value-of select="concat($org-name, ' · Delivery plan ', @year)"/>
        <xsl:if test="$cite"> · <xsl:value-of select="$cite"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="lead">
        <xsl:call-template name="plan-glance"/>
        <xsl:if test="@agreed">
          <fo:block xsl:use-attribute-sets="lp-small" space-after="3mm">
            <xsl:value-of select="concat('Agreed on ', @agreed-text)"/>
            <xsl:if test="@agreed-by-name"><xsl:value-of select="concat(' by the ', @agreed-by-name)"/></xsl:if>
            <xsl:value-of select="concat('. Status as at ', @today-text, '.')"/>
          </fo:block>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="strategy">
          <xsl:call-template name="report-h1"><xsl:with-param name="n">1</xsl:with-param><xsl:with-param name="t">Strategy</xsl:with-param></xsl:call-template>
          <fo:block xsl:use-attribute-sets="lp-panel" margin-left="0" margin-right="0"><xsl:apply-templates select="strategy/*" mode="lp-prose"/></fo:block>
        </xsl:if>
        <xsl:call-template name="report-h1"><xsl:with-param name="n">2</xsl:with-param><xsl:with-param name="t">Timeline</xsl:with-param></xsl:call-template>
        <xsl:apply-templates select="chart"/>
        <xsl:call-template name="report-h1"><xsl:with-param name="n">3</xsl:with-param><xsl:with-param name="t">Objectives and activities</xsl:with-param></xsl:call-template>
        <xsl:apply-templates select="objectives/objective"/>
        <xsl:apply-templates select="milestones[milestone]"/>
        <xsl:apply-templates select="contributions[party]"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="plan-glance">
    <fo:block xsl:use-attribute-sets="lp-label" space-after="1mm">AT A GLANCE</fo:block>
    <fo:table table-layout="fixed" width="100%" space-after="5mm" background-color="{$tint}">
      <fo:table-column column-width="25%"/><fo:table-column column-width="25%"/>
      <fo:table-column column-width="25%"/><fo:table-column column-width="25%"/>
      <fo:table-body>
        <fo:table-row>
          <xsl:call-template name="chart-key-figure"><xsl:with-param name="value" select="status/@activities"/><xsl:with-param name="caption">activities in the plan</xsl:with-param></xsl:call-template>
          <xsl:call-template name="chart-key-figure"><xsl:with-param name="value" select="status/@complete"/><xsl:with-param name="caption">complete</xsl:with-param></xsl:call-template>
          <xsl:call-template name="chart-key-figure"><xsl:with-param name="value" select="status/@overdue-all"/><xsl:with-param name="caption">activities and milestones overdue</xsl:with-param></xsl:call-template>
          <xsl:call-template name="chart-key-figure"><xsl:with-param name="value" select="contributions/@cost-text"/><xsl:with-param name="caption">planned cost</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="objective">
    <xsl:call-template name="report-h2"><xsl:with-param name="t" select="concat(@title, substring(concat(' (', @cite, ')'), 1, 1000 * boolean(@cite)))"/></xsl:call-template>
    <xsl:apply-templates select="text/*" mode="lp-prose"/>
    <xsl:apply-templates select="activity"/>
  </xsl:template>

  <!-- An activity card: its title bar, a table of facts, its outputs, kept
       together: a title block and two tables, so no cell has to span. -->
  <xsl:template match="activity">
    <fo:block keep-together.within-page="always" space-before="2mm" space-after="4mm">
      <fo:block background-color="{$tint}" border-top="1.5pt solid {$primary}" padding="1.5mm"
          margin-left="0" margin-right="0" font-weight="bold" font-size="10pt" keep-with-next.within-page="always">
        <xsl:value-of select="@title"/>&#160;&#160;
        <xsl:call-template name="chart-badge"><xsl:with-param name="value" select="@rag"/><xsl:with-param name="label" select="@rag-label"/></xsl:call-template>
        <xsl:if test="@status = 'overdue'">&#160;<xsl:call-template name="chart-badge"><xsl:with-param name="value">overdue</xsl:with-param><xsl:with-param name="label">Overdue</xsl:with-param></xsl:call-template></xsl:if>
      </fo:block>
      <fo:table xsl:use-attribute-sets="lp-grid-table" space-before="0" space-after="0" border-bottom="none">
        <fo:table-column column-width="22%"/><fo:table-column column-width="28%"/>
        <fo:table-column column-width="22%"/><fo:table-column column-width="28%"/>
        <fo:table-body>
          <fo:table-row>
            <xsl:call-template name="plan-kv"><xsl:with-param name="k">Lead</xsl:with-param><xsl:with-param name="v" select="@lead-name"/></xsl:call-template>
            <xsl:call-template name="plan-kv"><xsl:with-param name="k">Priority</xsl:with-param><xsl:with-param name="v" select="@priority-title"/></xsl:call-template>
          </fo:table-row>
          <fo:table-row>
            <xsl:call-template name="plan-kv"><xsl:with-param name="k">Start – due</xsl:with-param><xsl:with-param name="v" select="concat(@start-text, ' – ', @due-text)"/></xsl:call-template>
            <xsl:call-template name="plan-kv"><xsl:with-param name="k">Status</xsl:with-param>
              <xsl:with-param name="v" select="concat(@status-label, substring(concat(', done ', @done-text), 1, 1000 * boolean(@done)), substring(' (late)', 1, 7 * (@late = 'yes')))"/></xsl:call-template>
          </fo:table-row>
          <fo:table-row>
            <xsl:call-template name="plan-kv"><xsl:with-param name="k">Cost</xsl:with-param><xsl:with-param name="v" select="@cost-text"/></xsl:call-template>
            <xsl:call-template name="plan-kv"><xsl:with-param name="k">Contributions</xsl:with-param>
              <xsl:with-param name="v"><xsl:if test="share[@amount != '0.00']"><xsl:value-of select="@contributions-text"/><xsl:if test="@unfunded != '0.00'"><xsl:value-of select="concat(' (unfunded ', @unfunded-text, ')')"/></xsl:if></xsl:if></xsl:with-param></xsl:call-template>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
      <fo:table xsl:use-attribute-sets="lp-grid-table" space-before="0" space-after="0">
        <fo:table-column column-width="22%"/><fo:table-column column-width="78%"/>
        <fo:table-body>
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block xsl:use-attribute-sets="lp-label">OUTPUTS</fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="lp-grid-cell">
              <xsl:for-each select="output"><fo:block>•&#160;<xsl:value-of select="."/></fo:block></xsl:for-each>
              <xsl:if test="not(output)"><fo:block font-style="italic" color="{$muted}">No planned outputs recorded.</fo:block></xsl:if>
            </fo:table-cell>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <xsl:template name="plan-kv">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block xsl:use-attribute-sets="lp-label"><xsl:value-of select="translate($k, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/></fo:block></fo:table-cell>
    <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block><xsl:value-of select="$v"/><xsl:if test="not(string($v))">–</xsl:if></fo:block></fo:table-cell>
  </xsl:template>

  <xsl:template match="milestones">
    <xsl:call-template name="report-h1"><xsl:with-param name="n">4</xsl:with-param><xsl:with-param name="t">Milestones in the year</xsl:with-param></xsl:call-template>
    <xsl:if test="@overdue != '0'">
      <fo:block xsl:use-attribute-sets="lp-notice" margin-left="0" margin-right="0" space-after="3mm"><xsl:value-of select="concat(@overdue, ' milestone(s) overdue on ', /*/@today-text, '.')"/></fo:block>
    </xsl:if>
    <fo:table xsl:use-attribute-sets="lp-grid-table">
      <fo:table-column column-width="33%"/><fo:table-column column-width="22%"/><fo:table-column column-width="17%"/>
      <fo:table-column column-width="17%"/><fo:table-column column-width="11%"/>
      <xsl:call-template name="lp-grid-header"><xsl:with-param name="cols">Milestone|Priority|Due|Done|Status</xsl:with-param></xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="milestone">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="."/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@priority-title"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@due-text"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@done-text"/></xsl:call-template>
            <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><fo:block><xsl:call-template name="chart-badge"><xsl:with-param name="value" select="@status"/><xsl:with-param name="label" select="@status-label"/></xsl:call-template></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="contributions">
    <xsl:variable name="parties" select="party"/>
    <xsl:call-template name="report-h1"><xsl:with-param name="n">5</xsl:with-param><xsl:with-param name="t">Each party’s contribution</xsl:with-param></xsl:call-template>
    <fo:block space-after="2mm" keep-with-next.within-page="always">
      <xsl:value-of select="concat('The ', @parties, ' parties contribute ', @total-text, ' towards a planned cost of ', @cost-text, substring(concat('; ', @unfunded-text, ' is not yet funded'), 1, 1000 * (@unfunded != '0.00')), '.')"/>
    </fo:block>
    <!-- The type is 7.5pt unless the longest amount in a party's column
         or the total column would not fit it (amounts reach a billion
         pounds, and the parties may be many): then smaller, so that no
         amount runs into the next column.  A character of Liberation
         Sans (digits, £; commas are narrower) is at most 0.556 em; the
         text is 166 mm wide, a cell's padding 3 mm. -->
    <xsl:variable name="party-len">
      <xsl:for-each select="/*/objectives/objective/activity/share/@amount-text | $parties/@total-text">
        <xsl:sort select="string-length(.)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="string-length(.)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="total-len">
      <xsl:for-each select="/*/objectives/objective/activity/@contributions-text | @total-text">
        <xsl:sort select="string-length(.)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="string-length(.)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="fit-party" select="(166 * 0.60 div count($parties) - 3) * 2.8346 div (0.556 * ($party-len + 1))"/>
    <xsl:variable name="fit-total" select="(166 * 0.12 - 3) * 2.8346 div (0.556 * ($total-len + 1))"/>
    <xsl:variable name="fit">
      <xsl:choose>
        <xsl:when test="$fit-party &lt; $fit-total"><xsl:value-of select="$fit-party"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$fit-total"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:table xsl:use-attribute-sets="lp-grid-table" keep-together.within-page="always">
      <xsl:attribute name="font-size">
        <xsl:choose>
          <xsl:when test="$fit &lt; 7.5"><xsl:value-of select="format-number(floor($fit * 10) div 10, '0.0')"/>pt</xsl:when>
          <xsl:otherwise>7.5pt</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <fo:table-column column-width="28%"/>
      <xsl:for-each select="$parties"><fo:table-column column-width="{60 div count($parties)}%"/></xsl:for-each>
      <fo:table-column column-width="12%"/>
      <xsl:call-template name="lp-grid-header">
        <xsl:with-param name="cols"><xsl:text>Activity</xsl:text><xsl:for-each select="$parties">|<xsl:value-of select="@short"/>#</xsl:for-each>|Total#</xsl:with-param>
      </xsl:call-template>
      <fo:table-body>
        <xsl:for-each select="/*/objectives/objective/activity">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@title"/></xsl:call-template>
            <xsl:for-each select="share"><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></xsl:for-each>
            <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@contributions-text"/><xsl:with-param name="align" select="'end'"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <fo:table-row xsl:use-attribute-sets="lp-grid-total">
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">Total</xsl:with-param></xsl:call-template>
          <xsl:for-each select="$parties"><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@total-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></xsl:for-each>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="@total-text"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
        </fo:table-row>
        <fo:table-row>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">Share</xsl:with-param></xsl:call-template>
          <xsl:for-each select="$parties"><xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text" select="concat(@share, '%')"/><xsl:with-param name="align" select="'end'"/></xsl:call-template></xsl:for-each>
          <xsl:call-template name="lp-td"><xsl:with-param name="look" select="'grid'"/><xsl:with-param name="text">100.0%</xsl:with-param><xsl:with-param name="align" select="'end'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <fo:block xsl:use-attribute-sets="lp-small">
      <xsl:for-each select="$parties"><xsl:value-of select="concat(@short, ': ', @org-name)"/><xsl:if test="position() != last()"> · </xsl:if></xsl:for-each>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
