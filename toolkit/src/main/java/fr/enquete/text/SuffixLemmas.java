package fr.enquete.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Lemmas of words the lexicon does not know, guessed from their ending: rules learnt from the usage tables' words
 * of the same tag ("endorsé" VERB ends like "imposé", whose lemma removes "é" and adds "er": "endorser";
 * "taiwanaise" ADJ like "française": "taiwanais"). Each ending of one to {@link #LONGEST} letters keeps the change
 * most of the tables' words with that ending and tag share (each form counted once, not by its frequency, since the
 * words to guess are rare ones); the longest ending seen at least {@link #MIN_WORDS} times decides. Immutable.
 */
final class SuffixLemmas {

    /** The longest ending a rule is learnt for. */
    static final int LONGEST = 5;

    /** How many of the tables' words must share an ending (with the tag) for it to decide. */
    static final int MIN_WORDS = 3;

    /** A change from a form to its lemma: remove {@code strip} letters at the end, then add {@code add}. */
    record Change(int strip, String add) {

        // Written out: the record's generated hashCode and equals go through method handles, slower in the client
        // compiler's code of a cold start, where the tables' 28 000 forms are learnt (about a third of the learning).
        @Override
        public int hashCode() {
            return 31 * strip + add.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Change c && c.strip == strip && c.add.equals(add);
        }

        static Change of(String form, String lemma) {
            int common = 0;
            int max = Math.min(form.length(), lemma.length());
            while (common < max && form.charAt(common) == lemma.charAt(common)) {
                common++;
            }
            return new Change(form.length() - common, lemma.substring(common));
        }

        String apply(String form) {
            return form.substring(0, form.length() - strip) + add;
        }
    }

    private final Map<String, Change> rules;

    private SuffixLemmas(Map<String, Change> rules) {
        this.rules = rules;
    }

    /** Learns the rules from (lower-cased form, tag, lemma) words, each given once. */
    static final class Learner {
        /** For each tag and ending, how many words make each change (a one-element array, counted in place). */
        private final Map<String, Map<Change, int[]>> counts = new HashMap<>();

        void add(String form, String upos, String lemma) {
            if (form.length() < 3 || !letters(form)) {
                return;
            }
            Change change = Change.of(form, lemma.toLowerCase(java.util.Locale.ROOT));
            for (int n = 1; n <= LONGEST && n < form.length(); n++) {
                counts.computeIfAbsent(key(upos, form.substring(form.length() - n)), k -> new HashMap<>(4))
                        .computeIfAbsent(change, k -> new int[1])[0]++;
            }
        }

        private static boolean letters(String form) {
            for (int i = 0; i < form.length(); i++) {
                if (!Character.isLetter(form.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        SuffixLemmas learn() {
            Map<String, Change> rules = new HashMap<>();
            counts.forEach((key, changes) -> {
                int total = 0;
                Change best = null;
                int bestCount = 0;
                for (Map.Entry<Change, int[]> e : changes.entrySet()) {
                    int n = e.getValue()[0];
                    total += n;
                    if (n > bestCount || n == bestCount && order(e.getKey(), best) < 0) {
                        best = e.getKey();
                        bestCount = n;
                    }
                }
                if (total >= MIN_WORDS) {
                    rules.put(key, best);
                }
            });
            return new SuffixLemmas(rules);
        }

        /** A deterministic order of changes on a tie: the smaller change first. */
        private static int order(Change a, Change b) {
            int c = Integer.compare(a.strip(), b.strip());
            return c != 0 ? c : a.add().compareTo(b.add());
        }
    }

    /**
     * The lemma of {@code lower} (a lower-cased word the lexicon does not know) read as {@code upos}, by the rule of
     * its longest known ending; the word itself when no ending is known or the change would leave under two letters.
     */
    String guess(String lower, String upos) {
        for (int n = Math.min(LONGEST, lower.length() - 1); n >= 1; n--) {
            Change c = rules.get(key(upos, lower.substring(lower.length() - n)));
            if (c != null) {
                return lower.length() - c.strip() >= 2 ? c.apply(lower) : lower;
            }
        }
        return lower;
    }

    private static String key(String upos, String ending) {
        return upos + '\t' + ending;
    }
}
