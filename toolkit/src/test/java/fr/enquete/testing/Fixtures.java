package fr.enquete.testing;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository's fixtures, for tests of every module (shared as a test-jar). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path home() {
        String h = System.getProperty("enquete.home");
        Path p = h != null ? Path.of(h) : Path.of("..");
        if (!Files.isDirectory(p.resolve("fixtures"))) {
            p = Path.of(".");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path centresSociaux() {
        return home().resolve("fixtures/centres-sociaux");
    }

    /** The ABS agents' corpus: questionnaire, interviews, codebook, expected grid, plan. */
    public static Path absAgents() {
        return home().resolve("fixtures/abs-agents");
    }

    /** Fiches action re-keyed from seeds 001 (Lens) and 002 (Béthune-Bruay). */
    public static Path plans() {
        return home().resolve("fixtures/plans");
    }

    public static Path export() {
        return centresSociaux().resolve("export.csv");
    }

    /** Writes to {@code file} the fixture export's header and its first {@code respondents} records, as it writes them. */
    public static Path firstRespondents(Path file, int respondents) throws java.io.IOException {
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').build();
        String text = Files.readString(export());
        try (org.apache.commons.csv.CSVParser in = format.parse(new java.io.StringReader(text.startsWith("\ufeff") ? text.substring(1) : text));
             org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(file), format)) {
            java.util.Iterator<org.apache.commons.csv.CSVRecord> records = in.iterator();
            for (int k = 0; k <= respondents && records.hasNext(); k++) {
                out.printRecord(records.next());
            }
        }
        return file;
    }

    /**
     * Writes to {@code file} the fixture export's rows where every one of {@code columns} is answered (R's complete
     * cases of those columns), as a semicolon CSV, every cell quoted; returns how many rows it wrote.
     */
    public static int completeCases(Path file, String... columns) throws java.io.IOException {
        int[] written = {0};
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).setRecordSeparator("\n").build();
        try (org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(
                Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8), format)) {
            Importers.open(export(), ImportOptions.DEFAULTS).read(new fr.enquete.importer.TableHandler() {
                private int[] needed;
                private int width;

                @Override
                public void header(fr.enquete.model.Header h) {
                    width = h.names().size();
                    needed = java.util.Arrays.stream(columns).mapToInt(c -> h.indexOf(c).getAsInt()).toArray();
                    print(h.names());
                }

                @Override
                public void row(fr.enquete.model.Row row) {
                    for (int c : needed) {
                        if (row.get(c).isEmpty()) {
                            return;
                        }
                    }
                    java.util.List<String> cells = new java.util.ArrayList<>();
                    for (int i = 0; i < width; i++) {
                        cells.add(row.get(i));
                    }
                    print(cells);
                    written[0]++;
                }

                private void print(java.util.List<String> cells) {
                    try {
                        out.printRecord(cells);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        return written[0];
    }

    public static Path spec() {
        return centresSociaux().resolve("spec.yaml");
    }

    /** The fixture survey analysed with its spec and default options. */
    public static SurveyResult analyse() {
        return analyse(export(), AnalysisOptions.DEFAULTS);
    }

    public static SurveyResult analyse(Path export, AnalysisOptions options) {
        return SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), SpecReader.read(spec()).survey(), options);
    }

    public static QuestionResult question(SurveyResult result, String id) {
        return result.questions().stream().filter(q -> q.question().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }
}
