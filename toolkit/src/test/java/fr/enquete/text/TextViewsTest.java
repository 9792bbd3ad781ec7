package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concordance, co-occurrence, specificity and codebook views on seed 003's section B answers. */
class TextViewsTest {

    @TempDir
    Path dir;

    private static Corpus corpus;
    private static TermIndex index;

    @BeforeAll
    static void read() {
        corpus = Corpus.read(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), SpecReader.read(Fixtures.spec()).survey(),
                "vieiprecis", List.of("dpt", "qpv"));
        index = TermIndex.build(corpus.documents(), TermOptions.defaults());
    }

    @Test
    void corpusKeepsTheQuestionsBaseAndEachRespondentsVariables() {
        assertEquals(68, corpus.base());
        assertEquals(40, corpus.documents().size());
        for (int i = 0; i < corpus.documents().size(); i++) {
            assertEquals(List.of("dpt", "qpv"), List.copyOf(corpus.variables().get(i).keySet()));
            String dpt = corpus.variables().get(i).get("dpt");
            assertEquals(dpt.isEmpty() ? null : dpt, corpus.documents().get(i).group());
        }
    }

    @Test
    void corpusRefusesNonTextQuestionsWithALocatedError() {
        InputException e = assertThrows(InputException.class, () -> Corpus.read(
                Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), SpecReader.read(Fixtures.spec()).survey(), "dpt", List.of()));
        assertTrue(e.getMessage().contains("spec.yaml, line"), e.getMessage());
        assertTrue(e.getMessage().contains("not free text"), e.getMessage());
    }

    @Test
    void concordanceShowsEveryOccurrenceInContext() {
        List<Concordance.Line> lines = Concordance.of(index, "autonomie", 30);
        assertEquals(7, lines.size(), "autonomie occurs 7 times (hand count)");
        assertTrue(lines.stream().anyMatch(l -> l.match().equals("autonomie") && l.left().endsWith("Maintien à l'")));
        List<Concordance.Line> cdf = Concordance.of(index, "Conférence des financeurs", 30);
        assertEquals(21, cdf.size());
        assertTrue(cdf.stream().allMatch(l -> l.match().equalsIgnoreCase("conférence des financeurs")));
        assertTrue(Concordance.of(index, "financeur", 30).size() >= 21, "a lemma inside a multi-word term is found too");
    }

    @Test
    void cooccurrenceCountsAnswersHoldingBothTerms() {
        TermTable table = TermTables.lemmas(index, 10);
        List<Cooccurrence.Pair> pairs = Cooccurrence.of(index, table, 2);
        Cooccurrence.Pair top = pairs.get(0);
        assertTrue(top.answers() >= pairs.get(pairs.size() - 1).answers());
        // Hand count: answers naming both the Conférence (des financeurs) and the Département; the table's terms are
        // single lemmas, found inside multi-word terms too.
        long both = corpus.documents().stream().map(d -> d.text().toLowerCase())
                .filter(t -> t.contains("conférence") && t.contains("département")).count();
        assertEquals(both, pairs.stream().filter(p -> p.first().equals("conférence") && p.second().equals("Département")
                || p.second().equals("conférence") && p.first().equals("Département")).findFirst().orElseThrow().answers());
        TermTable phrases = TermTables.multiwords(index, 10);
        long withFrance = corpus.documents().stream().map(d -> d.text().toLowerCase())
                .filter(t -> t.contains("conférence des financeurs") && t.contains("fondation de france")).count();
        assertEquals(withFrance, Cooccurrence.of(index, phrases, 0).stream().filter(p -> p.first().equals("conférence des financeurs")
                && p.second().equals("Fondation de France")).findFirst().orElseThrow().answers(), "multi-word tables too");
    }

    @Test
    void logLikelihoodMatchesR() {
        // R: g2 <- function(a,b,c,d){ o <- c(a,b,c,d); n <- sum(o); e <- c((a+b)*(a+c)/n, (a+b)*(b+d)/n,
        //   (c+d)*(a+c)/n, (c+d)*(b+d)/n); 2*sum(ifelse(o>0, o*log(o/e), 0)) }
        // g2(10,5,90,195) = 7.329812 (p = 0.00678202); g2(0,12,40,300) = 2.948823
        assertEquals(7.329812, Specificity.g2(10, 5, 90, 195), 1e-6);
        assertEquals(2.948823, Specificity.g2(0, 12, 40, 300), 1e-6);
        assertEquals(0, Specificity.g2(0, 0, 0, 0));
    }

    @Test
    void specificitiesPerDepartement() {
        Map<String, List<Specificity.Score>> scores = Specificity.byGroup(index, 0);
        Map<String, Long> groupTotals = new java.util.HashMap<>();
        long total = 0;
        for (int d = 0; d < index.size(); d++) {
            String g = index.documents().get(d).group();
            if (g != null) {
                groupTotals.merge(g, (long) index.words(d).size(), Long::sum);
                total += index.words(d).size();
            }
        }
        assertEquals(groupTotals.keySet(), scores.keySet());
        for (Map.Entry<String, List<Specificity.Score>> e : scores.entrySet()) {
            List<Specificity.Score> list = e.getValue();
            long inGroup = groupTotals.get(e.getKey());
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).g2() >= list.get(i).g2(), "sorted by signed G²");
            }
            for (Specificity.Score s : list) {
                boolean over = (double) s.inGroup() / inGroup > (double) s.elsewhere() / (total - inGroup);
                assertEquals(over, s.g2() > 0, s.toString());
                assertTrue(s.p() >= 0 && s.p() <= 1);
            }
        }
    }

    @Test
    void codebookCodesAnswersAndListsWhatNoThemeCaught() throws IOException {
        Path cb = dir.resolve("codebook.yaml");
        Files.writeString(cb, """
                themes:
                  - theme: "Conférence des financeurs"
                    terms: ["conférence des financeurs"]
                  - theme: "Caisses de retraite"
                    terms: [carsat, cnsa]
                  - theme: "Isolement"
                    patterns: ["isol(é|ement)", "solitude"]
                """);
        ThematicCoding.Result r = ThematicCoding.code(index, CodebookReader.read(cb));
        // Hand counts on the 40 answers: 21 name the Conférence des financeurs (one per answer), 8 the CARSAT
        // and 1 the CNSA (9 answers), 2 isolation.
        assertEquals(21, r.themes().get(0).answers().size());
        assertEquals(52.5, r.themes().get(0).percent(), 1e-9);
        assertEquals(9, r.themes().get(1).answers().size());
        assertEquals(2, r.themes().get(2).answers().size());
        long caught = corpus.documents().stream().filter(d -> r.themes().stream().anyMatch(t -> t.answers().contains(d))).count();
        assertEquals(40 - caught, r.uncaught().size());
        assertTrue(r.uncaught().stream().noneMatch(d -> d.text().contains("CARSAT")));
    }

    @Test
    void codebookMistakesAreLocated() throws IOException {
        Path cb = dir.resolve("bad.yaml");
        Files.writeString(cb, "themes:\n  - theme: x\n    patterns: [\"(unclosed\"]\n");
        InputException e = assertThrows(InputException.class, () -> CodebookReader.read(cb));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Files.writeString(cb, "themes:\n  - theme: x\n    lemmas: [a]\n");
        assertTrue(assertThrows(InputException.class, () -> CodebookReader.read(cb)).getMessage().contains("unknown key 'lemmas'"));
    }
}
