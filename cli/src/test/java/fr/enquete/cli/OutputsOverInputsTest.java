package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 item 7: every file a command reads is protected from its output, not only the export and the spec
 * (the structure, the names and stop-word lists, the rake populations, swot's action plan were overwritten).
 */
class OutputsOverInputsTest {

    @TempDir
    Path dir;

    private Path copy(Path from, String name) throws IOException {
        return Files.copy(from, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs the command, which must be refused (exit 2) naming the file, and leave the file's bytes as they were. */
    private void refused(Path input, String... args) throws IOException {
        byte[] before = Files.readAllBytes(input);
        CliRun r = CliRun.run(args);
        assertEquals(Main.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().replace('\u00A0', ' ').contains("est un fichier lu par la commande ; choisissez un autre chemin"), r.err());
        assertArrayEquals(before, Files.readAllBytes(input), input + " was modified");
    }

    @Test
    void theStructureIsNotOverwritten() throws IOException {
        Path formats = Fixtures.home().resolve("fixtures/formats");
        Path lss = copy(formats.resolve("limesurvey.lss"), "limesurvey.lss");
        String export = formats.resolve("limesurvey-codes.csv").toString();
        refused(lss, "stats", export, "--structure", lss.toString(), "--out", lss.toString());
        refused(lss, "crosstab", export, "--structure", lss.toString(), "--rows", "structure", "--cols", "satisfaction", "--out", lss.toString());
        // An XLSForm named like the report's workbook, in the report's folder.
        Path xlsform = copy(formats.resolve("kobotoolbox-xlsform.xlsx"), "report.xlsx");
        refused(xlsform, "report", formats.resolve("kobotoolbox.csv").toString(), "--structure", xlsform.toString(),
                "--out", dir.toString(), "--format", "xlsx");
    }

    @Test
    void namesStopWordsAndRakeFilesAreNotOverwritten() throws IOException {
        Path names = dir.resolve("noms.txt");
        Files.writeString(names, "Durand\nMartin\n");
        String export = Fixtures.export().toString();
        String spec = Fixtures.spec().toString();
        refused(names, "stats", export, "--spec", spec, "--pseudonymise", "--names", names.toString(), "--out", names.toString());
        Path stop = dir.resolve("report.html");
        Files.writeString(stop, "centre\nsocial\n");
        refused(stop, "report", export, "--spec", spec, "--stopwords", stop.toString(), "--out", dir.toString());
        Path population = copy(Fixtures.centresSociaux().resolve("population.csv"), "population.csv");
        refused(population, "stats", export, "--spec", spec, "--rake", "territoire=" + population, "--out", population.toString());
    }

    @Test
    void swotsActionPlanIsNotOverwritten() throws IOException {
        Path a = Fixtures.absAgents();
        Path plan = copy(a.resolve("plan.yaml"), "plan.yaml");
        List<String> args = new ArrayList<>(List.of("swot", a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(),
                "--spec", a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction",
                "--plan", plan.toString(), "--out", plan.toString()));
        refused(plan, args.toArray(String[]::new));
    }
}
