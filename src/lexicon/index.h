/* Building and freeing the lexicon's search structures (internal to the lexicon). */
#ifndef NKG_LEX_INDEX_H
#define NKG_LEX_INDEX_H
#include "lexicon.h"

nkg_status nkg_lex_build_index(nkg_lexicon *lex);
void nkg_lex_free_index(nkg_lexicon *lex);

#endif
