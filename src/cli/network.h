/* newskg graph: the entity network of graph files, for Gephi, Cytoscape, yEd, Graphviz. */
#ifndef NKG_CLI_NETWORK_H
#define NKG_CLI_NETWORK_H

/* argv[0] is "graph"; returns the exit status. */
int nkg_cmd_graph(int argc, char **argv);

#endif
