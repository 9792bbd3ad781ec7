package fr.enquete.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a cell where a platform joined the ticked choices ("Santé, Emploi, insertion" by Google Forms,
 * "Santé;Emploi;" by Microsoft Forms). Known choices are matched first, longest first, so a label holding
 * the separator itself ("Emploi, insertion") stays whole; what is left between known choices is one answer
 * outside the list (Google Forms writes the "Autre" text inline, after the ticked choices, as typed: "Accès aux
 * droits, médiation" is one text, not two, since a form has a single "Autre" field).
 */
public final class JoinedChoices {

    /** The cell's known choices (in the order of {@code choices}) and its other parts, in order of appearance. */
    public record Split(List<String> known, List<String> others) {

        /**
         * The choices the cell counts its respondent under: those ticked, and {@code listedOther} (the listed "Autre",
         * {@link Question#listedOtherChoice}; null for none) once when the cell holds an answer outside the list,
         * whether "Autre" was ticked too. The question's table and its cross-tabulations count the same way.
         */
        public List<String> counted(String listedOther) {
            if (listedOther == null || others.isEmpty() || known.contains(listedOther)) {
                return known;
            }
            List<String> out = new ArrayList<>(known);
            out.add(listedOther);
            return out;
        }
    }

    private JoinedChoices() {
    }

    public static Split split(String cell, String separator, List<String> choices) {
        List<String> longestFirst = new ArrayList<>(choices);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String sep = separator.strip().isEmpty() ? separator : separator.strip();
        boolean[] found = new boolean[choices.size()];
        List<String> others = new ArrayList<>();
        String rest = cell.strip();
        // The unknown text running since runStart (-1: none) up to runEnd, flushed at the next known choice.
        int runStart = -1;
        int runEnd = -1;
        int i = 0;
        while (i < rest.length()) {
            // Skip separators and spaces between parts.
            while (i < rest.length() && (rest.startsWith(sep, i) || Character.isWhitespace(rest.charAt(i)))) {
                i += rest.startsWith(sep, i) ? sep.length() : 1;
            }
            if (i >= rest.length()) {
                break;
            }
            String match = null;
            for (String c : longestFirst) {
                if (!c.isEmpty() && rest.regionMatches(true, i, c, 0, c.length()) && boundary(rest, i + c.length(), sep)) {
                    match = c;
                    break;
                }
            }
            if (match != null) {
                flush(rest, runStart, runEnd, others);
                runStart = -1;
                found[choices.indexOf(match)] = true;
                i += match.length();
            } else {
                int next = rest.indexOf(sep, i);
                int end = next < 0 ? rest.length() : next;
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = end;
                i = end;
            }
        }
        flush(rest, runStart, runEnd, others);
        List<String> known = new ArrayList<>();
        for (int c = 0; c < choices.size(); c++) {
            if (found[c]) {
                known.add(choices.get(c));
            }
        }
        return new Split(known, others);
    }

    private static void flush(String cell, int start, int end, List<String> others) {
        if (start >= 0) {
            String part = cell.substring(start, end).strip();
            if (!part.isEmpty()) {
                others.add(part);
            }
        }
    }

    /** Whether a choice ending at {@code at} ends a part: the end of the cell, or a separator (after spaces). */
    private static boolean boundary(String s, int at, String sep) {
        if (s.startsWith(sep, at)) {
            return true;
        }
        String rest = s.substring(at).stripLeading();
        return rest.isEmpty() || (!sep.isBlank() && rest.startsWith(sep));
    }
}
