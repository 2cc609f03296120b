/* newskg query: SPARQL over graph files, through librdf and rasqal. */
#ifndef NKG_CLI_QUERY_H
#define NKG_CLI_QUERY_H

/* argv[0] is "query"; returns the exit status. */
int nkg_cmd_query(int argc, char **argv);

#endif
