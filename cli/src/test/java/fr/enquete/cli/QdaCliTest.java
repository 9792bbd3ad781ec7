package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code code --agreement}, {@code code --format qdpx} and {@code import-qda} on fixtures/qda-agreement (three
 * coders, two interviews) and fixtures/abs-agents.
 *
 * <p>Reference values: R with irr 0.84.1 (github.com/cran/irr at 3229aa564b28a83db755d7329fd621e523aaf997).
 * Paragraph level, the 13 non-blank lines of t1 (1, 2, 4-9) then t2 (1, 3-6), coded by hand from the files:
 * <pre>
 * z &lt;- rep(0, 13); u &lt;- function(...) { v &lt;- z; v[c(...)] &lt;- 1; v }
 * delais &lt;- cbind(camille = u(4, 13), karim = u(4, 8), lea = u(4, 13))
 * part &lt;- cbind(camille = u(7, 11), karim = u(7, 11), lea = z)
 * num &lt;- cbind(camille = u(5, 12), karim = u(12), lea = u(5, 12))
 * all &lt;- rbind(delais, part, num)
 * for (m in list(delais, part, num, all)) print(c(agree(m)$value, kappam.fleiss(m)$value,
 *     kripp.alpha(cbind(t(m), NA), "nominal")$value, kappa2(m[, 1:2])$value))
 * </pre>
 * Character level: the coverage of every character (line breaks excluded) computed apart by a Python script
 * that strips the marks itself (599 characters per code), then in R, per code {@code m} (camille, karim):
 * {@code agree(m)$value; kappa2(m)$value; kappam.fleiss(m)$value; kripp.alpha(t(m), "nominal")$value}.
 * (Why cbind(..., NA): see ReliabilityTest.)
 */
class QdaCliTest {

    @TempDir
    Path dir;

    private static final Path CODERS = Fixtures.home().resolve("fixtures/qda-agreement");

    private static JsonNode json(CliRun r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static void figures(JsonNode n, double percent, double cohen, double fleiss, double alpha) {
        assertEquals(percent, 100 * n.get("percent_agreement").asDouble(), 1e-6);
        if (Double.isNaN(cohen)) {
            assertTrue(n.get("cohen_kappa").isNull());
        } else {
            assertEquals(cohen, n.get("cohen_kappa").asDouble(), 1e-6);
        }
        assertEquals(fleiss, n.get("fleiss_kappa").asDouble(), 1e-6);
        assertEquals(alpha, n.get("krippendorff_alpha").asDouble(), 1e-6);
    }

    /** The agreement's heading follows each language's typography: "(2: …/camille, …)", "(2\u00A0: …/camille, …)". */
    @Test
    void theAgreementsHeadingIsSpacedAsItsLanguageWants() {
        CliRun en = CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", CODERS.resolve("karim").toString(), "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().startsWith("Agreement between coders (2: " + CODERS.resolve("camille")) && en.out().contains(")\nUnit: the paragraph\n"),
                en.out());
        CliRun fr = CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", CODERS.resolve("karim").toString());
        assertTrue(fr.out().startsWith("Accord entre codeurs (2\u00A0: " + CODERS.resolve("camille")) && fr.out().contains(")\nUnité\u00A0: le paragraphe\n"),
                fr.out());
        // The disagreements too: "t1, ligne 9 : …" and the quote in French marks with no-break spaces; English ones in English.
        assertTrue(fr.out().contains("  t1, ligne 9\u00A0: Faiblesses > Logement > Délais d'attribution\n"), fr.out());
        assertTrue(fr.out().contains("    «\u00A0Agent\u00A0: Le bailleur ne répond jamais au téléphone.\u00A0»\n"), fr.out());
        assertTrue(en.out().contains("  t1, line 9: Faiblesses > Logement > Délais d'attribution\n"), en.out());
        assertTrue(en.out().contains("    \u201CAgent : Le bailleur ne répond jamais au téléphone.\u201D\n"), en.out());
    }

