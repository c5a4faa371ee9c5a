<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="greet">hello <xsl:value-of select="/in/@name"/></xsl:template>
</xsl:stylesheet>
