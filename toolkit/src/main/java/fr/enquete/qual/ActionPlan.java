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

    /** @param answers the names of the SWOT items the action answers */
    public record Action(String name, List<String> objectives, List<String> indicators, String pilot, String calendar,
                         List<String> answers) {
        public Action {
            objectives = List.copyOf(objectives);
            indicators = List.copyOf(indicators);
            answers = List.copyOf(answers);
        }
    }
}
