// Strict RDF4J Rio parse of RDF files (the parser GraphDB imports with), and SPARQL syntax.
// Prints "OK <file> <statements> <named graphs>" per file; exits 1 on the first error.
// Run: java -cp "<rdf4j jars>" RdfStrict.java FILE.ttl|.trig|.nt|.jsonld|QUERY.rq ...
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;

public class RdfStrict {
  public static void main(String[] args) throws Exception {
    for (String file : args) {
      try {
        if (file.endsWith(".rq")) {
          new SPARQLParser().parseQuery(Files.readString(Path.of(file)), null);
          System.out.println("OK " + file + " query");
          continue;
        }
        RDFFormat format = Rio.getParserFormatForFileName(file).orElseThrow();
        RDFParser parser = Rio.createParser(format);
        ParserConfig config = parser.getParserConfig();
        config.set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        config.set(BasicParserSettings.VERIFY_RELATIVE_URIS, true);
        config.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
        config.set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, true);
        config.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
        config.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
        // Rio quietly expands ~30 well-known prefixes nobody declared; GraphDB users would get
        // http://schema.org/ for an undeclared schema:. An empty set makes that an error.
        config.set(BasicParserSettings.NAMESPACES, Collections.emptySet());
        Model model = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        try (InputStream in = new FileInputStream(file)) {
          parser.parse(in, "urn:base:");
        }
        Set<Resource> graphs = new HashSet<>();
        for (Statement st : model) if (st.getContext() != null) graphs.add(st.getContext());
        System.out.println("OK " + file + " " + model.size() + " " + graphs.size());
      } catch (Exception e) {
        System.out.println("ERROR " + file + ": " + e.getMessage());
        System.exit(1);
      }
    }
  }
}
