package fr.enquete.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
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
}
