#!/usr/bin/python3
"""Generate ONE large document naming N different persons, each with a role.

    bench/gen_big_document.py N > big.txt

For measuring how newskg's memory and time grow with the size of a single document
(peak RSS under /usr/bin/time -v), where a corpus of many small documents does not show
it.  Every sentence names one minister of one country ("Министр иностранных дел
Казахстана Марат Беков-17 ..."): given names and countries come from the lexicon
(through gen_corpus.py), surnames are made up, so the N persons are N nodes, each with a
membership.  The output is a pure function of N.  Standard library only.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402  (the lexicon readers)

ROLES = ["Министр иностранных дел", "Министр обороны", "Министр юстиции", "Министр экономики"]
# syllables for surnames: 24 * 24 * 24 = 13,824 stems, each with two endings
SYL = "ба ва га да жа за ка ла ма на ра са та фа ха ша бо во го до ло мо но ро".split()
ENDINGS = ["ов", "ин"]


def surnames():
    for a in SYL:
        for b in SYL:
            for c in SYL:
                for e in ENDINGS:
                    s = (a + b + c).capitalize() + e
                    yield s


def main():
    n = int(sys.argv[1])
    lexdir = gen_corpus.DEFAULT_LEXICON
    countries = gen_corpus.load_countries(lexdir)
    masc, _ = gen_corpus.load_given_names(lexdir)
    given = [g for group in masc.values() for g in group if g[-1] not in "аяь" and len(g) > 3]
    out = ["МОСКВА, 3 марта 2025 года.\n"]
    gen = surnames()
    for i in range(n):
        sur = next(gen)
        name = given[i % len(given)]
        role = ROLES[i % len(ROLES)]
        country = countries[i % len(countries)][2]
        out.append(f"{role} {country} {name} {sur} выступил на заседании.")
        out.append("\n" if i % 5 == 4 else " ")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
