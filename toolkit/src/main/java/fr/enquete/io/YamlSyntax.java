package fr.enquete.io;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML file that does not parse, told as what its author wrote wrong and how to fix it, in either language: SnakeYAML's
 * own problems ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'") meant nothing to a study team.
 * The problems are recognised by SnakeYAML 2's wording; one not recognised keeps that wording after "YAML non valide".
 */
public final class YamlSyntax {

    private static final String BLOCK_END = "expected <block end>, but found '";

    private YamlSyntax() {
    }

    /** The located error for {@code e}, met while parsing {@code text}, the content of the file {@code file}. */
    public static InputException error(String file, String text, YAMLException e) {
        if (e instanceof ReaderException && TextFiles.looksBinary(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            // A workbook or a document given for a YAML file: no character of it is to delete.
            return new InputException(SourceLocation.file(file), Message.of("yaml.binary"), e);
        }
        if (e instanceof ReaderException r) {
            // A control character pasted from another program: SnakeYAML gives its place in code points.
            int[] at = lineAndColumn(text, r.getPosition());
            return new InputException(SourceLocation.line(file, at[0], at[1]),
                    Message.of("yaml.syntax.control", String.format(Locale.ROOT, "U+%04X", r.getCodePoint())), e);
        }
        if (!(e instanceof MarkedYAMLException m)) {
            // Another refusal before parsing (too many aliases): SnakeYAML's words, by file.
            return new InputException(SourceLocation.file(file), Message.of("spec.yaml.invalid",
                    visible(String.valueOf(e.getMessage()).lines().findFirst().orElse(""))), e);
        }
        Located found = explain(m, text);
        Mark at = found.at != null ? found.at : m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        SourceLocation where = at == null ? SourceLocation.file(file)
                : SourceLocation.line(file, at.getLine() + 1L, Math.max(1, at.getColumn() + 1L - found.back));
        return new InputException(where, found.message, e);
    }

    /**
     * What is wrong and the mark to point at: the problem's, unless the cause is where something began (a quote);
     * {@code back} columns before it when the mark is just past the cause (the letter after a backslash).
     */
    private record Located(Mark at, int back, Message message) {
        Located(Mark at, Message message) {
            this(at, 0, message);
        }
    }

    private static Located explain(MarkedYAMLException e, String text) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark p = e.getProblemMark();
        Mark c = e.getContextMark();
        if (problem.startsWith(BLOCK_END)) {
            String token = problem.substring(BLOCK_END.length(), problem.length() - 1);
            switch (token) {
                case "<block mapping start>", "?" -> {
                    // A key left of its siblings but right of its parent: a new mapping SnakeYAML cannot place.
                    return new Located(p, Message.of("yaml.syntax.indent"));
                }
                case "-", "<block sequence start>" -> {
                    return new Located(p, Message.of("yaml.syntax.dash"));
                }
                case "]", "}" -> {
                    return new Located(p, Message.of("yaml.syntax.close", token));
                }
                case "<scalar>" -> {
                    return afterValue(p, text);
                }
                default -> {
                    return unknown(p, problem);
                }
            }
        }
        if (problem.startsWith("found character '\\t(TAB)'")) {
            // SnakeYAML writes the tab as the two characters "\t", then "(TAB)".
            return new Located(p, Message.of("yaml.syntax.tab"));
        }
        if (problem.startsWith("found character '") && problem.contains("' that cannot start any token")) {
            return new Located(p, Message.of("yaml.syntax.start", problem.substring("found character '".length(), problem.indexOf("' that"))));
        }
        if (context.equals("while scanning a quoted scalar")
                && (problem.equals("found unexpected end of stream") || problem.equals("found unexpected document separator"))) {
            // The end of the file is where SnakeYAML noticed; the quote left open is what to fix.
            return new Located(c, Message.of("yaml.syntax.quote", charAt(text, c, "\"")));
        }
        if (context.equals("while scanning a double-quoted scalar")
                && (problem.startsWith("found unknown escape character") || problem.startsWith("expected escape sequence of"))) {
            // SnakeYAML points past the backslash (after "\s", after "\U" in "C:\Users"); the backslash is what to fix.
            return new Located(p, problem.startsWith("found unknown escape character") ? 1 : 2, Message.of("yaml.syntax.backslash"));
        }
        if ((context.equals("while parsing a flow sequence") || context.equals("while parsing a flow mapping"))
                && problem.startsWith("expected ','")) {
            boolean sequence = context.endsWith("sequence");
            if (problem.endsWith("<stream end>") || p == null || c == null || p.getLine() > c.getLine()) {
                // The list runs on past its line: its bracket was never closed.
                return new Located(c, Message.of(sequence ? "yaml.syntax.bracket" : "yaml.syntax.brace"));
            }
            return new Located(p, Message.of("yaml.syntax.flow.comma", sequence ? "]" : "}"));
        }
        if (context.equals("while scanning a simple key") && problem.equals("could not find expected ':'")) {
            return new Located(c, Message.of("yaml.syntax.colon.missing"));
        }
        if (problem.equals("mapping values are not allowed here")) {
            String key = keyBefore(text, p);
            return new Located(p, key != null ? Message.of("yaml.syntax.colon.value", key) : Message.of("yaml.syntax.continued"));
        }
        if (problem.equals("sequence entries are not allowed here")) {
            return new Located(p, Message.of("yaml.syntax.dash.line"));
        }
        if (problem.startsWith("found undefined alias ")) {
            return new Located(p, Message.of("yaml.syntax.alias", problem.substring("found undefined alias ".length())));
        }
        if (context.equals("while scanning an alias") || context.equals("while scanning an anchor")) {
            return new Located(c, Message.of("yaml.syntax.star", context.endsWith("alias") ? "*" : "&"));
        }
        if (context.equals("expected a single document in the stream")) {
            return new Located(p, Message.of("yaml.syntax.documents"));
        }
        return unknown(p != null ? p : c, problem);
    }

