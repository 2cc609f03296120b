/* Calendar arithmetic on the dates the text gives (days since 1970 by Howard Hinnant's
 * civil-from-days algorithms), and whether two partial dates can be one day. */
#include "doc.h"

long nkg_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

nkg_date nkg_civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long dd = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  return (nkg_date){(int16_t)(y + (m <= 2)), (int8_t)m, (int8_t)dd, 0};
}

nkg_date nkg_date_shift(nkg_date base, int days) {
  if (!days || !base.day) return base;
  if (!base.year) { /* no year: shift within a non-leap year, good enough for ±2 days */
    nkg_date r = nkg_civil_from_days(nkg_days_from_civil(2001, base.month, base.day) + days);
    r.year = 0;
    return r;
  }
  return nkg_civil_from_days(nkg_days_from_civil(base.year, base.month, base.day) + days);
}

/* A year alone ("в прошлом году") is a date too. */
int nkg_has_date(nkg_date a) { return a.month != 0 || a.year != 0; }
/* Dates that can be the same day: equal where both are given. */
int nkg_compatible_dates(nkg_date a, nkg_date b) {
  if (!nkg_has_date(a) || !nkg_has_date(b)) return 1;
  if (a.year && b.year && a.year != b.year) return 0;
  if (!a.month || !b.month) return 1;
  if (a.month != b.month) return 0;
  return !a.day || !b.day || a.day == b.day;
}

