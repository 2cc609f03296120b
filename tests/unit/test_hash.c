/* The hashes in src/util/strmap.h: the 64-bit fingerprint tells apart the IRIs a
 * corpus mints (N-Triples streaming drops a triple whose fingerprint it saw), and the
 * table hash spreads keys that differ in a digit or two over the slots. */
#include "test_util.h"
#include "util/strmap.h"

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Keys like the ones that once collided: equal but for digits near the end. */
static size_t make_key(char *buf, size_t size, unsigned i) {
  return (size_t)snprintf(buf, size, "https://w3id.org/newskg/id/doc/doc_%06u", i);
}

static void fingerprints_of_similar_iris_differ(void **state) {
  (void)state;
  enum { N = 300000 };
  uint64_t *prints = malloc(N * sizeof *prints);
  assert_non_null(prints);
  for (unsigned i = 0; i < N; i++) {
    char key[64];
    size_t n = make_key(key, sizeof key, i);
    prints[i] = nkg_hash_fast64(key, n);
  }
  qsort(prints, N, sizeof *prints, cmp_u64);
  for (size_t i = 1; i < N; i++) assert_true(prints[i] != prints[i - 1]);
  free(prints);
}

static void table_hash_fills_the_slots(void **state) {
  (void)state;
  enum { SLOTS = 1 << 16 };
  unsigned char *used = calloc(SLOTS, 1);
  assert_non_null(used);
  size_t filled = 0;
  for (unsigned i = 0; i < SLOTS; i++) {
    char key[64];
    size_t n = make_key(key, sizeof key, i);
    uint32_t slot = nkg_hash_fast(key, n) & (SLOTS - 1);
    filled += !used[slot];
    used[slot] = 1;
  }
  /* as many keys as slots: a random function fills 1 - 1/e of them, about 63% */
  assert_true(filled > SLOTS * 60 / 100);
  free(used);
}

/* FNV-1a goes into IRIs ("x%08x" slugs, stdin documents): it must never change. */
static void stable_hash_is_fnv1a(void **state) {
  (void)state;
  assert_int_equal(nkg_hash_bytes("", 0), 2166136261u);
  assert_int_equal(nkg_hash_bytes("a", 1), 0xE40C292Cu);
  assert_int_equal(nkg_hash_bytes("foobar", 6), 0xBF9CF968u);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(fingerprints_of_similar_iris_differ),
      cmocka_unit_test(table_hash_fills_the_slots),
      cmocka_unit_test(stable_hash_is_fnv1a),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
