package fr.enquete.text;

import fr.enquete.model.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the CoNLL-U format of Universal Dependencies (https://universaldependencies.org/format.html):
 * comment lines ({@code # sent_id}, {@code # text}), one line of 10 tab-separated columns per word, {@code _} for
 * an empty field, a blank line after each sentence. Only ID, FORM, LEMMA and UPOS are written; the other columns
 * are {@code _}, since enquete does not parse.
 */
public final class Conllu {

    /** A sentence read from CoNLL-U: its id and text (when given), words, and multi-word token ranges. */
    public record Input(String id, String text, List<String> words, List<Annotator.MultiwordToken> multiwordTokens) {
        public Input {
            words = List.copyOf(words);
            multiwordTokens = List.copyOf(multiwordTokens);
        }
    }

    private Conllu() {
    }

    /**
     * The sentences of a CoNLL-U text, read by {@link UdTreebank#read}: words must be numbered 1..n in each
     * sentence; multi-word token ranges are kept apart (not words to tag) and empty nodes ({@code 8.1}) are skipped,
     * as UD scorers do.
     *
     * @throws InputException naming the file and line of a malformed line
     */
    public static List<Input> read(String content, String file) {
        List<Input> out = new ArrayList<>();
        for (UdTreebank.Sentence s : UdTreebank.read(content, file)) {
            List<String> words = new ArrayList<>();
            List<Annotator.MultiwordToken> ranges = new ArrayList<>();
            for (UdTreebank.Token t : s.tokens()) {
                if (t.words().size() > 1) {
                    ranges.add(new Annotator.MultiwordToken(words.size() + 1, words.size() + t.words().size(), t.form()));
                }
                t.words().forEach(w -> words.add(w.form()));
            }
            out.add(new Input(s.id(), s.text(), words, ranges));
        }
        return out;
    }

    /**
     * CoNLL-U text of annotated sentences: {@code # sent_id} (the id given, or the sentence's number), {@code # text},
     * the multi-word token ranges before their first word, then one line per word.
     */
    public static String write(List<Annotator.Sentence> sentences, List<String> ids) {
        return write(sentences, ids, false);
    }

    /**
     * As {@link #write(List, List)}; with {@code flatTree}, HEAD and DEPREL hold a placeholder tree (the first word
     * the root, every other word a {@code dep} of it) because the CoNLL 2018 scorer refuses a HEAD of {@code _}.
     * Its attachment scores mean nothing: enquete does not parse.
     */
    public static String write(List<Annotator.Sentence> sentences, List<String> ids, boolean flatTree) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            Annotator.Sentence s = sentences.get(i);
            String id = ids != null && i < ids.size() && ids.get(i) != null ? ids.get(i) : String.valueOf(i + 1);
            b.append("# sent_id = ").append(id).append('\n');
            b.append("# text = ").append(oneLine(s.text())).append('\n');
            int r = 0;
            for (Annotator.Word w : s.words()) {
                while (r < s.multiwordTokens().size() && s.multiwordTokens().get(r).first() == w.id()) {
                    Annotator.MultiwordToken m = s.multiwordTokens().get(r++);
                    b.append(m.first()).append('-').append(m.last()).append('\t').append(field(m.form()))
                            .append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
                }
                b.append(w.id()).append('\t').append(field(w.form())).append('\t').append(field(w.lemma())).append('\t')
                        .append(field(w.upos())).append("\t_\t_\t")
                        .append(!flatTree ? "_\t_" : w.id() == 1 ? "0\troot" : "1\tdep").append("\t_\t_\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * The same annotation as a table with a header: sentence, id, form, lemma, upos (one line per word, no
     * multi-word tokens), for a spreadsheet.
     */
    public static String writeTsv(List<Annotator.Sentence> sentences, List<String> ids) {
        StringBuilder b = new StringBuilder("sentence\tid\tform\tlemma\tupos\n");
        for (int i = 0; i < sentences.size(); i++) {
            String id = ids != null && i < ids.size() && ids.get(i) != null ? ids.get(i) : String.valueOf(i + 1);
            for (Annotator.Word w : sentences.get(i).words()) {
                b.append(field(id)).append('\t').append(w.id()).append('\t').append(field(w.form())).append('\t')
                        .append(field(w.lemma())).append('\t').append(field(w.upos())).append('\n');
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A field with no tab or line break (CoNLL-U forbids them), {@code _} when empty. */
    private static String field(String s) {
        if (s == null || s.isEmpty()) {
            return "_";
        }
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
