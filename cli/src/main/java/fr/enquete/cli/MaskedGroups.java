package fr.enquete.cli;

import fr.enquete.model.Message;
import fr.enquete.report.WithheldGroups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Under --secret, the groups in which a free-text question's answers would give back a figure that
 * {@code stats --by VARIABLE --secret N} withholds: a group stats leaves out, its size being masked in the table of
 * VARIABLE (its number of answers, with every member answering, is its size), or, when the text specifies the "Autre"
 * answer of a choice question, a group whose table masks that row. {@code terms} and {@code classes} withhold these
 * groups' figures, or refuse an output that cannot leave them out.
 *
 * @param text       the free-text question's id
 * @param choice     the choice question whose "Autre" the text specifies, or null
 * @param secret     the secrecy threshold
 * @param byVariable per grouping question, its withheld groups (their values as the export writes them, sorted) and why
 */
record MaskedGroups(String text, String choice, int secret, Map<String, SortedMap<String, Reason>> byVariable) {

    /** Why stats --by withholds a group's figures. */
    enum Reason {
        /** The group is left out: its number of respondents is masked in the table of the grouping question. */
        SIZE,
        /** The group's table masks the "Autre" row the text specifies. */
        OTHER
    }

    static final MaskedGroups NONE = new MaskedGroups("", null, 0, Map.of());

    MaskedGroups {
        Map<String, SortedMap<String, Reason>> copy = new LinkedHashMap<>();
        byVariable.forEach((v, groups) -> copy.put(v, java.util.Collections.unmodifiableSortedMap(new TreeMap<>(groups))));
        byVariable = java.util.Collections.unmodifiableMap(copy);
    }

    /** The withheld groups of {@code variable} and why, for a writer to mark them. */
    WithheldGroups withheld(String variable) {
        if (variable == null || !byVariable.containsKey(variable)) {
            return WithheldGroups.NONE;
        }
        return new WithheldGroups(variable, secret, groups(variable, Reason.SIZE), groups(variable, Reason.OTHER), choice);
    }

    private SortedSet<String> groups(String variable, Reason reason) {
        SortedSet<String> out = new TreeSet<>();
        byVariable.get(variable).forEach((group, why) -> {
            if (why == reason) {
                out.add(group);
            }
        });
        return out;
    }

    /**
     * Refuses {@code option} (a file that lists each answer with its group, a map computed from every group) when
     * {@code variable} has a withheld group: it would give the group's number of answers back. The groups left out for
     * their size are named first: they are withheld whatever the text.
     */
    void refuse(String option, String variable) {
        if (variable == null || !byVariable.containsKey(variable)) {
            return;
        }
        Set<String> small = groups(variable, Reason.SIZE);
        if (!small.isEmpty()) {
            throw new UsageException(Message.of("secret.small.groups", option, secret, String.join(", ", small), variable, text,
                    (long) small.size()));
        }
        Set<String> other = groups(variable, Reason.OTHER);
        if (!other.isEmpty()) {
            throw new UsageException(Message.of("secret.other.text.groups", option, secret, text, choice,
                    String.join(", ", other), variable, (long) other.size()));
        }
    }

    /**
     * The same groups named as {@code shown} (the corpus {@code read} after the masking of personal data, answer for
     * answer) names them: a group written by a respondent may be published under a placeholder.
     */
    MaskedGroups as(fr.enquete.text.Corpus read, fr.enquete.text.Corpus shown) {
        Map<String, SortedMap<String, Reason>> out = new LinkedHashMap<>();
        byVariable.forEach((variable, groups) -> {
            SortedMap<String, Reason> named = new TreeMap<>();
            for (int i = 0; i < read.variables().size(); i++) {
                String value = read.variables().get(i).get(variable);
                Reason why = value == null ? null : groups.get(value);
                if (why != null) {
                    named.put(shown.variables().get(i).get(variable), why);
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
