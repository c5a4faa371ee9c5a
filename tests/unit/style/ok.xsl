<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="inc.xsl"/>
  <xsl:param name="who" select="'nobody'"/>
  <xsl:template match="/">
    <out who="{$who}"><xsl:call-template name="greet"/></out>
  </xsl:template>
</xsl:stylesheet>
