package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.FilterParser;
import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFixtureSpec() {
        Spec spec = SpecReader.read(Fixtures.spec());
        assertEquals("Enquête auprès des directeurs de centres sociaux des Hauts-de-France", spec.survey().title());
        Question dpt = spec.survey().question("dpt").orElseThrow();
        assertEquals(QuestionType.SINGLE, dpt.type());
        assertEquals("02", dpt.choices().get(2), "scalars are read as written: 02 stays 02");
        Question actions = spec.survey().question("actions").orElseThrow();
        assertEquals(7, actions.options().size());
        assertEquals("actions[SQ001]", actions.options().get(0).column());
        Question sante = spec.survey().question("sante").orElseThrow();
        assertEquals(FilterParser.parse("actions[SQ001] = Y"), sante.filter());
        assertEquals("vieiobj[other]", spec.survey().question("vieiobjautre").orElseThrow().column());
        assertEquals(QuantileMethod.TYPE_7, spec.quantiles());
    }

    private InputException bad(String yaml) throws IOException {
        Path p = dir.resolve("spec.yaml");
        Files.writeString(p, yaml);
        return assertThrows(InputException.class, () -> SpecReader.read(p));
    }

    @Test
    void unknownTypeNamesLineAndColumn() throws IOException {
        InputException e = bad("survey: t\nquestions:\n  - id: dpt\n    type: singel\n");
        assertEquals(4, e.location().line());
        assertTrue(e.getMessage().contains("line 4, column 11: unknown type \"singel\""), e.getMessage());
        assertTrue(e.getMessage().contains("single, multiple, numeric, year, time, duration, scale, date, text, id"), e.getMessage());
    }

    @Test
    void typosInKeysAreNotSilentlyIgnored() throws IOException {
        InputException e = bad("survey: t\nquestions:\n  - id: dpt\n    type: single\n    lable: Localisation\n");
        assertTrue(e.getMessage().contains("line 5, column 5: unknown key 'lable'"), e.getMessage());
        e = bad("survey: t\nquantile: excel\nquestions: []\n");
        assertTrue(e.getMessage().contains("unknown key 'quantile'"), e.getMessage());
    }

    @Test
    void badFilterIsLocated() throws IOException {
        InputException e = bad("questions:\n  - id: sante\n    type: single\n    filter: \"actions[SQ001] Y\"\n");
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("bad filter: expected '=', '!=', '<', '<=', '>' or '>=' after column actions[SQ001]"), e.getMessage());
    }

    @Test
    void structuralMistakes() throws IOException {
        assertTrue(bad("questions:\n  - id: a\n    type: multiple\n").getMessage().contains("needs 'columns:'"));
        assertTrue(bad("questions:\n  - id: a\n    type: numeric\n    choices: [1, 2]\n").getMessage()
                .contains("'choices' only applies to single and scale"));
        assertTrue(bad("questions:\n  - id: a\n    type: text\n  - id: a\n    type: text\n").getMessage()
                .contains("line 4, column 5: the id \"a\" is used by two questions"));
        assertTrue(bad("questions:\n  - type: text\n").getMessage().contains("needs an 'id'"));
        assertTrue(bad("survey: [unclosed\n").getMessage().contains("line 1, column 9: the bracket \"[\" opened here is never closed"));
        assertTrue(bad("").getMessage().contains("the spec is empty"));
        assertTrue(bad("questions:\n  - id: a\n    type: single\n    choices: [Oui, Oui]\n").getMessage()
                .contains("choice \"Oui\" is listed twice"));
        assertTrue(bad("quantiles: median\nquestions: []\n").getMessage().contains("unknown quantile method \"median\""));
    }

    @Test
    void aColumnTheExportLacksPointsAtTheSpecLine() throws IOException {
        Path p = dir.resolve("spec.yaml");
        Files.writeString(p, "questions:\n  - id: dpt\n    type: single\n  - id: Adherents\n    type: numeric\n");
        Spec spec = SpecReader.read(p);
        InputException e = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(
                Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), spec.survey(), AnalysisOptions.DEFAULTS));
        assertTrue(e.getMessage().startsWith(p + ", line 4, column 5: question \"Adherents\" names column \"Adherents\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"adherents\"?"), e.getMessage());
        Files.writeString(p, "questions:\n  - id: sante\n    type: single\n    filter: \"action[SQ001] = Y\"\n");
        InputException f = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(
                Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), SpecReader.read(p).survey(), AnalysisOptions.DEFAULTS));
        assertTrue(f.getMessage().contains("has a filter on column \"action[SQ001]\""), f.getMessage());
    }

    @Test
    void reportSectionOfTheFixtureSpec() {
        ReportLayout layout = SpecReader.read(Fixtures.spec()).report();
        assertEquals("Fédération régionale des centres sociaux (exemple)", layout.author());
        assertEquals(java.util.Optional.of(15), layout.top());
        assertEquals(4, layout.parts().size());
        assertEquals("1. Informations générales", layout.parts().get(0).title());
        assertEquals(java.util.List.of("logdem", "loganalyse"), layout.parts().get(3).questions());
        assertEquals(ReportLayout.Sort.COUNT, layout.settings("partenaires").sort());
        assertEquals(ReportLayout.Sort.QUESTIONNAIRE, layout.settings("dpt").sort());
        assertEquals(ReportLayout.Chart.AUTO, layout.settings("dpt").chart());
    }

    @Test
    void reportSectionMistakesAreLocated() throws IOException {
        String questions = "questions:\n  - id: dpt\n    type: single\n  - id: qpv\n    type: single\n";
        InputException typo = bad(questions + "report:\n  sections:\n    - title: A\n      questions: [dpt, qvp]\n");
        assertEquals(9, typo.location().line());
        assertTrue(typo.getMessage().contains("question \"qvp\", which the spec does not define; did you mean \"qpv\"?"), typo.getMessage());
        InputException twice = bad(questions + "report:\n  sections:\n    - title: A\n      questions: [dpt]\n    - title: B\n      questions: [dpt]\n");
        assertTrue(twice.getMessage().contains("line 11") && twice.getMessage().contains("placed twice"), twice.getMessage());
        InputException chart = bad(questions + "report:\n  sections:\n    - title: A\n      questions: [{id: dpt, chart: pie}]\n");
        assertTrue(chart.getMessage().contains("unknown chart \"pie\"; expected auto, bars or none"), chart.getMessage());
        InputException sort = bad(questions + "report:\n  sort: alphabetical\n");
        assertTrue(sort.getMessage().contains("line 7") && sort.getMessage().contains("expected questionnaire or count"), sort.getMessage());
        InputException top = bad(questions + "report:\n  top: many\n");
        assertTrue(top.getMessage().contains("'top' must be a whole number"), top.getMessage());
        InputException key = bad(questions + "report:\n  titel: x\n");
        assertTrue(key.getMessage().contains("unknown key 'titel'"), key.getMessage());
        InputException untitled = bad(questions + "report:\n  sections:\n    - questions: [dpt]\n");
        assertTrue(untitled.getMessage().contains("needs a 'title'"), untitled.getMessage());
    }
}
