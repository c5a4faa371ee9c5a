<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:template match="/">
    <exsl:document href="/tmp/lpdoc-style-escape.txt" method="text">escaped</exsl:document>
    <out/>
  </xsl:template>
</xsl:stylesheet>
