package fr.enquete.model;

import java.util.List;
import java.util.Objects;

/**
 * One question of a survey, as the spec (or the inference) describes it.
 *
 * @param id      stable identifier, used in outputs and to refer to the question
 * @param label   the wording shown in reports (the id when none is given)
 * @param type    the kind of question
 * @param column  the export column holding the answer (unused for {@link QuestionType#MULTIPLE})
 * @param choices listed choices in display order, for single and scale questions (may be empty)
 * @param options the option columns of a multiple-choice question (empty otherwise)
 * @param filter  who was asked: the base of percentages is the respondents it accepts ({@link Filter#ALL})
 * @param origin  where the question was defined (a spec file line), for error messages; may be null
 * @param separator for a multiple-choice question exported in one cell ("A, B" by Google Forms, "A;B;" by
 *                  Microsoft Forms, "a b" by KoboToolbox): what joins the choices, which are then listed in
 *                  {@code choices}; null when each option has its own column ({@code options})
 * @param codes     what the export writes for each choice when it is not the label itself (LimeSurvey's
 *                  answer codes {@code A1}, KoboToolbox's XML values): code to label; empty when cells hold labels
 * @param other     its "Autre" answers (which choice, where the texts are, how they are recoded), or null
 * @param range     the bounds a numeric answer must lie within (the spec's {@code min:} and {@code max:}), or null
 * @param positiveFirst for a scale, whether its first listed choice is the positive end (the spec's {@code positive:
 *                  first | last}); null to read it from the choices (numbers, then wording)
 * @param choicesFromAnswers whether the choices were read from the answers themselves (inferred from an export
 *                  without a spec or form), not listed by anyone: their labels are respondents' words ("contact :
 *                  sophie.durand@gmail.com" written in a Google Forms "Autre"), masked as free text is
 * @param unit      for a duration, the unit of a cell holding a plain number (the spec's {@code unit:}; seconds for
 *                  LimeSurvey's timings); null when a plain number is no duration, 90 being minutes or seconds
 */
