package fr.enquete.qual.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.qual.Material;
import fr.enquete.qual.SwotAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A {@code .qdpx} written by QualCoder 4.0 Beta's own exporter (refi.py, run headless; see
 * src/test/resources/refi-qda/README.md), imported with its codes, segments, cases and memos counted apart.
 *
 * <p>Counts from the file, independently of enquete:
 * {@code python3 -c "import zipfile; x=zipfile.ZipFile('entretiens-abs.qdpx').read('project.qde').decode();
 * print(x.count('<Code '), x.count('isCodable=\"false\"'), x.count('<PlainTextSelection '), x.count('<Coding '),
 * x.count('<TextSource '), x.count('<Case '), x.count('<SourceRef '))"} prints {@code 11 5 6 6 2 2 2}.
 * The words and positions are those the project was made with (make_qdpx.py), positions in Python code points.
 */
class QualCoderExportTest {

    private static Path file() throws Exception {
        return Path.of(QualCoderExportTest.class.getResource("/refi-qda/qualcoder-4.0/entretiens-abs.qdpx").toURI());
    }

    private static QdaProject.Code named(QdaProject p, String name) {
        return p.codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importsCodesSegmentsAttributesAndMemosAsQualCoderWroteThem() throws Exception {
        QdpxReader.Import in = QdpxReader.read(file());
        QdaProject p = in.project();
        assertEquals("entretiens-abs.qda", p.name());
        assertEquals(11, p.codes().size());
        assertEquals(5, p.codes().stream().filter(c -> !c.codable()).count());
        assertEquals(List.of("Faiblesses", "Logement", "Délais"), p.path(named(p, "Délais").guid()));
        assertEquals("#F6A8A8", named(p, "Délais").color());
        assertEquals("Attente d'un logement social.", named(p, "Délais").description());
        assertEquals(2, p.sources().size());
        assertEquals(6, p.coded().size());
        // Each selection's words, as the project was made, and its coder (5 by karim, 1 by lea).
        Map<String, String> byCode = new java.util.TreeMap<>();
        for (QdaProject.Coded c : p.coded()) {
            String text = p.source(c.source()).orElseThrow().text();
            byCode.put(String.join(" > ", p.path(c.code())), text.substring(c.start(), c.end()));
        }
        assertEquals(Map.of(
                "Faiblesses > Logement > Délais", "Les familles attendent deux ou trois ans un logement social.",
                "Forces > Partenariat", "Avec les associations du quartier, ça se passe bien",
                "Menaces > Numérisation", "Tout est en ligne maintenant, les personnes âgées ne s'en sortent pas.",
                "À revoir", "les personnes âgées ne s'en sortent pas",
                "Menaces > Impayés", "Les impayés de loyer augmentent depuis l'envolée des factures d'énergie.",
                "Opportunités > Coordination bailleurs", "Une réunion régulière avec les bailleurs nous permettrait d'agir plus tôt. 🏠"), byCode);
        // The file's positions 115-191 count the emoji as one character, as Python does (enquete keeps Java indexes).
        QdaProject.Coded last = p.coded().stream().filter(c -> byCode.get(String.join(" > ", p.path(c.code()))).endsWith("🏠")).findFirst().orElseThrow();
        String bailleur = p.source(last.source()).orElseThrow().text();
        assertEquals(115, bailleur.codePointCount(0, last.start()));
        assertEquals(191, bailleur.codePointCount(0, last.end()));
        assertEquals(List.of("karim", "karim", "karim", "karim", "karim", "lea"), p.coded().stream().map(QdaProject.Coded::coder).sorted().toList());
        // The source variable "Structure" (QualCoder puts file variables on the source) and the source memo.
        QdaProject.Source ccas = p.sources().stream().filter(s -> s.name().equals("entretien-ccas.txt")).findFirst().orElseThrow();
        assertEquals(Map.of("Structure", "CCAS"), p.attributes(ccas.guid()));
        assertEquals("Relu avec la personne interrogée.", ccas.memo());
        // QualCoder links its two cases to GUIDs that no source carries (each exported source gets a fresh one):
        // the links are dropped and said so, rather than listing GUIDs as documents.
        assertEquals(2, in.skipped().size(), in.skipped().toString());
        assertTrue(in.skipped().stream().allMatch(s -> s.startsWith("the link of case \"")), in.skipped().toString());
        assertTrue(p.cases().stream().filter(c -> c.name().equals("Agent CCAS")).findFirst().orElseThrow().sources().isEmpty());
    }

    @Test
    void qualCodersFileValidatesAgainstTheSchema() throws Exception {
        byte[] qde;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file().toFile())) {
            qde = z.getInputStream(z.getEntry("project.qde")).readAllBytes();
        }
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new javax.xml.transform.stream.StreamSource(QualCoderExportTest.class.getResourceAsStream("/refi-qda/Project.xsd")));
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(qde)));
    }

    @Test
    void feedsTheSwotGridsAndTheQueries() throws Exception {
        QdaProject p = QdpxReader.read(file()).project();
        TreeSet<String> ignored = new TreeSet<>();
        Material m = QdaExchange.toMaterial(p, "entretiens-abs.qdpx", ignored);
        assertEquals(new TreeSet<>(List.of("À revoir")), ignored);
        assertEquals(5, m.coded().size());
        SwotAnalysis a = SwotAnalysis.of(m, new fr.enquete.qual.SwotCodebook(Map.of(), List.of()));
        assertEquals(5, a.coded().size());
        // "Numérisation" and "À revoir" (lea's, inside karim's span) overlap once.
        CodeQueries.CoOccurrence c = CodeQueries.coOccurrence(p);
        int num = c.codes().indexOf("Menaces > Numérisation");
        int revoir = c.codes().indexOf("À revoir");
        assertEquals(1, c.counts()[num][revoir]);
        assertEquals(1, c.counts()[revoir][num]);
        assertEquals(6, java.util.stream.IntStream.range(0, c.codes().size()).mapToLong(i -> c.counts()[i][i]).sum());
        CodeQueries.Matrix s = CodeQueries.byAttribute(p, "structure");
        assertEquals(List.of("Bailleur social", "CCAS"), s.values());
        int impayes = s.codes().indexOf("Menaces > Impayés");
        assertEquals(1, s.segments()[impayes][0]);
        assertEquals(0, s.segments()[impayes][1]);
    }
}
