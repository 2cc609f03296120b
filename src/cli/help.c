#include "help.h"

void nkg_help_general(FILE *f) {
  fputs("usage: newskg build [options] PATH...      documents in, one RDF graph out\n"
        "       newskg query [options] GRAPH... QUERY  a SPARQL query over graph files\n"
        "       newskg graph [options] GRAPH...      the entity network for graph tools\n"
        "       newskg --help | --version\n"
        "\n"
        "newskg CMD --help shows a command's options; man newskg tells everything.\n"
        "\n"
        "exit status: 0 success, 1 some input could not be used (build: a document;\n"
        "query: the query), 2 usage error or nothing could be done.\n",
        f);
}

void nkg_help_build(FILE *f) {
  fputs("usage: newskg build [-o FILE] [-j N] [--provenance] [--format turtle|ntriples|nquads|rdfxml|json]\n"
        "                    [--base IRI] [--date YYYY-MM-DD] [--encoding NAME] [--ontology DIR]\n"
        "                    [--max-document-size SIZE] [--quiet] [--] PATH...\n"
        "\n"
        "Reads each PATH (a text file, a directory searched for *.txt, or - for standard\n"
        "input) and writes one RDF graph for all of them.\n"
        "\n"
        "  -o, --output FILE  write to FILE (atomically: a temporary file renamed at the\n"
        "                   end) instead of standard output\n"
        "  --format F       turtle (default), ntriples, nquads (a named graph per\n"
        "                   document), rdfxml or json (RDF/JSON: name the file .rj, as\n"
        "                   rdflib and Oxigraph read .json as JSON-LD)\n"
        "  --base IRI       base IRI of the entities (default https://w3id.org/newskg/id/)\n"
        "  --date DATE      every document's date (YYYY-MM-DD), known from outside: it\n"
        "                   stands above a date in the text; \"вчера\" is read against it\n"
        "  --encoding NAME  the documents' charset (default: detect UTF-8, UTF-16 with or\n"
        "                   without a byte-order mark, Windows-1251, KOI8-R, ISO-8859-5,\n"
        "                   CP866); an HTML page is read as a browser shows it\n"
        "  --ontology DIR   the ontology directory with lexicon/ (default: NEWSKG_ONTOLOGY,\n"
        "                   else share/newskg/ of the installation, else in the build\n"
        "                   tree the source tree's ontology/)\n"
        "  --max-document-size SIZE\n"
        "                   skip (and report) a document larger than SIZE bytes, or K, M, G\n"
        "                   (default 32M); a larger one is not read\n"
        "  -j N             read and extract on N threads (the graph is the same)\n"
        "  --provenance     add NIF 2.0 annotations: each document's text, each mention\n"
        "                   with its character offsets and entity, and the sentence each\n"
        "                   membership and event comes from\n"
        "  -q, --quiet      print nothing but errors and warnings (the same as when\n"
        "                   standard error is not a terminal: no progress, no summary)\n"
        "  --               every argument after it is a PATH, even one that begins with -\n"
        "  -h, --help       this help\n"
        "\n"
        "exit status: 0 every document read, 1 some could not be read (the graph has the\n"
        "others), 2 usage error or nothing could be done.\n",
        f);
}

void nkg_help_graph(FILE *f) {
  fputs("usage: newskg graph [--format graphml|gexf|dot|neo4j] [-o FILE|DIR] [--] GRAPH...\n"
        "\n"
        "Writes the entity network of graph files (Turtle .ttl, N-Triples .nt, N-Quads\n"
        ".nq, RDF/XML .rdf, RDF/JSON .rj): persons, organizations, countries, cities,\n"
        "events, documents, chairmanships, agreements, topics and quotations as nodes\n"
        "with their labels, types and dates (attributes: label, type, kind, iri, date,\n"
        "end_date, status, inferred, same_as); edges for the roles held, attendance,\n"
        "hosts, places, organizers, member states, heads, chairs, adoption, topics,\n"
        "sources, mentions and owl:sameAs, each labelled in English (label), with the\n"
        "Russian (label_ru) and a key (relation) beside it.\n"
        "\n"
        "  --format F     graphml (default; Gephi, Cytoscape, yEd), gexf (Gephi, with\n"
        "                 start and end dates for its timeline), dot (Graphviz:\n"
        "                 dot -Tsvg) or neo4j (nodes.csv and relationships.csv for\n"
        "                 neo4j-admin database import, in the directory -o names)\n"
        "  -o FILE|DIR    write to FILE (atomically; never one of the GRAPH files), or\n"
        "                 for neo4j into DIR, instead of standard output\n"
        "  --             every argument after it is a GRAPH, even one that begins with -\n"
        "  -h, --help     this help\n"
        "\n"
        "exit status: 0 written, 2 usage error, a graph file that cannot be read, or an\n"
        "output that cannot be written (nothing is written then).\n",
        f);
}