public record Question(String id, String label, QuestionType type, String column, List<String> choices,
                       List<OptionColumn> options, Filter filter, SourceLocation origin, String separator,
                       java.util.Map<String, String> codes, OtherAnswers other, Range range, Boolean positiveFirst,
                       boolean choicesFromAnswers, java.time.temporal.ChronoUnit unit) {

    /** The bounds of a numeric answer, inclusive; an infinite bound for none. */
    public record Range(double min, double max) {
        public boolean contains(double x) {
            return x >= min && x <= max;
        }
    }

    /** The label of what a cell holds: its code's label, or the cell itself. */
    public String decode(String cell) {
        return codes.getOrDefault(cell, cell);
    }

    /**
     * The labels of a joined multiple-choice cell: with codes (KoboToolbox's "logement sante"), each part becomes
     * its label first; otherwise the cell as it is.
     */
    public String decodeJoined(String cell) {
        if (codes.isEmpty()) {
            return cell;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String part : cell.split(java.util.regex.Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(decode(part.strip()));
            }
        }
        return String.join(separator, parts);
    }

    /**
     * The listed choice under which a joined multiple choice counts its answers outside the list (Google Forms'
     * inline "Autre" text): the spec's {@code other_choice}, else the first that {@link OtherAnswers#looksLikeOther}; null when
     * no such choice is listed (those answers then make a row of their own, marked outside the list).
     */
    public String listedOtherChoice() {
        if (!joined()) {
            return null;
        }
        if (other != null && choices.contains(other.choice())) {
            return other.choice();
        }
        return choices.stream().filter(OtherAnswers::looksLikeOther).findFirst().orElse(null);
    }

    /** Whether this is a multiple-choice question whose ticked choices are joined in one cell. */
    public boolean joined() {
        return type == QuestionType.MULTIPLE && separator != null;
    }

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        label = label == null || label.isBlank() ? id : label;
        column = column == null ? id : column;
        choices = List.copyOf(choices == null ? List.of() : choices);
        options = List.copyOf(options == null ? List.of() : options);
        filter = filter == null ? Filter.ALL : filter;
        codes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codes == null ? java.util.Map.of() : codes));
    }

    /** A question to build, every other component at its default (label and column: the id; no filter). */
    public static Builder builder(String id, QuestionType type) {
        return new Builder(id, type);
    }

    /** A builder holding this question's components, to change some. */
    public Builder toBuilder() {
        return new Builder(id, type).label(label).column(column).choices(choices).options(options).filter(filter).origin(origin)
                .separator(separator).codes(codes).other(other).range(range).positiveFirst(positiveFirst)
                .choicesFromAnswers(choicesFromAnswers).unit(unit);
    }

    /** Builds a {@link Question} component by component, in the style of Commons CSV's {@code CSVFormat.Builder}. */
    public static final class Builder {
        private final String id;
        private final QuestionType type;
        private String label;
        private String column;
        private List<String> choices = List.of();
        private List<OptionColumn> options = List.of();
        private Filter filter = Filter.ALL;
        private SourceLocation origin;
        private String separator;
        private java.util.Map<String, String> codes = java.util.Map.of();
        private OtherAnswers other;
        private Range range;
        private Boolean positiveFirst;
        private boolean choicesFromAnswers;
        private java.time.temporal.ChronoUnit unit;

        private Builder(String id, QuestionType type) {
            this.id = Objects.requireNonNull(id, "id");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** The wording shown in reports (the id when null or blank). */
        public Builder label(String l) {
            this.label = l;
            return this;
        }

        /** The export column of the answer (the id when null). */
        public Builder column(String c) {
            this.column = c;
            return this;
        }

        public Builder choices(List<String> c) {
            this.choices = c;
            return this;
        }

        public Builder options(List<OptionColumn> o) {
            this.options = o;
            return this;
        }

        public Builder filter(Filter f) {
            this.filter = f;
            return this;
        }

        public Builder origin(SourceLocation o) {
            this.origin = o;
            return this;
        }

        public Builder separator(String s) {
            this.separator = s;
            return this;
        }

        public Builder codes(java.util.Map<String, String> c) {
            this.codes = c;
            return this;
        }

        public Builder other(OtherAnswers o) {
            this.other = o;
            return this;
        }

        public Builder range(Range r) {
            this.range = r;
            return this;
        }

        public Builder positiveFirst(Boolean p) {
            this.positiveFirst = p;
            return this;
        }

        /** The choices were read from the answers, not listed by a spec or form (see {@link Question}). */
        public Builder choicesFromAnswers(boolean b) {
            this.choicesFromAnswers = b;
            return this;
        }

        /** A duration's unit for plain numbers (see {@link Question}). */
        public Builder unit(java.time.temporal.ChronoUnit u) {
            this.unit = u;
            return this;
        }

        public Question build() {
            return new Question(id, label, type, column, choices, options, filter, origin, separator, codes, other, range, positiveFirst, choicesFromAnswers, unit);
        }
    }

    public static Question of(String id, QuestionType type) {
        return builder(id, type).build();
    }

    public Question withFilter(Filter f) {
        return new Question(id, label, type, column, choices, options, f, origin, separator, codes, other, range, positiveFirst, choicesFromAnswers, unit);
    }

    public Question withLabel(String l) {
        return new Question(id, l, type, column, choices, options, filter, origin, separator, codes, other, range, positiveFirst, choicesFromAnswers, unit);
    }

    /** The same question read from other columns, with other choices or options (its "Autre" answers recoded). */
    public Question rebound(String col, List<String> ch, List<OptionColumn> opts) {
        return new Question(id, label, type, col, ch, opts, filter, origin, separator, codes, other, range, positiveFirst, choicesFromAnswers, unit);
    }

    /** One word of letters: an answer that cannot carry a phone, an e-mail or a full name. */
    private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /**
     * Whether the choice {@code label} is a respondent's own words, to pass through the masking of personal data like
     * free text: a choice read from the answers ({@link #choicesFromAnswers}) unless it is one word of letters. An
     * inline "Autre" ("contact : sophie.durand@gmail.com", "Jean-Marc Lefebvre") is masked however many gave it; a
     * one-word answer ("Adriana" in a study of names, "Florence", "Albert" the commune) is kept, however few gave it.
     * A spec's choice question that lists no choices (nor options) has its choices read from the answers too: "Suivi
     * par: type: single" alone published the staff's names as written.
     */
    public boolean respondentsWords(String label) {
        return (choicesFromAnswers || choices.isEmpty() && options.isEmpty()) && !ONE_WORD.matcher(label.strip()).matches();
    }

    /** The export columns this question reads. */
    public List<String> columns() {
        return type == QuestionType.MULTIPLE && !joined() ? options.stream().map(OptionColumn::column).toList() : List.of(column);
    }
}
