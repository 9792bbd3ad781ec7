package fr.enquete.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How French words are lemmatised in use, learnt from Universal Dependencies French treebanks (counts of form, UPOS
 * and lemma; {@code scripts/ud-lemma-table.py} builds the tables, the test splits of the treebanks the pipeline is
 * scored on never enter them): the lemma a form most often has with a tag ("commune" NOUN is "commune", where the
 * lexicon only knows the noun "commun"), how often a lemma occurs with a tag, to choose among the lexicon's
 * readings of a form never seen ("étaient" is "être" rather than "étayer"), and the endings' rules that guess the
 * lemma of a word the lexicon does not know ({@link SuffixLemmas}). Immutable and shared.
 *
 * <p>Each table keeps the licence of its treebanks: {@code ud-lemmas-sequoia.tsv} (UD French-Sequoia train and dev, LGPL-LR)
 * and {@code ud-lemmas-cc-by-sa.tsv} (UD French-GSD dev, Rhapsodie, ParisStories and PUD, CC BY-SA); they are merged
 * when read. The treebanks disagree on some conventions (PUD and the spoken ParisStories often lemmatise a feminine
 * noun as its masculine, "actrice": acteur, where GSD keeps "actrice"), so the lemma of a form comes from GSD and
 * Sequoia, whose conventions the pipeline follows, and from the other treebanks for a form those two never saw
 * with that tag, or saw once against a far larger count of another lemma there ({@link #OUTWEIGHS}).
 */
final class UsageLemmas {

    static final String[] TABLES = {"/fr/enquete/text/ud-lemmas-sequoia.tsv", "/fr/enquete/text/ud-lemmas-cc-by-sa.tsv"};

    /** The treebanks whose conventions decide a form's lemma (the last column of the tables). */
    static final Set<String> FOLLOWED = Set.of("gsd", "sequoia");

    private record Choice(String lemma, int count) {
    }

    private final Map<String, Choice> byForm = new HashMap<>();
    private final Map<String, Integer> lemmaCounts = new HashMap<>();
    private final Map<String, String> circumflexed = new HashMap<>();
    private final SuffixLemmas suffixes;

    private static final Models.Loaded<UsageLemmas> SHARED = new Models.Loaded<>(UsageLemmas::load);

    /** The tables shipped with the toolkit, read once (again after {@link Models#release}). */
    static UsageLemmas shared() {
        return SHARED.get();
    }

    /**
     * A lemma the followed treebanks saw once gives way to one the others saw at least this many times, and this many
     * times as often as that lemma: "suis" VERB is once "suivre" in GSD dev, thirteen times "être" in the spoken
     * treebanks and PUD ("je suis à l'accueil"). Two forms of the tables change ("suis" VERB and "grands-parents");
     * where GSD or Sequoia saw a form more than once, their convention stays ("vacances", "-là").
     */
    static final int OUTWEIGHS = 5;

    private UsageLemmas(Map<String, Map<String, Integer>> followed, Map<String, Map<String, Integer>> others) {
        followed.forEach((key, lemmas) -> byForm.put(key, choose(lemmas, others.get(key))));
        others.forEach((key, lemmas) -> byForm.putIfAbsent(key, best(lemmas)));
        SuffixLemmas.Learner learner = new SuffixLemmas.Learner();
        byForm.forEach((key, choice) -> {
            int tab = key.indexOf('\t');
            learner.add(key.substring(0, tab), key.substring(tab + 1), choice.lemma());
        });
        suffixes = learner.learn();
    }

    /**
     * The lemma {@code form} (any case) most often has as {@code upos} in the treebanks, or null if the pair was never
     * seen there.
     */
    String lemma(String form, String upos) {
        Choice c = byForm.get(key(form.toLowerCase(Locale.ROOT).replace('’', '\''), upos));
        return c == null ? null : c.lemma();
    }

    /** How many words of the treebanks have {@code lemma} (any case) and {@code upos}. */
    int count(String lemma, String upos) {
        return lemmaCounts.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), upos), 0);
    }

    /**
     * The spelling with a circumflex on i or u ("entraîneur", "boîte") that the treebanks use more with {@code upos}
     * than {@code lemma}, its spelling without ("entraineur", "boite"; the 1990 reform's), or null.
     */
    String circumflexed(String lemma, String upos) {
        return circumflexed.get(key(lemma, upos));
    }

    /** The lemma of a lower-cased word the lexicon does not know, guessed from its ending ({@link SuffixLemmas}). */
    String guess(String lower, String upos) {
        return suffixes.guess(lower, upos);
    }

    private static String key(String a, String b) {
        return a + '\t' + b;
    }

    /** The followed treebanks' lemma, unless they saw the form once and the others saw another far more often. */
    private static Choice choose(Map<String, Integer> followed, Map<String, Integer> others) {
        Choice own = best(followed);
        if (others == null || own.count() != 1 || followed.size() != 1) {
            return own; // seen more than once (every count is at least one)
        }
        Choice theirs = best(others);
        if (!theirs.lemma().equals(own.lemma()) && theirs.count() >= OUTWEIGHS
                && theirs.count() >= OUTWEIGHS * others.getOrDefault(own.lemma(), 0)) {
            return theirs;
        }
        return own;
    }

    /**
     * The most frequent lemma; on a tie, one in lower case before a capitalised one, then the first in alphabetical
     * order. Sequoia has "seuil" NOUN once as "Seuil" and once as "seuil": alphabetical order alone put the capital
     * first, and the term tables showed "Seuil" for "le seuil de pauvreté".
     */
    private static Choice best(Map<String, Integer> lemmas) {
        Choice best = null;
        for (Map.Entry<String, Integer> e : lemmas.entrySet()) {
            if (best == null || e.getValue() > best.count() || e.getValue() == best.count() && before(e.getKey(), best.lemma())) {
                best = new Choice(e.getKey(), e.getValue());
            }
        }
        return best;
    }

    private static boolean before(String a, String b) {
        boolean capitalA = !a.isEmpty() && Character.isUpperCase(a.charAt(0));
        boolean capitalB = !b.isEmpty() && Character.isUpperCase(b.charAt(0));
        return capitalA != capitalB ? !capitalA : a.compareTo(b) < 0;
    }

    private static UsageLemmas load() {
        Map<String, Map<String, Integer>> followed = new HashMap<>();
        Map<String, Map<String, Integer>> others = new HashMap<>();
        Map<String, Integer> lemmaCounts = new HashMap<>();
        for (String table : TABLES) {
            try (InputStream in = UsageLemmas.class.getResourceAsStream(table)) {
                if (in == null) {
                    throw new IllegalStateException("missing language resource on the classpath: " + table);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("#")) {
                        continue; // the table's sources, commits and licence
                    }
                    String[] f = line.split("\t");
                    if (f.length != 5) {
                        throw new IllegalStateException(table + ": expected form, upos, lemma, count and treebank in " + line);
                    }
                    int n = Integer.parseInt(f[3]);
                    (FOLLOWED.contains(f[4]) ? followed : others)
                            .computeIfAbsent(key(f[0], f[1]), k -> new HashMap<>()).merge(f[2], n, Integer::sum);
                    lemmaCounts.merge(key(f[2].toLowerCase(Locale.ROOT), f[1]), n, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + table, e);
            }
        }
        UsageLemmas u = new UsageLemmas(followed, others);
        u.lemmaCounts.putAll(lemmaCounts);
        lemmaCounts.forEach((key, n) -> {
            String plain = key.replace('î', 'i').replace('û', 'u');
            if (!plain.equals(key) && n > lemmaCounts.getOrDefault(plain, 0)) {
                u.circumflexed.put(plain, key.substring(0, key.indexOf('\t')));
            }
        });
        return u;
    }
}
