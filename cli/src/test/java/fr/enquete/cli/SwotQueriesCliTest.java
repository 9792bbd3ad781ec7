package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code swot --cooccurrence --matrix role --memos} on fixtures/abs-agents: the code queries and the memo annex
 * after the grids, in text, JSON, Markdown, HTML, Word and Excel.
 *
 * <p>Hand counts, from the interviews: the sentences of "Numérisation des démarches et non-recours" are found by
 * {@code grep -l "Tout est en ligne maintenant\|numérisation des démarches et ils\|non-recours aux droits chez les
 * jeunes\|La dématérialisation. Quand" fixtures/abs-agents/entretiens/*}: 01 (two sentences), 05 and 06, all three
 * "Rôle : Agent" (or "role: Agent") in their header, so Agent = 3 sources (4 segments), Partenaire none. The
 * sentence "Les impayés de loyer augmentent depuis l'envolée des factures d'énergie." (03, Partenaire) is coded
 * both "Impayés de loyer et expulsions" and "Poids des factures d'énergie", and "Il faudrait une vraie coordination
 * avec les bailleurs, ... d'impayés avant l'expulsion." (01) both "Impayés..." and "Coordination avec les
 * bailleurs": one co-occurrence each; "Poids des factures d'énergie" is coded on 3 sentences (diagonal).
 */
class SwotQueriesCliTest {

    @TempDir
    Path dir;

    private static final Path A = Fixtures.home().resolve("fixtures/abs-agents");
    private static final String NUMERIQUE = "Menaces > Fracture numérique > Numérisation des démarches et non-recours";
    private static final String IMPAYES = "Menaces > Logement > Impayés de loyer et expulsions";
    private static final String FACTURES = "Menaces > Précarité énergétique > Poids des factures d'énergie";
    private static final String BAILLEURS = "Opportunités > Logement > Coordination avec les bailleurs";

    private static String[] args(String... more) {
        List<String> a = new ArrayList<>(List.of("swot", A.resolve("entretiens").toString(), "--codebook", A.resolve("codebook.yaml").toString(),
                "--cooccurrence", "--matrix", "role", "--memos"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("code").asText()));
        return out;
    }

    @Test
    void jsonCarriesTheGridsThenTheQueriesCountedByHand() throws IOException {
        CliRun r = CliRun.run(args("--format", "json"));
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode plain = new ObjectMapper().readTree(CliRun.run("swot", A.resolve("entretiens").toString(), "--codebook",
                A.resolve("codebook.yaml").toString(), "--format", "json").out());
        // The grids' own fields are untouched; the queries come after them.
        plain.fieldNames().forEachRemaining(f -> assertEquals(plain.get(f), root.get(f), f));
        JsonNode m = root.get("matrix");
        assertEquals("[\"Agent\",\"Partenaire\"]", m.get("values").toString());
        JsonNode num = m.get("codes").get(codes(m.get("codes")).indexOf(NUMERIQUE)).get("cells");
        assertEquals(3, num.get(0).get("sources").asInt());
        assertEquals(4, num.get(0).get("segments").asInt());
        assertEquals(0, num.get(1).get("segments").asInt());
        assertTrue(num.get(0).get("texts").toString().contains("Tout est en ligne maintenant."), num.toString());
        JsonNode c = root.get("cooccurrence");
        List<String> names = codes(c.get("codes"));
        JsonNode counts = c.get("counts");
        int i = names.indexOf(IMPAYES);
        int f = names.indexOf(FACTURES);
        int b = names.indexOf(BAILLEURS);
        assertEquals(1, counts.get(f).get(i).asInt());
        assertEquals(1, counts.get(i).get(f).asInt());
        assertEquals(1, counts.get(b).get(i).asInt());
        assertEquals(3, counts.get(f).get(f).asInt());
        assertEquals(4, counts.get(names.indexOf(NUMERIQUE)).get(names.indexOf(NUMERIQUE)).asInt());
        assertEquals(0, counts.get(names.indexOf(NUMERIQUE)).get(f).asInt());
        assertEquals(0, root.get("memos").size());
    }

    @Test
    void markdownListsThePairsThatMeetAndTheMatrixCells() throws IOException {
        Path md = dir.resolve("abs.md");
        CliRun r = CliRun.run(args("--format", "md", "--out", md.toString()));
        assertEquals(0, r.code(), r.err());
        String m = Files.readString(md).replace("&gt;", ">");
        assertTrue(m.contains("| " + FACTURES + " | " + IMPAYES + " | 1 | 3 |"), m);
        assertTrue(m.contains("| " + BAILLEURS + " | " + IMPAYES + " | 1 | 2 |"), m);
        assertTrue(m.contains("| " + NUMERIQUE + " | 3 (4) | – |"), m);
        // Only pairs that meet are listed: Numérisation meets no other code.
        assertTrue(!m.contains("| " + NUMERIQUE + " | Menaces"), m);
        assertTrue(m.contains(NUMERIQUE + " — Agent\n\n> Tout est en ligne maintenant."), m);
        Path xlsx = dir.resolve("abs.xlsx");
        assertEquals(0, CliRun.run(args("--format", "xlsx", "--out", xlsx.toString())).code());
        String workbook = entry(xlsx, "xl/workbook.xml");
        assertTrue(workbook.contains("name=\"Cooccurrence des codes\"") && workbook.contains("name=\"Codes × role\""), workbook);
    }

    @Test
    void textAppendsTheQueriesAndTheMemoAnnexAfterTheGrids() {
        CliRun r = CliRun.run(args());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int grids = out.indexOf(CliRun.run("swot", A.resolve("entretiens").toString(), "--codebook", A.resolve("codebook.yaml").toString()).out());
        assertEquals(0, grids);
        assertTrue(out.contains("Cooccurrence des codes"), out);
        assertTrue(out.contains("Codes × role : sources (segments)"), out);
        assertTrue(out.matches("(?s).*Menaces > Fracture numérique > Numérisation des…\\s+3 \\(4\\)\\s+–\n.*"), out);
        assertTrue(out.endsWith("# Annexe\u00A0: mémos\n\nAucun mémo.\n"), out);
    }

    @Test
    void reportsLayTheQueriesAndMemosOutInEveryFormat() throws IOException {
        MemoProject project = MemoProject.write(dir, "attendent", null);
        Path t = project.transcript();
        Path book = project.codebook();
        String[] base = {"swot", t.toString(), "--codebook", book.toString(), "--cooccurrence", "--matrix", "role", "--memos"};
        Path md = dir.resolve("r.md");
        assertEquals(0, CliRun.run(concat(base, "--format", "md", "--out", md.toString())).code());
        // French typography's no-break spaces (before ":") made plain for reading.
        String m = Files.readString(md).replace('\u00A0', ' ');
        assertTrue(m.contains("Cooccurrence des codes") && m.contains("Codes × role") && m.contains("Annexe : mémos"), m);
        assertTrue(m.contains("Entretien relu avec l'agente le 14 mars.") && m.contains("Tout ce qui touche à l'accès"), m);
        assertTrue(m.contains("Les familles attendent deux ans."), m);
        CliRun html = CliRun.run(concat(base, "--format", "html"));
        assertEquals(0, html.code(), html.err());
        for (String id : List.of("cooccurrence", "matrixcoding", "memos")) {
            assertTrue(html.out().contains("<section id=\"" + id + "\""), id);
        }
        assertTrue(html.out().contains("Annexe\u00A0: mémos") && html.out().contains("Entretien relu avec l"), html.out());
        Path docx = dir.resolve("r.docx");
        assertEquals(0, CliRun.run(concat(base, "--format", "docx", "--out", docx.toString())).code());
        String body = entry(docx, "word/document.xml");
        assertTrue(body.contains("Cooccurrence des codes") && body.contains("Codes × role") && body.contains("Entretien relu avec"), body);
        Path xlsx = dir.resolve("r.xlsx");
        assertEquals(0, CliRun.run(concat(base, "--format", "xlsx", "--out", xlsx.toString())).code());
        String workbook = entry(xlsx, "xl/workbook.xml");
        // One code only here (the hand code is the codebook's item): no pair meets, so no co-occurrence sheet.
        assertTrue(workbook.contains("name=\"Codes × role\"") && workbook.contains("mémos\""), workbook);
    }

    private static String entry(Path zip, String name) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(String[]::new);
    }
}
