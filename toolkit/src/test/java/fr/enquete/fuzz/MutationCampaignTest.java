package fr.enquete.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Survey;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.spec.LssReader;
import fr.enquete.spec.SchemaInference;
import fr.enquete.spec.SpecReader;
import fr.enquete.spec.XlsFormReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation campaign of issue 24, kept in the suite: from a fixed seed, hostile variants of a valid file of
 * every format are read as enquete reads them. Each must end normally or in an {@link InputException} naming the
 * file (exit 3); any other exception, a stack overflow, an out-of-memory error or a run past the per-input time
 * limit fails the campaign, which lists the mutants (saved under target/fuzz-failures to reproduce them).
 * <p>
 * The normal build runs {@code enquete.fuzz.mutants} (default 200) mutants per format; {@code mvn verify -Pfuzz}
 * runs 3 000 per format with another seed for each run of the profile's {@code enquete.fuzz.seed}.
 */
class MutationCampaignTest {

    private static final long SEED = Long.getLong("enquete.fuzz.seed", 20_261_202L);
    private static final int MUTANTS = Integer.getInteger("enquete.fuzz.mutants", 200);
    private static final long TIMEOUT_SECONDS = Long.getLong("enquete.fuzz.timeout", 20L);

    @TempDir
    static Path dir;

    /** How enquete reads one file of a format. */
    @FunctionalInterface
    interface Reading {
        void read(Path file) throws Exception;
    }

    private record Format(String name, String extension, boolean zip, List<Path> seeds, Reading reading) {
    }

    private static Path fixture(String path) {
        return Fixtures.home().resolve("fixtures").resolve(path);
    }

    /** An export read as {@code stats} does without a spec: types inferred, then every question analysed. */
    private static void analyse(Path export) {
        TableSource source = Importers.open(export, ImportOptions.DEFAULTS);
        Survey inferred = SchemaInference.infer(source).survey();
        SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), inferred, AnalysisOptions.DEFAULTS);
    }

    private static List<Format> formats() {
        Path formats = fixture("formats");
        Header kobo = Importers.open(formats.resolve("kobotoolbox.csv"), ImportOptions.DEFAULTS).header();
        List<Path> transcripts = new ArrayList<>();
        try (Stream<Path> s = Files.list(fixture("abs-agents/entretiens"))) {
            s.sorted().forEach(transcripts::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of(
                new Format("CSV", ".csv", false, List.of(formats.resolve("google-forms.csv"), formats.resolve("limesurvey.csv"),
                        formats.resolve("kobotoolbox.csv"), fixture("abs-agents/questionnaire.csv")), MutationCampaignTest::analyse),
                new Format("XLSX", ".xlsx", true, List.of(formats.resolve("limesurvey.xlsx"), formats.resolve("microsoft-forms.xlsx"),
                        formats.resolve("surveymonkey.xlsx")), MutationCampaignTest::analyse),
                new Format("XLS", ".xls", false, List.of(formats.resolve("spreadsheet.xls")), MutationCampaignTest::analyse),
                new Format("ODS", ".ods", true, List.of(formats.resolve("spreadsheet.ods")), MutationCampaignTest::analyse),
                new Format("LSS", ".lss", false, List.of(formats.resolve("limesurvey.lss")), p -> {
                    Survey s = LssReader.read(p).spec().survey();
                    SurveyAnalyzer.analyze(Importers.open(formats.resolve("limesurvey-codes.csv"), ImportOptions.DEFAULTS), s,
                            AnalysisOptions.DEFAULTS);
                }),
                new Format("XLSForm", ".xlsx", true, List.of(formats.resolve("kobotoolbox-xlsform.xlsx")), p -> {
                    Survey s = XlsFormReader.read(p, kobo).spec().survey();
                    SurveyAnalyzer.analyze(Importers.open(formats.resolve("kobotoolbox.csv"), ImportOptions.DEFAULTS), s, AnalysisOptions.DEFAULTS);
                }),
                new Format("YAML spec", ".yaml", false, List.of(formats.resolve("google-forms.spec.yaml"), formats.resolve("limesurvey.spec.yaml"),
                        formats.resolve("kobotoolbox.spec.yaml")), p -> {
                    Survey s = SpecReader.read(p).survey();
                    SurveyAnalyzer.analyze(Importers.open(formats.resolve("google-forms.csv"), ImportOptions.DEFAULTS), s, AnalysisOptions.DEFAULTS);
                }),
                new Format("TXT transcript", ".txt", false, transcripts.stream().filter(t -> !t.toString().endsWith(".docx")).toList(),
                        p -> new TranscriptReader().read(p)),
                new Format("DOCX transcript", ".docx", true, transcripts.stream().filter(t -> t.toString().endsWith(".docx")).toList(),
                        p -> new TranscriptReader().read(p)));
    }

    @TestFactory
    Stream<DynamicTest> everyMutantEndsInAResultOrALocatedError() {
        return formats().stream().map(f -> DynamicTest.dynamicTest(f.name() + ": " + MUTANTS + " mutants", () -> campaign(f)));
    }

    private static void campaign(Format f) throws Exception {
        Mutator mutator = new Mutator(SEED ^ f.name().hashCode());
        List<String> failures = new ArrayList<>();
        ExecutorService runner = newRunner();
        try {
            for (int i = 0; i < MUTANTS; i++) {
                Path seed = f.seeds().get(i % f.seeds().size());
                byte[] mutant = mutator.mutate(Files.readAllBytes(seed), f.zip());
                Path file = dir.resolve(f.name().replace(' ', '-') + "-" + i + f.extension());
                Files.write(file, mutant);
                Future<String> run = runner.submit(() -> outcome(f, file));
                String failure;
                try {
                    failure = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    runner.shutdownNow();
                    runner = newRunner();
                    failure = "no result after " + TIMEOUT_SECONDS + " s (a hang)";
                }
                if (failure != null) {
                    failures.add("mutant " + i + " of " + seed.getFileName() + ": " + failure);
                    keep(file);
                } else {
                    Files.delete(file);
                }
            }
        } finally {
            runner.shutdownNow();
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + MUTANTS + " " + f.name() + " mutants (seed " + SEED + ") failed:\n"
                + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    }

    /** Null when the reading ended normally or in a located error naming the file; otherwise what went wrong. */
    private static String outcome(Format f, Path file) {
        try {
            f.reading().read(file);
            return null;
        } catch (InputException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains(file.getFileName().toString()) || !message.isBlank() && e.location() != null
                    && !f.name().matches("CSV|XLSX|XLS|ODS") ? null : "an error that does not name the file: " + message;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String[] lines = trace.toString().split("\n");
            return String.join("\n    ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 12)));
        }
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "enquete-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    private static void keep(Path mutant) throws IOException {
        Path failures = Path.of("target", "fuzz-failures");
        Files.createDirectories(failures);
        Files.copy(mutant, failures.resolve(mutant.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
