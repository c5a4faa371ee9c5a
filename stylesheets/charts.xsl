<?xml version="1.0" encoding="UTF-8"?>
<!--
  charts.xsl: draws the charts of lpdoc's views as SVG inside
  fo:instream-foreign-object, and the badges and key figures the yearly
  documents share (report.xsl, plan.xsl); their tables' cells are
  common.xsl's (lp-td, look 'grid').

  A view's <chart> holds its geometry already computed (see
  src/view/chart.h): rect, line, text and diamond primitives in points,
  each with a class (cls).  This stylesheet only places them and maps
  each class to a colour AND a pattern or outline, so that the charts
  read in black-and-white print and for colour-blind readers (the
  colours are from the Okabe-Ito palette).  The chart's title and desc
  become the SVG's <title>/<desc> and the FO's alternative text; the
  figures themselves are always printed as a table beside the chart.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="svg">

  <xsl:variable name="c-blue">#0072B2</xsl:variable>
  <xsl:variable name="c-sky">#56B4E9</xsl:variable>
  <xsl:variable name="c-green">#009E73</xsl:variable>
  <xsl:variable name="c-orange">#E69F00</xsl:variable>
  <xsl:variable name="c-red">#D55E00</xsl:variable>
  <xsl:variable name="c-line">#333333</xsl:variable>

  <xsl:template match="chart">
    <!-- kept with what introduces it, so a heading never ends a page above its chart -->
    <fo:block space-before="3mm" space-after="2mm" keep-together.within-page="always"
        keep-with-previous.within-page="always" text-align="center">
      <fo:instream-foreign-object content-width="{@width}pt" content-height="{@height}pt"
          fox:alt-text="{@title}. {@desc}">
        <svg:svg width="{@width}pt" height="{@height}pt" viewBox="0 0 {@width} {@height}"
            font-family="Liberation Sans">
          <svg:title><xsl:value-of select="@title"/></svg:title>
          <svg:desc><xsl:value-of select="@desc"/></svg:desc>
          <xsl:call-template name="chart-defs"/>
          <xsl:apply-templates select="*" mode="chart"/>
        </svg:svg>
      </fo:instream-foreign-object>
    </fo:block>
    <fo:block xsl:use-attribute-sets="lp-small" text-align="center" space-after="3mm"
        keep-with-previous.within-page="always">
      <xsl:value-of select="@title"/>
    </fo:block>
  </xsl:template>

  <!-- Patterns: hatching and dots carry the difference when colour is lost. -->
  <xsl:template name="chart-defs">
    <svg:defs>
      <svg:pattern id="p-hatch" width="4" height="4" patternUnits="userSpaceOnUse">
        <svg:rect width="4" height="4" fill="{$c-orange}"/>
        <svg:path d="M-1,1 L1,-1 M0,4 L4,0 M3,5 L5,3" stroke="#000000" stroke-width="0.7"/>
      </svg:pattern>
      <svg:pattern id="p-cross" width="4" height="4" patternUnits="userSpaceOnUse">
        <svg:rect width="4" height="4" fill="{$c-red}"/>
        <svg:path d="M0,0 L4,4 M4,0 L0,4" stroke="#000000" stroke-width="0.6"/>
      </svg:pattern>
      <svg:pattern id="p-dots" width="3" height="3" patternUnits="userSpaceOnUse">
        <svg:rect width="3" height="3" fill="{$c-sky}"/>
        <svg:circle cx="1.5" cy="1.5" r="0.6" fill="#000000"/>
      </svg:pattern>
    </svg:defs>
  </xsl:template>

  <xsl:template name="chart-fill">
    <xsl:param name="cls"/>
    <xsl:choose>
      <xsl:when test="$cls = 's-budget' or $cls = 's-improving' or $cls = 'g-complete'">
        <xsl:value-of select="$c-blue"/></xsl:when>
      <xsl:when test="$cls = 's-income' or $cls = 'g-green' or $cls = 'm-done'">
        <xsl:value-of select="$c-green"/></xsl:when>
      <xsl:when test="$cls = 's-actual' or $cls = 'g-amber'">url(#p-hatch)</xsl:when>
      <xsl:when test="$cls = 's-declining' or $cls = 'g-red'">url(#p-cross)</xsl:when>
      <xsl:when test="$cls = 's-stable'">url(#p-dots)</xsl:when>
      <xsl:when test="$cls = 'm-overdue'"><xsl:value-of select="$c-red"/></xsl:when>
      <xsl:when test="$cls = 's-unknown'">#D9D9D9</xsl:when>
      <xsl:when test="$cls = 'band-a'">#EEF1F5</xsl:when>
      <xsl:otherwise>#FFFFFF</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="rect" mode="chart">
    <xsl:variable name="band" select="starts-with(@cls, 'band')"/>
    <svg:rect x="{@x}" y="{@y}" width="{@w}" height="{@h}">
      <xsl:attribute name="fill">
        <xsl:call-template name="chart-fill"><xsl:with-param name="cls" select="@cls"/></xsl:call-template>
      </xsl:attribute>
      <xsl:if test="not($band)">
        <xsl:attribute name="stroke"><xsl:value-of select="$c-line"/></xsl:attribute>
        <xsl:attribute name="stroke-width">0.4</xsl:attribute>
      </xsl:if>
      <xsl:if test="@title"><svg:title><xsl:value-of select="@title"/></svg:title></xsl:if>
    </svg:rect>
  </xsl:template>

  <xsl:template match="diamond" mode="chart">
    <svg:path d="M{@x},{@y - @r} L{@x + @r},{@y} L{@x},{@y + @r} L{@x - @r},{@y} Z"
        stroke="#000000" stroke-width="0.6">
      <xsl:attribute name="fill">
        <xsl:call-template name="chart-fill"><xsl:with-param name="cls" select="@cls"/></xsl:call-template>
      </xsl:attribute>
    </svg:path>
  </xsl:template>

  <xsl:template match="line" mode="chart">
    <svg:line x1="{@x1}" y1="{@y1}" x2="{@x2}" y2="{@y2}">
      <xsl:choose>
        <xsl:when test="@cls = 'axis'">
          <xsl:attribute name="stroke">#444444</xsl:attribute>
          <xsl:attribute name="stroke-width">0.6</xsl:attribute>
        </xsl:when>
        <xsl:when test="@cls = 'today'">
          <xsl:attribute name="stroke"><xsl:value-of select="$c-red"/></xsl:attribute>
          <xsl:attribute name="stroke-width">1.2</xsl:attribute>
          <xsl:attribute name="stroke-dasharray">3,2</xsl:attribute>
        </xsl:when>
        <xsl:when test="@cls = 'half-term'">
          <xsl:attribute name="stroke">#9AA0A6</xsl:attribute>
          <xsl:attribute name="stroke-width">0.5</xsl:attribute>
          <xsl:attribute name="stroke-dasharray">1.5,1.5</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="stroke">#D0D4D9</xsl:attribute>
          <xsl:attribute name="stroke-width">0.4</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
    </svg:line>
  </xsl:template>

  <xsl:template match="text" mode="chart">
    <svg:text x="{@x}" y="{@y}" text-anchor="{@anchor}">
      <xsl:choose>
        <xsl:when test="@cls = 'tick' or @cls = 'subhead'">
          <xsl:attribute name="font-size">6.5</xsl:attribute>
          <xsl:attribute name="fill">#5F6368</xsl:attribute>
        </xsl:when>
        <xsl:when test="@cls = 'value'">
          <xsl:attribute name="font-size">6.5</xsl:attribute>
          <xsl:attribute name="fill">#222222</xsl:attribute>
        </xsl:when>
        <xsl:when test="@cls = 'head'">
          <xsl:attribute name="font-size">7.5</xsl:attribute>
          <xsl:attribute name="font-weight">bold</xsl:attribute>
          <xsl:attribute name="fill">#222222</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-size">7.5</xsl:attribute>
          <xsl:attribute name="fill">#222222</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="."/>
    </svg:text>
  </xsl:template>

  <!-- A RAG or status badge: a coloured word, never colour alone. -->
  <xsl:template name="chart-badge">
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:variable name="bg">
      <xsl:choose>
        <xsl:when test="$value = 'green' or $value = 'done' or $value = 'complete'"><xsl:value-of select="$c-green"/></xsl:when>
        <xsl:when test="$value = 'amber' or $value = 'done-late' or $value = 'not-started'"><xsl:value-of select="$c-orange"/></xsl:when>
        <xsl:when test="$value = 'red' or $value = 'overdue'"><xsl:value-of select="$c-red"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$c-blue"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <!-- no-break spaces pad the badge: padding on inlines is not in lpdoc's subset -->
    <fo:inline background-color="{$bg}" color="#FFFFFF" font-weight="bold" font-size="7.5pt">
      <xsl:if test="$value = 'amber' or $value = 'done-late' or $value = 'not-started'">
        <xsl:attribute name="color">#000000</xsl:attribute>
      </xsl:if>
      <xsl:text>&#160;</xsl:text>
      <xsl:value-of select="translate($label, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
      <xsl:text>&#160;</xsl:text>
    </fo:inline>
  </xsl:template>

  <!-- A big figure with its caption, for "at a glance" panels. -->
  <xsl:template name="chart-key-figure">
    <xsl:param name="value"/>
    <xsl:param name="caption"/>
    <fo:table-cell padding="2mm" border-left="2pt solid {$accent}">
      <fo:block font-size="16pt" font-weight="bold" color="{$primary}"><xsl:value-of select="$value"/></fo:block>
      <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="$caption"/></fo:block>
    </fo:table-cell>
  </xsl:template>

</xsl:stylesheet>
