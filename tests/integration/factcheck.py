#!/usr/bin/python3
"""factcheck: score a newskg graph against hand-written gold facts.

  factcheck.py --gold GOLD.tsv GRAPH.ttl [GRAPH2.ttl ...] [--min-f1 X] [--errors]
  factcheck.py --self-test

The gold format is shared/gold/FORMAT.md; the graph is read only through the
terms fixed in shared/CONTRACT.md (nkg:Document, dcterms:source, dcterms:date,
schema:mentions, org:Membership, nkg:Event/Meeting/Session, schema:startDate,
schema:location, schema:attendee, schema:eventStatus, prov:wasDerivedFrom, rdfs:label,
skos:prefLabel, skos:altLabel).  It is written independently of newskg and of
eval/kgeval, so that the two scorers check each other.

Per kind of fact it prints precision, recall and F1, then the micro-average
over all required facts.  Facts marked optional in the gold (kind ending in
'?') neither reward nor penalise.  Only documents named in the gold are scored
(a graph document is found by the basename of its dcterms:source).

How the graph is read (CONTRACT.md, FORMAT.md, and two choices of this
checker, marked *):
  * a node counts as a person/organization/country/city/role only when it
    carries that nkg: class; an untyped node has no usable label, so a fact
    that needs it cannot match (it is missed, and the produced fact is
    spurious);
  * a person matches by rdfs:label, other nodes by rdfs:label, skos:prefLabel
    or skos:altLabel; dates count by their day;
  * every org:Membership derived from the document is one role fact per
    (member, role, organization); a membership lacking one of them cannot
    match and counts as spurious (*);
  * attendee facts are the distinct (startDate, location, attendee) of the
    document's events; one with an unknown date or city ("-") is dropped when
    another event places the same person at a known date/city there (its
    event is already scored under `event`) (*);
  * gold and graph facts are paired by a maximum matching, each used once.

Exit status: 0 ok, 1 micro-F1 below --min-f1 (or self-test failure),
2 bad input.
"""
import argparse
import os
import re
import sys
import unicodedata
from collections import defaultdict

try:
    import rdflib
    from rdflib import Literal
    from rdflib.namespace import RDF, RDFS, SKOS
except ImportError:  # pragma: no cover
    sys.exit("factcheck: needs rdflib for /usr/bin/python3 (apt-get install python3-rdflib)")

NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
SCHEMA = rdflib.Namespace("http://schema.org/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")

KINDS = ("docdate", "person", "org", "country", "city", "role", "event", "attendee")
ARITY = {"docdate": 1, "person": 1, "org": 1, "country": 1, "city": 1,
         "role": 3, "event": 3, "attendee": 3}
ENTITY_CLASS = {"person": NKG.Person, "org": NKG.Organization,
                "country": NKG.Country, "city": NKG.City}
NONE = "-"  # "not stated" in the gold; also what an absent date/location becomes

_QUOTES = dict.fromkeys(map(ord, "\"'`«»„“”‟‘’‚‛‹›"), None)
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"), "-")
_SPACE = re.compile(r"\s+")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{4}-\d{2}|\d{4})")


def norm(text):
    """Normalise a label or gold value as FORMAT.md says."""
    s = unicodedata.normalize("NFC", str(text)).casefold()
    s = s.replace("ё", "е")
    s = s.translate(_QUOTES).translate(_DASHES)
    return _SPACE.sub(" ", s).strip()


def day_of(value):
    """A date, date-time, gMonthDay or gYearMonth literal, reduced to its day."""
    s = str(value).strip()
    m = _DAY.match(s)
    return norm(m.group(1) if m else s)


# ---------------------------------------------------------------- gold ----

class GoldFact:
    __slots__ = ("doc", "kind", "optional", "fields", "raw", "lineno")

    def __init__(self, doc, kind, optional, fields, raw, lineno):
        self.doc, self.kind, self.optional = doc, kind, optional
        self.fields, self.raw, self.lineno = fields, raw, lineno

    def show(self):
        return " | ".join(self.raw)


class GoldError(Exception):
    pass


def parse_gold(lines, origin="gold"):
    facts = []
    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise GoldError(f"{origin}:{lineno}: expected DOC<TAB>KIND<TAB>..., got {line!r}")
        doc, kind = cols[0].strip(), cols[1].strip()
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if kind not in ARITY:
            raise GoldError(f"{origin}:{lineno}: unknown kind {cols[1]!r}")
        rest = cols[2:]
        if len(rest) != ARITY[kind]:
            raise GoldError(f"{origin}:{lineno}: kind {kind} takes {ARITY[kind]} field(s), got {len(rest)}")
        fields = []
        for value in rest:
            alts = frozenset(norm(a) for a in value.split("|") if a.strip())
            if not alts:
                raise GoldError(f"{origin}:{lineno}: empty field")
            fields.append(alts)
        facts.append(GoldFact(os.path.basename(doc), kind, optional, fields, rest, lineno))
    return facts