    @Test
    void threeCodersByParagraphMatchIrr() throws IOException {
        JsonNode r = json(CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", CODERS.resolve("karim").toString(),
                "--agreement", CODERS.resolve("lea").toString(), "--format", "json"));
        assertEquals("segment", r.get("level").asText());
        JsonNode codes = r.get("codes");
        assertEquals("Faiblesses > Logement > Délais d'attribution", codes.get(0).get("code").asText());
        assertEquals(13, codes.get(0).get("units").asLong());
        figures(codes.get(0), 84.615384615384613, Double.NaN, 0.606060606060606, 0.616161616161616);
        figures(codes.get(1), 84.615384615384613, Double.NaN, 0.442857142857143, 0.457142857142857);
        figures(codes.get(2), 92.307692307692307, Double.NaN, 0.770588235294118, 0.776470588235294);
        figures(r.get("overall"), 87.179487179487182, Double.NaN, 0.617647058823529, 0.620915032679739);
        // Five paragraphs to discuss; the first: karim alone coded the bailleur's line as a housing delay.
        assertEquals(5, r.get("disagreements").size());
        JsonNode d = r.get("disagreements").get(0);
        assertEquals("t1", d.get("source").asText());
        assertEquals(9, d.get("line").asInt());
        assertEquals(List.of(CODERS.resolve("karim").toString()), List.of(d.get("coded_by").get(0).asText()));
    }

    @Test
    void twoCodersByParagraphGiveCohensKappa() throws IOException {
        JsonNode r = json(CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", CODERS.resolve("karim").toString(),
                "--format", "json"));
        assertEquals(0.409090909090909, r.get("codes").get(0).get("cohen_kappa").asDouble(), 1e-6);
        assertEquals(1.0, r.get("codes").get(1).get("cohen_kappa").asDouble(), 1e-12);
        assertEquals(0.628571428571429, r.get("codes").get(2).get("cohen_kappa").asDouble(), 1e-6);
        assertEquals(0.682926829268293, r.get("overall").get("cohen_kappa").asDouble(), 1e-6);
    }

    @Test
    void twoCodersByCharacterMatchIrrOnIndependentlyComputedUnits() throws IOException {
        JsonNode r = json(CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", CODERS.resolve("karim").toString(),
                "--format", "json", "--level", "character"));
        JsonNode codes = r.get("codes");
        assertEquals(599, codes.get(0).get("units").asLong());
        figures(codes.get(0), 82.470784641068448, 0.388662629640070, 0.386800040948244, 0.387311894002545);
        figures(codes.get(1), 90.818030050083479, 0.641399353441238, 0.635396780601714, 0.635701123856638);
        figures(codes.get(2), 88.480801335559264, 0.537327467508480, 0.524660582745355, 0.525057360222195);
        figures(r.get("overall"), 87.256538675570397, 0.513426750869360, 0.510590941282877, 0.510727115200161);
        // A character run, not the paragraph: karim coded "on travaille bien" only.
        assertTrue(r.get("disagreements").findValuesAsText("text").contains("Avec l'épicerie solidaire "), r.toString());
    }

    @Test
    void theTextReportIsInFrench() {
        CliRun r = CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", CODERS.resolve("karim").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Faiblesses > Logement > Délais d'attribution          84,62\u00A0%     0,409     0,409     0,432"), r.out());
        assertTrue(r.out().contains("Désaccords à discuter (3)"), r.out());
    }

    @Test
    void matrixByRoleAndCoOccurrenceOnACodersWork() throws IOException {
        // camille: t1 (Agent) codes housing, digital and partnership once each; t2 (Partenaire) the same three.
        CliRun m = CliRun.run("code", CODERS.resolve("camille").toString(), "--matrix", "rôle", "--format", "csv");
        assertEquals(0, m.code(), m.err());
        // Codes in the grid's order (forces, faiblesses, opportunités, menaces), not as first met in t1.
        assertEquals(List.of("code,rôle,sources,segments",
                "Forces > Partenariat,Agent,1,1",
                "Forces > Partenariat,Partenaire,1,1",
                "Faiblesses > Logement > Délais d'attribution,Agent,1,1",
                "Faiblesses > Logement > Délais d'attribution,Partenaire,1,1",
                "Menaces > Numérique > Démarches en ligne,Agent,1,1",
                "Menaces > Numérique > Démarches en ligne,Partenaire,1,1"), m.out().lines().toList());
        CliRun text = CliRun.run("code", CODERS.resolve("karim").toString(), "--matrix", "role");
        assertTrue(text.out().contains("Faiblesses > Logement > Délais d'attribution — Agent\n"
                + "    « Les familles attendent deux ans un logement social. Les dossiers traînent. »\n"
                + "    « Le bailleur ne répond jamais au téléphone. »"), text.out());
        // Inline codes never overlap one another: only the diagonal is filled (partnership 2, housing 2, digital 1).
        JsonNode c = json(CliRun.run("code", CODERS.resolve("karim").toString(), "--cooccurrence", "--format", "json"));
        assertEquals("[[2,0,0],[0,2,0],[0,0,1]]", c.get("counts").toString().replace(" ", ""));
        assertEquals(Main.USAGE, CliRun.run("code", CODERS.resolve("karim").toString(), "--cooccurrence", "--matrix", "role").code());
    }

    @Test
    void memosOfCodesAndSourcesGoToTheAnnexAndThroughAProject() throws IOException {
        MemoProject project = MemoProject.write(dir, "liste d'attente", "Attente d'un logement social, pas d'un rendez-vous.");
        Path t = project.transcript();
        Path book = project.codebook();
        CliRun annex = CliRun.run("code", t.toString(), "--codebook", book.toString(), "--memos");
        assertEquals(0, annex.code(), annex.err());
        assertEquals("""
                # Annexe\u00A0: mémos

                ## Codes

                ### Logement

                Tout ce qui touche à l'accès et au maintien dans le logement.

                ### Délais

                Attente d'un logement social, pas d'un rendez-vous.

                ## Sources

                ### entretien-ccas

                Entretien relu avec l'agente le 14 mars.
                """, annex.out());
        Path qdpx = dir.resolve("memos.qdpx");
        assertEquals(0, CliRun.run("code", t.toString(), "--codebook", book.toString(), "--format", "qdpx", "--out", qdpx.toString()).code());
        Path out = dir.resolve("memos");
        CliRun unpack = CliRun.run("import-qda", qdpx.toString(), "--out", out.toString());
        assertTrue(unpack.out().contains("1 text source, 3 codes, 1 coded segment, 1 case, 3 memos"), unpack.out());
        String memos = Files.readString(out.resolve("memos.md"));
        assertTrue(memos.contains("### Faiblesses > Logement\n\nTout ce qui touche") && memos.contains("### Faiblesses > Logement > Délais\n\nAttente")
                && memos.contains("### entretien-ccas\n\nEntretien relu"), memos);
        // And straight from the project, the annex is the same for codes (by path) and sources.
        CliRun again = CliRun.run("code", qdpx.toString(), "--memos");
        assertTrue(again.out().contains("### Faiblesses > Logement > Délais\n\nAttente d'un logement social")
                && again.out().contains("### entretien-ccas\n\nEntretien relu avec l'agente le 14 mars."), again.out());
    }

    @Test
    void codedSegmentExportsAreComparedSegmentBySegment() throws IOException {
        Path a = dir.resolve("codeur-a.csv");
        Files.writeString(a, "document,code,text\ne1,Faiblesse > Logement,Les délais sont longs.\n"
                + "e1,Force > Partenariat,On travaille bien avec le CCAS.\ne2,Menace > Numérique,Tout est en ligne.\n");
        Path b = dir.resolve("codeur-b.csv");
        Files.writeString(b, "document,code,text\ne1,Faiblesse > Logement,Les délais sont longs.\n"
                + "e2,Menace > Numérique,Tout est en ligne.\ne2,Faiblesse > Logement,Tout est en ligne.\n");
        JsonNode r = json(CliRun.run("code", a.toString(), "--agreement", b.toString(), "--format", "json"));
        // Units: the distinct segments of each document (e1: 2, e2: 1). Housing: A codes e1's first, B also e2's:
        // agreement 2/3; p_e = 1/3 x 2/3 + 2/3 x 1/3 = 4/9, kappa = (2/3 - 4/9) / (1 - 4/9) = 0.4 (by hand).
        JsonNode housing = r.get("codes").get(0);
        assertEquals("Faiblesses > Logement", housing.get("code").asText());
        assertEquals(3, housing.get("units").asLong());
        assertEquals(2.0 / 3, housing.get("percent_agreement").asDouble(), 1e-12);
        assertEquals(0.4, housing.get("cohen_kappa").asDouble(), 1e-12);
        assertEquals(7.0 / 9, r.get("overall").get("percent_agreement").asDouble(), 1e-12);
    }

    @Test
    void codersMustShareTheirText() throws IOException {
        Path other = dir.resolve("autre");
        Files.createDirectories(other);
        Files.writeString(other.resolve("t2.txt"), "Rôle : Partenaire\n\nQ: Comment ?\nR: Autre chose.\n");
        CliRun r = CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", other.toString(), "--lang", "en");
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains("the text of source \"t2\" differs") && r.err().contains("at line 3"), r.err());
    }

    @Test
    void aSourceMissingFromOneCoderIsAnErrorNotAnUncodedSource() throws IOException {
        // Karim's folder lacks t2 and holds a t3 (t2's words under another name): before, t2 counted as
        // coded nothing by Karim and t3 as coded nothing by Camille, and the run succeeded with lower figures.
        Path karim = dir.resolve("karim");
        Files.createDirectories(karim);
        Files.copy(CODERS.resolve("karim/t1.txt"), karim.resolve("t1.txt"));
        Files.copy(CODERS.resolve("karim/t2.txt"), karim.resolve("t3.txt"));
        CliRun r = CliRun.run("code", CODERS.resolve("camille").toString(), "--agreement", karim.toString(), "--lang", "en");
        assertEquals(Main.INPUT, r.code(), r.out());
        assertTrue(r.err().contains("coders must code the same sources: \"t2\" is in " + CODERS.resolve("camille")
                + " but not in " + karim + "; \"t3\" is in " + karim + " but not in " + CODERS.resolve("camille")), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDocumentAbsentFromACodedSegmentExportIsCodedNothing() throws IOException {
        Path a = dir.resolve("codeur-a.csv");
        Files.writeString(a, "document,code,text\ne1,Faiblesse > Logement,Les délais sont longs.\n"
                + "e2,Menace > Numérique,Tout est en ligne.\n");
        Path b = dir.resolve("codeur-b.csv");
        Files.writeString(b, "document,code,text\ne1,Faiblesse > Logement,Les délais sont longs.\n");
        JsonNode r = json(CliRun.run("code", a.toString(), "--agreement", b.toString(), "--format", "json"));
        // Units: one segment in e1, one in e2; B coded nothing in e2, so on Numérique they agree on 1 unit of 2.
        JsonNode digital = r.get("codes").get(1);
        assertEquals("Menaces > Numérique", digital.get("code").asText());
        assertEquals(2, digital.get("units").asLong());
        assertEquals(0.5, digital.get("percent_agreement").asDouble(), 1e-12);
    }

    @Test
    void exportImportAndDirectUseOfAProject() throws IOException {
        Path a = Fixtures.absAgents();
        Path qdpx = dir.resolve("abs.qdpx");
        CliRun noOut = CliRun.run("code", a.resolve("entretiens").toString(), "--format", "qdpx");
        assertEquals(Main.USAGE, noOut.code());
        // Personal data kept: only then does a .qdpx carry the transcripts' full texts, with their lines.
        CliRun export = CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--keep-personal-data", "--format", "qdpx", "--out", qdpx.toString());
        assertEquals(0, export.code(), export.err());

        CliRun direct = CliRun.run("code", qdpx.toString(), "--keep-personal-data", "--format", "csv");
        CliRun original = CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--keep-personal-data", "--format", "csv");
        // Same segments, lines and codes; speakers are not part of a REFI-QDA selection, and the origin becomes "imported".
        assertEquals(rows(original.out()), rows(direct.out()));

        Path out = dir.resolve("projet");
        CliRun unpack = CliRun.run("import-qda", qdpx.toString(), "--keep-personal-data", "--out", out.toString());
        assertEquals(0, unpack.code(), unpack.err());
        // 44 coded segments: "sans formation ni emploi" is no longer coded "Formation des équipes" (the codebook's
        // lookbehind), the 45th before.
        assertTrue(unpack.out().contains("6 text sources, 51 codes, 44 coded segments, 6 cases"), unpack.out());
        assertEquals(45, Files.readAllLines(out.resolve("segments.csv")).size());
        assertTrue(Files.readString(out.resolve("cases.csv")).startsWith("case,documents,date,interviewer,role,service,territory,structure\n"
                + "01-agent-accueil-ccas,01-agent-accueil-ccas,2024-03-12,Camille,Agent,CCAS - accueil social,Lomme centre,\n"),
                Files.readString(out.resolve("cases.csv")));
        // The unpacked texts read as transcripts again, header and all.
        CliRun again = CliRun.run("code", out.resolve("sources").toString(), "--format", "csv");
        assertEquals(0, again.code(), again.err());
        // (without their inline marks: what was coded is in segments.csv), on the same lines as the originals.
        assertTrue(again.out().contains("01-agent-accueil-ccas,Agent,11,,,,,\"Les familles attendent deux ou trois ans un logement"
                + " social, on n'a rien à leur proposer entre-temps.\""), again.out());
    }

    /**
     * code → .qdpx → import-qda → swot segments.csv gives the transcripts' grids and counts. Each row of an export was
     * an expression of its own: the sentences coded under two items counted twice, 44 coded expressions for 39.
     */
    @Test
    void theUnpackedSegmentsGiveTheTranscriptsCounts() throws IOException {
        Path a = Fixtures.absAgents();
        Path qdpx = dir.resolve("abs.qdpx");
        assertEquals(0, CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "qdpx", "--out", qdpx.toString()).code());
        Path out = dir.resolve("projet");
        assertEquals(0, CliRun.run("import-qda", qdpx.toString(), "--out", out.toString()).code());
        JsonNode transcripts = json(CliRun.run("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "json"));
        JsonNode unpacked = json(CliRun.run("swot", out.resolve("segments.csv").toString(), "--format", "json"));
        // docs/qualitative.md, by hand: 44 codings, 39 expressions; 44 rows in segments.csv.
        assertEquals(45, Files.readAllLines(out.resolve("segments.csv")).size());
        assertEquals(39, transcripts.get("coded").asInt());
        assertEquals(39, unpacked.get("coded").asInt());
        assertEquals(items(transcripts), items(unpacked));
        // The roles are in cases.csv beside the segments: the theme x role matrix was empty, every source unknown.
        // By hand (docs/qualitative.md): Logement said by 3 agents and 1 partner, Fracture numérique by 3 agents.
        assertEquals(transcripts.get("byRole").toString(), unpacked.get("byRole").toString());
        assertEquals("[\"Agent\",\"Partenaire\"]", unpacked.get("byRole").get("columns").toString());
        assertEquals("[3,1]", unpacked.get("byRole").get("rows").get(0).get("counts").toString());
        // A cases.csv that no import wrote (no enquete-import.txt beside it) is not read.
        Path copy = Files.createDirectories(dir.resolve("copie"));
        Files.copy(out.resolve("segments.csv"), copy.resolve("segments.csv"));
        Files.copy(out.resolve("cases.csv"), copy.resolve("cases.csv"));
        JsonNode alone = json(CliRun.run("swot", copy.resolve("segments.csv").toString(), "--format", "json"));
        assertEquals(39, alone.get("coded").asInt());
        assertEquals("[\"\"]", alone.get("byRole").get("columns").toString(), "one column: the role unknown");
        // An export without positions: one passage is one document's same words. Two rows of one sentence under two
        // items, and a row given twice: 2 coded expressions, each item 1 expression.
        Path csv = dir.resolve("taguette.csv");
        Files.writeString(csv, """
                document,tag,content
                bailleur,Menace > Logement > Impayés de loyer,"Les impayés de loyer augmentent avec les factures."
                bailleur,Menace > Logement > Poids des factures,"Les impayés de loyer augmentent avec les factures."
                bailleur,Force > Logement > Permanence,"La permanence logement est utile."
                bailleur,Force > Logement > Permanence,"La permanence logement est utile."
                """);
        JsonNode export = json(CliRun.run("swot", csv.toString(), "--format", "json"));
        assertEquals(2, export.get("coded").asInt());
        assertEquals(List.of("force Logement Permanence 1 1", "menace Logement Impayés de loyer 1 1", "menace Logement Poids des factures 1 1"),
                items(export));
    }

    /** Each item of the grid of all themes: quadrant, theme, item, sources, expressions; sorted. */
    private static List<String> items(JsonNode swot) {
        List<String> out = new java.util.ArrayList<>();
        JsonNode all = swot.get("grids").get(0);
        for (String q : List.of("force", "faiblesse", "opportunite", "menace")) {
            all.get(q).forEach(e -> out.add(q + " " + e.get("theme").asText() + " " + e.get("item").asText() + " " + e.get("sources").size()
                    + " " + e.get("segments").asInt()));
        }
        return out.stream().sorted().toList();
    }

    /**
     * `swot abs.qdpx` listed its themes in the order of their first coded passage (Aide alimentaire, Logement, Fracture
     * numérique...), and the project's code tree put Faiblesses first: the grids of one material came in two orders.
     */
    @Test
    void aProjectKeepsTheCodebooksOrderOfQuadrantsAndThemes() throws IOException {
        Path a = Fixtures.absAgents();
        Path qdpx = dir.resolve("abs.qdpx");
        assertEquals(0, CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "qdpx", "--out", qdpx.toString()).code());
        // The codebook's 12 themes in its order, less the three nothing codes in the interviews (Crise sanitaire, Enfance,
        // Parcours de vie: no hand code nor term of theirs in them).
        List<String> expected = List.of("Logement", "Contexte institutionnel", "Contexte territorial", "Attentes", "Jeunes", "Séniors",
                "Aide alimentaire", "Précarité énergétique", "Fracture numérique");
        List<String> folder = gridThemes(CliRun.run("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "json"));
        assertEquals(expected, folder);
        assertEquals(expected, gridThemes(CliRun.run("swot", qdpx.toString(), "--format", "json")));
        // The theme x quadrant matrix too, and the code tree a QDA tool shows: the quadrants as the grid reads them.
        CliRun text = CliRun.run("swot", qdpx.toString());
        assertTrue(text.out().indexOf("\n  Logement ") < text.out().indexOf("\n  Contexte institutionnel "), text.out());
        Path out = dir.resolve("projet");
        assertEquals(0, CliRun.run("import-qda", qdpx.toString(), "--out", out.toString()).code());
        List<String> roots = Files.readAllLines(out.resolve("codebook.csv")).stream().skip(1).map(l -> l.split(",")[0])
                .filter(c -> !c.contains(">")).toList();
        assertEquals(List.of("Forces", "Faiblesses", "Opportunités", "Menaces"), roots);
    }

    private static List<String> gridThemes(CliRun r) throws IOException {
        assertEquals(0, r.code(), r.err());
        List<String> themes = new java.util.ArrayList<>();
        new ObjectMapper().readTree(r.out()).get("grids").forEach(g -> themes.add(g.get("theme").asText()));
        return themes.subList(1, themes.size());
    }

    @Test
    void theDefaultProjectHoldsWholeMaskedTextsAndSurvivesTheRoundTrip() throws IOException {
        Path a = Fixtures.absAgents();
        Path qdpx = dir.resolve("abs.qdpx");
        // Masked by default: before, each source's text was only its coded segments (lines renumbered, the
        // interviewer's turns, uncoded speech and speakers gone).
        CliRun export = CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "qdpx", "--out", qdpx.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains("données personnelles masquées dans les textes libres\u00A0: 2 personnes, 1 téléphone"), export.err());
        CliRun direct = CliRun.run("code", qdpx.toString(), "--format", "csv");
        CliRun original = CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "csv");
        assertEquals(0, direct.code(), direct.err());
        // The same 44 codings, on the same lines, with the same masked words.
        assertEquals(44, rows(original.out()).size());
        assertEquals(rows(original.out()), rows(direct.out()));
        Path out = dir.resolve("projet");
        assertEquals(0, CliRun.run("import-qda", qdpx.toString(), "--out", out.toString()).code());
        String epicerie = Files.readString(out.resolve("sources/04-partenaire-epicerie.txt"));
        String ccas = Files.readString(out.resolve("sources/01-agent-accueil-ccas.txt"));
        // The whole text: the interviewer's turns, speakers and uncoded speech are there, names and phone masked.
        assertTrue(ccas.contains("Enquêteur : [personne 2]\n") && ccas.contains("Enquêteur : Pouvez-vous présenter votre poste ?"), ccas);
        assertTrue(epicerie.contains("Mme [personne 1] : Les Restos, le Secours populaire, nous : tout le monde est plein."), epicerie);
        assertTrue(epicerie.contains("[téléphone]") && !epicerie.contains("Lefebvre") && !epicerie.contains("03 20"), epicerie);
    }

    @Test
    void importQdaMasksPersonalDataUnlessKept() throws IOException {
        Path a = Fixtures.absAgents();
        Path kept = dir.resolve("abs-keep.qdpx");
        assertEquals(0, CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--keep-personal-data", "--format", "qdpx", "--out", kept.toString()).code());
        Path out = dir.resolve("projet");
        CliRun unpack = CliRun.run("import-qda", kept.toString(), "--out", out.toString());
        assertEquals(0, unpack.code(), unpack.err());
        // By hand: the interviewer Camille, Mme Lefebvre and her phone number (03 20 11 22 33) in 04's last turn.
        assertTrue(unpack.err().contains("enquete: données personnelles masquées dans les textes libres\u00A0: 2 personnes, 1 téléphone"
                + " (--keep-personal-data pour les publier)"), unpack.err());
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f));
            }
        }
        assertFalse(all.toString().contains("Lefebvre") || all.toString().contains("Camille") || all.toString().contains("03 20"));
        assertTrue(Files.readString(out.resolve("cases.csv")).contains("01-agent-accueil-ccas,01-agent-accueil-ccas,2024-03-12,[personne 1],Agent,"));
        // Every segment still sits on its words in the masked text (offsets in Unicode characters).
        List<String> segments = Files.readAllLines(out.resolve("segments.csv"));
        assertEquals(45, segments.size());
        for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().build()
                .parse(Files.newBufferedReader(out.resolve("segments.csv")))) {
            String text = Files.readString(out.resolve("sources").resolve(r.get("document") + ".txt"));
            String body = text.startsWith("---\n") && !r.get("document").startsWith("02") ? text.substring(text.indexOf("---\n", 4) + 4) : text;
            int start = body.offsetByCodePoints(0, Integer.parseInt(r.get("start")));
            int end = body.offsetByCodePoints(0, Integer.parseInt(r.get("end")));
            assertEquals(r.get("text"), body.substring(start, end), r.toString());
        }
        Path keep = dir.resolve("projet-keep");
        CliRun asIs = CliRun.run("import-qda", kept.toString(), "--keep-personal-data", "--out", keep.toString());
        assertEquals(0, asIs.code(), asIs.err());
        assertTrue(asIs.err().contains("données personnelles conservées"), asIs.err());
        assertTrue(Files.readString(keep.resolve("sources/04-partenaire-epicerie.txt")).contains("Mme Lefebvre :"));
    }

    @Test
    void importQdaReplacesAnEarlierImportAndRefusesAFolderOfOtherFiles() throws IOException {
        Path a = Fixtures.absAgents();
        Path abs = dir.resolve("abs.qdpx");
        assertEquals(0, CliRun.run("code", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "qdpx", "--out", abs.toString()).code());
        Path one = dir.resolve("un.qdpx");
        assertEquals(0, CliRun.run("code", CODERS.resolve("camille/t1.txt").toString(), "--format", "qdpx", "--out", one.toString()).code());
        Path out = dir.resolve("projet");
        assertEquals(0, CliRun.run("import-qda", abs.toString(), "--out", out.toString()).code());
        assertEquals(6, Files.list(out.resolve("sources")).count());
        // Before, the six sources of the first project stayed beside the second's one.
        CliRun again = CliRun.run("import-qda", one.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        try (var files = Files.list(out.resolve("sources"))) {
            assertEquals(List.of("t1.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(2, Files.readAllLines(out.resolve("cases.csv")).size());

        Path mine = Files.createDirectories(dir.resolve("mes-notes"));
        Files.writeString(mine.resolve("notes.txt"), "à garder");
        CliRun refused = CliRun.run("import-qda", one.toString(), "--out", mine.toString());
        assertEquals(Main.USAGE, refused.code());
        // import-qda has no --lang: its mistakes are told in French.
        assertTrue(refused.err().contains("--out " + mine + " contient des fichiers qu’un import n’a pas écrits (") && refused.err().contains("notes.txt"),
                refused.err());
        try (var files = Files.list(mine)) {
            assertEquals(List.of("notes.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
        // A folder of the user's own transcripts, sources/*.txt and nothing else, is no earlier import: without its
        // segments.csv it was taken for one, and the texts the new project lacks were deleted.
        Path transcripts = Files.createDirectories(dir.resolve("terrain/sources"));
        Files.writeString(transcripts.resolve("entretien-07.txt"), "Q : Bonjour.");
        CliRun kept = CliRun.run("import-qda", one.toString(), "--out", transcripts.getParent().toString());
        assertEquals(Main.USAGE, kept.code(), kept.err());
        assertEquals("Q : Bonjour.", Files.readString(transcripts.resolve("entretien-07.txt")));
        // Nor with a segments.csv of the user's beside them (a probe lost both transcripts and the file).
        Files.writeString(transcripts.getParent().resolve("segments.csv"), "document,code,text\nentretien-07,force > Logement > A,Bonjour\n");
        assertEquals(Main.USAGE, CliRun.run("import-qda", one.toString(), "--out", transcripts.getParent().toString()).code());
        assertEquals("Q : Bonjour.", Files.readString(transcripts.resolve("entretien-07.txt")));
        assertTrue(Files.readString(transcripts.getParent().resolve("segments.csv")).startsWith("document,code,text\nentretien-07"));
        // A file the user added to an earlier import's sources is not the import's to delete: refused, kept.
        Files.writeString(out.resolve("sources/notes-analyse.txt"), "mes notes");
        assertEquals(Main.USAGE, CliRun.run("import-qda", abs.toString(), "--out", out.toString()).code());
        assertEquals("mes notes", Files.readString(out.resolve("sources/notes-analyse.txt")));
        // A sources folder that links elsewhere: the files there were deleted and the import written into it.
        Path elsewhere = Files.createDirectories(dir.resolve("ailleurs"));
        Files.writeString(elsewhere.resolve("precieux.txt"), "à garder");
        Path linked = Files.createDirectories(dir.resolve("lie"));
        Files.createSymbolicLink(linked.resolve("sources"), elsewhere);
        assertEquals(Main.USAGE, CliRun.run("import-qda", abs.toString(), "--out", linked.toString()).code());
        try (var files = Files.list(elsewhere)) {
            assertEquals(List.of("precieux.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    /** source, line, theme, quadrant, item, text of a code --format csv output (coded rows only). */
    private static List<String> rows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", -1)).filter(f -> !f[4].isEmpty())
                .map(f -> String.join(",", f[0], f[2], f[3], f[4], f[5], String.join(",", List.of(f).subList(7, f.length)))).sorted().toList();
    }

    @Test
    void memosOfAQualCoderShapedProjectAreUnpacked() throws Exception {
        // From the source tree: in a full build the toolkit's test resources reach this module inside a jar.
        Path folder = Fixtures.home().resolve("toolkit/src/test/resources/refi-qda/qualcoder-shaped");
        Path qdpx = dir.resolve("qc.qdpx");
        try (var o = Files.newOutputStream(qdpx); var z = new java.util.zip.ZipOutputStream(o);
             var files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".py")).sorted().toList()) {
                z.putNextEntry(new java.util.zip.ZipEntry(folder.relativize(f).toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        Path out = dir.resolve("qc");
        CliRun r = CliRun.run("import-qda", qdpx.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 text sources, 9 codes, 6 coded segments, 2 cases, 3 memos"), r.out());
        assertTrue(r.err().contains("skipped PictureSource \"affiche.png\""), r.err());
        String memos = Files.readString(out.resolve("memos.md"));
        assertTrue(memos.contains("### Forces > Partenariat CCAS\n\nCoopération citée par les partenaires.")
                && memos.contains("### conseillere-emploi\n\nRelu avec l’enquêtée le 3 mai."), memos);
        // Attributes become the transcript's front matter, so that roles reach the grids.
        assertTrue(Files.readString(out.resolve("sources/bailleur.txt")).startsWith("---\nRôle: Partenaire\n---\nEntretien avec le bailleur"));
        CliRun swot = CliRun.run("swot", qdpx.toString(), "--format", "json");
        assertEquals(0, swot.code(), swot.err());
        assertTrue(swot.err().contains("1 code names no quadrant and is left out of the grids: À revoir"), swot.err());
        assertFalse(swot.out().contains("À revoir"));
    }
}
