package fr.enquete.model;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import java.util.regex.Pattern;

/** "Did you mean" for names a user typed: column names, question ids. */
public final class Names {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /**
     * The candidate the user most likely meant: the same name up to case, accents and punctuation; else one
     * containing it or contained in it with a similar length; else one it begins; else the nearest by edit
     * distance when it is close (a third of the name's length, at least 2). Ties go to the first candidate.
     */
    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        String w = fold(wanted);
        for (String n : candidates) {
            if (fold(n).equals(w)) {
                return Optional.of(n);
            }
        }
        for (String n : candidates) {
            String f = fold(n);
            if (!w.isEmpty() && (f.contains(w) || w.contains(f)) && Math.abs(f.length() - w.length()) <= 3) {
                return Optional.of(n);
            }
        }
        if (w.length() >= 4) {
            // The start of a long name ("Impayés de loyer" for "Impayés de loyer et expulsions").
            for (String n : candidates) {
                if (fold(n).startsWith(w)) {
                    return Optional.of(n);
                }
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : candidates) {
            int d = DISTANCE.apply(w, fold(n));
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        return bestDistance <= Math.max(2, w.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code "; did you mean \"x\"?"}, or empty. */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        return closest(wanted, candidates).map(n -> "; did you mean \"" + n + "\"?").orElse("");
    }

    /** {@link #didYouMean} as a message argument, in the run's language ({@code hint.mean} or the empty {@code hint.none}). */
    public static Message hint(String wanted, Collection<String> candidates) {
        return closest(wanted, candidates).map(n -> Message.of("hint.mean", n)).orElse(Message.of("hint.none"));
    }

    private static String fold(String s) {
        return NOT_ALPHANUMERIC.matcher(Folding.unaccentedLowerCase(s)).replaceAll("");
    }
}