# ------------------------------------------------------------ produced ----

class Produced:
    """One fact read from the graph: candidate value sets per field."""
    __slots__ = ("kind", "fields", "desc")

    def __init__(self, kind, fields, desc):
        self.kind, self.fields, self.desc = kind, fields, desc


def typed(g, node, classes):
    return node is not None and any((node, RDF.type, c) in g for c in classes)


def person_labels(g, node):
    """rdfs:label values of a node typed nkg:Person; nothing for any other node."""
    if not typed(g, node, (NKG.Person,)):
        return frozenset()
    return frozenset(norm(o) for o in g.objects(node, RDFS.label))


def entity_labels(g, node, classes):
    """All labels of a node typed with one of classes (CONTRACT.md: every node
    carries its nkg: class); an untyped node or a literal has none."""
    if not typed(g, node, classes):
        return frozenset()
    out = set()
    for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        out.update(norm(o) for o in g.objects(node, p))
    return frozenset(out)


def first_label(g, node):
    if isinstance(node, Literal):
        return str(node)
    for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for o in g.objects(node, p):
            return str(o)
    return str(node)


def doc_nodes(g):
    """basename of dcterms:source -> set of nkg:Document nodes."""
    out = defaultdict(set)
    for d in g.subjects(RDF.type, NKG.Document):
        for src in g.objects(d, DCTERMS.source):
            out[os.path.basename(str(src).replace("\\", "/"))].add(d)
    return out


def produced_facts(g, docs):
    """All facts the graph states for one document (given as a set of nodes)."""
    facts = defaultdict(list)
    for d in docs:
        for v in set(g.objects(d, DCTERMS.date)):
            facts["docdate"].append(Produced("docdate", [frozenset([day_of(v)])], day_of(v)))
    mentioned = set()
    for d in docs:
        mentioned.update(g.objects(d, SCHEMA.mentions))
    for kind, cls in ENTITY_CLASS.items():
        for node in sorted(mentioned, key=str):
            if (node, RDF.type, cls) not in g:
                continue
            labels = person_labels(g, node) if kind == "person" else entity_labels(g, node, (cls,))
            facts[kind].append(Produced(kind, [labels], f"{first_label(g, node)} <{node}>"))

    derived = set()
    for d in docs:
        derived.update(g.subjects(PROV.wasDerivedFrom, d))

    for m in sorted(derived, key=str):
        if (m, RDF.type, ORG.Membership) not in g:
            continue
        members = list(g.objects(m, ORG.member)) or [None]
        roles = list(g.objects(m, ORG.role)) or [None]
        orgs = list(g.objects(m, ORG.organization)) or [None]
        for p in members:
            for r in roles:
                for o in orgs:
                    fields = [person_labels(g, p), entity_labels(g, r, (NKG.Role,)),
                              entity_labels(g, o, (NKG.Organization, NKG.Country))]
                    desc = " | ".join(first_label(g, x) if x is not None else "(none)" for x in (p, r, o))
                    facts["role"].append(Produced("role", fields, desc))

    attendance = {}
    for e in sorted(derived, key=str):
        if (e, RDF.type, NKG.Event) not in g:
            continue
        # CONTRACT.md: the scorer counts only reported events; an announced one
        # (and the attendance it lists) is neither found nor spurious.
        if (e, SCHEMA.eventStatus, SCHEMA.EventScheduled) in g:
            continue
        types = set()
        if (e, RDF.type, NKG.Meeting) in g:
            types.add("meeting")
        if (e, RDF.type, NKG.Session) in g:
            types.add("session")
        dates = frozenset(day_of(v) for v in g.objects(e, SCHEMA.startDate)) or frozenset([NONE])
        places = list(g.objects(e, SCHEMA.location))
        cities = (frozenset().union(*(entity_labels(g, c, (NKG.City,)) for c in places))
                  if places else frozenset([NONE]))
        where = ",".join(first_label(g, c) for c in places) or NONE
        when = ",".join(sorted(dates))
        facts["event"].append(Produced("event", [frozenset(types), dates, cities],
                                       f"{'/'.join(sorted(types)) or '(no type)'} | {when} | {where} <{e}>"))
        for p in g.objects(e, SCHEMA.attendee):
            attendance.setdefault((dates, cities, p), f"{when} | {where} | {first_label(g, p)}")
    # One attendee fact per distinct (date, city, person).  A fact whose date or
    # city is unknown ("-") adds nothing when the same person is also placed at
    # a known date/city by another event, so it is dropped rather than counted
    # as spurious.
    unknown = frozenset([NONE])

    def subsumed(key):
        d, c, p = key
        return any(k != key and k[2] == p and d in (unknown, k[0]) and c in (unknown, k[1])
                   for k in attendance)

    for key in sorted(attendance, key=lambda k: attendance[k]):
        if subsumed(key):
            continue
        dates, cities, p = key
        facts["attendee"].append(Produced("attendee", [dates, cities, person_labels(g, p)], attendance[key]))
    return facts


