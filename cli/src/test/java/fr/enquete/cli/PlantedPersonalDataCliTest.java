package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data planted where the masking of each text alone missed it: a surname met alone before the answer that
 * gives its civility, a first name met alone before it comes with its surname, a name a transcript's line break
 * splits, and a name typed outside a question's choices that {@code terms --by} printed as a group's name.
 */
class PlantedPersonalDataCliTest {

    @TempDir
    Path dir;

    /** The fixture's export with rows appended: id, department, then the answers given by column. */
    private Path export(List<Map<String, String>> planted) throws IOException {
        Path source = Fixtures.home().resolve("fixtures/centres-sociaux/export.csv");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String header = text.substring(text.startsWith("\uFEFF") ? 1 : 0, text.indexOf('\n')).strip();
        List<String> columns = Arrays.stream(header.split(";")).map(c -> c.replace("\"", "")).toList();
        StringBuilder b = new StringBuilder(text.endsWith("\n") ? text : text + "\r\n");
        int id = 1000;
        for (Map<String, String> answers : planted) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                String v = switch (c) {
                    case "id" -> String.valueOf(id);
                    case "submitdate" -> "2019-06-20 10:00:00";
                    case "dpt" -> "59";
                    case "fonction" -> "Directeur";
                    default -> "";
                };
                v = answers.getOrDefault(c, v);
                cells.add(v.isEmpty() ? "" : "\"" + v.replace("\"", "\"\"") + "\"");
            }
            b.append(String.join(";", cells)).append("\r\n");
            id++;
        }
        Path out = dir.resolve("export.csv");
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        return out;
    }

    private static String spec() {
        return Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml").toString();
    }

    private static void assertAbsent(String output, String what, String... planted) {
        for (String p : planted) {
            assertFalse(output.contains(p), "\"" + p + "\" published by " + what + ":\n" + output);
        }
    }

    /** The text of every entry of a zip (docx, xlsx, qdpx). */
    private static String unzipped(Path zip) throws IOException {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                b.append(new String(z.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void aSurnameMetAloneBeforeItsCivilityIsMaskedInEveryOutput() throws IOException {
        // The file order matters: "Dupont" alone comes first, "Mme Dupont" (a person) three rows later.
        Path export = export(List.of(
                Map.of("loganalyse", "Dupont nous a signalé trois familles sans solution de relogement."),
                Map.of("loganalyse", "Les familles attendent longtemps un logement social adapté."),
                Map.of("loganalyse", "Contacter Mme Dupont au 06 12 34 56 78 pour le relogement.")));
        CliRun stats = CliRun.run("stats", export.toString(), "--spec", spec(), "--verbatims", "--format", "json");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("Contacter Mme [personne"), stats.out());
        assertAbsent(stats.out(), "stats --verbatims --format json", "Dupont", "06 12 34 56 78");

        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", export.toString(), "--spec", spec(), "--out", out.toString(), "--format", "md,docx");
        assertEquals(0, report.code(), report.err());
        assertAbsent(Files.readString(out.resolve("report.md")), "report.md", "Dupont");
        assertAbsent(unzipped(out.resolve("report.docx")), "report.docx", "Dupont");

        Path ira = dir.resolve("corpus.txt");
        CliRun terms = CliRun.run("terms", export.toString(), "--spec", spec(), "--question", "loganalyse", "--iramuteq", ira.toString());
        assertEquals(0, terms.code(), terms.err());
        assertAbsent(Files.readString(ira), "terms --iramuteq", "Dupont");
    }

    @Test
    void aNameTypedOutsideTheChoicesIsNoGroupNameOfTerms() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String answer : List.of("Les bailleurs sociaux refusent les familles en impayés.", "Impayés de loyer : les bailleurs sociaux expulsent.",
                "Bailleurs sociaux et impayés : commission de prévention nécessaire.")) {
            rows.add(Map.of("fonction", "Coordinatrice Nadia Haddad", "loganalyse", answer));
        }
        Path export = export(rows);
        CliRun by = CliRun.run("terms", export.toString(), "--spec", spec(), "--question", "loganalyse", "--by", "fonction");
        assertEquals(0, by.code(), by.err());
        assertTrue(by.out().contains("Coordinatrice [personne"), by.out());
        assertAbsent(by.out(), "terms --by", "Nadia", "Haddad");
        Path ira = dir.resolve("corpus.txt");
        CliRun vars = CliRun.run("terms", export.toString(), "--spec", spec(), "--question", "loganalyse", "--iramuteq", ira.toString(),
                "--var", "fonction");
        assertEquals(0, vars.code(), vars.err());
        assertAbsent(Files.readString(ira), "terms --iramuteq --var", "Nadia", "Haddad");
    }

    @Test
    void initListsNoAnswerHoldingPersonalDataAndASpecWithoutChoicesPublishesNoName() throws IOException {
        Path export = export(List.of(
                Map.of("fonction", "Coordinatrice Nadia Haddad"),
                Map.of("fonction", "Directeur")));
        Path spec = dir.resolve("export.spec.yaml");
        CliRun init = CliRun.run("init", export.toString(), "--out", spec.toString());
        assertEquals(0, init.code(), init.err());
        String yaml = Files.readString(spec);
        assertAbsent(yaml, "init", "Nadia", "Haddad");
        assertTrue(yaml.contains("- Directeur adjoint"), yaml);
        CliRun stats = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--format", "json");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("Coordinatrice [personne"), stats.out());
        assertAbsent(stats.out(), "stats with init's spec", "Nadia", "Haddad");

        // A spec's single choice listing no choices reads them from the answers: a name among them is masked.
        Path bare = dir.resolve("bare.yaml");
        Files.writeString(bare, """
                questions:
                  - id: fonction
                    type: single
                """, StandardCharsets.UTF_8);
        CliRun noChoices = CliRun.run("stats", export.toString(), "--spec", bare.toString(), "--format", "json");
        assertEquals(0, noChoices.code(), noChoices.err());
        assertTrue(noChoices.out().contains("\"Directeur adjoint\""), noChoices.out());
        assertAbsent(noChoices.out(), "stats with a spec listing no choices", "Nadia", "Haddad");
    }

    @Test
    void aNameSplitByALineBreakAndASurnameMetBeforeItsCivilityAreMaskedInTranscripts() throws IOException {
        Path transcripts = Files.createDirectories(dir.resolve("entretiens"));
        Files.writeString(transcripts.resolve("entretien-agent.txt"), """
                Rôle : Agent
                Enquêteur : Camille

                Enquêteur : Une personne ressource ?
                Agent : Le dossier de Lefebvre traîne, Lefebvre attend depuis deux ans.
                Agent : Oui, il faut voir avec Karim pour les colis, et appelez Karim
                Benali au 06 12 34 56 78 le lundi.
                Agent : {force|Contexte institutionnel|Polyvalence et disponibilité des équipes}Avec Monsieur Lefebvre on a fait le point.{/}
                """, StandardCharsets.UTF_8);
        Path codebook = Fixtures.absAgents().resolve("codebook.yaml");
        Path qdpx = dir.resolve("projet.qdpx");
        Path swot = dir.resolve("swot.md");
        for (String[] args : new String[][] {
                {"code", transcripts.toString(), "--codebook", codebook.toString(), "--format", "csv"},
                {"code", transcripts.toString(), "--codebook", codebook.toString(), "--format", "qdpx", "--out", qdpx.toString()},
                {"swot", transcripts.toString(), "--codebook", codebook.toString(), "--format", "md", "--out", swot.toString()},
                {"terms", transcripts.toString(), "--format", "json", "--top", "100"}}) {
            CliRun r = CliRun.run(args);
            assertEquals(0, r.code(), r.err());
            assertAbsent(r.out(), String.join(" ", args), "Lefebvre", "Benali", "Karim");
        }
        assertAbsent(unzipped(qdpx), "code --format qdpx", "Lefebvre", "Benali", "Karim");
        assertAbsent(Files.readString(swot), "swot --format md", "Lefebvre", "Benali", "Karim");

        // The project as another tool wrote it, names kept, unpacked: masked again on the way out.
        Path kept = dir.resolve("kept.qdpx");
        assertEquals(0, CliRun.run("code", transcripts.toString(), "--codebook", codebook.toString(), "--format", "qdpx", "--out",
                kept.toString(), "--keep-personal-data").code());
        assertTrue(unzipped(kept).contains("Benali"));
        Path unpacked = dir.resolve("unpacked");
        CliRun imported = CliRun.run("import-qda", kept.toString(), "--out", unpacked.toString());
        assertEquals(0, imported.code(), imported.err());
        String sources = Files.readString(unpacked.resolve("sources/entretien-agent.txt"));
        assertAbsent(sources, "import-qda", "Benali", "Karim");
        // Masked line by line: the line break and the line numbers stay.
        assertTrue(sources.contains("appelez [personne") && sources.contains("]\n[personne"), sources);
    }
}
