package fr.enquete.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A set of words left out of term tables: the shipped French list, optionally extended by a file. */
public final class StopWords {

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The French list shipped with enquete. */
    public static StopWords french() {
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords-fr.txt")) {
            return new StopWords(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No word: the start of a custom list. */
    public static StopWords empty() {
        return new StopWords(Set.of());
    }

    /** This list plus the words of {@code file} (one per line, {@code #} starts a comment). */
    public StopWords with(Path file) throws IOException {
        Set<String> all = new HashSet<>(words);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.addAll(read(r));
        }
        return new StopWords(all);
    }

    /** The words, lower case. */
    public Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    public StopWords with(Set<String> extra) {
        Set<String> all = new HashSet<>(words);
        extra.forEach(w -> all.add(w.toLowerCase(Locale.ROOT)));
        return new StopWords(all);
    }

    /** Whether the word is in the list, in any case and without an abbreviation's period ("etc.", "Tél."). */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return words.contains(w) || w.length() > 1 && w.endsWith(".") && words.contains(w.substring(0, w.length() - 1));
    }

    private static Set<String> read(BufferedReader r) throws IOException {
        Set<String> out = new HashSet<>();
        String line;
        while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            String w = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