# ------------------------------------------------------------- scoring ----

def fits(prod, gold):
    return all(p & g for p, g in zip(prod.fields, gold.fields))


def match(produced, gold):
    """Maximum matching that first maximises matched required facts, then
    matched facts overall (so optional facts absorb what they can).
    Returns (tp, fp, fn, missed gold facts, spurious produced facts)."""
    req = [g for g in gold if not g.optional]
    opt = [g for g in gold if g.optional]
    targets = req + opt
    adj = [[j for j, gf in enumerate(targets) if fits(pf, gf)] for pf in produced]
    owner = [None] * len(targets)   # target index -> produced index
    taken = [None] * len(produced)  # produced index -> target index

    def augment(i, allowed, seen):
        for j in adj[i]:
            if j >= allowed or j in seen:
                continue
            seen.add(j)
            if owner[j] is None or augment(owner[j], allowed, seen):
                owner[j], taken[i] = i, j
                return True
        return False

    for limit in (len(req), len(targets)):
        for i in range(len(produced)):
            if taken[i] is None:
                augment(i, limit, set())
    tp = sum(1 for j in range(len(req)) if owner[j] is not None)
    missed = [req[j] for j in range(len(req)) if owner[j] is None]
    spurious = [produced[i] for i in range(len(produced)) if taken[i] is None]
    return tp, len(spurious), len(missed), missed, spurious


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(g, gold_facts):
    by_doc = defaultdict(lambda: defaultdict(list))
    for gf in gold_facts:
        by_doc[gf.doc][gf.kind].append(gf)
    nodes = doc_nodes(g)
    counts = {k: [0, 0, 0] for k in KINDS}
    errors = []  # (doc, kind, "missed"/"spurious", text)
    for doc in sorted(by_doc):
        prod = produced_facts(g, nodes.get(doc, set()))
        for kind in KINDS:
            tp, fp, fn, missed, spurious = match(prod.get(kind, []), by_doc[doc].get(kind, []))
            c = counts[kind]
            c[0] += tp
            c[1] += fp
            c[2] += fn
            errors += [(doc, kind, "missed", m.show()) for m in missed]
            errors += [(doc, kind, "spurious", s.desc) for s in spurious]
    unscored = sorted(set(nodes) - set(by_doc))
    missing = sorted(d for d in by_doc if d not in nodes)
    return counts, errors, unscored, missing


def micro(counts):
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    return prf(tp, fp, fn), (tp, fp, fn)


def report(counts, out=sys.stdout):
    out.write(f"{'kind':<10}{'gold':>6}{'found':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}\n")
    for kind in KINDS:
        tp, fp, fn = counts[kind]
        p, r, f = prf(tp, fp, fn)
        out.write(f"{kind:<10}{tp + fn:>6}{tp + fp:>7}{tp:>6}{fp:>6}{fn:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}\n")
    (p, r, f), (tp, fp, fn) = micro(counts)
    out.write(f"{'micro':<10}{tp + fn:>6}{tp + fp:>7}{tp:>6}{fp:>6}{fn:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}\n")
    return f


def load_graph(paths, fmt):
    g = rdflib.Graph()
    for path in paths:
        f = fmt or rdflib.util.guess_format(path) or "turtle"
        g.parse(path, format=f)
    return g


# ----------------------------------------------------------- self-test ----