    /**
     * Text after a value's end. When that value is a quoted text running over several lines, its opening quote was most
     * likely left unclosed and the quote that opened a later text closed it: that opening quote is what to fix.
     */
    private static Located afterValue(Mark p, String text) {
        ScalarEvent last = null;
        try {
            for (Event ev : new Yaml(new LoaderOptions()).parse(new java.io.StringReader(text))) {
                if (ev instanceof ScalarEvent s) {
                    last = s;
                }
            }
        } catch (YAMLException e) {
            // The same error again: the events up to it are what was wanted.
        }
        if (last != null && p != null && quoted(last) && last.getStartMark().getLine() < last.getEndMark().getLine()
                && last.getEndMark().getLine() == p.getLine()) {
            Mark end = last.getEndMark();
            return new Located(last.getStartMark(), Message.of("yaml.syntax.quote.late", charAt(text, last.getStartMark(), "\""),
                    String.valueOf(end.getLine() + 1), String.valueOf(end.getColumn())));
        }
        if (last != null && p != null && quoted(last) && last.getStartMark().getLine() == p.getLine()
                && last.getEndMark().getLine() == p.getLine()) {
            // 'Année de l'agrément': the quote that ended the text early is the one to fix, when the line goes on to
            // another quote of the same kind (the one the author meant to close it with).
            String quote = charAt(text, last.getStartMark(), "\"");
            String line = line(text, p);
            int[] rest = line.codePoints().skip(p.getColumn()).toArray();
            if (new String(rest, 0, rest.length).contains(quote)) {
                return new Located(last.getEndMark(), 1, Message.of(quote.equals("'") ? "yaml.syntax.apostrophe" : "yaml.syntax.inner.quote"));
            }
        }
        return new Located(p, Message.of("yaml.syntax.after"));
    }

    private static boolean quoted(ScalarEvent s) {
        return s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED || s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
    }

    private static Located unknown(Mark at, String problem) {
        return new Located(at, Message.of("spec.yaml.invalid", visible(problem)));
    }

    /**
     * The key of the line holding {@code colon}, when an earlier "key: " on that same line makes this colon part of an
     * unquoted value ("label: Note: de 1 à 5"); null when the colon is the line's first, so the whole line continues the
     * one above it (indented too far, or that line's key lost its colon).
     */
    private static String keyBefore(String text, Mark colon) {
        String line = line(text, colon);
        if (line == null) {
            return null;
        }
        int[] cps = line.codePoints().limit(colon.getColumn()).toArray();
        String before = new String(cps, 0, cps.length).stripLeading();
        while (before.startsWith("- ")) {
            before = before.substring(2).stripLeading();
        }
        int sep = before.indexOf(": ");
        return sep > 0 ? before.substring(0, sep).strip() : null;
    }

    /** The 1-based line and column of the code point at {@code index}. */
    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        int[] cps = text.codePoints().limit(Math.max(0, index)).toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n' || cps[i] == '\r' && (i + 1 >= cps.length || cps[i + 1] != '\n')) {
                line++;
                column = 1;
            } else if (cps[i] != '\r') {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** The text of {@code at}'s line, as SnakeYAML counts lines; null past the end. */
    private static String line(String text, Mark at) {
        List<String> lines = text.lines().toList();
        return at != null && at.getLine() < lines.size() ? lines.get(at.getLine()) : null;
    }

    /** The character at {@code at} (the quote that opened a text), or {@code otherwise}. */
    private static String charAt(String text, Mark at, String otherwise) {
        String line = line(text, at);
        if (line == null || at.getColumn() >= line.codePointCount(0, line.length())) {
            return otherwise;
        }
        return Character.toString(line.codePointAt(line.offsetByCodePoints(0, at.getColumn())));
    }

    /** SnakeYAML's words on one line: a line break or a tab it quotes as "\n", any other control character as "?". */
    private static String visible(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replaceAll("\\p{Cc}", "?");
    }
}
