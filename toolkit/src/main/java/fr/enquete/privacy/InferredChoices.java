package fr.enquete.privacy;

import fr.enquete.model.Message;
import fr.enquete.model.Question;
import fr.enquete.model.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices an inferred spec may list. A choice a spec lists is published as written, so {@code init} must not list
 * an answer read from the export that holds personal data ("Coordinatrice Nadia Haddad" typed in a single-choice
 * column): left out, it stays an answer outside the choices, masked in every output.
 *
 * @param survey   the survey with those answers left out of its questions' choices
 * @param leftOut  for each question that lost some, how many
 */
public record InferredChoices(Survey survey, Map<String, Integer> leftOut) {

    /** The questions' choices read from the answers, those that the default masking (French) would alter left out. */
    public static InferredChoices of(Survey survey) {
        return of(survey, new Pseudonymiser(true, List.of(), java.util.Set.of()));
    }

    /**
     * The inference's reasons ({@code why}, by question id) with, for each question that lost choices, the message
     * {@code key} saying how many, joined to its reason: what {@code init} writes as comments and {@code inspect}
     * prints.
     */
    public Map<String, Message> reasons(Map<String, Message> why, String key) {
        Map<String, Message> out = new LinkedHashMap<>(why);
        leftOut.forEach((id, n) -> out.merge(id, Message.of(key, (long) n), (a, b) -> Message.of("inference.joined", a, b)));
        return out;
    }

    /** The questions' choices read from the answers, those that {@code masker} would alter left out. */
    public static InferredChoices of(Survey survey, Pseudonymiser masker) {
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            // Only a respondent's own words are masked at run time (one word of letters is published): the same here.
            List<String> kept = q.choices().stream().filter(c -> !q.respondentsWords(c) || masker.mask(c).equals(c)).toList();
            if (kept.size() < q.choices().size()) {
                leftOut.put(q.id(), q.choices().size() - kept.size());
                questions.add(q.toBuilder().choices(kept).build());
            } else {
                questions.add(q);
            }
        }
        return new InferredChoices(leftOut.isEmpty() ? survey : new Survey(survey.title(), questions, survey.derivations()), Map.copyOf(leftOut));
    }
}
