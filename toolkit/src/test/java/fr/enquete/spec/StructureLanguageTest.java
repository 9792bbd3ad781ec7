package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.enquete.analysis.Analysis;
import fr.enquete.model.Header;
import fr.enquete.model.Message;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A structure in two languages (fixtures/formats/kobotoolbox-xlsform-bilingual.xlsx, limesurvey-bilingual.lss: the
 * partners' survey of make.py, French first, English added) read in the run's language, and its answers counted the
 * same in both. Expected counts by hand from make.py's ANSWERS (structure 6/3/2/1, domains 6/5/4/4 and 1 without,
 * satisfaction 3/5/2/1 and 1 without), the same as FormatsTest's other exports.
 */
class StructureLanguageTest {

    private static final Path DIR = Fixtures.home().resolve("fixtures/formats");
    private static final Path FORM = DIR.resolve("kobotoolbox-xlsform-bilingual.xlsx");
    private static final Path LSS = DIR.resolve("limesurvey-bilingual.lss");

    private static final Map<String, Long> STRUCTURE_FR = counts("Association", 6, "Collectivité", 3, "Bailleur social", 2, "État", 1);
    private static final Map<String, Long> STRUCTURE_EN = counts("Association", 6, "Local authority", 3, "Social landlord", 2, "State", 1);
    private static final Map<String, Long> DOMAINS_FR = counts("Logement", 6, "Emploi, insertion", 5, "Santé", 4, "Numérique", 4);
    private static final Map<String, Long> DOMAINS_EN = counts("Housing", 6, "Employment, integration", 5, "Health", 4, "Digital", 4);
    private static final Map<String, Long> SCALE_FR = counts("Très satisfait", 3, "Plutôt satisfait", 5, "Plutôt insatisfait", 2,
            "Très insatisfait", 1);
    private static final Map<String, Long> SCALE_EN = counts("Very satisfied", 3, "Fairly satisfied", 5, "Fairly dissatisfied", 2,
            "Very dissatisfied", 1);

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return m;
    }

    private static Header koboHeader() {
        return new Header("kobotoolbox.csv", List.of("start", "end", "profil/structure", "profil/domaines", "profil/domaines/logement",
                "profil/domaines/emploi_insertion", "profil/domaines/sante", "profil/domaines/numerique", "profil/salaries",
                "avis/satisfaction", "avis/commentaire", "_id", "_uuid", "_submission_time", "_index"));
    }

    private static Question question(LssReader.Result r, String id) {
        return r.spec().survey().question(id).orElseThrow(() -> new AssertionError(id + " in " + r.spec().survey().questions()));
    }

    private static QuestionResult.Choices choices(SurveyResult r, String id) {
        return r.questions().stream().filter(q -> q.question().id().equals(id)).map(q -> (QuestionResult.Choices) q)
                .findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** The listed rows' counts of a question's table (no answer left out), label to count. */
    private static Map<String, Long> table(SurveyResult r, String id) {
        Map<String, Long> m = new LinkedHashMap<>();
        choices(r, id).rows().stream().filter(row -> !row.missing()).forEach(row -> m.put(row.label(), row.count()));
        return m;
    }

    private static long noAnswer(SurveyResult r, String id) {
        return choices(r, id).rows().stream().filter(ChoiceRow::missing).mapToLong(ChoiceRow::count).sum();
    }

    private static SurveyResult stats(String export, Path structure, String language, List<Message> said) {
        return Analysis.of(DIR.resolve(export)).structure(structure, language, said::add).tables();
    }

    @Test
    void aTwoLanguageXlsFormIsReadInTheRunsLanguage() {
        LssReader.Result fr = XlsFormReader.read(FORM, koboHeader(), "fr");
        LssReader.Result en = XlsFormReader.read(FORM, koboHeader(), "en");
        assertEquals("Votre structure", question(fr, "structure").label());
        assertEquals("Your organisation", question(en, "structure").label());
        assertEquals(List.copyOf(STRUCTURE_FR.keySet()), question(fr, "structure").choices());
        assertEquals(List.copyOf(STRUCTURE_EN.keySet()), question(en, "structure").choices());
        assertEquals(List.copyOf(DOMAINS_EN.keySet()), question(en, "domaines").options().stream().map(o -> o.label()).toList());
        assertEquals("Satisfaction with the partnership", question(en, "satisfaction").label());
        // The French labels are a known scale, the English ones not: a scale in both languages, its positive end first.
        assertEquals(QuestionType.SCALE, question(fr, "satisfaction").type());
        assertEquals(QuestionType.SCALE, question(en, "satisfaction").type());
        assertEquals(Boolean.TRUE, question(en, "satisfaction").positiveFirst());
        // The choice names stay the codes; the other language's labels are what an export "with labels" writes.
        assertEquals("Local authority", question(en, "structure").decode("s2"));
        assertEquals("Local authority", question(en, "structure").decode("Collectivité"));
        assertEquals("Collectivité", question(fr, "structure").decode("Local authority"));
        assertNull(fr.labels());
        assertNull(en.labels());
    }

    @Test
    void aKoboExportWithFrenchLabelsCountsTheSameInEnglish() {
        List<Message> said = new ArrayList<>();
        SurveyResult fr = stats("kobotoolbox.csv", FORM, "fr", said);
        SurveyResult en = stats("kobotoolbox.csv", FORM, "en", said);
        assertEquals(STRUCTURE_FR, table(fr, "structure"));
        assertEquals(STRUCTURE_EN, table(en, "structure"));
        assertEquals(DOMAINS_FR, table(fr, "domaines"));
        assertEquals(DOMAINS_EN, table(en, "domaines"));
        assertEquals(SCALE_FR, table(fr, "satisfaction"));
        assertEquals(SCALE_EN, table(en, "satisfaction"));
        for (String id : List.of("structure", "domaines", "satisfaction")) {
            assertEquals(noAnswer(fr, id), noAnswer(en, id), id);
        }
        assertEquals(1, noAnswer(en, "domaines"));
        // The scale's score is the same: 2.91 out of 4 in both.
        assertEquals(32.0 / 11, choices(fr, "satisfaction").scale().mean(), 1e-12);
        assertEquals(32.0 / 11, choices(en, "satisfaction").scale().mean(), 1e-12);
        // The export with XML values (choice names) counts the same in English.
        assertEquals(STRUCTURE_EN, table(stats("kobotoolbox-values.csv", FORM, "en", said), "structure"));
        assertEquals(SCALE_EN, table(stats("kobotoolbox-values.csv", FORM, "en", said), "satisfaction"));
        assertEquals(List.of(), said, "the form has both languages: nothing to say");
    }

    @Test
    void aTwoLanguageLssIsReadInTheRunsLanguage() {
        LssReader.Result fr = LssReader.read(LSS, "fr");
        LssReader.Result en = LssReader.read(LSS, "en");
        assertEquals("Enquête partenaires", fr.spec().survey().title());
        assertEquals("Partners' survey", en.spec().survey().title());
        assertEquals("Votre structure", question(fr, "structure").label());
        assertEquals("Your organisation", question(en, "structure").label());
        assertEquals(List.copyOf(STRUCTURE_EN.keySet()), question(en, "structure").choices());
        assertEquals(List.copyOf(DOMAINS_EN.keySet()), question(en, "domaines").options().stream().map(o -> o.label()).toList());
        assertEquals(QuestionType.SCALE, question(en, "satisfaction").type());
        assertEquals("Local authority", question(en, "structure").decode("A2"));
        assertEquals("Local authority", question(en, "structure").decode("Collectivité"));
        assertNull(en.labels());
    }

    /** LimeSurvey 3's layout: each question and answer row once per language, base French, English added. */
    private static final String LS3 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>359</DBVersion>
            <languages><language>fr</language><language>en</language></languages>
            <surveys><rows><row><sid>1</sid><language>fr</language><additional_languages>en</additional_languages></row></rows></surveys>
            <questions><rows>
            <row><qid>1</qid><parent_qid>0</parent_qid><gid>1</gid><type>L</type><title>aide</title><question>Aide reçue</question>
            <other>N</other><relevance>1</relevance><question_order>1</question_order><language>fr</language></row>
            <row><qid>1</qid><parent_qid>0</parent_qid><gid>1</gid><type>L</type><title>aide</title><question>Help received</question>
            <other>N</other><relevance>1</relevance><question_order>1</question_order><language>en</language></row>
            </rows></questions>
            <answers><rows>
            <row><qid>1</qid><code>A1</code><answer>Logement</answer><sortorder>1</sortorder><language>fr</language><scale_id>0</scale_id></row>
            <row><qid>1</qid><code>A2</code><answer>Alimentaire</answer><sortorder>2</sortorder><language>fr</language><scale_id>0</scale_id></row>
            <row><qid>1</qid><code>A1</code><answer>Housing</answer><sortorder>1</sortorder><language>en</language><scale_id>0</scale_id></row>
            <row><qid>1</qid><code>A2</code><answer>Food</answer><sortorder>2</sortorder><language>en</language><scale_id>0</scale_id></row>
            </rows></answers>
            <surveys_languagesettings><rows>
            <row><surveyls_survey_id>1</surveyls_survey_id><surveyls_language>fr</surveyls_language><surveyls_title>Aides</surveyls_title></row>
            <row><surveyls_survey_id>1</surveyls_survey_id><surveyls_language>en</surveyls_language><surveyls_title>Help</surveyls_title></row>
            </rows></surveys_languagesettings></document>
            """;

    @Test
    void limeSurvey3LayoutIsReadInTheRunsLanguage(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path lss = java.nio.file.Files.writeString(dir.resolve("aides.lss"), LS3.strip());
        LssReader.Result fr = LssReader.read(lss, "fr");
        LssReader.Result en = LssReader.read(lss, "en");
        assertEquals(List.of("aide"), en.spec().survey().questions().stream().map(Question::id).toList());
        assertEquals("Aides", fr.spec().survey().title());
        assertEquals("Help", en.spec().survey().title());
        assertEquals("Aide reçue", question(fr, "aide").label());
        assertEquals("Help received", question(en, "aide").label());
        assertEquals(List.of("Logement", "Alimentaire"), question(fr, "aide").choices());
        assertEquals(List.of("Housing", "Food"), question(en, "aide").choices());
        assertEquals("Food", question(en, "aide").decode("A2"));
        assertEquals("Food", question(en, "aide").decode("Alimentaire"));
        assertEquals("Alimentaire", question(fr, "aide").decode("Food"));
    }

    @Test
    void limeSurveyCodesAndFrenchTextsCountTheSameInEnglish() {
        List<Message> said = new ArrayList<>();
        // limesurvey-codes.csv: answer codes A1..A4, S1..S4; limesurvey.csv: the French texts ("full answers").
        for (String export : List.of("limesurvey-codes.csv", "limesurvey.csv")) {
            SurveyResult fr = stats(export, LSS, "fr", said);
            SurveyResult en = stats(export, LSS, "en", said);
            assertEquals(STRUCTURE_FR, table(fr, "structure"), export);
            assertEquals(STRUCTURE_EN, table(en, "structure"), export);
            assertEquals(DOMAINS_EN, table(en, "domaines"), export);
            assertEquals(SCALE_FR, table(fr, "satisfaction"), export);
            assertEquals(SCALE_EN, table(en, "satisfaction"), export);
            assertEquals(noAnswer(fr, "satisfaction"), noAnswer(en, "satisfaction"), export);
        }
        assertEquals(List.of(), said);
    }

    @Test
    void aStructureWithoutTheRunsLanguageKeepsItsLabelsAndSaysSoInEnglishRuns() {
        // French only (label::Français (fr)): an English run keeps the French labels, and says so.
        LssReader.Result form = XlsFormReader.read(DIR.resolve("kobotoolbox-xlsform.xlsx"), koboHeader(), "en");
        assertEquals("Votre structure", question(form, "structure").label());
        assertEquals("question and choice labels in French, as the structure gives them: it has none in English",
                form.labels().english());
        LssReader.Result lss = LssReader.read(DIR.resolve("limesurvey.lss"), "en");
        assertEquals("Votre structure", question(lss, "structure").label());
        assertEquals("libellés des questions et des choix en français, tels que la structure les donne\u00A0: elle n’en a pas en anglais",
                lss.labels().text(java.util.Locale.FRENCH));
        // pyxform's specify_other.xlsx has only "label:English": a French run keeps it, as before, without a word.
        LssReader.Result english = XlsFormReader.read(Fixtures.home().resolve("fixtures/real/kobotoolbox/pyxform-specify_other.xlsx"),
                new Header("export.csv", List.of("sex", "sex_other")), "fr");
        assertEquals(List.of("Male", "Female", "Autre"), question(english, "sex").choices());
        assertNull(english.labels());
    }

    /**
     * The answers LimeSurvey fixes itself (yes/no, gender, yes/uncertain/no and increase/same/decrease arrays) were
     * "Oui", "Femme", "Incertain", "Augmente" in English reports too; they follow the run's language now, and a
     * "full answers" export in either language still counts under them. The real LimeSurvey 5 structure
     * ls5-em-question-attributes.lss (English) has one question of each type.
     */
    @Test
    void limeSurveysOwnAnswersAreWordedInTheRunsLanguage() {
        Path lss = Fixtures.home().resolve("fixtures/real/limesurvey/ls5-em-question-attributes.lss");
        Map<String, Question> fr = byId(LssReader.read(lss, "fr"));
        Map<String, Question> en = byId(LssReader.read(lss, "en"));
        assertEquals(List.of("Oui", "Non"), fr.get("qYesNo").choices());
        assertEquals(List.of("Yes", "No"), en.get("qYesNo").choices());
        assertEquals(List.of("Femme", "Homme"), fr.get("qGender").choices());
        assertEquals(List.of("Female", "Male"), en.get("qGender").choices());
        assertEquals(List.of("Yes", "Uncertain", "No"), en.get("qArrayYNU_1").choices());
        assertEquals(List.of("Increase", "Same", "Decrease"), en.get("qArrayISD_1").choices());
        assertEquals(List.of("Augmente", "Stable", "Diminue"), fr.get("qArrayISD_1").choices());
        // What an export writes: the code, or the text of either language.
        for (String written : List.of("Y", "Yes", "Oui")) {
            assertEquals("Yes", en.get("qYesNo").decode(written), written);
            assertEquals("Oui", fr.get("qYesNo").decode(written), written);
        }
        assertEquals("Female", en.get("qGender").decode("Femme"));
        assertEquals("Stable", fr.get("qArrayISD_1").decode("Same"));
    }

    private static Map<String, Question> byId(LssReader.Result r) {
        Map<String, Question> out = new LinkedHashMap<>();
        r.spec().survey().questions().forEach(q -> out.put(q.id(), q));
        return out;
    }
}
