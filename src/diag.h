/* Internal helpers to report problems through the user's callback. */
#ifndef NKG_DIAG_H
#define NKG_DIAG_H
#include "newskg.h"

#if defined(__GNUC__)
#define NKG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define NKG_PRINTF(a, b)
#endif

void nkg_report(nkg_diag_fn diag, void *ctx, nkg_diag_level level, const char *file,
                const char *fmt, ...) NKG_PRINTF(5, 6);

#endif
