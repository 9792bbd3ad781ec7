package fr.enquete.qual.qda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.qual.CodedSegment;
import fr.enquete.qual.Material;
import fr.enquete.qual.Matrix;
import fr.enquete.qual.Source;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.SwotCodebookReader;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * REFI-QDA exchange: enquete's coded interviews exported and read back, the file checked against the
 * published schema (src/test/resources/refi-qda/Project.xsd, see the README there), and a project in the
 * shape QualCoder writes read with its codes, segments and cases counted by hand.
 */
class QdpxTest {

    @TempDir
    Path dir;

    private static SwotAnalysis absAgents() {
        Path interviews = Fixtures.absAgents().resolve("entretiens");
        TranscriptReader reader = new TranscriptReader();
        Material m = Material.empty();
        try (Stream<Path> files = Files.list(interviews)) {
            for (Path f : files.sorted().toList()) {
                m = m.plus(reader.read(f));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return SwotAnalysis.of(m, SwotCodebookReader.read(Fixtures.absAgents().resolve("codebook.yaml")));
    }

    private static QdaProject export(SwotAnalysis a) {
        Map<String, Source> byId = a.sourcesById();
        return QdaExchange.toProject("abs-agents", a.sources(), a.coded(),
                s -> Optional.of(TranscriptReader.plainText(Path.of(byId.get(s.id()).file()))));
    }

    private static byte[] bytes(QdaProject p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdpxWriter.write(p, out);
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static void validate(byte[] qde) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(new StreamSource(QdpxTest.class.getResourceAsStream("/refi-qda/Project.xsd")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));
    }

    /** Source, line, words, theme, quadrant, item of every coded segment, sorted. */
    private static List<String> rows(List<CodedSegment> coded) {
        return coded.stream().map(c -> String.join(" | ", c.segment().source(), Long.toString(c.segment().line()), c.segment().text(),
                c.code().theme(), c.code().quadrant().code(), c.code().item())).sorted().toList();
    }

    @Test
    void roundTripKeepsCodesSegmentsAndAttributesAndTheFileValidates() throws Exception {
        SwotAnalysis a = absAgents();
        QdaProject p = export(a);
        byte[] file = bytes(p);
        validate(entry(file, "project.qde"));
        Path qdpx = dir.resolve("abs.qdpx");
        Files.write(qdpx, file);

        QdpxReader.Import back = QdpxReader.read(qdpx);
        assertEquals(p.codes(), back.project().codes());
        assertEquals(p.cases(), back.project().cases());
        for (int i = 0; i < p.sources().size(); i++) {
            assertEquals(p.sources().get(i), back.project().sources().get(i));
        }
        assertEquals(new java.util.HashSet<>(p.coded()), new java.util.HashSet<>(back.project().coded()));
        assertEquals(p, back.project());
        assertTrue(back.skipped().isEmpty());

        TreeSet<String> ignored = new TreeSet<>();
        Material m = QdaExchange.toMaterial(back.project(), qdpx.toString(), ignored);
        assertTrue(ignored.isEmpty());
        assertEquals(rows(a.coded()), rows(m.coded()));
        // 6 interviews, every one with a header: each comes back with the same attributes.
        assertEquals(6, m.sources().size());
        for (Source s : m.sources()) {
            assertEquals(a.sourcesById().get(s.id()).meta(), s.meta(), s.id());
        }
        assertEquals(a.coded().size(), back.project().coded().size());
        // Codes: a tree quadrant > theme > item, the quadrants coloured.
        assertTrue(back.project().codes().stream().anyMatch(c -> c.name().equals("Faiblesses") && c.parent().isEmpty()
                && c.color().equals("#C62828") && !c.codable()));
        // The grids built from the import are those built from the interviews.
        assertEquals(matrix(a.byRole()), matrix(SwotAnalysis.of(m, a.codebook()).byRole()));
    }

    private static List<String> matrix(Matrix m) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int k = 0; k < m.columns().size(); k++) {
                out.add(m.rows().get(r) + "/" + m.columns().get(k) + "=" + m.count(r, k));
            }
        }
        return out;
    }

    /**
     * A tree made in a QDA tool, themes under each quadrant: Jeunes comes after Numérique under Faiblesses and after
     * Séniors under Menaces, so it does in the grids, though Forces, walked first, meets it second. Codes outside the
     * quadrants ("À revoir") give no theme; "logement" is Logement.
     */
    @Test
    void theThemesOfACodeTreeComeInAnOrderEveryQuadrantAgreesWith() {
        QdaProject p = tree(
                new QdaProject.Code("r", "À revoir", "", true, "", "", ""),
                new QdaProject.Code("f", "Forces", "", false, "", "", ""),
                new QdaProject.Code("f1", "Logement", "f", true, "", "", ""),
                new QdaProject.Code("f2", "Jeunes", "f", true, "", "", ""),
                new QdaProject.Code("w", "Faiblesses", "", false, "", "", ""),
                new QdaProject.Code("w1", "logement", "w", false, "", "", ""),
                new QdaProject.Code("w11", "Délais", "w1", true, "", "", ""),
                new QdaProject.Code("w2", "Numérique", "w", true, "", "", ""),
                new QdaProject.Code("w3", "Jeunes", "w", true, "", "", ""),
                new QdaProject.Code("m", "Menaces", "", false, "", "", ""),
                new QdaProject.Code("m1", "Séniors", "m", true, "", "", ""),
                new QdaProject.Code("m2", "Jeunes", "m", true, "", "", ""));
        // Forces: Logement < Jeunes; Faiblesses: Logement < Numérique < Jeunes; Menaces: Séniors < Jeunes. Walked, the
        // tree gives Logement, Jeunes, Numérique, Séniors.
        assertEquals(List.of("Logement", "Numérique", "Séniors", "Jeunes"), QdaExchange.themes(p));
        // Quadrants that disagree (A before B under Forces, after it under Menaces): the order first met.
        QdaProject disagree = tree(new QdaProject.Code("f", "Forces", "", false, "", "", ""),
                new QdaProject.Code("f1", "A", "f", true, "", "", ""), new QdaProject.Code("f2", "B", "f", true, "", "", ""),
                new QdaProject.Code("m", "Menaces", "", false, "", "", ""),
                new QdaProject.Code("m1", "B", "m", true, "", "", ""), new QdaProject.Code("m2", "A", "m", true, "", "", ""));
        assertEquals(List.of("A", "B"), QdaExchange.themes(disagree));
    }

    private static QdaProject tree(QdaProject.Code... codes) {
        return new QdaProject("nvivo", List.of(codes), List.of(), List.of(), List.of());
    }

    @Test
    void writingIsDeterministic() throws IOException {
        QdaProject p = export(absAgents());
        assertArrayEquals(bytes(p), bytes(p));
    }

    @Test
    void memosOfCodesAndSourcesAndNonBmpTextSurviveTheRoundTrip() throws Exception {
        String text = "Bonjour 😊 les délais d’attribution sont longs.\nDeuxième ligne.";
        int start = text.indexOf("les délais");
        QdaProject p = new QdaProject("memos",
                List.of(new QdaProject.Code(QdpxWriter.guid("a"), "Faiblesses", "", false, "#C62828", "", "Ce qui freine."),
                        new QdaProject.Code(QdpxWriter.guid("b"), "Logement", QdpxWriter.guid("a"), true, "", "Accès au logement social", "À revoir avec l’équipe.")),
                List.of(new QdaProject.Source(QdpxWriter.guid("s"), "entretien", text, "Relu le 3 mai.")),
                List.of(new QdaProject.Coded(QdpxWriter.guid("s"), start, text.indexOf('\n'), QdpxWriter.guid("b"), "camille")),
                List.of(new QdaProject.Case(QdpxWriter.guid("c"), "entretien", Map.of("Rôle", "Partenaire"), List.of(QdpxWriter.guid("s")))));
        byte[] file = bytes(p);
        String qde = new String(entry(file, "project.qde"), StandardCharsets.UTF_8);
        validate(qde.getBytes(StandardCharsets.UTF_8));
        // Positions count Unicode characters: the emoji is one, not two UTF-16 units.
        assertTrue(qde.contains("startPosition=\"10\""), qde);
        Path qdpx = dir.resolve("memos.qdpx");
        Files.write(qdpx, file);
        assertEquals(p, QdpxReader.read(qdpx).project());
    }

    @Test
    void aPassageCodedTwiceWithOneCodeIsOneExpression() {
        String one = "Les colis ne suffisent plus, les associations nous renvoient les personnes.";
        String two = "Les familles attendent deux ans un logement social.";
        String three = "Les Restos du cœur sont saturés.";
        String text = one + "\n" + two + "\n" + three;
        String food = QdpxWriter.guid("alimentaire");
        String housing = QdpxWriter.guid("logement");
        String src = QdpxWriter.guid("s");
        int late = one.indexOf("les associations");
        int third = text.indexOf(three);
        QdaProject p = new QdaProject("deux codeurs",
                List.of(new QdaProject.Code(QdpxWriter.guid("m"), "Menaces", "", false, "", "", ""),
                        new QdaProject.Code(food, "Aide alimentaire", QdpxWriter.guid("m"), true, "", "", ""),
                        new QdaProject.Code(QdpxWriter.guid("f"), "Faiblesses", "", false, "", "", ""),
                        new QdaProject.Code(housing, "Logement", QdpxWriter.guid("f"), true, "", "", "")),
                List.of(new QdaProject.Source(src, "entretien-ccas", text, "")),
                List.of(new QdaProject.Coded(src, 0, one.length(), food, "camille"),
                        new QdaProject.Coded(src, 0, one.length(), food, "karim"),
                        new QdaProject.Coded(src, late, one.length(), food, "karim"),
                        new QdaProject.Coded(src, 0, one.length(), housing, "camille"),
                        new QdaProject.Coded(src, third, text.length(), food, "camille")),
                List.of());
        SwotAnalysis a = SwotAnalysis.of(QdaExchange.toMaterial(p, "deux.qdpx", new TreeSet<>()),
                new fr.enquete.qual.SwotCodebook(Map.of(), List.of()));
        // By hand: food is coded on line 1 (three times: two coders, one shorter overlapping selection) and on
        // line 3: two passages; housing on line 1: one passage. Distinct passages coded: lines 1 and 3, two.
        var grid = a.grid("", 5);
        var foodEntry = grid.entries(fr.enquete.qual.Quadrant.MENACE).get(0);
        assertEquals(2, foodEntry.segments());
        assertEquals(List.of(one, three), a.coded().stream().filter(c -> c.code().item().equals("Aide alimentaire"))
                .map(c -> c.segment().text()).toList());
        assertEquals(1, grid.entries(fr.enquete.qual.Quadrant.FAIBLESSE).get(0).segments());
        assertEquals(2, a.codedExpressions(""));
        assertEquals(2, a.codedExpressions("Aide alimentaire"));
    }

    @Test
    void maskingAProjectKeepsEachCodingOnItsWordsAndEachLineInItsPlace() {
        String text = "Enquêteur : Camille\n\nMme Lefebvre : Appelez-moi au 03 20 11 22 33. Les colis ne suffisent plus.\nQ: Merci.";
        String words = "Les colis ne suffisent plus.";
        String src = QdpxWriter.guid("source:entretien-lefebvre");
        String code = QdpxWriter.guid("c");
        QdaProject p = new QdaProject("p", List.of(new QdaProject.Code(code, "Menaces", "", true, "", "", "")),
                List.of(new QdaProject.Source(src, "entretien-lefebvre", text, "Chez Mme Lefebvre.")),
                List.of(new QdaProject.Coded(src, text.indexOf(words), text.indexOf(words) + words.length(), code, "camille")),
                List.of(new QdaProject.Case(QdpxWriter.guid("case:x"), "Mme Lefebvre", Map.of("Enquêteur", "Camille"), List.of(src))));
        fr.enquete.privacy.Pseudonymiser masker = new fr.enquete.privacy.Pseudonymiser(true, List.of(), java.util.Set.of());
        QdaProject m = ProjectMasking.mask(p, masker::mask, masker::maskIdentifier);
        QdaProject.Source s = m.sources().get(0);
        assertEquals("Enquêteur : [personne 1]\n\nMme [personne 2] : Appelez-moi au [téléphone]. Les colis ne suffisent plus.\nQ: Merci.",
                s.text());
        QdaProject.Coded c = m.coded().get(0);
        assertEquals(words, s.text().substring(c.start(), c.end()));
        // The name-made guid is replaced (it would confirm a guessed name), consistently in codings and cases.
        assertFalse(s.guid().equals(src));
        assertEquals(s.guid(), c.source());
        assertEquals(List.of(s.guid()), m.cases().get(0).sources());
        assertEquals("Mme [personne 2]", m.cases().get(0).name());
        assertEquals("[personne 1]", m.cases().get(0).attributes().get("Enquêteur"));
        assertEquals("Chez Mme [personne 2].", s.memo());
        assertEquals("entretien-[personne 2]", s.name());
    }

    /** Zips a folder as a .qdpx. */
    private Path zip(Path folder) throws IOException {
        Path out = dir.resolve(folder.getFileName() + ".qdpx");
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(o);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".py")).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aProjectShapedAsQualCoderWritesItImportsWithItsCodesSegmentsAndCases() throws Exception {
        Path folder = Path.of(QdpxTest.class.getResource("/refi-qda/qualcoder-shaped/project.qde").toURI()).getParent();
        validate(Files.readAllBytes(folder.resolve("project.qde")));
        QdpxReader.Import in = QdpxReader.read(zip(folder));
        QdaProject p = in.project();
        assertEquals("diagnostic-jeunesse.qda", p.name());
        // 9 codes: 3 categories (not codable) and 6 codes, one nested under another.
        assertEquals(9, p.codes().size());
        assertEquals(3, p.codes().stream().filter(c -> !c.codable()).count());
        assertEquals(List.of("Faiblesses", "Logement", "Délais d'attribution"),
                p.path(p.codes().stream().filter(c -> c.name().startsWith("Délais")).findFirst().orElseThrow().guid()));
        assertEquals("#E57373", p.codes().stream().filter(c -> c.name().startsWith("Délais")).findFirst().orElseThrow().color());
        // 5 selections, one coded twice: 6 codings; the picture is skipped, and said so.
        assertEquals(2, p.sources().size());
        assertEquals(6, p.coded().size());
        assertEquals(1, in.skipped().size());
        assertTrue(in.skipped().get(0).contains("affiche.png"));
        Map<String, String> texts = new HashMap<>();
        p.sources().forEach(s -> texts.put(s.guid(), s.text()));
        List<String> words = p.coded().stream().map(c -> texts.get(c.source()).substring(c.start(), c.end())).sorted().distinct().toList();
        assertEquals(List.of("La commission d’impayés commune serait une vraie opportunité.",
                "Le partenariat avec le CCAS fonctionne bien.",
                "Les délais d’attribution dépassent deux ans pour un T2.",
                "le logement reste le premier frein : sans adresse, pas de contrat",
                "par le bouche-à-oreille 😊, c’est notre meilleure publicité"), words);
        // The texts were written with a byte-order mark, which is not part of the text.
        assertFalse(texts.values().stream().anyMatch(t -> t.startsWith("\uFEFF")));
        assertEquals(Map.of("Rôle", "Agent", "Structure", "Mission locale"), p.attributes(p.sources().get(0).guid()));
        assertEquals("Relu avec l’enquêtée le 3 mai.", p.sources().get(0).memo());
        assertEquals(List.of("camille", "camille", "camille", "camille", "default", "default"),
                p.coded().stream().map(QdaProject.Coded::coder).sorted().toList());

        TreeSet<String> ignored = new TreeSet<>();
        Material m = QdaExchange.toMaterial(p, "qualcoder.qdpx", ignored);
        assertEquals(new TreeSet<>(List.of("À revoir")), ignored);
        assertEquals(5, m.coded().size());
        SwotAnalysis a = SwotAnalysis.of(m, new fr.enquete.qual.SwotCodebook(Map.of(), List.of()));
        Matrix byRole = a.byRole();
        assertEquals(List.of("Agent", "Partenaire"), byRole.columns());
        assertEquals(List.of("Bouche-à-oreille", "Logement", "Partenariat CCAS", "Commission impayés"), byRole.rows());
        assertEquals(List.of("Logement/Agent=1", "Logement/Partenaire=1"),
                matrix(byRole).stream().filter(s -> s.startsWith("Logement/")).toList());
    }

    @Test
    void coOccurrenceAndMatrixQueriesCountedByHand() throws Exception {
        Path folder = Path.of(QdpxTest.class.getResource("/refi-qda/qualcoder-shaped/project.qde").toURI()).getParent();
        QdaProject p = QdpxReader.read(zip(folder)).project();
        CodeQueries.CoOccurrence c = CodeQueries.coOccurrence(p);
        assertEquals(List.of("À revoir", "Forces > Bouche-à-oreille", "Forces > Partenariat CCAS", "Faiblesses > Logement",
                "Faiblesses > Logement > Délais d'attribution", "Opportunités > Commission impayés"), c.codes());
        // One selection carries both "Logement" and "À revoir"; every code is on one selection.
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                long expected = i == j || i == 0 && j == 3 || i == 3 && j == 0 ? 1 : 0;
                assertEquals(expected, c.counts()[i][j], c.codes().get(i) + " x " + c.codes().get(j));
            }
        }
        // "role" finds the variable named "Rôle".
        CodeQueries.Matrix m = CodeQueries.byAttribute(p, "role");
        assertEquals(List.of("Agent", "Partenaire"), m.values());
        assertEquals(1, m.segments()[3][0]);
        assertEquals(0, m.segments()[3][1]);
        assertEquals(List.of("Les délais d’attribution dépassent deux ans pour un T2."), m.texts().get(4).get(1));
        // An attribute no source has is a name given wrong: every segment in "(non renseigné)" hid the typo.
        fr.enquete.model.ReferenceException none = assertThrows(fr.enquete.model.ReferenceException.class,
                () -> CodeQueries.byAttribute(p, "Territoire"));
        assertTrue(none.getMessage().endsWith("no source has the attribute \"Territoire\" to cross the codes with; attributes: Rôle, Structure"),
                none.getMessage());
    }

    @Test
    void externalEntitiesAreRefusedAndBadPositionsLocated() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        Path evil = dir.resolve("evil");
        Files.createDirectories(evil);
        Files.writeString(evil.resolve("project.qde"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>\n");
        InputException e = assertThrows(InputException.class, () -> QdpxReader.read(zip(evil)));
        assertTrue(e.getMessage().contains("evil.qdpx!project.qde") && !e.getMessage().contains("SECRET"), e.getMessage());

        // A DOCTYPE whose entity is never used was read as if it were not there, though documented as an error.
        Path quiet = dir.resolve("quiet");
        Files.createDirectories(quiet);
        Files.writeString(quiet.resolve("project.qde"), "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>\n");
        InputException d = assertThrows(InputException.class, () -> QdpxReader.read(zip(quiet)));
        assertTrue(d.getMessage().contains("quiet.qdpx!project.qde, line 2") && d.getMessage().contains("<!DOCTYPE> is not allowed"),
                d.getMessage());
        // Told in French too: it was the XML parser's English sentence in both languages (the column, after the declaration,
        // depends on the temporary folder's path).
        String french = d.text(java.util.Locale.FRENCH);
        assertTrue(french.contains("quiet.qdpx!project.qde, ligne 2, colonne ") && french.endsWith("\u00A0: un <!DOCTYPE> n’est pas"
                + " admis dans un projet REFI-QDA (il pourrait déclarer des entités)"), french);

        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("project.qde"), """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="p">
                <CodeBook><Codes><Code guid="00000000-0000-0000-0000-000000000001" name="Forces" isCodable="true"/></Codes></CodeBook>
                <Sources><TextSource guid="00000000-0000-0000-0000-000000000002" name="a">
                <PlainTextContent>Court.</PlainTextContent>
                <PlainTextSelection guid="00000000-0000-0000-0000-000000000003" startPosition="2" endPosition="40">
                <Coding guid="00000000-0000-0000-0000-000000000004"><CodeRef targetGUID="00000000-0000-0000-0000-000000000001"/></Coding>
                </PlainTextSelection></TextSource></Sources></Project>
                """);
        e = assertThrows(InputException.class, () -> QdpxReader.read(zip(bad)));
        assertTrue(e.getMessage().contains("bad.qdpx!project.qde, line 6") && e.getMessage().contains("position 40")
                && e.getMessage().contains("6 characters"), e.getMessage());
    }
}
