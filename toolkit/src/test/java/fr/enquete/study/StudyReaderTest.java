package fr.enquete.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study file: the bundled one read as written, and each mistake reported at its line and column. */
class StudyReaderTest {

    @TempDir
    Path dir;

    @Test
    void theBundledStudyIsReadChapterByChapterWithPathsFromItsFolder() {
        Path file = Fixtures.home().resolve("fixtures/study/study.yaml");
        Study s = StudyReader.read(file);
        assertEquals("Diagnostic de territoire – Lens", s.title());
        assertEquals(List.of("Ville de Lens", "Caf du Pas-de-Calais"), s.authors());
        assertEquals(List.of("Pas-de-Calais"), s.references());
        assertEquals(List.of("introduction", "portrait", "enquete", "entretiens", "plan", "conclusion", "methodologie"),
                s.chapters().stream().map(Chapter::id).toList());
        Chapter.Survey survey = (Chapter.Survey) s.chapters().get(2);
        assertEquals(Fixtures.export(), survey.export());
        assertEquals(List.of("qpv", "adherents", "numdem", "illectcom"), survey.questions());
        assertEquals(List.of(new Chapter.Crossing("qpv", "numdem")), survey.crosstabs());
        assertTrue(survey.terms() && survey.verbatims());
        assertEquals(null, survey.segments());
        Chapter.Text conclusion = (Chapter.Text) s.chapters().get(5);
        assertTrue(conclusion.text().startsWith("## Ce que disent ensemble"), conclusion.text());
        assertEquals(2, ((Chapter.Interviews) s.chapters().get(3)).quotes());
    }

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, yaml);
        return assertThrows(InputException.class, () -> StudyReader.read(f)).getMessage().replace(f.toString(), "study.yaml");
    }

    @Test
    void mistakesAreLocated() throws IOException {
        assertEquals("study.yaml, line 1, column 1: unknown key 'titel' in the study file; expected one of authors, chapters, date,"
                + " references, template, territory, title", error("titel: X\nchapters: []\n"));
        assertEquals("study.yaml, line 3, column 11: unknown chapter kind 'sondage'; expected one of indicators, interviews,"
                + " methodology, plan, survey, text", error("title: X\nchapters:\n  - kind: sondage\n    title: Y\n"));
        assertEquals("study.yaml, line 5, column 5: unknown key 'questions' in a plan chapter; expected one of file, id, kind, text, title",
                error("title: X\nchapters:\n  - kind: plan\n    title: Y\n    questions: [a]\n    file: study.yaml\n"));
        assertEquals("study.yaml, line 4, column 5: two chapters have the id 'a'; cross-references need each id once",
                error("title: X\nchapters:\n  - {kind: text, id: a, title: A, text: x}\n  - {kind: text, id: a, title: B, text: y}\n"));
        assertEquals("study.yaml, line 3, column 5: a survey chapter needs 'export:'",
                error("title: X\nchapters:\n  - kind: survey\n    title: Y\n"));
        assertTrue(error("title: X\nchapters:\n  - kind: survey\n    title: Y\n    export: study.yaml\n    crosstabs: [qpv]\n")
                .startsWith("study.yaml, line 6, column 17: a cross-tabulation is 'ROWS x COLUMNS'"));
        assertEquals("study.yaml, line 3, column 5: a text chapter needs either 'text:' (Markdown) or 'file:' (a Markdown file), one of the two",
                error("title: X\nchapters:\n  - kind: text\n    title: Y\n"));
        assertTrue(error("title: X\nchapters:\n  - kind: plan\n    title: Y\n    file: nowhere.yaml\n")
                .startsWith("study.yaml, line 5, column 11: no such file: nowhere.yaml"));
        assertEquals("study.yaml, line 1, column 1: a study needs 'chapters:', the list of its chapters in order", error("title: X\n"));
    }

    private Chapter.Survey survey(String more) throws IOException {
        Path f = dir.resolve("survey.yaml");
        Files.writeString(f, "title: X\nchapters:\n  - kind: survey\n    title: Y\n    export: survey.yaml\n" + more);
        return (Chapter.Survey) StudyReader.read(f).chapters().get(0);
    }

    @Test
    void aSurveyChapterAsksForRepeatedSegmentsAsTheReportCommandDoes() throws IOException {
        assertEquals(new RepeatedSegments.Settings(3, 5), survey("    repeated-segments: true\n").segments());
        assertEquals(null, survey("    repeated-segments: false\n").segments());
        assertEquals(new RepeatedSegments.Settings(4, 5), survey("    repeated-segments: {min: 4}\n").segments());
        assertEquals(new RepeatedSegments.Settings(2, 3), survey("    repeated-segments:\n      min: 2\n      words: 3\n").segments());
        String base = "title: X\nchapters:\n  - kind: survey\n    title: Y\n    export: study.yaml\n";
        assertEquals("study.yaml, line 6, column 24: 'repeated-segments' takes 'min' of at least 2 and 'words' from 2 to 10, not min 3, words 11",
                error(base + "    repeated-segments: {words: 11}\n"));
        assertEquals("study.yaml, line 6, column 25: unknown key 'max' in 'repeated-segments'; expected one of min, words",
                error(base + "    repeated-segments: {max: 4}\n"));
        assertEquals("study.yaml, line 6, column 24: 'repeated-segments' is true or false, not 'oui-da'",
                error(base + "    repeated-segments: oui-da\n"));
        assertEquals("study.yaml, line 7, column 24: 'repeated-segments' needs the term tables: drop 'terms: false'",
                error(base + "    terms: false\n    repeated-segments: true\n"));
    }

    @Test
    void anIndicatorsChapterTakesThePortraitOptionsOfTheIndicatorsCommand() {
        Path file = Fixtures.home().resolve("fixtures/study/mel-contrat-de-ville.yaml");
        Study s = StudyReader.read(file);
        Chapter.Indicators portrait = (Chapter.Indicators) s.chapters().get(0);
        assertEquals(List.of("Nombre d'habitants"), portrait.keys());
        assertEquals(List.of("Taux d'emploi=gap/2@2020"), portrait.targets());
        assertEquals(List.of("bars", "radar", "target"), portrait.charts());
        assertEquals(5, portrait.radar().size());
        assertEquals(null, portrait.map());
        Chapter.Indicators npru = (Chapter.Indicators) s.chapters().get(1);
        Path contours = Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson").toAbsolutePath().normalize();
        assertEquals(new Chapter.MapSpec(contours, "nom", "Sites du NPRU", "equal", 3), npru.map());
        assertEquals(List.of(), npru.charts());
        // The contours are an input: an output may not overwrite them, and the annex lists them.
        assertTrue(npru.inputs().contains(contours), npru.inputs().toString());
        Chapter.Indicators lens = (Chapter.Indicators) StudyReader.read(Fixtures.home().resolve("fixtures/study/study.yaml")).chapters().get(1);
        assertEquals(List.of("bars", "radar"), lens.charts());
    }

    @Test
    void chartsTrueMeansEveryChartAndAComplementIsKept() throws IOException {
        Path f = dir.resolve("study.yaml");
        Files.writeString(dir.resolve("t.csv"), "territoire;indicateur;année;valeur\n");
        Files.writeString(f, "title: X\nchapters:\n  - kind: indicators\n    title: Y\n    file: t.csv\n    charts: true\n"
                + "    complement: [\"Reste=A - B\"]\n");
        Chapter.Indicators c = (Chapter.Indicators) StudyReader.read(f).chapters().get(0);
        assertEquals(List.of("bars", "radar", "lines", "target"), c.charts());
        assertEquals(List.of("Reste=A - B"), c.complements());
    }

    /**
     * An indicators chapter's year took a whole number only: a CTG's school-year table (2019-2020) could be named on the
     * command line (--year 2019-2020) but not in the study file ("'year' must be a whole number"). It takes one as the
     * command does, found by the year it ends; a span that is no school year is an error at its value.
     */
    @Test
    void anIndicatorsChapterNamesASchoolYearAsTheCommandDoes() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "territoire;indicateur;année;valeur\n");
        String head = "title: X\nchapters:\n  - kind: indicators\n    title: Y\n    file: t.csv\n";
        for (String written : List.of("2019-2020", "\"2019/2020\"", "2019 - 2020", "2020")) {
            Path f = dir.resolve("study.yaml");
            Files.writeString(f, head + "    year: " + written + "\n");
            assertEquals(2020, ((Chapter.Indicators) StudyReader.read(f).chapters().get(0)).year(), written);
        }
        assertEquals("study.yaml, line 6, column 11: 'year' is a year (2020) or a school year (2019-2020, two consecutive years),"
                + " not '2019-2021'", error(head + "    year: 2019-2021\n"));
        assertEquals("study.yaml, line 6, column 11: 'year' is a year (2020) or a school year (2019-2020, two consecutive years),"
                + " not 'vingt'", error(head + "    year: vingt\n"));
    }

    @Test
    void portraitMistakesAreLocated() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "territoire;indicateur;année;valeur\n");
        String head = "title: X\nchapters:\n  - kind: indicators\n    title: Y\n    file: t.csv\n";
        assertEquals("study.yaml, line 6, column 5: unknown key 'chart' in a indicators chapter; expected one of charts, complement, file,"
                + " id, key, kind, map, radar, reference, targets, territories, text, title, year", error(head + "    chart: true\n"));
        assertEquals("study.yaml, line 6, column 20: a chart is one of bars, radar, lines, target, not 'camembert'",
                error(head + "    charts: [bars, camembert]\n"));
        assertEquals("study.yaml, line 6, column 13: 'charts' is true or false, not 'peut-être'", error(head + "    charts: peut-être\n"));
        assertEquals("study.yaml, line 7, column 12: 'radar' chooses the radar's indicators: add 'charts: true' (or a list with radar)",
                error(head + "    charts: [bars]\n    radar: [a]\n"));
        // The command's own parsers judge targets and complements: the same message, at the value's line and column.
        assertEquals("study.yaml, line 6, column 15: 'targets': expected INDICATOR=gap/2@YEAR or INDICATOR=VALUE@YEAR (YEAR a year, 2026, or a school year, 2025-2026), found \"Taux d'emploi\"",
                error(head + "    targets: [\"Taux d'emploi\"]\n"));
        assertEquals("study.yaml, line 6, column 15: 'targets': a gap target reduces the gap (gap/2, gap*0.5), found \"gap*2\" in \"T=gap*2@2020\"",
                error(head + "    targets: [\"T=gap*2@2020\"]\n"));
        assertTrue(error(head + "    complement: [\"Reste=A-B\"]\n")
                .startsWith("study.yaml, line 6, column 18: 'complement': expected NAME=WHOLE - PART"));
        assertEquals("study.yaml, line 8, column 17: no such file: absent.geojson (paths are relative to the study file's folder, " + dir + ")",
                error(head + "    map:\n      key: nom\n      contours: absent.geojson\n"));
        assertEquals("study.yaml, line 7, column 7: 'map' needs 'contours:' (a GeoJSON file) and 'key:' (the contours' property naming each"
                + " area: nom, code, CODE_IRIS...)", error(head + "    map:\n      contours: t.csv\n"));
        assertEquals("study.yaml, line 9, column 15: 'breaks' is quantiles or equal, not 'jenks'",
                error(head + "    map:\n      contours: t.csv\n      key: nom\n      breaks: jenks\n"));
        assertEquals("study.yaml, line 9, column 16: a map needs at least 2 classes, found 1",
                error(head + "    map:\n      contours: t.csv\n      key: nom\n      classes: 1\n"));
        assertTrue(error(head + "    map:\n      contours: t.csv\n      key: nom\n      couleur: bleu\n")
                .startsWith("study.yaml, line 9, column 7: unknown key 'couleur' in 'map'"));
    }
}
