package fr.enquete.stats;

import fr.enquete.model.Message;
import java.util.List;
import java.util.Optional;

/**
 * A group of {@code stats --by} in a stratified survey ({@code --strata FILE --stratum ID}): its respondents in each
 * stratum, for the intervals of a stratified estimate within the group, each stratum counting for its share of the
 * group (N_h × n_gh / n_h), as R's {@code svyby(~y, ~group, svydesign(ids = ~1, strata = ~h, fpc = ~N), svymean)}.
 * The group estimated as a part of the whole survey (N × group / respondents) ignored that Picardie's 51 centres
 * answered at 29 % and Nord's 152 at 38 %.
 *
 * <p>In a domain d (the group's base of a question), with w_h = N_h / n_h: p = Σ w_h k_h / N_d, N_d = Σ w_h b_h,
 * and the linearised variance Σ (1 − n_h / N_h) N_h² s_h² / n_h / N_d², s_h² the variance within stratum h of
 * (y − p) over the domain (0 outside it). The interval is Wilson's with the effective size p (1 − p) / variance.
 *
 * @param stratum       the id of the question whose answers are the strata
 * @param parts         one per stratum of the population file
 * <p>Under statistical secrecy ({@code --secret N}) the counts by group × stratum are not published, yet the group's
 * estimated population and each interval are functions of them: with the strata's populations and respondents (the
 * response rates) and the group's size, a group spread over two strata gives its count in each back, and an interval's
 * share Σ w_h k_h / Σ w_h b_h with the row's published count gives k_h back. So a group with 1 to N − 1 respondents in
 * a stratum gets no stratified figure at all ({@link #secretStratum}), and a row counting 1 to N − 1 of the group in a
 * stratum (or a question's base doing so) gets no interval ({@link #withheld}).
 *
 * @param unstratified  the group's respondents in no stratum of the file (no answer, or an answer the file lacks)
 * @param secret        the secrecy threshold N, 0 for none
 */
public record StratifiedGroup(String stratum, List<Part> parts, long unstratified, int secret) {

    /**
     * One stratum: its population N_h, its respondents n_h in the whole survey, and the group's tables within it
     * (null when none of the group is in it).
     */
    public record Part(String label, long population, long respondents, SurveyResult tables) {

        /** The group's respondents in this stratum. */
        public long inGroup() {
            return tables == null ? 0 : tables.respondents();
        }
    }

    public StratifiedGroup {
        parts = List.copyOf(parts);
    }

    public StratifiedGroup(String stratum, List<Part> parts, long unstratified) {
        this(stratum, parts, unstratified, 0);
    }

    /** A stratum holding 1 to secret − 1 of the group's respondents, whose count the stratified figures would give back. */
    public Optional<Part> secretStratum() {
        return parts.stream().filter(p -> small(p.inGroup())).findFirst();
    }

    private boolean small(double count) {
        return secret > 0 && count > 0 && count < secret;
    }

    /** Why the design leaves this group's intervals undefined (said in the group's diagnostics), or empty. */
    public Optional<Message> undefined(String group) {
        if (unstratified > 0) {
            return Optional.of(Message.of("group.strata.unknown", group, unstratified, stratum));
        }
        for (Part p : parts) {
            if (p.inGroup() > 0 && p.respondents() > p.population()) {
                return Optional.of(Message.of("group.strata.over", group, p.label(), p.respondents(), p.population()));
            }
            if (p.inGroup() > 0 && p.respondents() == 1 && p.population() > 1) {
                // One respondent gives no variance within the stratum (R: "Stratum has only one PSU").
                return Optional.of(Message.of("group.strata.single", group, p.label()));
            }
        }
        return secretStratum().map(p -> Message.of("group.strata.secret", group, p.label(), secret));
    }

    /** The group's population, Σ N_h × n_gh / n_h; NaN when the design leaves it undefined. */
    public double population() {
        if (undefined("").isPresent()) {
            return Double.NaN;
        }
        return parts.stream().filter(p -> p.inGroup() > 0).mapToDouble(p -> (double) p.population() * p.inGroup() / p.respondents()).sum();
    }

    /**
     * The interval of {@code row} of question {@code question}'s table in this group: undefined when the design
     * leaves it so, for a masked or grouped row (its count must not be given back), and for a base of nobody.
     */
    Interval interval(String question, ChoiceRow row, double z) {
        if (undefined("").isPresent() || row.masked() || row.grouped() > 0) {
            return Interval.UNDEFINED;
        }
        double[] counted = new double[parts.size()];
        double[] base = new double[parts.size()];
        double domain = 0;
        double total = 0;
        for (int h = 0; h < parts.size(); h++) {
            Part p = parts.get(h);
            QuestionResult.Choices c = p.tables() == null ? null : choices(p.tables(), question);
            if (c == null) {
                continue;
            }
            base[h] = c.base();
            counted[h] = count(c, row);
            double w = (double) p.population() / p.respondents();
            domain += w * base[h];
            total += w * counted[h];
        }
        if (domain == 0 || withheld(counted, base)) {
            return Interval.UNDEFINED;
        }
        double share = total / domain;
        double variance = 0;
        double inBase = 0;
        for (int h = 0; h < parts.size(); h++) {
            Part p = parts.get(h);
            inBase += base[h];
            if (base[h] == 0 || p.respondents() >= p.population()) {
                continue; // nobody of the domain here, or the stratum counted in full: no variance
            }
            double n = p.respondents();
            double sum = counted[h] - base[h] * share;
            double squares = counted[h] * (1 - share) * (1 - share) + (base[h] - counted[h]) * share * share;
            double within = (squares - sum * sum / n) / (n - 1);
            variance += (1 - n / p.population()) * p.population() * p.population() * within / n;
        }
        variance /= domain * domain;
        if (variance <= 0) {
            // All or none of the domain answered so (or every stratum counted in full): no spread to measure. The base
            // as a simple random sample of the domain's population keeps Wilson's interval from collapsing to a point.
            return inBase >= domain ? new Interval(100 * share, 100 * share)
                    : Precision.score(share, inBase / ((domain - inBase) / (domain - 1)), z);
        }
        return Precision.score(share, share * (1 - share) / variance, z);
    }

    /**
     * Whether secrecy withholds the interval of {@code row} of {@code question}'s table in this group: it counts 1 to
     * secret − 1 of the group in a stratum, or the question's base does.
     */
    public boolean withheld(String question, ChoiceRow row) {
        if (secret <= 0 || row.masked() || row.grouped() > 0) {
            return false;
        }
        for (Part p : parts) {
            QuestionResult.Choices c = p.tables() == null ? null : choices(p.tables(), question);
            if (c != null && (small(c.base()) || small(count(c, row)))) {
                return true;
            }
        }
        return false;
    }

    private boolean withheld(double[] counted, double[] base) {
        for (int h = 0; h < counted.length; h++) {
            if (small(counted[h]) || small(base[h])) {
                return true;
            }
        }
        return false;
    }

    private static long count(QuestionResult.Choices c, ChoiceRow row) {
        return c.rows().stream().filter(r -> r.missing() == row.missing() && r.label().equals(row.label())).mapToLong(ChoiceRow::count).sum();
    }

    private static QuestionResult.Choices choices(SurveyResult tables, String question) {
        for (QuestionResult q : tables.questions()) {
            if (q instanceof QuestionResult.Choices c && c.question().id().equals(question)) {
                return c;
            }
        }
        return null;
    }
}
