package fr.enquete.qual;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's follow-up: the lines of the CAF's evaluation grid filled in, action by action and date by date, read
 * against the plan ({@link EvaluationReader}).
 *
 * @param lines in file order
 */
public record Evaluation(ActionPlan plan, List<Line> lines) {

    public Evaluation {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the grid.
     *
     * @param criterion  what is evaluated ("Nombre de partenaires mobilisés", an indicator of the fiche); empty: the
     *                   action as a whole
     * @param planned    Prévu, as written
     * @param done       Réalisé, as written (an indicator's value at the date)
     * @param answer     Oui / Non / Partiellement, if given
     * @param indicator  whether the criterion is one of the action's evaluation indicators
     */
    public record Line(ActionPlan.Action action, String date, String criterion, String planned, String done, Optional<Answer> answer,
                       String notes, boolean indicator) {
        public boolean isOverall() {
            return criterion.isEmpty();
        }
    }

    /** The lines about an action, in file order. */
    public List<Line> of(ActionPlan.Action action) {
        return lines.stream().filter(l -> l.action() == action).toList();
    }

    /** The dates the file evaluates, in order of first appearance. */
    public List<String> dates() {
        return lines.stream().map(Line::date).distinct().toList();
    }

    /** The action's status: the answer of its latest overall line that has one ({@link #latest}), empty if none. */
    public Optional<Answer> status(ActionPlan.Action action) {
        return latest(action).flatMap(Line::answer);
    }

    /**
     * The action's latest overall line with an answer: the latest date ("T4 2023", "mars 2024", "14/03/2024" read as
     * dates), the last in file order among equal or unreadable ones, an unreadable date counting before any readable
     * one. The last line in file order was taken: a grid listing 2024 before 2022, or two files given newest first, put
     * the 2022 answer as the status.
     */
    public Optional<Line> latest(ActionPlan.Action action) {
        Line best = null;
        long bestKey = Long.MIN_VALUE;
        for (Line l : of(action)) {
            if (l.isOverall() && l.answer().isPresent()) {
                java.util.OptionalInt k = EvaluationDate.key(l.date());
                long key = k.isPresent() ? k.getAsInt() : Long.MIN_VALUE + 1;
                if (key >= bestKey) {
                    best = l;
                    bestKey = key;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Actions by status (Oui, Partiellement, Non), then those not evaluated under the null key, counted. */
    public Map<Answer, Integer> counts(List<ActionPlan.Action> actions) {
        Map<Answer, Integer> counts = new EnumMap<>(Answer.class);
        for (Answer a : Answer.values()) {
            counts.put(a, 0);
        }
        for (ActionPlan.Action a : actions) {
            status(a).ifPresent(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts;
    }

    public int notEvaluated(List<ActionPlan.Action> actions) {
        return (int) actions.stream().filter(a -> status(a).isEmpty()).count();
    }

    /** An indicator's lines by date (planned and done), as the file gives them (the last line of a date wins). */
    public Map<String, Line> values(ActionPlan.Action action, String indicator) {
        Map<String, Line> v = new LinkedHashMap<>();
        for (Line l : of(action)) {
            if (l.indicator() && l.criterion().equals(indicator)) {
                v.put(l.date(), l);
            }
        }
        return v;
    }

    /** The criteria lines (not the overall status, not indicators) of an action, in file order. */
    public List<Line> criteria(ActionPlan.Action action) {
        List<Line> out = new ArrayList<>();
        for (Line l : of(action)) {
            if (!l.isOverall() && !l.indicator()) {
                out.add(l);
            }
        }
        return out;
    }

    /** Answers over every criterion line of every action (the qualitative grid), by answer. */
    public Map<Answer, Integer> criterionAnswers() {
        Map<Answer, Integer> counts = new EnumMap<>(Answer.class);
        for (Answer a : Answer.values()) {
            counts.put(a, 0);
        }
        lines.stream().filter(l -> !l.isOverall() && !l.indicator()).forEach(l -> l.answer().ifPresent(a -> counts.merge(a, 1, Integer::sum)));
        return counts;
    }
}
