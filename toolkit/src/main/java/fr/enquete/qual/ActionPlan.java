package fr.enquete.qual;

import java.util.List;
import java.util.Map;

/**
 * An action plan, as a CTG or an ABS ends with: axes, what habitants, partners and technicians say they need,
 * and the actions with their objectives, indicators, pilot and calendar, each linked to the SWOT items it
 * answers.
 */
public record ActionPlan(List<Axis> axes) {

    public ActionPlan {
        axes = List.copyOf(axes);
    }

    /** @param needs voice ("habitants", "partenaires", "techniciens"...) to what they need, in file order */
    public record Axis(String name, Map<String, String> needs, List<Action> actions) {
        public Axis {
            needs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(needs));
            actions = List.copyOf(actions);
        }
    }

    /**
     * @param answers the names of the SWOT items the action answers
     * @param extra   the fields the plan model does not know yet (public cible, partenaires...), by their name in
     *                the file and in file order: kept and shown, never dropped
     */
    public record Action(String name, List<String> objectives, List<String> indicators, String pilot, String calendar,
                         List<String> answers, Map<String, List<String>> extra) {
        public Action {
            objectives = List.copyOf(objectives);
            indicators = List.copyOf(indicators);
            answers = List.copyOf(answers);
            java.util.Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
            extra.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            extra = java.util.Collections.unmodifiableMap(copy);
        }

        public Action(String name, List<String> objectives, List<String> indicators, String pilot, String calendar, List<String> answers) {
            this(name, objectives, indicators, pilot, calendar, answers, Map.of());
        }
    }

    /** Whether any action has fields beyond the model's (outputs then add a column for them). */
    public boolean hasExtraFields() {
        return axes.stream().flatMap(a -> a.actions().stream()).anyMatch(a -> !a.extra().isEmpty());
    }
}
