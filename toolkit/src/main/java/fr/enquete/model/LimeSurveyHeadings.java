package fr.enquete.model;

import java.util.Map;

/**
 * LimeSurvey's response columns under their two kinds of headings: the codes ({@code submitdate}, {@code lastpage})
 * and the full texts a user gets with "Full question text" headings, in the survey's language ("Date submitted",
 * "Date de soumission"). What enquete knows of a LimeSurvey export (unfinished responses left out, the submission
 * date, the technical columns) is keyed on the codes; a full-text heading is read as its code.
 *
 * <p>The English texts are LimeSurvey's own ({@code createFieldMap} in {@code application/helpers/common_helper.php},
 * {@code gT("Date submitted")} and its neighbours); the French ones are its translation as real French exports carry
 * it ("ID de la réponse", "Date de soumission", "Dernière page", "Langue de départ", "Tête de série", "Date de
 * lancement", "Date de la dernière action").
 */
public final class LimeSurveyHeadings {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("response id", "id"), Map.entry("id de la reponse", "id"),
            Map.entry("date submitted", "submitdate"), Map.entry("date de soumission", "submitdate"),
            Map.entry("last page", "lastpage"), Map.entry("derniere page", "lastpage"),
            Map.entry("start language", "startlanguage"), Map.entry("langue de depart", "startlanguage"),
            Map.entry("tete de serie", "seed"),
            Map.entry("date started", "startdate"), Map.entry("date de lancement", "startdate"),
            Map.entry("date last action", "datestamp"), Map.entry("date de la derniere action", "datestamp"));

    private LimeSurveyHeadings() {
    }

    /** The column's LimeSurvey code: a full-text heading's ("Date de soumission" is submitdate), else the name folded. */
    public static String code(String heading) {
        String folded = Folding.unaccentedLowerCase(heading.strip());
        return CODES.getOrDefault(folded, folded);
    }

    /** The index of the first of {@code names} whose code is {@code code}, or -1. */
    public static int indexOf(java.util.List<String> names, String code) {
        for (int i = 0; i < names.size(); i++) {
            if (code(names.get(i)).equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
