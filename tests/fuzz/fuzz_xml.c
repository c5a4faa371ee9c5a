/* libFuzzer harness: the safe XML reader every record and FO file goes through. */
#include <stddef.h>
#include <stdint.h>
#include <libxml/parser.h>

#include "util/diag.h"
#include "util/xmlsafe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_t *d = diag_new();
	xmlDocPtr doc = xml_safe_read_memory((const char *)data, size, "fuzz.xml", d);
	if (doc) {
		/* walk every element's position, as the loaders do */
		for (xmlNodePtr n = xmlDocGetRootElement(doc); n; n = n->next)
			(void)xml_node_col(n);
		xmlFreeDoc(doc);
	}
	diag_free(d);
	return 0;
}
