package fr.enquete.qual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The ABS corpus of fixtures/abs-agents coded into a SWOT grid, against the grid counted by hand in
 * expected-swot-logement.yaml (independently of the code: from reading the questionnaire and interviews).
 */
class SwotFixtureTest {

    private static SwotAnalysis analysis;

    static SwotAnalysis load() throws IOException {
        Path dir = Fixtures.absAgents();
        SwotCodebook codebook = SwotCodebookReader.read(dir.resolve("codebook.yaml"));
        TableSource questionnaire = Importers.open(dir.resolve("questionnaire.csv"), ImportOptions.DEFAULTS);
        Material m = AnswerReader.read(questionnaire, SpecReader.read(dir.resolve("spec.yaml")).survey(), codebook, "fonction");
        TranscriptReader transcripts = new TranscriptReader();
        try (Stream<Path> files = Files.list(dir.resolve("entretiens"))) {
            for (Path f : files.sorted().toList()) {
                m = m.plus(transcripts.read(f));
            }
        }
        return SwotAnalysis.of(m, codebook);
    }

    @BeforeAll
    static void analyse() throws IOException {
        analysis = load();
    }

    @Test
    @SuppressWarnings("unchecked")
    void logementGridMatchesTheHandCountedGrid() throws IOException {
        Map<String, Object> expected;
        try (Reader r = Files.newBufferedReader(Fixtures.absAgents().resolve("expected-swot-logement.yaml"), StandardCharsets.UTF_8)) {
            expected = new Yaml().load(r);
        }
        SwotGrid grid = analysis.grid("Logement", 2);
        for (Quadrant q : Quadrant.values()) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) expected.getOrDefault(q.code(), List.of());
            List<String> expectedRows = new ArrayList<>();
            for (Map<String, Object> item : items) {
                List<String> sources = new ArrayList<>((List<String>) item.get("sources"));
                sources.sort(null);
                expectedRows.add(item.get("item") + " " + sources);
            }
            List<String> actualRows = grid.entries(q).stream().map(e -> e.item() + " " + e.sources()).toList();
            assertEquals(expectedRows, actualRows, q.code());
        }
        List<String> uncoded = analysis.uncaught("Logement").stream().map(Segment::text).toList();
        assertEquals(expected.get("uncoded"), uncoded);
    }

    @Test
    void everyItemIsTracedToQuotesFromDistinctSources() {
        SwotGrid grid = analysis.grid("Logement", 2);
        SwotGrid.Entry delays = grid.entries(Quadrant.FAIBLESSE).get(0);
        assertEquals("Délais d'accès au logement social", delays.item());
        assertEquals(2, delays.quotes().size());
        assertTrue(!delays.quotes().get(0).source().equals(delays.quotes().get(1).source()));
        // The shortest expressions: questionnaire answers, each quoted with its respondent and row.
        SwotGrid.Quote first = delays.quotes().get(0);
        assertTrue(delays.sources().contains(first.source()));
        assertTrue(first.text().length() <= SwotGrid.QUOTE_LENGTH + 1);
    }

    /**
     * Interview 01's "Il faudrait une vraie coordination avec les bailleurs, ..., pour suivre les situations d'impayés
     * avant l'expulsion." is coded under two items of the housing grid (the opportunity of coordinating with the
     * landlords, the threat of unpaid rents). In the grid of the interviews alone (as {@code swot entretiens/} makes
     * it) a reader sees it once, under the opportunity that comes first; the threat keeps interview 03's quote. Every
     * item of every grid still has a quote.
     */
    @Test
    void aSentenceCodedUnderTwoItemsIsQuotedOnceInTheGrid() throws IOException {
        Path dir = Fixtures.absAgents();
        SwotCodebook codebook = SwotCodebookReader.read(dir.resolve("codebook.yaml"));
        Material m = null;
        TranscriptReader transcripts = new TranscriptReader();
        try (Stream<Path> files = Files.list(dir.resolve("entretiens"))) {
            for (Path f : files.sorted().toList()) {
                m = m == null ? transcripts.read(f) : m.plus(transcripts.read(f));
            }
        }
        SwotAnalysis interviews = SwotAnalysis.of(m, codebook);
        String sentence = "Il faudrait une vraie coordination avec les bailleurs";
        assertEquals(List.of("Coordination avec les bailleurs", "Impayés de loyer et expulsions"), interviews.coded().stream()
                .filter(c -> c.segment().text().startsWith(sentence)).map(c -> c.code().item()).distinct().sorted().toList(),
                "the fixture's double coding");
        List<String> themes = new ArrayList<>(interviews.themes());
        themes.add("");
        for (String theme : themes) {
            SwotGrid grid = interviews.grid(theme, 2);
            java.util.Set<String> quoted = new java.util.HashSet<>();
            for (Quadrant q : grid.shown()) {
                for (SwotGrid.Entry e : grid.entries(q)) {
                    assertTrue(!e.quotes().isEmpty(), e.item());
                    for (SwotGrid.Quote x : e.quotes()) {
                        // Quoted again only by an item all of whose sentences were quoted above it.
                        if (!quoted.add(x.source() + ":" + x.line() + ":" + x.text())) {
                            assertEquals(1, e.quotes().size(), e.toString());
                            assertTrue(interviews.coded().stream().filter(c -> c.code().item().equals(e.item()) && c.code().theme().equals(e.theme()))
                                    .allMatch(c -> quoted.contains(c.segment().source() + ":" + c.segment().line() + ":" + SwotGrid.cut(c.segment().text()))),
                                    "a quote twice in the grid of \"" + theme + "\": " + e);
                        }
                    }
                }
            }
        }
        SwotGrid logement = interviews.grid("Logement", 2);
        SwotGrid.Entry coordination = logement.entries(Quadrant.OPPORTUNITE).get(0);
        assertEquals("Coordination avec les bailleurs", coordination.item());
        assertTrue(coordination.quotes().stream().anyMatch(x -> x.text().startsWith(sentence)), coordination.toString());
        SwotGrid.Entry unpaid = logement.entries(Quadrant.MENACE).get(0);
        assertEquals("Impayés de loyer et expulsions", unpaid.item());
        assertEquals(List.of("01-agent-accueil-ccas", "03-partenaire-bailleur"), unpaid.sources());
        assertEquals(List.of("03-partenaire-bailleur"), unpaid.quotes().stream().map(SwotGrid.Quote::source).toList());
    }

    /** Two items whose only segment is the same sentence both quote it: an item is never left without a quote. */
    @Test
    void anItemWhoseOnlySentenceIsQuotedElsewhereStillQuotesIt() {
        Segment s = new Segment("01-agent", "", 4, "Les impayés montent, il faudrait une commission avec les bailleurs.", "Logement");
        List<CodedSegment> coded = List.of(
                new CodedSegment(s, new Code("Logement", Quadrant.OPPORTUNITE, "Coordination avec les bailleurs", Code.Origin.CODEBOOK)),
                new CodedSegment(s, new Code("Logement", Quadrant.MENACE, "Impayés de loyer", Code.Origin.CODEBOOK)));
        SwotGrid grid = SwotGrid.of(coded, "Logement", 2);
        assertEquals(List.of(s.text()), grid.entries(Quadrant.OPPORTUNITE).get(0).quotes().stream().map(SwotGrid.Quote::text).toList());
        assertEquals(List.of(s.text()), grid.entries(Quadrant.MENACE).get(0).quotes().stream().map(SwotGrid.Quote::text).toList());
    }

    /**
     * Two sources saying the same words are quoted once under an item (the rendered grid read « Manque de places en
     * crèche » twice); the second quote is another source's other words, the item still counting three sources.
     */
    @Test
    void theSameWordsAreQuotedOnceUnderAnItem() {
        Code code = new Code("Petite enfance", Quadrant.FAIBLESSE, "Manque de places d'accueil", Code.Origin.CODEBOOK);
        List<CodedSegment> coded = List.of(
                new CodedSegment(new Segment("a03", "", 2, "Manque de places en crèche", "Petite enfance"), code),
                new CodedSegment(new Segment("a04", "", 2, "Manque de places en crèche.", "Petite enfance"), code),
                new CodedSegment(new Segment("a09", "", 2, "Les familles attendent une place en crèche plus d'un an.", "Petite enfance"), code));
        SwotGrid.Entry entry = SwotGrid.of(coded, "Petite enfance", 2).entries(Quadrant.FAIBLESSE).get(0);
        assertEquals(List.of("Manque de places en crèche", "Les familles attendent une place en crèche plus d'un an."),
                entry.quotes().stream().map(SwotGrid.Quote::text).toList());
        assertEquals(List.of("a03", "a09"), entry.quotes().stream().map(SwotGrid.Quote::source).toList());
        assertEquals(3, entry.sources().size());
    }

    @Test
    void interviewerTurnsAreNotAnalysedAndManualCodesWin() {
        // "Pouvez-vous présenter votre poste ?" is the interviewer's; it must not be a segment.
        assertTrue(analysis.coded().stream().noneMatch(c -> c.segment().text().contains("présenter votre poste")));
        assertTrue(analysis.uncaught().stream().noneMatch(s -> s.text().contains("présenter votre poste")));
        // In interview 01 the delay sentence is coded by hand: it appears once, as a manual code.
        List<CodedSegment> delays01 = analysis.coded().stream()
                .filter(c -> c.segment().source().equals("01-agent-accueil-ccas") && c.code().item().startsWith("Délais")).toList();
        assertEquals(1, delays01.size());
        assertEquals(Code.Origin.MANUAL, delays01.get(0).code().origin());
        assertEquals("Les familles attendent deux ou trois ans un logement social, on n'a rien à leur proposer entre-temps.",
                delays01.get(0).segment().text());
        assertEquals(11, delays01.get(0).segment().line(), "line of the transcript (grep -n)");
        // The Word transcript is read too, with its header.
        Source epicerie = analysis.sourcesById().get("04-partenaire-epicerie");
        assertEquals("Partenaire", epicerie.role());
        assertEquals("Épicerie solidaire", epicerie.meta().get("structure"));
        assertTrue(analysis.coded().stream().anyMatch(c -> c.segment().source().equals("04-partenaire-epicerie")
                && c.code().item().equals("Actions collectives et participatives")));
    }

    @Test
    void matricesCountDistinctSources() {
        Matrix q = analysis.byQuadrant();
        int logement = q.rows().indexOf("Logement");
        // From the expected grid: forces a06 a19 02 a01 a13 03 -> 6 distinct; faiblesses 01 03 05 a01 a05 a09 a16 a02 a07 a15 02 -> 11.
        assertEquals(6, q.count(logement, q.columns().indexOf("force")));
        assertEquals(11, q.count(logement, q.columns().indexOf("faiblesse")));
        assertEquals(4, q.count(logement, q.columns().indexOf("opportunite")));
        assertEquals(5, q.count(logement, q.columns().indexOf("menace")));
        Matrix roles = analysis.byRole();
        // Partners: 03-partenaire-bailleur is the only partner speaking of housing.
        assertEquals(1, roles.count(roles.rows().indexOf("Logement"), roles.columns().indexOf("Partenaire")));
        assertEquals(List.of("Agent", "Agent d'accueil", "Animateur", "Conseiller numérique", "Partenaire", "Responsable de service",
                "Travailleur social"), roles.columns());
    }

    @Test
    void actionPlanLinksToKnownItems() {
        ActionPlan plan = ActionPlanReader.read(Fixtures.absAgents().resolve("plan.yaml"), analysis.items());
        assertEquals(2, plan.axes().size());
        ActionPlan.Action commission = plan.axes().get(0).actions().get(0);
        assertEquals("Créer une commission logement CCAS - bailleurs", commission.title());
        assertEquals(List.of("Impayés de loyer et expulsions", "Coordination avec les bailleurs"), commission.answers());
        assertEquals("Un lieu régulier pour traiter les situations d'impayés avec le CCAS.", plan.axes().get(0).needs().get("partenaires"));
    }
}
