// The OWL 2 DL profile check of the OWL API (the library Protégé uses) on each
// N-Triples file given, each read as an ontology of its own.  Prints every violation
// and exits 1 if there is one, 0 if there is none.
//
// One kind is counted apart and allowed: a literal typed xsd:date, xsd:gYear,
// xsd:gYearMonth or xsd:gMonthDay.  shared/CONTRACT.md fixes those datatypes for the
// graph's dates, and OWL 2's datatype map has none of them, so no graph that keeps to
// the contract can avoid it; anything else is a failure.
import java.io.File;
import java.util.Set;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;

public class OwlDlCheck {
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final Set<String> CONTRACT_DATES = Set.of(XSD + "date", XSD + "gYear", XSD + "gYearMonth", XSD + "gMonthDay");

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: OwlDlCheck FILE.nt...");
      System.exit(2);
    }
    int failed = 0;
    for (String path : args) failed += check(path);
    System.exit(failed == 0 ? 0 : 1);
  }

  /* Returns the number of violations in one file. */
  static int check(String path) throws Exception {
    OWLOntologyManager m = OWLManager.createOWLOntologyManager();
    OWLOntology o = m.loadOntologyFromOntologyDocument(new File(path));
    OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
    int violations = 0, dates = 0;
    for (OWLProfileViolation v : report.getViolations()) {
      Object e = v.getExpression();
      if (v instanceof UseOfDefinedDatatypeInLiteral && e instanceof OWLLiteral
          && CONTRACT_DATES.contains(((OWLLiteral) e).getDatatype().getIRI().toString())) {
        dates++;
        continue;
      }
      violations++;
      System.out.println(path + ": " + v.getClass().getSimpleName() + ": " + v);
    }
    System.out.println(path + ": " + o.getAxiomCount() + " axioms, " + o.getSignature().size() + " entities: "
        + violations + " OWL 2 DL violations; " + dates
        + " literals of the contract's date types outside OWL 2's datatype map");
    return violations;
  }
}