SELF_GOLD = """\
# tiny gold for --self-test
t.txt\tdocdate\t2025-06-30|--06-30
t.txt\tperson\tСергей Лавров
t.txt\tperson\tЖээнбек Кулубаев
t.txt\tcountry\tРоссия|Российская Федерация
t.txt\tcountry\tКыргызстан|Киргизия
t.txt\torg\tОДКБ|Организация Договора о коллективной безопасности
t.txt\torg?\tМИД России
t.txt\tcity\tЧолпон-Ата
t.txt\trole\tСергей Лавров\tминистр иностранных дел|глава МИД\tРоссия|Российская Федерация
t.txt\tevent\tmeeting\t2025-06-30\tЧолпон-Ата
t.txt\tevent?\tsession\t2025-06-30|-\tЧолпон-Ата
t.txt\tattendee\t2025-06-30\tЧолпон-Ата\tСергей Лавров
t.txt\tattendee\t2025-06-30\tЧолпон-Ата\tЖээнбек Кулубаев
"""

SELF_TTL = """\
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix id: <https://w3id.org/newskg/id/> .
@prefix schema: <http://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:doc-t a nkg:Document ;
    dcterms:source "some/dir/t.txt" ;
    dcterms:date "2025-06-30T15:45:00"^^xsd:dateTime ;
    schema:mentions id:person-lavrov, id:person-kulubaev, id:country-russia, id:country-kg,
        id:org-csto, id:org-mid-ru, id:city-cholpon-ata, id:role-fm .
id:person-lavrov a nkg:Person ; rdfs:label "Сергей Лавров"@ru .
id:person-kulubaev a nkg:Person ; rdfs:label "Жээнбек Кулубаев"@ru .
id:country-russia a nkg:Country ; rdfs:label "Россия"@ru ; skos:altLabel "Российская Федерация"@ru .
id:country-kg a nkg:Country ; rdfs:label "Кыргызстан"@ru .
id:org-csto a nkg:Organization ; rdfs:label "Организация Договора о коллективной безопасности"@ru ;
    skos:altLabel "ОДКБ"@ru .
id:org-mid-ru a nkg:Organization ; rdfs:label "МИД России"@ru .
id:city-cholpon-ata a nkg:City ; rdfs:label "Чолпон\u2011Ата"@ru .
id:role-fm a nkg:Role ; rdfs:label "министр иностранных дел"@ru .
id:m-1 a org:Membership ; org:member id:person-lavrov ; org:role id:role-fm ;
    org:organization id:country-russia ; prov:wasDerivedFrom id:doc-t .
id:event-1 a nkg:Event, nkg:Meeting ; schema:startDate "2025-06-30"^^xsd:date ;
    schema:location id:city-cholpon-ata ;
    schema:attendee id:person-lavrov, id:person-kulubaev ; prov:wasDerivedFrom id:doc-t .
id:event-2 a nkg:Event, nkg:Session ; schema:startDate "2025-06-30"^^xsd:date ;
    schema:location id:city-cholpon-ata ;
    schema:attendee id:person-lavrov ; prov:wasDerivedFrom id:doc-t .
id:doc-other a nkg:Document ; dcterms:source "other.txt" ;
    schema:mentions id:person-nobody .
id:person-nobody a nkg:Person ; rdfs:label "Никто Никакой"@ru .
"""


