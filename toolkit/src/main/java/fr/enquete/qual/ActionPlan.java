package fr.enquete.qual;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action plan, as a CTG or an ABS ends with: axes (thématiques), optionally objectives under them, and fiches
 * action, each level numbered as the document numbers it ("3", "3.1", "3.1.2"); what habitants, partners and
 * technicians say they need per axis (ABS); for each action the fields of the CAF's fiche and any other the file
 * has.
 *
 * @param levels   what the document calls its three levels ("Thématique", "Objectif", "Fiche"); empty: the
 *                 report's words (Axe, Objectif, Fiche action)
 * @param template the fields every action is expected to have; a field missing from an action is a {@link Gap}
 */
public record ActionPlan(List<String> levels, List<PlanField> template, List<Axis> axes) {

    public ActionPlan {
        levels = List.copyOf(levels);
        // In the fiche's order, whatever order the file names them in.
        template = template.stream().distinct().sorted().toList();
        axes = List.copyOf(axes);
    }

    public ActionPlan(List<Axis> axes) {
        this(List.of(), List.of(), axes);
    }

    /**
     * The plan's actions that answer one of {@code items} (a theme's SWOT items), in their axes and objectives; axes
     * and objectives left without an action are dropped. A theme's report then shows the actions of that theme only.
     */
    public ActionPlan answering(java.util.Set<String> items) {
        java.util.function.Predicate<Action> answers = a -> a.answers().stream().anyMatch(items::contains);
        List<Axis> kept = new ArrayList<>();
        for (Axis axis : axes) {
            List<Objective> objectives = axis.objectives().stream()
                    .map(o -> new Objective(o.number(), o.name(), o.actions().stream().filter(answers).toList()))
                    .filter(o -> !o.actions().isEmpty()).toList();
            Axis a = new Axis(axis.number(), axis.name(), axis.needs(), axis.actions().stream().filter(answers).toList(), objectives);
            if (!a.allActions().isEmpty()) {
                kept.add(a);
            }
        }
        return new ActionPlan(levels, template, kept);
    }

    /**
     * @param needs      voice ("habitants", "partenaires", "techniciens"...) to what they need, in file order
     * @param actions    the actions directly under the axis
     * @param objectives the objectives under the axis, each with its actions
     */
    public record Axis(String number, String name, Map<String, String> needs, List<Action> actions, List<Objective> objectives) {
        public Axis {
            needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs));
            actions = List.copyOf(actions);
            objectives = List.copyOf(objectives);
        }

        /** The axis's actions, those directly under it first, then each objective's. */
        public List<Action> allActions() {
            List<Action> all = new ArrayList<>(actions);
            objectives.forEach(o -> all.addAll(o.actions()));
            return all;
        }
    }

    public record Objective(String number, String name, List<Action> actions) {
        public Objective {
            actions = List.copyOf(actions);
        }
    }

    /** An evaluation indicator of an action: what is measured, from what (baseline), to what (target), by when. */
    public record Indicator(String name, String baseline, String target, String date) {
        public boolean hasFigures() {
            return !baseline.isBlank() || !target.isBlank() || !date.isBlank();
        }
    }

    /**
     * A fiche action.
     *
     * @param fields     the model's fields the file gives (never {@link PlanField#INDICATORS}: those are {@code indicators}),
     *                   each a list of values (paragraphs, items)
     * @param extra      the fields the model does not know (a YAML key, a column), by their name in the file and in file
     *                   order: kept and shown, never dropped
     */
    public record Action(String number, String title, Map<PlanField, List<String>> fields, List<Indicator> indicators,
                         Map<String, List<String>> extra) {
        public Action {
            Map<PlanField, List<String>> f = new EnumMap<>(PlanField.class);
            fields.forEach((k, v) -> {
                if (k == PlanField.INDICATORS) {
                    throw new IllegalArgumentException("indicators are given as Indicator records");
                }
                if (!v.isEmpty()) {
                    f.put(k, List.copyOf(v));
                }
            });
            fields = Collections.unmodifiableMap(f);
            indicators = List.copyOf(indicators);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            extra.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            extra = Collections.unmodifiableMap(copy);
        }

        /** The field's values, empty when the file does not give it. */
        public List<String> get(PlanField field) {
            if (field == PlanField.INDICATORS) {
                return indicators.stream().map(Indicator::name).toList();
            }
            return fields.getOrDefault(field, List.of());
        }

        public boolean has(PlanField field) {
            return !get(field).isEmpty();
        }

        /** The SWOT items the action answers (its diagnostic links). */
        public List<String> answers() {
            return get(PlanField.ANSWERS);
        }

        /** The diagnostic indicators the action answers (names in an indicator table). */
        public List<String> answersIndicators() {
            return get(PlanField.DIAGNOSTIC_INDICATORS);
        }

        public String pilot() {
            return String.join(" ; ", get(PlanField.PILOT));
        }
    }

    /** A field the template expects that an action lacks: reported, not an error. */
    public record Gap(Action action, PlanField field) {
    }

    /** Every action of the plan, in order. */
    public List<Action> actions() {
        return axes.stream().flatMap(a -> a.allActions().stream()).toList();
    }

    /** Whether an action carries a number of its own (its title may carry one too: "Fiche action 2 : ..."). */
    public boolean actionsNumbered() {
        return actions().stream().anyMatch(a -> !a.number().isBlank());
    }

    /** The template's fields each action lacks, action by action in plan order. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (Action a : actions()) {
            for (PlanField f : template) {
                if (!a.has(f) && !linkedOtherwise(a, f)) {
                    gaps.add(new Gap(a, f));
                }
            }
        }
        return gaps;
    }

    /**
     * A fiche answers the diagnostic through its SWOT items or through its indicators: one link missing is no gap when
     * the other is there (a youth fiche answering the interviews' items, a childcare fiche the portrait's figures).
     */
    private static boolean linkedOtherwise(Action a, PlanField f) {
        return f == PlanField.ANSWERS && a.has(PlanField.DIAGNOSTIC_INDICATORS)
                || f == PlanField.DIAGNOSTIC_INDICATORS && a.has(PlanField.ANSWERS);
    }

    /** Whether any action has fields beyond the model's. */
    public boolean hasExtraFields() {
        return actions().stream().anyMatch(a -> !a.extra().isEmpty());
    }
}
