package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for a name the input lacks (docs/commands.md, exit codes): typed on the command line (--by, --question,
 * --territories, --map-key...), it is a usage error (exit code 2) in every command; written in a file (a study file),
 * an input error located there (exit code 3). Survey commands said 3 and indicators 2 for the same mistake, and an
 * unknown --year, --level or --matrix attribute gave empty tables with exit code 0.
 */
class UnknownNamesCliTest {

    @TempDir
    Path dir;

    private static final String EXPORT = Fixtures.export().toString();
    private static final String INDICATORS = Fixtures.home().resolve("fixtures/indicateurs/mel-contrat-de-ville.csv").toString();

    private static void usage(String said, String... args) {
        // The English wording, asked for: the French one is UsageErrorLanguageTest's.
        java.util.List<String> inEnglish = new java.util.ArrayList<>(java.util.List.of(args));
        inEnglish.addAll(java.util.List.of("--lang", "en"));
        CliRun r = CliRun.run(inEnglish.toArray(String[]::new));
        assertEquals(Main.USAGE, r.code(), String.join(" ", args) + "\n" + r.err());
        assertTrue(r.err().contains(said), r.err());
        assertTrue(r.err().contains("See 'enquete " + args[0] + " --help'."), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aQuestionTheExportLacksIsAUsageErrorInEverySurveyCommand() {
        usage("no question \"nope\" to group by", "stats", EXPORT, "--by", "nope");
        usage("question \"adherents\" is numeric", "stats", EXPORT, "--by", "adherents");
        usage("no question \"nope\"", "crosstab", EXPORT, "--rows", "nope", "--cols", "dpt");
        usage("no question \"nope\"", "report", EXPORT, "--out", "unused", "--crosstab", "nope,dpt");
        usage("no question \"nope\"; text questions: ", "terms", EXPORT, "--question", "nope");
        usage("no question \"nope\"", "terms", EXPORT, "--question", "vieiprecis", "--by", "nope");
        usage("no question \"nope\"; text questions: ", "classes", EXPORT, "--question", "nope");
        usage("no weight column \"nope\"", "stats", EXPORT, "--weight", "nope");
        usage("no question \"nope\" for --stratum", "stats", EXPORT, "--strata", Fixtures.home().resolve("fixtures/centres-sociaux/population.csv")
                .toString(), "--stratum", "nope");
    }

    /**
     * The toolkit's own wording of a name the input lacks, in French by default: it was English in a French run
     * ("enquete: no question "dtp" to group by; did you mean "dpt"?" over "Voir 'enquete stats --help'.").
     * The file is named: the export lacks the name. The closest names are Names.closest's: "dpt" is one letter swapped from "dtp", "adherents" one letter more than "adherent".
     */
    @Test
    void aNameTheExportLacksIsSaidInTheRunsLanguage() {
        BothLanguages.assertUsage(dir, java.util.List.of("stats", EXPORT, "--by", "dtp"),
                "enquete: " + EXPORT + " : pas de question « dtp » par laquelle grouper ; vouliez-vous dire « dpt » ?",
                "enquete: " + EXPORT + ": no question \"dtp\" to group by; did you mean \"dpt\"?");
        BothLanguages.assertUsage(dir, java.util.List.of("stats", EXPORT, "--by", "adherents"),
                "enquete: " + EXPORT + " : la question « adherents » est de type numeric ; les groupes viennent d’une question à choix unique ou à échelle",
                "enquete: " + EXPORT + ": question \"adherents\" is numeric; groups come from a single-choice or scale question");
        BothLanguages.assertUsage(dir, java.util.List.of("crosstab", EXPORT, "--rows", "qvp", "--cols", "dpt"),
                "enquete: " + EXPORT + " : pas de question « qvp » ; vouliez-vous dire « qpv » ?",
                "enquete: " + EXPORT + ": no question \"qvp\"; did you mean \"qpv\"?");
        BothLanguages.assertUsage(dir, java.util.List.of("crosstab", EXPORT, "--rows", "qpv", "--cols", "vieiprecis"),
                "enquete: " + EXPORT + " : la question « vieiprecis » est de type text ; un tableau croisé demande des questions single, scale ou multiple",
                "enquete: " + EXPORT + ": question \"vieiprecis\" is text; a cross-tabulation needs single, scale or multiple choice questions");
        BothLanguages.assertUsage(dir, java.util.List.of("stats", EXPORT, "--weight", "adherent"),
                "enquete: " + EXPORT + " : pas de colonne de poids « adherent » dans " + EXPORT + " ; vouliez-vous dire « adherents » ?",
                "enquete: " + EXPORT + ": no weight column \"adherent\" in " + EXPORT + "; did you mean \"adherents\"?");
    }

    @Test
    void aNameTheInterviewsLackIsAUsageError() {
        Path a = Fixtures.absAgents();
        String codebook = a.resolve("codebook.yaml").toString();
        usage("no theme \"nope\"", "swot", a.resolve("entretiens").toString(), "--codebook", codebook, "--theme", "nope");
        usage("no source has the attribute \"nope\"", "swot", a.resolve("entretiens").toString(), "--codebook", codebook, "--matrix", "nope");
        usage("no source has the attribute \"nope\"", "code", a.resolve("entretiens").toString(), "--codebook", codebook, "--matrix", "nope");
    }

    @Test
    void aNameTheIndicatorTableLacksIsAUsageError() {
        usage("no territory \"Nowhere\"", "indicators", INDICATORS, "--territories", "Nowhere");
        usage("no indicator \"nope\"", "indicators", INDICATORS, "--rank", "nope");
        // The table's years are 2013 and 2014 (its année column); its rows have no niveau column.
        usage("no value for 1900 in " + INDICATORS + "; years: 2013, 2014", "indicators", INDICATORS, "--year", "1900");
        usage("no level \"IRIS\"", "indicators", INDICATORS, "--rank", "Taux d'emploi", "--level", "IRIS");
        usage("feature 1: no property \"nope\" (--map-key); its properties: code, nom", "indicators", INDICATORS, "--map",
                Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson").toString(), "--map-key", "nope",
                "--format", "html", "--out", "unused.html");
        assertEquals(Main.OK, CliRun.run("indicators", INDICATORS, "--year", "2013").code());
    }

    @Test
    void aNameAStudyFileGivesIsAnInputErrorLocatedThere() throws Exception {
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, "title: Étude\nchapters:\n  - kind: survey\n    title: Enquête\n    export: " + Fixtures.export()
                + "\n    weight: nope\n");
        CliRun r = CliRun.run("study", study.toString(), "--out", dir.resolve("out").toString(), "--format", "md", "--lang", "en");
        assertEquals(Main.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("enquete: error: " + study + ", line ") && r.err().contains("no weight column \"nope\""), r.err());
    }

    /** A weight column named in a spec file is the file's mistake too: it said exit code 2 and named the export. */
    @Test
    void aWeightColumnASpecFileNamesIsAnInputErrorLocatedThere() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, Files.readString(Fixtures.spec()) + "weights:\n  column: poids\n");
        CliRun r = CliRun.run("stats", EXPORT, "--spec", spec.toString(), "--lang", "en");
        assertEquals(Main.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("enquete: error: " + spec + ": ") && r.err().contains("no weight column \"poids\""), r.err());
    }
}
