/* Writing SPARQL results row by row: an aligned table for reading, and the SPARQL 1.1
 * CSV, TSV and JSON results formats. Rows are written as they come (a table waits for
 * its first rows only, to size the columns), so an answer of any length streams.
 *
 * Table and CSV go to terminals and spreadsheets: control characters (C0, DEL, C1),
 * bidirectional controls (U+200E/F, U+202A-E, U+2066-9, U+061C) and bytes that are not
 * UTF-8 are written as visible escapes (\u001B, \xFF), so a value cannot move the
 * cursor, retitle the window or reorder a line. TSV writes them as Turtle escapes;
 * JSON as JSON escapes. */
#ifndef NKG_CLI_RESULTS_H
#define NKG_CLI_RESULTS_H
#include <rasqal.h>
#include <stdio.h>

typedef enum { NKG_RESULTS_TABLE, NKG_RESULTS_CSV, NKG_RESULTS_TSV, NKG_RESULTS_JSON } nkg_results_format;

typedef struct nkg_results_writer nkg_results_writer;

/* names[0..count-1] are copied. NULL when out of memory. */
nkg_results_writer *nkg_results_begin(FILE *out, nkg_results_format format, const char *const *names, int count);
/* values[i] may be NULL (unbound). Returns -1 once writing failed. */
int nkg_results_row(nkg_results_writer *w, rasqal_literal **values);
/* Finishes and frees; -1 when anything could not be written. rows: how many. */
int nkg_results_end(nkg_results_writer *w, size_t *rows);
/* ASK: "true"/"false", or the SPARQL JSON boolean result. */
int nkg_results_boolean(FILE *out, nkg_results_format format, int value);

#endif
