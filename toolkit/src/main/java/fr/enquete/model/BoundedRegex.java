package fr.enquete.model;

import java.util.regex.Pattern;

/**
 * Runs a user's regular expression (a {@code recode} rule) with a bounded number of steps: Java's backtracking
 * engine takes exponential time on patterns such as {@code (.*a){25}b}, and a spec must not hang a run. The text
 * is handed to the matcher through a {@link CharSequence} that counts the characters read, which every step of the
 * engine does; past the budget the match stops with {@link TooSlow}. Counting steps rather than time keeps
 * the outcome the same on every machine.
 */
public final class BoundedRegex {

    /** Characters read per character of text, beyond a fixed allowance: linear-time patterns stay far below. */
    static final long STEPS_PER_CHAR = 1_000;
    static final long BASE_STEPS = 2_000_000;

    private BoundedRegex() {
    }

    /** Whether {@code pattern} finds a match in {@code text}. @throws TooSlow when the budget is spent */
    public static boolean find(Pattern pattern, String text) {
        Counted counted = new Counted(text, BASE_STEPS + STEPS_PER_CHAR * text.length());
        try {
            return pattern.matcher(counted).find();
        } catch (Spent e) {
            throw new TooSlow(pattern.pattern(), text.length());
        }
    }

    /** A regular expression that took too long on an answer: located by the caller, which knows the row. */
    public static final class TooSlow extends RuntimeException {
        public TooSlow(String pattern, int length) {
            super("the regular expression /" + pattern + "/ takes too long on this answer (" + length
                    + " characters; nested repetitions such as (.*a)* backtrack exponentially): simplify it");
        }
    }

    private static final class Spent extends RuntimeException {
        Spent() {
            super(null, null, false, false);
        }
    }

    private static final class Counted implements CharSequence {
        private final String text;
        private long left;

        Counted(String text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new Spent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
