<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../../../Makefile"/>
  <xsl:template match="/"><out/></xsl:template>
</xsl:stylesheet>
