/* The help texts: `newskg --help` (the commands) and each command's own --help.  The man
 * page (doc/newskg.1) says the same at length; a test checks it names every option here. */
#ifndef NKG_CLI_HELP_H
#define NKG_CLI_HELP_H
#include <stdio.h>

void nkg_help_general(FILE *f);
void nkg_help_build(FILE *f);
void nkg_help_graph(FILE *f);
void nkg_help_store(FILE *f);

#endif
