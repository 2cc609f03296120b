/* newskg: Russian diplomacy and security news in, an RDF knowledge graph out.
 *
 * The one public header.  Ownership: functions named _new allocate and hand the
 * object to the caller, who releases it with the matching _free (which accepts
 * NULL).  Nothing here prints: problems go to the diagnostics callback. */
#ifndef NEWSKG_H
#define NEWSKG_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NKG_VERSION "0.1.0"

typedef enum {
  NKG_OK = 0,
  NKG_ERR_IO = -1,       /* a file could not be read or written */
  NKG_ERR_ENCODING = -2, /* the bytes are not text we can decode */
  NKG_ERR_EMPTY = -3,    /* a document without text */
  NKG_ERR_BINARY = -4,   /* a document that looks like binary data */
  NKG_ERR_LEXICON = -5,  /* a lexicon file is missing or malformed */
  NKG_ERR_NOMEM = -6,
  NKG_ERR_USAGE = -7,
  NKG_ERR_RDF = -8,      /* raptor or librdf refused to work */
  NKG_ERR_TOO_LARGE = -9 /* a document over the size limit (nkg_read_document_at_most) */
} nkg_status;

/* A human-readable message for a status. */
const char *nkg_strerror(nkg_status status);

typedef enum { NKG_DIAG_ERROR, NKG_DIAG_WARNING, NKG_DIAG_NOTE } nkg_diag_level;

/* Where problems go.  `file` names the document or lexicon file concerned (may be NULL). */
typedef void (*nkg_diag_fn)(void *ctx, nkg_diag_level level, const char *file, const char *message);

/* What the program knows: countries, cities, organizations, roles, given names...
 * loaded from the Turtle files of an ontology directory. */
typedef struct nkg_lexicon nkg_lexicon;

nkg_status nkg_lexicon_load(const char *ontology_dir, nkg_diag_fn diag, void *diag_ctx,
                            nkg_lexicon **out);
void nkg_lexicon_free(nkg_lexicon *lex);

/* A graph under construction: triples from any number of documents. */
typedef struct nkg_graph nkg_graph;

typedef enum {
  NKG_FORMAT_TURTLE,
  NKG_FORMAT_NTRIPLES,
  NKG_FORMAT_NQUADS, /* each document's facts in a named graph: the document's IRI */
  NKG_FORMAT_RDFXML,
  NKG_FORMAT_RDFJSON
} nkg_format;

/* Whether `iri` can be the base of entity IRIs: absolute (a scheme), valid UTF-8, and
 * free of what no syntax can carry in an IRI (spaces, controls, <>"{}|\^`). */
int nkg_base_iri_ok(const char *iri);

/* `base` is the IRI under which entity IRIs are minted (NULL: the default); check a
 * user's with nkg_base_iri_ok. */
nkg_graph *nkg_graph_new(const char *base);
void nkg_graph_free(nkg_graph *graph);
/* With provenance on, nkg_extract also writes NIF 2.0 annotations: the document's
 * normalised text, every recognised mention with its character offsets and entity,
 * and the sentence each membership and event comes from. */
void nkg_graph_set_provenance(nkg_graph *graph, int on);

/* Documents extracted into the graph from now on are dated `date` (YYYY-MM-DD, known
 * from outside: a crawler's record, an archive's index) rather than by what their text
 * says; relative dates ("вчера") are read against it.  NULL turns it off.  Returns
 * NKG_ERR_USAGE for a malformed date. */
nkg_status nkg_graph_set_document_date(nkg_graph *graph, const char *date);

/* Keep each statement's document as its named graph (for N-Quads).  Off by default:
 * a triple told by many documents is then stored once. */
void nkg_graph_set_named_graphs(nkg_graph *graph, int on);

/* The number of statements (with named graphs, a triple told by two documents counts twice). */
size_t nkg_graph_size(const nkg_graph *graph);

/* Adds every triple of `src` to `dst` (a union: graphs built from parts of a corpus
 * merge into the graph of the whole). */
nkg_status nkg_graph_merge(nkg_graph *dst, const nkg_graph *src);

/* Links events that different documents tell of one meeting in different words (one names
 * the city, the other does not): the reports of one meeting get a canonical event with
 * their merged facts, each linked to it by owl:sameAs both ways.  Returns the number of
 * reports linked (the links grow with the reports, not with their square). */
