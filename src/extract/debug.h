/* Developer's view of one document's extraction. */
#ifndef NKG_DEBUG_H
#define NKG_DEBUG_H
#include <stdio.h>

#include "doc.h"

void nkg_debug_dump(nkg_doc *d, FILE *f);

#endif
