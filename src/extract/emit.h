/* Writing one document's facts into the graph. */
#ifndef NKG_EMIT_H
#define NKG_EMIT_H
#include "../graph/graph_internal.h"
#include "doc.h"

/* `doc_path` is the document's IRI path ("doc/002_21025664b5b67b65"). */
void nkg_emit(nkg_doc *d, const char *doc_path, nkg_graph *g, nkg_slugger *slugger);

#endif