size_t nkg_graph_link_same_events(nkg_graph *graph);

/* The same for streamed output, where no graph holds every document: the events of each
 * graph are collected as it is written (their facts only, not the graph), and at the end
 * _finish returns a graph of the canonical events and links, owned by `links`, to write
 * last; *linked is the number of reports linked.  nkg_graph_link_same_events is collect
 * and finish over one graph, so every format carries the same links. Collect nothing
 * after finish. */
typedef struct nkg_event_links nkg_event_links;
nkg_event_links *nkg_event_links_new(const char *base);
void nkg_event_links_collect(nkg_event_links *links, const nkg_graph *graph);
const nkg_graph *nkg_event_links_finish(nkg_event_links *links, size_t *linked);
void nkg_event_links_free(nkg_event_links *links);
/* A collector whose facts wait on disk (anonymous temporary files in $TMPDIR, else /tmp,
 * a bucket for each group of days), so that memory does not grow with the corpus; its
 * links are written with _write, bucket by bucket, not returned by _finish. */
nkg_event_links *nkg_event_links_new_spilled(const char *base);
typedef struct nkg_writer nkg_writer;
/* The links of any collector to a streaming writer; *linked as _finish gives it.
 * NKG_ERR_IO when a temporary file could not be made, written or read back. */
nkg_status nkg_event_links_write(nkg_event_links *links, nkg_writer *writer, size_t *linked);
/* errno of the temporary files' first failure, or 0. */
int nkg_event_links_spill_error(const nkg_event_links *links);

/* Extracts the facts of one document (UTF-8 text already decoded) into `graph`.
 * `source` names the document ("-" for standard input): it becomes its dcterms:source
 * (bytes that are not UTF-8, and '%', written %XX) and, with a hash of `text`, its IRI
 * (doc/NAME-HASH: see README, "Document identity"), so it should not depend on the
 * working directory: newskg gives the path below the folder named on the command line. */
nkg_status nkg_extract(const nkg_lexicon *lex, const char *source, const char *text, size_t len,
                       nkg_graph *graph, nkg_diag_fn diag, void *diag_ctx);

/* Frees the per-thread ICU and stemmer state nkg_extract keeps; call it before a
 * thread that extracted documents ends (and at exit, to leave no leak). */
void nkg_release_thread_state(void);

/* Writes the graph, sorted, so that equal graphs give equal bytes. */
nkg_status nkg_graph_write(const nkg_graph *graph, nkg_format format, FILE *out);

/* A streaming writer for N-Triples and N-Quads: graphs (one per document) are written
 * as they come, each in the order its statements were added (which extraction makes
 * the same on every run), in memory that does not grow with the corpus.  N-Triples
 * leaves out triples it wrote lately (a bounded set), N-Quads keeps each document's
 * graph whole.  Other formats need the whole graph: nkg_graph_write. */
nkg_writer *nkg_writer_new(nkg_format format, FILE *out);
nkg_status nkg_writer_add(nkg_writer *writer, const nkg_graph *graph);
nkg_status nkg_writer_finish(nkg_writer *writer);
void nkg_writer_free(nkg_writer *writer);
/* Statements written so far. */
size_t nkg_writer_count(const nkg_writer *writer);

/* Reads a document from a path ("-" for standard input) and decodes it to UTF-8:
 * `encoding` names the input's charset, or NULL to detect it (UTF-8, UTF-16 with a
 * byte-order mark, Windows-1251, KOI8-R...).  On success *text is malloc'd and
 * NUL-terminated; the caller frees it. */
nkg_status nkg_read_document(const char *path, const char *encoding, char **text, size_t *len,
                             nkg_diag_fn diag, void *diag_ctx);
/* The same for a document of at most `max_size` bytes: a larger one is reported and
 * NKG_ERR_TOO_LARGE returned without reading it (a regular file) or after reading
 * max_size + 1 bytes of it (a pipe, a FIFO, a device such as /dev/zero). */
nkg_status nkg_read_document_at_most(const char *path, const char *encoding, size_t max_size, char **text,
                                     size_t *len, nkg_diag_fn diag, void *diag_ctx);

#ifdef __cplusplus
}
#endif
#endif
