<?xml version="1.0" encoding="UTF-8"?>
<!--
  agenda.xsl: a meeting's notice, agenda and papers pack, from the view of
  `lpdoc agenda` (<agenda-document>: partnership, meeting, notice,
  summoned, item..., financial-report, interests).  Presentation only:
  the items, their numbers and order, the paper references, the notice
  figures and the money come computed in the view (src/view/agenda.c).

  Front matter, numbered i, ii ...: the letterhead, "Notice of meeting"
  (date, time, venue, despatch date against the notice period), who is
  summoned, the numbered agenda, and the contents of the papers with
  links.  Then the papers in agenda order, numbered 1, 2 ... across the
  pack (the PDF page labels match): one page sequence per paper; each
  page of a PDF paper is the page itself drawn as vectors
  (fo:external-graphic src="FILE#page=N", scaled to fit), stamped above
  with the item, the paper's reference and "page n of m"; lpdoc's own
  papers (the CEO's decisions, the financial report) are typeset.  Last,
  the register of interests of the body's members as an appendix.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="doc" select="/agenda-document"/>
  <xsl:variable name="mt" select="$doc/meeting"/>
  <xsl:variable name="public" select="$doc/@edition = 'public'"/>
  <xsl:variable name="papers" select="$doc/item/paper[@file or @generated]"/>
  <xsl:variable name="head" select="concat('Agenda and papers: ', $mt/@running-head)"/>

  <xsl:template match="/agenda-document">
    <fo:root xsl:use-attribute-sets="lp-root">
      <fo:layout-master-set>
        <xsl:call-template name="lp-page-master">
          <xsl:with-param name="name" select="'ag-page'"/>
          <xsl:with-param name="margin-top" select="'10mm'"/>
          <xsl:with-param name="margin-bottom" select="'10mm'"/>
          <xsl:with-param name="regions">
            <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
            <fo:region-before region-name="ag-header" extent="10mm"/>
            <fo:region-after region-name="ag-footer" extent="10mm"/>
          </xsl:with-param>
        </xsl:call-template>
        <!-- papers get the page nearly whole: narrow margins, the stamp above and below -->
        <xsl:call-template name="lp-page-master">
          <xsl:with-param name="name" select="'ag-paper'"/>
          <xsl:with-param name="margin-top" select="'8mm'"/>
          <xsl:with-param name="margin-bottom" select="'8mm'"/>
          <xsl:with-param name="side" select="'12mm'"/>
          <xsl:with-param name="regions">
            <fo:region-body margin-top="10mm" margin-bottom="10mm"/>
            <fo:region-before region-name="ag-header" extent="8mm"/>
            <fo:region-after region-name="ag-footer" extent="8mm"/>
          </xsl:with-param>
        </xsl:call-template>
      </fo:layout-master-set>
      <xsl:call-template name="lp-declarations">
        <xsl:with-param name="title" select="$head"/>
        <xsl:with-param name="subject">
          <xsl:choose>
            <xsl:when test="$public">Public edition: confidential items are not published</xsl:when>
            <xsl:otherwise>Members' edition: includes confidential papers</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="$bookmarks = 'yes'">
        <xsl:call-template name="ag-outline"/>
      </xsl:if>
      <xsl:call-template name="ag-front"/>
      <xsl:apply-templates select="$papers" mode="ag-paper"/>
      <xsl:if test="interests">
        <xsl:call-template name="ag-interests"/>
      </xsl:if>
    </fo:root>
  </xsl:template>

  <!-- ===== Outline: the agenda, contents, one entry per item and paper ===== -->
  <xsl:template name="ag-outline">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="ag-notice">
        <fo:bookmark-title>Notice and agenda</fo:bookmark-title>
        <xsl:for-each select="item">
          <fo:bookmark internal-destination="ag-item-{@num}" starting-state="hide">
            <fo:bookmark-title><xsl:value-of select="concat(@num, '. ', @title)"/></fo:bookmark-title>
            <xsl:for-each select="paper[@file or @generated]">
              <fo:bookmark internal-destination="ag-paper-{@ref}">
                <fo:bookmark-title><xsl:value-of select="concat('Paper ', @ref, ': ', @title)"/></fo:bookmark-title>
              </fo:bookmark>
            </xsl:for-each>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark>
      <xsl:if test="$papers">
        <fo:bookmark internal-destination="ag-contents">
          <fo:bookmark-title>Contents of the papers</fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
      <xsl:if test="interests">
        <fo:bookmark internal-destination="ag-interests">
          <fo:bookmark-title>Register of interests</fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:template name="ag-header">
    <fo:static-content flow-name="ag-header">
      <fo:block xsl:use-attribute-sets="lp-small" border-bottom="0.5pt solid {$hairline}"
          padding-bottom="1.5mm">
        <fo:inline font-weight="bold" color="{$primary}"><xsl:value-of select="$org-name"/></fo:inline>
        <xsl:value-of select="concat('  ·  ', $head)"/>
        <xsl:if test="$public"><xsl:text>  ·  Public edition</xsl:text></xsl:if>
      </fo:block>
      <xsl:call-template name="lp-not-compliant-mark"/>
    </fo:static-content>
    <fo:static-content flow-name="ag-footer">
      <fo:block xsl:use-attribute-sets="lp-small" border-top="0.5pt solid {$hairline}"
          padding-top="1.5mm" text-align="center">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- ===== Front matter: notice, agenda, contents (i, ii ...) ===== -->
  <xsl:template name="ag-front">
    <fo:page-sequence master-reference="ag-page" initial-page-number="1" format="i"
        force-page-count="no-force" xsl:use-attribute-sets="lp-body">
      <xsl:call-template name="ag-header"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="ag-notice">
          <xsl:call-template name="lp-title-block">
            <xsl:with-param name="title">Notice of meeting</xsl:with-param>
            <xsl:with-param name="title-role">H1</xsl:with-param>
            <xsl:with-param name="subtitle" select="$mt/@title"/>
          </xsl:call-template>
        </fo:block>
        <xsl:call-template name="ag-notice"/>
        <xsl:call-template name="ag-summoned"/>
        <fo:block xsl:use-attribute-sets="lp-h1" role="H2" space-before="6mm">Agenda</fo:block>
        <xsl:apply-templates select="item" mode="ag"/>
        <xsl:if test="$papers">
          <xsl:call-template name="ag-contents"/>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="ag-notice">
    <xsl:variable name="n" select="notice"/>
    <fo:block space-after="3mm">
      <xsl:value-of select="concat('Notice is given that ', $mt/@what, ' ')"/>
      <xsl:choose>
        <xsl:when test="$mt/@status = 'held'">was held</xsl:when>
        <xsl:otherwise>will be held</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(' on ', $mt/@date-text)"/>
      <xsl:if test="$mt/@time-text"><xsl:value-of select="concat(', ', $mt/@time-text)"/></xsl:if>
      <xsl:if test="$mt/@venue"><xsl:value-of select="concat(', at ', $mt/@venue)"/></xsl:if>
      <xsl:text>.</xsl:text>
      <xsl:if test="$mt/@reason"><xsl:value-of select="concat(' The meeting is called: ', $mt/@reason, '.')"/></xsl:if>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" space-after="4mm">
      <fo:table-column column-width="35mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:call-template name="ag-row"><xsl:with-param name="label">Date</xsl:with-param><xsl:with-param name="value" select="$mt/@date-text"/></xsl:call-template>
        <xsl:if test="$mt/@time-text">
          <xsl:call-template name="ag-row"><xsl:with-param name="label">Time</xsl:with-param><xsl:with-param name="value" select="$mt/@time-text"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="$mt/@venue">
          <xsl:call-template name="ag-row"><xsl:with-param name="label">Venue</xsl:with-param><xsl:with-param name="value" select="$mt/@venue"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="ag-row">
          <xsl:with-param name="label">Despatched</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$n/@despatched"><xsl:value-of select="concat($n/@despatched-text, ', ', $n/@days-before, ' days before the meeting')"/></xsl:when>
              <xsl:when test="$n/@due"><xsl:value-of select="concat('not yet recorded; due by ', $n/@due-text)"/></xsl:when>
              <xsl:otherwise>not recorded</xsl:otherwise>
            </xsl:choose>
            <xsl:if test="$n/@required-days">
              <xsl:value-of select="concat(' (notice period ', $n/@required-days, ' days')"/>
              <xsl:choose>
                <xsl:when test="$n/@lpdoc-default = 'yes'">: lpdoc's default, the agreement sets none)</xsl:when>
                <xsl:when test="$n/@cite"><xsl:value-of select="concat(', ', $n/@cite, ')')"/></xsl:when>
                <xsl:otherwise>)</xsl:otherwise>
              </xsl:choose>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
    <xsl:if test="$n/@late = 'yes'">
      <fo:block xsl:use-attribute-sets="lp-notice" color="{$danger}" font-weight="bold" space-after="3mm">
        <xsl:value-of select="concat('Short notice: ', $n/@days-before, ' days, where ', $n/@required-days, ' are required.')"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ag-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:table-row>
      <fo:table-cell padding="1mm 0"><fo:block xsl:use-attribute-sets="lp-label"><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell padding="1mm 0"><fo:block><xsl:value-of select="$value"/></fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <xsl:template name="ag-summoned">
    <fo:block xsl:use-attribute-sets="lp-h2" role="H2">Summoned</fo:block>
    <xsl:choose>
      <xsl:when test="summoned/@members = 'schools'">
        <fo:block><xsl:value-of select="concat('Every member school of the partnership: ', summoned/@count, ' on ', summoned/@on-text, '.')"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:table table-layout="fixed" width="100%" font-size="9pt">
          <fo:table-column column-width="proportional-column-width(2)"/>
          <fo:table-column column-width="proportional-column-width(2)"/>
          <fo:table-column column-width="proportional-column-width(3)"/>
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">MEMBER</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">SEAT</xsl:with-param></xsl:call-template>
              <xsl:call-template name="lp-th"><xsl:with-param name="text">ORGANISATION</xsl:with-param></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="summoned/member">
              <fo:table-row>
                <xsl:call-template name="lp-td">
                  <xsl:with-param name="text">
                    <xsl:value-of select="@name"/>
                    <xsl:if test="@office"><xsl:value-of select="concat(' (', @office, ')')"/></xsl:if>
                  </xsl:with-param>
                </xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@seat"/></xsl:call-template>
                <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@org-name"/></xsl:call-template>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One agenda item: number, title, presenter and purpose, paper references. -->
  <xsl:template match="item" mode="ag">
    <fo:list-block id="ag-item-{@num}" provisional-distance-between-starts="10mm" space-before="3mm"
        keep-together.within-page="always">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block font-weight="bold" color="{$primary}"><xsl:value-of select="concat(@num, '.')"/></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block font-weight="bold">
            <xsl:value-of select="@title"/>
            <xsl:if test="@confidential = 'yes' and not($public)">
              <fo:inline color="{$danger}"> (confidential: Part II)</fo:inline>
            </xsl:if>
          </fo:block>
          <xsl:if test="@presenter-name or @purpose-text">
            <fo:block xsl:use-attribute-sets="lp-small">
              <xsl:value-of select="@purpose-text"/>
              <xsl:if test="@presenter-name and @purpose-text"><xsl:text>  ·  </xsl:text></xsl:if>
              <xsl:if test="@presenter-name"><xsl:value-of select="concat('Presented by ', @presenter-name)"/></xsl:if>
            </fo:block>
          </xsl:if>
          <xsl:if test="@added = 'yes'">
            <fo:block xsl:use-attribute-sets="lp-small" color="{$danger}">
              <xsl:value-of select="concat('Required by ', @cite, ' at this meeting; added by lpdoc, as the planned business lacks it.')"/>
            </fo:block>
          </xsl:if>
          <xsl:if test="not(@added) and @source = 'required' and @cite">
            <fo:block xsl:use-attribute-sets="lp-small"><xsl:value-of select="concat('Required by ', @cite, '.')"/></fo:block>
          </xsl:if>
          <xsl:for-each select="paper">
            <fo:block xsl:use-attribute-sets="lp-small">
              <xsl:choose>
                <xsl:when test="@file or @generated">
                  <fo:basic-link internal-destination="ag-paper-{@ref}" color="{$primary}">
                    <xsl:value-of select="concat('Paper ', @ref, ': ', @title)"/>
                  </fo:basic-link>
                  <xsl:text> (page </xsl:text>
                  <fo:page-number-citation ref-id="ag-paper-{@ref}"/>
                  <xsl:text>)</xsl:text>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="concat('Paper ', @ref, ': ', @title, ' (tabled at the meeting)')"/></xsl:otherwise>
              </xsl:choose>
            </fo:block>
          </xsl:for-each>
          <xsl:if test="@standing = 'matters-arising'">
            <xsl:call-template name="ag-actions"/>
          </xsl:if>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <xsl:template name="ag-actions">
    <xsl:choose>
      <xsl:when test="action">
        <fo:block xsl:use-attribute-sets="lp-small" space-before="1mm">Open actions from earlier meetings:</fo:block>
        <xsl:for-each select="action">
          <fo:block xsl:use-attribute-sets="lp-small" start-indent="body-start() + 3mm">
            <xsl:value-of select="concat(@minute, ': ', ., ' (', @owner-name)"/>
            <xsl:if test="@due-text"><xsl:value-of select="concat(', due ', @due-text)"/></xsl:if>
            <xsl:text>)</xsl:text>
            <xsl:if test="@overdue = 'yes'"><fo:inline color="{$danger}" font-weight="bold"> overdue</fo:inline></xsl:if>
          </fo:block>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="lp-small">No actions from earlier meetings are open.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ag-contents">
    <fo:block id="ag-contents" break-before="page" xsl:use-attribute-sets="lp-h1" role="H2">Contents of the papers</fo:block>
    <xsl:for-each select="item[paper[@file or @generated]]">
      <fo:block font-weight="bold" space-before="2mm" keep-with-next.within-page="always">
        <xsl:value-of select="concat('Item ', @num, '. ', @title)"/>
      </fo:block>
      <xsl:for-each select="paper[@file or @generated]">
        <fo:block text-align-last="justify" start-indent="6mm">
          <fo:basic-link internal-destination="ag-paper-{@ref}" color="{$primary}">
            <xsl:value-of select="concat('Paper ', @ref, ': ', @title)"/>
          </fo:basic-link>
          <fo:leader leader-pattern="dots"/>
          <fo:page-number-citation ref-id="ag-paper-{@ref}"/>
        </fo:block>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:if test="interests">
      <fo:block text-align-last="justify" space-before="2mm" font-weight="bold">
        <fo:basic-link internal-destination="ag-interests" color="{$primary}">Appendix: register of interests</fo:basic-link>
        <fo:leader leader-pattern="dots"/>
        <fo:page-number-citation ref-id="ag-interests"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- ===== The papers ===== -->
  <xsl:template name="ag-stamp">
    <xsl:param name="n"/>
    <xsl:param name="m"/>
    <fo:block xsl:use-attribute-sets="lp-small" color="{$accent}" font-weight="bold"
        border-bottom="0.5pt solid {$accent}" space-after="1mm" text-align-last="justify">
      <xsl:value-of select="concat('Item ', ../@num, ' · Paper ', @ref)"/>
      <fo:leader leader-pattern="space"/>
      <xsl:if test="$m"><xsl:value-of select="concat('page ', $n, ' of ', $m)"/></xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="paper" mode="ag-paper">
    <fo:page-sequence master-reference="ag-paper" format="1" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <xsl:if test="generate-id(.) = generate-id($papers[1])">
        <xsl:attribute name="initial-page-number">1</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="ag-header"/>
      <fo:flow flow-name="xsl-region-body">
        <xsl:choose>
          <xsl:when test="@file">
            <xsl:call-template name="ag-pdf-pages">
              <xsl:with-param name="n" select="1"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <fo:block id="ag-paper-{@ref}">
              <xsl:call-template name="ag-stamp"/>
            </fo:block>
            <fo:block xsl:use-attribute-sets="lp-h1" role="H2"><xsl:value-of select="@title"/></fo:block>
            <xsl:choose>
              <xsl:when test="@generated = 'ceo-decisions'"><xsl:call-template name="ag-ceo-decisions"/></xsl:when>
              <xsl:otherwise><xsl:apply-templates select="$doc/financial-report" mode="ag"/></xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Page n of the paper's PDF, then the rest. -->
  <xsl:template name="ag-pdf-pages">
    <xsl:param name="n"/>
    <fo:block>
      <xsl:if test="$n = 1"><xsl:attribute name="id"><xsl:value-of select="concat('ag-paper-', @ref)"/></xsl:attribute></xsl:if>
      <xsl:if test="$n &gt; 1"><xsl:attribute name="break-before">page</xsl:attribute></xsl:if>
      <xsl:call-template name="ag-stamp">
        <xsl:with-param name="n" select="$n"/>
        <xsl:with-param name="m" select="@pages"/>
      </xsl:call-template>
      <fo:block text-align="center">
        <fo:external-graphic src="url('{@src}#page={$n}')" width="100%" height="252mm"
            content-width="scale-to-fit" content-height="scale-to-fit" scaling="uniform"
            fox:alt-text="{concat('Paper ', @ref, ', page ', $n, ' of ', @pages, ': ', @title)}"
            xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"/>
      </fo:block>
    </fo:block>
    <xsl:if test="$n &lt; @pages">
      <xsl:call-template name="ag-pdf-pages">
        <xsl:with-param name="n" select="$n + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ag-ceo-decisions">
    <xsl:variable name="list" select="../ceo-decision"/>
    <fo:block space-after="3mm">
      <xsl:value-of select="concat('Decisions on funding taken by the CEO and not yet reported to the ', $mt/@body-name, ' (', ../@cite, '): ', count($list), '.')"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" font-size="9pt">
      <fo:table-column column-width="32mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="28mm"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">DATE</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">PURPOSE</xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-th"><xsl:with-param name="text">AMOUNT</xsl:with-param><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$list">
          <fo:table-row>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@date-text"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@purpose"/></xsl:call-template>
            <xsl:call-template name="lp-td"><xsl:with-param name="text" select="@amount-text"/><xsl:with-param name="align">end</xsl:with-param></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="financial-report" mode="ag">
    <fo:block space-after="3mm">
      <xsl:value-of select="concat('The budget for the financial year ', @year, ': spending recorded to ', @to-text, '.')"/>
    </fo:block>
    <xsl:choose>
      <xsl:when test="line">
        <fo:table table-layout="fixed" width="100%" font-size="9pt">
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
      </xsl:when>
      <xsl:otherwise>
        <fo:block font-weight="bold" color="{$danger}">No budget is recorded for this financial year.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Appendix: the register of interests ===== -->
  <xsl:template name="ag-interests">
    <fo:page-sequence master-reference="ag-page" format="1" force-page-count="no-force"
        xsl:use-attribute-sets="lp-body">
      <xsl:if test="not($papers)"><xsl:attribute name="initial-page-number">1</xsl:attribute></xsl:if>
      <xsl:call-template name="ag-header"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="ag-interests" xsl:use-attribute-sets="lp-h1" role="H2">Appendix: register of interests</fo:block>
        <xsl:apply-templates select="interests" mode="it-table"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:include href="interests-table.xsl"/>
</xsl:stylesheet>
