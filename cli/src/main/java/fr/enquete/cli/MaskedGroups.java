package fr.enquete.cli;

import fr.enquete.model.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Under --secret, the groups in which a free-text question's answers would give a masked count back: the text specifies
 * the "Autre" answer of a choice question, and {@code stats --by VARIABLE --secret N} masks that row in the group's table
 * (or leaves the group out, its size being masked). {@code terms} and {@code classes} withhold these groups' figures, or
 * refuse an output that cannot leave them out.
 *
 * @param text       the free-text question's id
 * @param choice     the choice question whose "Autre" the text specifies
 * @param secret     the secrecy threshold
 * @param byVariable per grouping question, the values (as the export writes them) of its withheld groups, sorted
 */
record MaskedGroups(String text, String choice, int secret, Map<String, SortedSet<String>> byVariable) {

    static final MaskedGroups NONE = new MaskedGroups("", "", 0, Map.of());

    MaskedGroups {
        byVariable = Map.copyOf(byVariable);
    }

    /** The withheld groups of {@code variable} (none when it was not checked). */
    Set<String> of(String variable) {
        return variable == null ? Set.of() : byVariable.getOrDefault(variable, java.util.Collections.emptySortedSet());
    }

    /**
     * Refuses {@code option} (a file that lists each answer with its group, a map computed from every group) when
     * {@code variable} has a withheld group: it would give the group's number of answers back.
     */
    void refuse(String option, String variable) {
        Set<String> groups = of(variable);
        if (!groups.isEmpty()) {
            throw new UsageException(Message.of("secret.other.text.groups", option, secret, text, choice,
                    String.join(", ", groups), variable, (long) groups.size()));
        }
    }

    /**
     * The same groups named as {@code shown} (the corpus {@code read} after the masking of personal data, answer for
     * answer) names them: a group written by a respondent may be published under a placeholder.
     */
    MaskedGroups as(fr.enquete.text.Corpus read, fr.enquete.text.Corpus shown) {
        Map<String, SortedSet<String>> out = new java.util.LinkedHashMap<>();
        byVariable.forEach((variable, groups) -> {
            SortedSet<String> named = new java.util.TreeSet<>();
            for (int i = 0; i < read.variables().size(); i++) {
                if (groups.contains(read.variables().get(i).get(variable))) {
                    named.add(shown.variables().get(i).get(variable));
                }
            }
            out.put(variable, named);
        });
        return new MaskedGroups(text, choice, secret, out);
    }

    /** {@link #refuse(String, String)} for each of {@code variables}. */
    void refuse(String option, List<String> variables) {
        variables.forEach(v -> refuse(option, v));
    }
}
