/* Where the ontology directory (newskg.ttl and lexicon/) is when --ontology does not say. */
#ifndef NKG_CLI_ONTOLOGY_DIR_H
#define NKG_CLI_ONTOLOGY_DIR_H
#include <stddef.h>

/* `option` if given, else $NEWSKG_ONTOLOGY, else the installed share/newskg/ beside the
 * program's bin/, else (for the program in its build tree only) the source tree's.
 * The result is `option`, the environment's string, or written into buf. */
const char *nkg_ontology_dir(const char *option, char *buf, size_t n);

#endif
