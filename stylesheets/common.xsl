<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what every lpdoc document shares.  Included by each
  document's stylesheet; presentation only (every figure and date comes
  computed in the view).

  - Branding: the view's <partnership> element (name, colours, logo)
    gives $primary, $accent, $org-name; change the look of every document
    here or in the records' <branding>.
  - Page masters: lp-page-master (A4 portrait, 22mm side margins: every
    page master of every document is made by it), "lp-first" (no running header: the
    page opens with a title block) and "lp-rest", combined in the page
    sequence master "lp-document".  lp-root: every document's fo:root
    (language en-GB, the PDF's /Lang).
  - Attribute sets for the type hierarchy: lp-body, lp-title, lp-subtitle,
    lp-h1, lp-h2, lp-small, lp-label, lp-panel, lp-notice.
  - Named templates: lp-layout-masters, lp-declarations, lp-header,
    lp-footer (with "Page N of M" counted within one page sequence),
    lp-end-marker, lp-title-block, lp-rule-line, lp-tick-box,
    lp-not-compliant-mark, lp-inquorate-decisions; from plural.xsl,
    lp-count and lp-noun ("1 breach", "2 breaches": the rule the C code
    shares).
  - Table cells, the only ones: lp-th and lp-td, in the 'list' look
    (minutes, packs, registers) or the 'grid' look (the yearly
    documents: lp-grid-table, lp-grid-header, lp-grid-cell, lp-grid-total).
  - Parameter not-compliant: 'yes' puts "NOT COMPLIANT — see compliance
    report" at the top of every page (lp-not-compliant-mark, called from
    static content present on every page: lp-footer does it for the
    documents that use it; minutes.xsl and pack.xsl call it themselves).
  - Prose and agreement clauses (mode "lp-prose", template lp-agreement-text):
    p, list, definition and numbered clauses as the records adopt them.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="x rdf dc">

  <xsl:include href="plural.xsl"/>

  <!-- What the FO processor has beyond the core (set by lpdoc): an
       outline (fo:bookmark-tree) and images (fo:external-graphic). -->
  <xsl:param name="bookmarks" select="'no'"/>
  <xsl:param name="graphics" select="'no'"/>
  <!-- 'yes' when an error-level finding of the checker touches the
       document (set by lpdoc build): every page says so. -->
  <xsl:param name="not-compliant" select="''"/>

  <!-- ===== Branding ===== -->
  <xsl:variable name="brand" select="/*/partnership"/>
  <xsl:variable name="primary" select="$brand/@primary-colour"/>
  <xsl:variable name="accent" select="$brand/@accent-colour"/>
  <xsl:variable name="org-name" select="$brand/@name"/>
  <xsl:variable name="ink">#222222</xsl:variable>
  <xsl:variable name="muted">#5F6368</xsl:variable>
  <xsl:variable name="hairline">#B0B6BD</xsl:variable>
  <xsl:variable name="tint">#F2F4F7</xsl:variable>
  <xsl:variable name="danger">#B03A2E</xsl:variable>

  <xsl:variable name="font-sans">Liberation Sans</xsl:variable>

  <!-- ===== Type hierarchy ===== -->
  <xsl:attribute-set name="lp-body">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-sans"/></xsl:attribute>
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="line-height">1.4</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$ink"/></xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-title">
    <xsl:attribute name="font-size">20pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$primary"/></xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-subtitle">
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$muted"/></xsl:attribute>
    <xsl:attribute name="space-after">1mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-h1">
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$primary"/></xsl:attribute>
    <xsl:attribute name="space-before">6mm</xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-h2">
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$primary"/></xsl:attribute>
    <xsl:attribute name="space-before">4mm</xsl:attribute>
    <xsl:attribute name="space-after">1.5mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-small">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$muted"/></xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-label">
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$muted"/></xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-panel">
    <xsl:attribute name="background-color"><xsl:value-of select="$tint"/></xsl:attribute>
    <xsl:attribute name="border-left">3pt solid <xsl:value-of select="$primary"/></xsl:attribute>
    <xsl:attribute name="padding">3mm 4mm</xsl:attribute>
    <xsl:attribute name="space-before">3mm</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-notice">
    <xsl:attribute name="border">0.75pt solid <xsl:value-of select="$accent"/></xsl:attribute>
    <xsl:attribute name="border-left">3pt solid <xsl:value-of select="$accent"/></xsl:attribute>
    <xsl:attribute name="padding">2.5mm 4mm</xsl:attribute>
    <xsl:attribute name="space-before">5mm</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- ===== Page masters ===== -->
  <!-- Every page master of every document: A4, 22mm side margins (the
       not-compliant mark is placed for them); the top and bottom margins
       and the regions (an fo:region-body, before, after) are the
       caller's. -->
  <xsl:template name="lp-page-master">
    <xsl:param name="name"/>
    <xsl:param name="margin-top"/>
    <xsl:param name="margin-bottom"/>
    <xsl:param name="regions"/>
    <xsl:param name="side" select="'22mm'"/>
    <fo:simple-page-master master-name="{$name}" page-width="210mm" page-height="297mm"
        margin-top="{$margin-top}" margin-bottom="{$margin-bottom}" margin-left="{$side}" margin-right="{$side}">
      <xsl:copy-of select="$regions"/>
    </fo:simple-page-master>
  </xsl:template>

  <!-- Every document's fo:root: the language of the documents (British
       English: the partnerships are English schools), which becomes the
       PDF's /Lang. -->
  <xsl:attribute-set name="lp-root">
    <xsl:attribute name="language">en-GB</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="lp-layout-masters">
    <fo:layout-master-set>
      <xsl:call-template name="lp-page-master">
        <xsl:with-param name="name" select="'lp-first'"/>
        <xsl:with-param name="margin-top" select="'12mm'"/>
        <xsl:with-param name="margin-bottom" select="'10mm'"/>
        <xsl:with-param name="regions">
          <fo:region-body margin-top="8mm" margin-bottom="16mm"/>
          <fo:region-after region-name="lp-footer" extent="10mm"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="lp-page-master">
        <xsl:with-param name="name" select="'lp-rest'"/>
        <xsl:with-param name="margin-top" select="'12mm'"/>
        <xsl:with-param name="margin-bottom" select="'10mm'"/>
        <xsl:with-param name="regions">
          <fo:region-body margin-top="16mm" margin-bottom="16mm"/>
          <fo:region-before region-name="lp-header" extent="10mm"/>
          <fo:region-after region-name="lp-footer" extent="10mm"/>
        </xsl:with-param>
      </xsl:call-template>
      <fo:page-sequence-master master-name="lp-document">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="lp-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="lp-rest" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- PDF metadata (XMP, as FOP and lpdoc read it): the document's
       title and subject; the partnership is the author. -->
  <xsl:template name="lp-declarations">
    <xsl:param name="title"/>
    <xsl:param name="subject"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title><xsl:value-of select="$title"/></dc:title>
            <dc:creator><xsl:value-of select="$org-name"/></dc:creator>
            <xsl:if test="string($subject)">
              <dc:description><xsl:value-of select="$subject"/></dc:description>
            </xsl:if>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- Running header: the partnership on the left, the document's title
       on the right (two lines, so no table or leader is needed). -->
  <xsl:template name="lp-header">
    <xsl:param name="title"/>
    <fo:static-content flow-name="lp-header">
      <fo:block xsl:use-attribute-sets="lp-body lp-small" border-bottom="0.5pt solid {$hairline}"
          padding-bottom="1.5mm">
        <fo:inline font-weight="bold" color="{$primary}"><xsl:value-of select="$org-name"/></fo:inline>
        <xsl:text>  ·  </xsl:text>
        <xsl:value-of select="$title"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- Footer with "Page N of M": M is the page of the block with id
       end-id, which the document puts last in the page sequence's flow
       (lp-end-marker), so each sequence (each school) counts alone. -->
  <xsl:template name="lp-footer">
    <xsl:param name="text"/>
    <xsl:param name="end-id"/>
    <fo:static-content flow-name="lp-footer">
      <fo:block xsl:use-attribute-sets="lp-body lp-small" border-top="0.5pt solid {$hairline}"
          padding-top="1.5mm">
        <xsl:value-of select="$text"/>
      </fo:block>
      <fo:block xsl:use-attribute-sets="lp-body lp-small" text-align="end">
        <xsl:text>Page </xsl:text><fo:page-number/>
        <xsl:text> of </xsl:text><fo:page-number-citation ref-id="{$end-id}"/>
      </fo:block>
      <xsl:call-template name="lp-not-compliant-mark"/>
    </fo:static-content>
  </xsl:template>

  <!-- The not-compliant mark: a red banner in the page's top margin,
       above any running header, placed on the page itself (fixed), so
       it takes no room from the body and the pages break where they do
       without it.  Call it from static content shown on every page; it
       draws nothing unless the parameter not-compliant is 'yes'.  Every
       page master lpdoc's stylesheets use is lp-page-master's (A4, 22mm
       side margins) with at least 10mm above the header. -->
  <xsl:template name="lp-not-compliant-mark">
    <xsl:if test="$not-compliant = 'yes'">
      <fo:block-container absolute-position="fixed" top="3mm" left="22mm" width="166mm">
        <!-- the indents keep the border (drawn outside the padding) in the text column -->
        <fo:block start-indent="2.4mm" end-indent="2.4mm" font-family="{$font-sans}" font-size="8.5pt" line-height="1.2" font-weight="bold"
            color="#B03A2E" background-color="#FDEDEC" border="1pt solid #B03A2E"
            padding="0.6mm 2mm" text-align="center" letter-spacing="0.3pt">NOT COMPLIANT — see compliance report</fo:block>
      </fo:block-container>
    </xsl:if>
  </xsl:template>

  <!-- The empty block whose page is the last page of a sequence. -->
  <xsl:template name="lp-end-marker">
    <xsl:param name="end-id"/>
    <fo:block id="{$end-id}" keep-with-previous.within-page="always"/>
  </xsl:template>

  <!-- Opening block of a document: a coloured band with the partnership's
       name (and logo when the records give one), then title and subtitle;
       title-role, when given, is the title's structure type in tagged PDF
       (e.g. H1). -->
  <xsl:template name="lp-title-block">
    <xsl:param name="title"/>
    <xsl:param name="subtitle"/>
    <xsl:param name="title-role"/>
    <fo:block border-bottom="2pt solid {$accent}" padding-bottom="2mm" space-after="8mm">
      <xsl:if test="$brand/@logo and $graphics = 'yes'">
        <fo:block space-after="2mm">
          <fo:external-graphic src="url('{$brand/@logo}')" content-height="14mm"
              fox:alt-text="{$brand/@logo-alt}" xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"/>
        </fo:block>
      </xsl:if>
      <fo:block font-size="11pt" font-weight="bold" color="{$primary}">
        <xsl:value-of select="$org-name"/>
      </fo:block>
      <xsl:if test="$brand/@address">
        <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="$brand/@address"/></fo:block>
      </xsl:if>
    </fo:block>
    <fo:block xsl:use-attribute-sets="lp-title">
      <xsl:if test="string($title-role)"><xsl:attribute name="role"><xsl:value-of select="$title-role"/></xsl:attribute></xsl:if>
      <xsl:value-of select="$title"/>
    </fo:block>
    <xsl:if test="string($subtitle)">
      <fo:block xsl:use-attribute-sets="lp-subtitle"><xsl:value-of select="$subtitle"/></fo:block>
    </xsl:if>
  </xsl:template>

  <!-- A line to write on: the label, then what is pre-filled, on a ruled line. -->
  <xsl:template name="lp-rule-line">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:block padding-top="4mm" padding-bottom="0.6mm" border-bottom="0.6pt solid {$ink}">
      <fo:inline xsl:use-attribute-sets="lp-label"><xsl:value-of select="$label"/></fo:inline>
      <xsl:if test="string($value)">
        <xsl:text>   </xsl:text>
        <fo:inline font-size="10.5pt"><xsl:value-of select="$value"/></fo:inline>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- Decisions taken while their meeting was inquorate (<inquorate-decisions>
       of a pack or report view): when, which body, the minute, the decision
       and its standing (awaiting ratification, or when ratified). -->
  <xsl:template name="lp-inquorate-decisions">
    <xsl:param name="list"/>
    <fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="4mm"
        keep-with-previous.within-page="always">
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="38mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="48mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">MINUTE</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">MEETING</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">DECISION</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">STANDING</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$list/decision">
          <fo:table-row keep-together.within-page="always">
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@minute"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="concat(@body-name, ', ', @date-text)"/></xsl:call-template>
            <xsl:call-template name="lp-td">
              <xsl:with-param name="text">
                <xsl:choose>
                  <xsl:when test="@confidential = 'yes'">Confidential item — not published</xsl:when>
                  <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="lp-td">
              <xsl:with-param name="text">
                <xsl:choose>
                  <xsl:when test="@standing = 'awaiting-ratification'">Awaiting ratification</xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat('Ratified ', @ratified-on-text, ', minute ', @ratified-minute)"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="colour">
                <xsl:choose>
                  <xsl:when test="@standing = 'awaiting-ratification'"><xsl:value-of select="$danger"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$ink"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ===== Table cells =====
       One header cell (lp-th) and one body cell (lp-td) for every table,
       in one of two looks (parameter look):
       - 'list' (the default): a header is a small capital label over a
         rule in the partnership's colour, a body cell sits over a
         hairline, no side padding on the left (minutes, packs, registers);
       - 'grid': the yearly documents' 8.5pt tables (lp-grid-table), whose
         fo:table-header (lp-grid-header) is a band in the partnership's
         colour and whose cells are padded both sides (lp-grid-cell);
         align 'end' for figures, bold for totals.
       The row attribute set lp-grid-total marks a grid's total row. -->
  <xsl:attribute-set name="lp-grid-table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="space-before">2mm</xsl:attribute>
    <xsl:attribute name="space-after">4mm</xsl:attribute>
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="border-bottom">0.75pt solid #444444</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-grid-head">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color">#FFFFFF</xsl:attribute>
    <xsl:attribute name="background-color"><xsl:value-of select="$primary"/></xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-grid-cell">
    <xsl:attribute name="padding">1.2mm 1.5mm</xsl:attribute>
    <xsl:attribute name="border-bottom">0.4pt solid #D0D4D9</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="lp-grid-total">
    <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="background-color">#F2F4F7</xsl:attribute>
    <xsl:attribute name="border-top">0.75pt solid #444444</xsl:attribute>
  </xsl:attribute-set>

  <!-- A header cell; bg, in the grid look, colours the cell itself (a
       header row inside a table body). -->
  <xsl:template name="lp-th">
    <xsl:param name="text"/>
    <xsl:param name="align" select="'start'"/>
    <xsl:param name="look" select="'list'"/>
    <xsl:param name="bg"/>
    <xsl:choose>
      <xsl:when test="$look = 'grid'">
        <fo:table-cell padding="1.2mm 1.5mm">
          <xsl:if test="string($bg)"><xsl:attribute name="background-color"><xsl:value-of select="$bg"/></xsl:attribute></xsl:if>
          <fo:block>
            <xsl:if test="$align != 'start'"><xsl:attribute name="text-align"><xsl:value-of select="$align"/></xsl:attribute></xsl:if>
            <xsl:value-of select="$text"/>
          </fo:block>
        </fo:table-cell>
      </xsl:when>
      <xsl:otherwise>
        <fo:table-cell padding="1.2mm 2mm 1.2mm 0" border-bottom="0.75pt solid {$primary}">
          <fo:block xsl:use-attribute-sets="lp-label" text-align="{$align}"><xsl:value-of select="$text"/></fo:block>
        </fo:table-cell>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A body cell; colour, when not given, is the ink (which the grid
       look inherits from the page). -->
  <xsl:template name="lp-td">
    <xsl:param name="text"/>
    <xsl:param name="align" select="'start'"/>
    <xsl:param name="colour"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:param name="look" select="'list'"/>
    <xsl:variable name="list" select="$look != 'grid'"/>
    <xsl:variable name="block">
      <fo:block>
        <xsl:if test="$list or $align != 'start'"><xsl:attribute name="text-align"><xsl:value-of select="$align"/></xsl:attribute></xsl:if>
        <xsl:if test="$list or string($colour)">
          <xsl:attribute name="color">
            <xsl:value-of select="$colour"/>
            <xsl:if test="not(string($colour))"><xsl:value-of select="$ink"/></xsl:if>
          </xsl:attribute>
        </xsl:if>
        <xsl:if test="$bold"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
        <xsl:value-of select="$text"/>
      </fo:block>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$list">
        <fo:table-cell padding="1mm 2mm 1mm 0" border-bottom="0.4pt solid {$hairline}"><xsl:copy-of select="$block"/></fo:table-cell>
      </xsl:when>
      <xsl:otherwise>
        <fo:table-cell xsl:use-attribute-sets="lp-grid-cell"><xsl:copy-of select="$block"/></fo:table-cell>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A grid's fo:table-header from a |-separated list of column names;
       a name ending in '#' is a figure's column (aligned to the end). -->
  <xsl:template name="lp-grid-header">
    <xsl:param name="cols"/>
    <fo:table-header xsl:use-attribute-sets="lp-grid-head">
      <fo:table-row keep-with-next.within-page="always">
        <xsl:call-template name="lp-grid-header-cells"><xsl:with-param name="cols" select="$cols"/></xsl:call-template>
      </fo:table-row>
    </fo:table-header>
  </xsl:template>

  <!-- The header cells alone (bg: see lp-th), for a header row inside a body. -->
  <xsl:template name="lp-grid-header-cells">
    <xsl:param name="cols"/>
    <xsl:param name="bg"/>
    <xsl:if test="string($cols)">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($cols, '|')"><xsl:value-of select="substring-before($cols, '|')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$cols"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="num" select="substring($first, string-length($first)) = '#'"/>
      <xsl:call-template name="lp-th">
        <xsl:with-param name="look" select="'grid'"/>
        <xsl:with-param name="bg" select="$bg"/>
        <xsl:with-param name="text" select="substring($first, 1, string-length($first) - number($num))"/>
        <xsl:with-param name="align">
          <xsl:choose><xsl:when test="$num">end</xsl:when><xsl:otherwise>start</xsl:otherwise></xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="lp-grid-header-cells">
        <xsl:with-param name="cols" select="substring-after($cols, '|')"/>
        <xsl:with-param name="bg" select="$bg"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A box to tick: U+25A1 WHITE SQUARE, which the bundled Liberation
       fonts have (U+2610 BALLOT BOX they lack). -->
  <xsl:template name="lp-tick-box">
    <fo:inline font-family="{$font-sans}" font-size="14pt" line-height="1">&#x25A1;</fo:inline>
  </xsl:template>

  <!-- ===== Prose and clauses ===== -->
  <xsl:template match="p" mode="lp-prose">
    <fo:block space-after="2mm" text-align="justify"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <xsl:template match="list" mode="lp-prose">
    <fo:block space-after="2mm">
      <xsl:apply-templates select="li" mode="lp-prose"/>
    </fo:block>
  </xsl:template>

  <!-- Items hang their marker 5mm left of their text, which lines up
       with the text of the clause that holds them. -->
  <xsl:template match="li" mode="lp-prose">
    <xsl:variable name="depth" select="ancestor::clause[1]/@depth"/>
    <xsl:variable name="indent">
      <xsl:choose>
        <xsl:when test="$depth &gt;= 1"><xsl:value-of select="($depth - 1) * 10 + 11"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:block start-indent="{$indent + 5}mm" text-indent="-5mm" space-after="0.8mm">
      <xsl:choose>
        <xsl:when test="../@style = 'roman'"><xsl:number format="i"/>.</xsl:when>
        <xsl:when test="../@style = 'alpha'">(<xsl:number format="a"/>)</xsl:when>
        <xsl:when test="../@style = 'number'"><xsl:number format="1"/>.</xsl:when>
        <xsl:otherwise>•</xsl:otherwise>
      </xsl:choose>
      <xsl:text>&#160; </xsl:text>
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <xsl:template match="definition" mode="lp-prose">
    <fo:block space-after="2mm">
      <fo:inline font-weight="bold">
        <xsl:choose>
          <!-- Terms adopted with their quotation marks keep them as they are. -->
          <xsl:when test="starts-with(@term, '“') or starts-with(@term, '&quot;')">
            <xsl:value-of select="@term"/>
          </xsl:when>
          <xsl:otherwise>“<xsl:value-of select="@term"/>”</xsl:otherwise>
        </xsl:choose>
      </fo:inline>
      <xsl:text> means </xsl:text>
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <!-- A top-level clause is a heading; deeper clauses hang their number. -->
  <xsl:template match="clause[@depth = 0]" mode="lp-prose">
    <fo:block xsl:use-attribute-sets="lp-h2">
      <xsl:if test="@num"><xsl:value-of select="@num"/>.&#160;&#160;</xsl:if>
      <xsl:value-of select="@title"/>
    </fo:block>
    <xsl:apply-templates select="*" mode="lp-prose"/>
  </xsl:template>

  <xsl:template match="clause" mode="lp-prose">
    <fo:block start-indent="{(@depth - 1) * 10 + 11}mm" space-after="1mm">
      <fo:block text-indent="-11mm" space-after="1mm">
        <fo:inline font-weight="bold"><xsl:value-of select="@num"/></fo:inline>
        <xsl:text>&#160;&#160;&#160;</xsl:text>
        <xsl:if test="@title">
          <fo:inline font-weight="bold"><xsl:value-of select="@title"/></fo:inline>
          <xsl:if test="*[1][self::p]"><xsl:text>. </xsl:text></xsl:if>
        </xsl:if>
        <xsl:if test="*[1][self::p]"><xsl:value-of select="*[1]"/></xsl:if>
      </fo:block>
      <xsl:apply-templates select="*[not(position() = 1 and self::p)]" mode="lp-prose"/>
    </fo:block>
  </xsl:template>

  <!-- The agreement's text: preamble, parties, clauses, closing. -->
  <xsl:template name="lp-agreement-text">
    <xsl:param name="agreement" select="/*/agreement"/>
    <xsl:apply-templates select="$agreement/preamble/*" mode="lp-prose"/>
    <xsl:apply-templates select="$agreement/clause" mode="lp-prose"/>
    <xsl:if test="$agreement/closing">
      <fo:block space-before="4mm" font-style="italic">
        <xsl:apply-templates select="$agreement/closing/*" mode="lp-prose"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
