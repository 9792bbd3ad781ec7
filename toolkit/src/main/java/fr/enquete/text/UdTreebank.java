package fr.enquete.text;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Universal Dependencies treebank file (CoNLL-U) read as the reference of a measurement: each sentence's text
 * ({@code # text}), its surface tokens (a multi-word token such as {@code du} over its words {@code de le}) and each
 * word's form, lemma and universal POS tag. Empty nodes ({@code 8.1}) are skipped, as UD scorers do.
 */
public final class UdTreebank {

    /** A syntactic word of the reference. */
    public record Word(String form, String lemma, String upos) {
    }

    /** A surface token: its form and the words it stands for (one, or more for a multi-word token). */
    public record Token(String form, List<Word> words) {
        public Token {
            words = List.copyOf(words);
        }
    }

    /** A sentence: its id and text (as given by the comments, null when absent) and tokens. */
    public record Sentence(String id, String text, List<Token> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }

        /** The words, in order. */
        public List<Word> words() {
            return tokens.stream().flatMap(t -> t.words().stream()).toList();
        }
    }

    private static final Pattern WORD_ID = Pattern.compile("[1-9]\\d*");
    private static final Pattern RANGE_ID = Pattern.compile("([1-9]\\d*)-([1-9]\\d*)");
    private static final Pattern EMPTY_NODE = Pattern.compile("\\d+\\.\\d+");

    private UdTreebank() {
    }

    /**
     * The sentences of a CoNLL-U text.
     *
     * @throws InputException naming the file and line of a malformed line (not 10 columns, ids out of order, a
     *                        multi-word token range not followed by its words)
     */
    public static List<Sentence> read(String content, String file) {
        List<Sentence> out = new ArrayList<>();
        String id = null;
        String text = null;
        List<Token> tokens = new ArrayList<>();
        int words = 0;
        int rangeLast = 0;
        List<Word> rangeWords = null;
        String rangeForm = null;
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = n == 0 && lines[n].startsWith("\uFEFF") ? lines[n].substring(1) : lines[n];
            SourceLocation at = SourceLocation.line(file, n + 1L, 1);
            if (line.isBlank()) {
                if (rangeWords != null) {
                    throw new InputException(at, Message.of("ud.range.blank", rangeForm));
                }
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(id, text, tokens));
                } else if (id != null || text != null) {
                    throw new InputException(at, Message.of("ud.sentence.empty", id != null ? id : String.valueOf(out.size() + 1)));
                }
                id = null;
                text = null;
                tokens = new ArrayList<>();
                words = 0;
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("sent_id") && c.substring(7).strip().startsWith("=")) {
                    id = c.substring(c.indexOf('=') + 1).strip();
                } else if (c.startsWith("text") && c.substring(4).strip().startsWith("=")) {
                    text = c.substring(c.indexOf('=') + 1).strip();
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new InputException(at, Message.of("ud.columns", f.length));
            }
            if (f[1].isEmpty()) {
                throw new InputException(SourceLocation.line(file, n + 1L, line.indexOf('\t') + 2), Message.of("ud.form.empty"));
            }
            Matcher range = RANGE_ID.matcher(f[0]);
            if (range.matches() && rangeWords == null && Integer.parseInt(range.group(1)) == words + 1
                    && Integer.parseInt(range.group(2)) > words + 1) {
                rangeLast = Integer.parseInt(range.group(2));
                rangeWords = new ArrayList<>();
                rangeForm = f[1];
            } else if (EMPTY_NODE.matcher(f[0]).matches()) {
                continue;
            } else if (WORD_ID.matcher(f[0]).matches() && Integer.parseInt(f[0]) == words + 1) {
                words++;
                Word w = new Word(f[1], f[2], f[3]);
                if (rangeWords != null) {
                    rangeWords.add(w);
                    if (words == rangeLast) {
                        tokens.add(new Token(rangeForm, rangeWords));
                        rangeWords = null;
                    }
                } else {
                    tokens.add(new Token(f[1], List.of(w)));
                }
            } else {
                throw new InputException(at, Message.of("ud.id", words + 1, f[0]));
            }
        }
        if (rangeWords != null) {
            throw new InputException(SourceLocation.line(file, lines.length, 1), Message.of("ud.range.end", rangeForm));
        }
        if (!tokens.isEmpty()) {
            out.add(new Sentence(id, text, tokens));
        }
        return out;
    }
}
