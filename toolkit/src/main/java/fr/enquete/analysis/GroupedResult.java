package fr.enquete.analysis;

import fr.enquete.privacy.Disclosure;
import fr.enquete.stats.SurveyResult;
import java.util.Map;

/**
 * What {@link Analysis#runByGroup(String)} computed.
 *
 * @param by         the grouping question's id
 * @param groups     per group (answer of {@code by}, masked when a respondent wrote it), its tables, in answer order
 * @param leftOut    groups left out under secrecy: their size is masked in the table of {@code by}
 * @param disclosure what was masked, for a front end to say so
 */
public record GroupedResult(String by, Map<String, SurveyResult> groups, int leftOut, Disclosure disclosure) {

    public GroupedResult {
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
    }
}
