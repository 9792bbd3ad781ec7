package fr.enquete.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a question so that it reads derived columns: its "Autre" texts recoded into choices
 * ({@link OtherAnswers}), or a single choice entered as one column per choice. The export is never changed:
 * the recoded answers are computed as it streams ({@link DerivedColumn}), and filters keep reading the export's
 * own columns (a respondent whose "Autre" is recoded as "Association" was not asked the "Association" follow-up).
 */
public final class Recoding {

    /** The suffix of a recoded column's name, shown in messages about it. */
    static final String SUFFIX = " [recodé]";

    /** What joins the choices ticked in a single-choice question entered as one column per choice. */
    public static final String SEVERAL = " + ";

    /** The question reading its derived columns, and those columns, in the order they must be computed. */
    public record Result(Question question, List<DerivedColumn> columns) {
        public Result {
            columns = List.copyOf(columns);
        }
    }

    private Recoding() {
    }

    /** The question with its "Autre" texts recoded by {@code q.other()}'s rules (the question itself if it has none). */
    public static Result recode(Question q) {
        OtherAnswers other = q.other();
        if (other == null || other.recode().isEmpty()) {
            return new Result(q, List.of());
        }
        if (q.type() == QuestionType.MULTIPLE && !q.joined()) {
            return options(q, other);
        }
        List<String> choices = withTargets(q.choices(), other);
        String derived = q.column() + SUFFIX;
        DerivedColumn column = q.joined() ? joined(q, other, choices, derived) : single(q, other, derived);
        return new Result(q.rebound(derived, choices, q.options()), List.of(column));
    }

    /**
     * A single choice entered as one column per choice (a paper questionnaire keyed in): the ticked choice's
     * label, or the ticked labels joined with " + " when several are (an answer outside the list, flagged).
     */
    public static Result singleFromColumns(Question q, List<OptionColumn> columns) {
        String derived = q.id() + SUFFIX;
        List<String> inputs = columns.stream().map(OptionColumn::column).toList();
        List<String> labels = columns.stream().map(OptionColumn::label).toList();
        DerivedColumn column = new Column(derived, inputs, q.id(), cells -> {
            List<String> ticked = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (CellValues.isTick(cells.get(i))) {
                    ticked.add(labels.get(i));
                }
            }
            return String.join(SEVERAL, ticked);
        });
        List<String> choices = q.choices().isEmpty() ? labels : q.choices();
        return new Result(q.rebound(derived, choices, List.of()), List.of(column));
    }

    /** The choices with the new targets of the rules placed before the "Autre" choice (appended when it is not listed). */
    private static List<String> withTargets(List<String> choices, OtherAnswers other) {
        List<String> out = new ArrayList<>(choices);
        int at = out.indexOf(other.choice());
        for (String t : other.recode().keySet()) {
            if (!out.contains(t)) {
                if (at < 0) {
                    out.add(t);
                } else {
                    out.add(at++, t);
                }
            }
        }
        return out;
    }

    private static DerivedColumn single(Question q, OtherAnswers other, String derived) {
        boolean inline = other.inline();
        List<String> inputs = inline ? List.of(q.column()) : List.of(q.column(), other.textColumn());
        String otherKey = ChoiceMatch.looseKey(other.choice());
        return new Column(derived, inputs, q.id(), cells -> {
            String raw = cells.get(0);
            String answer = q.decode(raw);
            List<String> targets;
            if (inline) {
                // Google Forms writes the "Autre" text as the answer: only answers outside the list are recoded.
                boolean listed = q.choices().contains(ChoiceMatch.match(q.choices(), answer));
                targets = listed ? List.of() : other.targets(answer);
            } else {
                targets = ChoiceMatch.looseKey(answer).equals(otherKey) ? other.targets(cells.get(1)) : List.of();
            }
            return targets.isEmpty() ? raw : targets.get(0);
        });
    }

    private static DerivedColumn joined(Question q, OtherAnswers other, List<String> choices, String derived) {
        return new Column(derived, List.of(q.column()), q.id(), cells -> {
            String cell = cells.get(0);
            if (cell.isBlank()) {
                return "";
            }
            JoinedChoices.Split split = JoinedChoices.split(q.decodeJoined(cell), q.separator(), q.choices());
            Set<String> parts = new LinkedHashSet<>(split.known());
            for (String o : split.others()) {
                List<String> targets = other.targets(o);
                if (targets.isEmpty()) {
                    parts.add(o);
                } else {
                    parts.addAll(targets);
                }
            }
            return String.join(q.separator(), parts);
        });
    }

    /**
     * A multiple choice with one column per option: each targeted option reads "ticked, or 'Autre' ticked with a
     * text its rule matches"; a new target gets a column of its own; "Autre" stays ticked only for texts no rule matched.
     */
    private static Result options(Question q, OtherAnswers other) {
        String answer = other.answerColumn();
        String text = other.textColumn();
        List<String> pair = other.inline() ? List.of(answer) : List.of(answer, text);
        List<OptionColumn> opts = new ArrayList<>();
        List<DerivedColumn> columns = new ArrayList<>();
        OptionColumn autre = null;
        for (OptionColumn o : q.options()) {
            if (o.column().equals(answer)) {
                autre = o;
                continue;
            }
            if (!other.recode().containsKey(o.label())) {
                opts.add(o);
                continue;
            }
            List<String> inputs = new ArrayList<>(List.of(o.column()));
            inputs.addAll(pair);
            String target = o.label();
            Column c = new Column(o.column() + SUFFIX, inputs, q.id(), cells ->
                    CellValues.isTick(cells.get(0)) || recodedTo(other, cells.subList(1, cells.size()), target) ? "Y" : "");
            columns.add(c);
            opts.add(new OptionColumn(c.column(), o.label()));
        }
        Set<String> labels = new LinkedHashSet<>(q.options().stream().map(OptionColumn::label).toList());
        for (String target : other.recode().keySet()) {
            if (!labels.contains(target)) {
                Column c = new Column(q.id() + "[" + target + "]" + SUFFIX, pair, q.id(), cells ->
                        recodedTo(other, cells, target) ? "Y" : "");
                columns.add(c);
                opts.add(new OptionColumn(c.column(), target));
            }
        }
        Column rest = new Column(answer + SUFFIX, pair, q.id(), cells ->
                CellValues.isTick(cells.get(0)) && other.targets(cells.get(cells.size() - 1)).isEmpty() ? cells.get(0) : "");
        columns.add(rest);
        opts.add(new OptionColumn(rest.column(), autre.label()));
        return new Result(q.rebound(q.column(), q.choices(), opts), columns);
    }

    /** Whether "Autre" is ticked ({@code cells[0]}) with a text ({@code cells[last]}) recoded to {@code target}. */
    private static boolean recodedTo(OtherAnswers other, List<String> cells, String target) {
        return CellValues.isTick(cells.get(0)) && other.targets(cells.get(cells.size() - 1)).contains(target);
    }

    /** A derived column computed by a function of its input cells. */
    private record Column(String column, List<String> inputs, String question,
                          java.util.function.Function<List<String>, String> f) implements DerivedColumn {
        @Override
        public String apply(List<String> cells) {
            return f.apply(cells);
        }
    }
}
