/* What the fuzz targets share. */
#ifndef NKG_FUZZ_UTIL_H
#define NKG_FUZZ_UTIL_H
#include <stddef.h>
#include <stdint.h>

/* Parses `data` with raptor's parser `syntax` ("turtle", "ntriples", ...), no network,
 * statements dropped; 1 when no error was logged. */
int nkg_fuzz_raptor_accepts(const char *syntax, const uint8_t *data, size_t size);

/* Makes a private directory $TMPDIR/nkg-fuzz-NAME-XXXXXX (else under /tmp) into `dir`;
 * exits with status 2 when it cannot.  `who` names the target in the message. */
void nkg_fuzz_private_dir(char *dir, size_t n, const char *who, const char *name);

#endif
