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

/**
 * How French words are lemmatised in use, learnt from the train and dev splits of the Universal Dependencies
 * French treebanks (counts of form, UPOS and lemma; {@code scripts/ud-lemma-table.py} builds the tables, the test
 * splits never enter them): the lemma a form most often has with a tag ("commune" NOUN is "commune", where the
 * lexicon only knows the noun "commun"), and how often a lemma occurs with a tag, to choose among the lexicon's
 * readings of a form never seen ("étaient" is "être" rather than "étayer"). Immutable and shared.
 *
 * <p>Each table keeps the licence of its treebank: {@code ud-lemmas-sequoia.tsv} (UD French-Sequoia train, LGPL-LR)
 * and {@code ud-lemmas-gsd.tsv} (UD French-GSD dev, CC BY-SA 4.0); they are merged when read.
 */
final class UsageLemmas {

    static final String[] TABLES = {"/fr/enquete/text/ud-lemmas-sequoia.tsv", "/fr/enquete/text/ud-lemmas-gsd.tsv"};

    private record Choice(String lemma, int count) {
    }

    private final Map<String, Choice> byForm = new HashMap<>();
    private final Map<String, Integer> lemmaCounts = new HashMap<>();

    private static final class Holder {
        static final UsageLemmas INSTANCE = load();
    }

    /** The tables shipped with the toolkit, read once. */
    static UsageLemmas shared() {
        return Holder.INSTANCE;
    }

    private UsageLemmas() {
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

    private static String key(String a, String b) {
        return a + '\t' + b;
    }

    private static UsageLemmas load() {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        UsageLemmas u = new UsageLemmas();
        for (String table : TABLES) {
            try (InputStream in = UsageLemmas.class.getResourceAsStream(table)) {
                if (in == null) {
                    throw new IllegalStateException("missing language resource on the classpath: " + table);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("#")) {
                        continue; // the table's source, commit and licence
                    }
                    String[] f = line.split("\t");
                    if (f.length != 4) {
                        throw new IllegalStateException(table + ": expected form, upos, lemma and count in " + line);
                    }
                    int n = Integer.parseInt(f[3]);
                    counts.computeIfAbsent(key(f[0], f[1]), k -> new HashMap<>()).merge(f[2], n, Integer::sum);
                    u.lemmaCounts.merge(key(f[2].toLowerCase(Locale.ROOT), f[1]), n, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + table, e);
            }
        }
        counts.forEach((key, lemmas) -> {
            Choice best = null;
            for (Map.Entry<String, Integer> e : lemmas.entrySet()) {
                if (best == null || e.getValue() > best.count()
                        || e.getValue() == best.count() && e.getKey().compareTo(best.lemma()) < 0) {
                    best = new Choice(e.getKey(), e.getValue());
                }
            }
            u.byForm.put(key, best);
        });
        return u;
    }
}