def self_test():
    gold = parse_gold(SELF_GOLD.splitlines(), "self-test gold")
    ok = True

    def check(cond, what):
        nonlocal ok
        print(("ok   " if cond else "FAIL ") + what)
        ok = ok and cond

    g = rdflib.Graph().parse(data=SELF_TTL, format="turtle")
    counts, errors, unscored, _ = score(g, gold)
    (p, r, f), _ = micro(counts)
    check(abs(f - 1.0) < 1e-9 and not errors, f"correct graph scores 1.0 (got {f:.3f}, errors {errors})")
    check(unscored == ["other.txt"], "documents absent from the gold are not scored")

    bad = SELF_TTL.replace('rdfs:label "Сергей Лавров"@ru', 'rdfs:label "Сергея Лаврова"@ru')
    g = rdflib.Graph().parse(data=bad, format="turtle")
    counts, errors, _, _ = score(g, gold)
    (p, r, f), _ = micro(counts)
    check(f < 1.0, f"wrong person label scores less (got {f:.3f})")
    check(counts["person"][2] == 1 and counts["person"][1] == 1, "…as one missed and one spurious person")
    check(counts["role"][2] == 1 and counts["attendee"][2] == 1, "…and the role and attendance it carries")

    g = rdflib.Graph().parse(data=SELF_TTL.replace("nkg:Event, nkg:Meeting", "nkg:Event, nkg:Session"),
                             format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["event"][2] == 1, "event of the wrong type is missed")

    g = rdflib.Graph().parse(data=SELF_TTL.replace('"2025-06-30T15:45:00"^^xsd:dateTime',
                                                   '"2025-07-01"^^xsd:date'), format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["docdate"] == [0, 1, 1], "wrong document date is one miss and one spurious")

    g = rdflib.Graph().parse(data=SELF_TTL.replace("id:org-mid-ru a nkg:Organization",
                                                   "id:org-mid-ru a nkg:Person"), format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["person"][1] == 1, "an optional org typed as a person is spurious")

    g = rdflib.Graph().parse(data=SELF_TTL.replace("id:person-kulubaev a nkg:Person ;",
                                                   "id:person-kulubaev ;"), format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["person"][2] == 1 and counts["attendee"][2] == 1,
          "a person without its nkg:Person class is neither a person nor an attendee")

    g = rdflib.Graph().parse(data=SELF_TTL.replace(
        'id:event-2 a nkg:Event, nkg:Session ; schema:startDate "2025-06-30"^^xsd:date ;',
        "id:event-2 a nkg:Event, nkg:Session ;"), format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["attendee"] == [2, 0, 0] and counts["event"] == [1, 0, 0],
          "an undated attendance subsumed by a dated one is not spurious; optional undated event is neutral")

    scheduled = SELF_TTL + (
        'id:event-3 a nkg:Event, nkg:Meeting ; schema:eventStatus schema:EventScheduled ;\n'
        '    schema:startDate "2025-10-10"^^xsd:date ; schema:location id:city-cholpon-ata ;\n'
        '    schema:attendee id:person-lavrov ; prov:wasDerivedFrom id:doc-t .\n')
    g = rdflib.Graph().parse(data=scheduled, format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["event"] == [1, 0, 0] and counts["attendee"] == [2, 0, 0],
          "a scheduled event and its attendance are not scored")
    g = rdflib.Graph().parse(data=scheduled.replace("schema:eventStatus schema:EventScheduled ;", ""),
                             format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["event"][1] == 1 and counts["attendee"][1] == 1,
          "…while the same event reported is spurious")

    g = rdflib.Graph().parse(data=SELF_TTL.replace("org:member id:person-lavrov", "org:member id:person-kulubaev"),
                             format="turtle")
    counts, _, _, _ = score(g, gold)
    check(counts["role"] == [0, 1, 1], "a role given to the wrong person is one miss and one spurious")

    check(norm(" «Чолпон\u2014Ата»  ЁЛКА ") == "чолпон-ата елка", "normalisation")
    try:
        parse_gold(["x.txt\trole\tA\tB"])
        check(False, "a role line with two fields is rejected")
    except GoldError:
        check(True, "a role line with two fields is rejected")
    print("self-test: " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


# ---------------------------------------------------------------- main ----

def main(argv=None):
    ap = argparse.ArgumentParser(description="Score a newskg graph against gold facts (FORMAT.md).")
    ap.add_argument("--gold", help="gold TSV file")
    ap.add_argument("graphs", nargs="*", metavar="GRAPH", help="graph file(s), Turtle by default")
    ap.add_argument("--format", help="rdflib parser name (default: guessed from the extension, else turtle)")
    ap.add_argument("--min-f1", type=float, help="exit 1 when the micro-F1 is below this")
    ap.add_argument("--errors", action="store_true", help="list missed and spurious facts")
    ap.add_argument("--self-test", action="store_true", help="test the checker itself and exit")
    args = ap.parse_args(argv)

    if args.self_test:
        return self_test()
    if not args.gold or not args.graphs:
        ap.error("--gold GOLD.tsv and at least one GRAPH are required")
    try:
        with open(args.gold, encoding="utf-8") as fh:
            gold = parse_gold(fh, args.gold)
    except (OSError, UnicodeDecodeError, GoldError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    try:
        g = load_graph(args.graphs, args.format)
    except Exception as exc:  # rdflib raises many kinds
        print(f"factcheck: cannot read graph: {exc}", file=sys.stderr)
        return 2

    counts, errors, unscored, missing = score(g, gold)
    if missing:
        print(f"factcheck: {len(missing)} gold document(s) not in the graph: {', '.join(missing)}",
              file=sys.stderr)
    if unscored:
        print(f"factcheck: note: {len(unscored)} document(s) in the graph have no gold and are not scored",
              file=sys.stderr)
    if args.errors and errors:
        for doc, kind, what, text in errors:
            print(f"{what:<9} {doc}\t{kind}\t{text}")
        print()
    f1 = report(counts)
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"factcheck: micro-F1 {f1:.3f} < {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        sys.exit(1)
