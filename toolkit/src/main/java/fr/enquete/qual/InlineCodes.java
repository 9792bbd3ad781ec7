package fr.enquete.qual;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes written by hand in a transcript: {@code {quadrant|theme|item}coded words{/}}, the item optional
 * ({@code {force|Logement}...{/}} codes the theme as its own item). A code opens and closes within one
 * paragraph and codes do not nest.
 */
final class InlineCodes {

    /** A closing mark, or an opening one; its parts may be empty so that an empty theme is reported where it is. */
    private static final Pattern MARK = Pattern.compile("\\{/}|\\{([^{}|]*)\\|([^{}|]*)(?:\\|([^{}]*))?}");

    /** A paragraph without its marks, and the coded spans in it (offsets into the clean text). */
    record Parsed(String text, List<Span> spans) {
    }

    record Span(int start, int end, Code code) {
    }

    private InlineCodes() {
    }

    /** @param column the column of {@code line}'s first character in the file's line (1 when it is the whole line) */
    static Parsed parse(String line, String file, long lineNumber, int column) {
        int shift = column - 1;
        StringBuilder clean = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        int last = 0;
        Code open = null;
        int openAt = -1;
        int openColumn = 0;
        while (m.find()) {
            clean.append(line, last, m.start());
            last = m.end();
            if (m.group().equals("{/}")) {
                if (open == null) {
                    throw new InputException(SourceLocation.line(file, lineNumber, shift + m.start() + 1), Message.of("qual.code.close.none"));
                }
                if (clean.substring(openAt).isBlank()) {
                    throw new InputException(SourceLocation.line(file, lineNumber, openColumn), Message.of("qual.code.nowords", open.quadrant().code() + "|"
                            + open.theme() + (open.item().equals(open.theme()) ? "" : "|" + open.item())));
                }
                spans.add(new Span(openAt, clean.length(), open));
                open = null;
                continue;
            }
            if (open != null) {
                throw new InputException(SourceLocation.line(file, lineNumber, shift + m.start() + 1),
                        Message.of("qual.code.nested", String.valueOf(openColumn)));
            }
            String q = m.group(1);
            Quadrant quadrant = Quadrant.parse(q).orElseThrow(() -> new InputException(SourceLocation.line(file, lineNumber, shift + m.start() + 2),
                    q.isBlank()
                    ? Message.of("qual.code.quadrant.empty", m.group(), Quadrant.codes())
                    : Message.of("qual.code.quadrant.unknown", q.strip(), m.group(), Quadrant.codes())));
            String theme = m.group(2).strip();
            if (theme.isEmpty()) {
                throw new InputException(SourceLocation.line(file, lineNumber, shift + m.start() + 1),
                        Message.of("qual.code.theme.empty", m.group()));
            }
            if (m.group(3) != null && m.group(3).isBlank()) {
                throw new InputException(SourceLocation.line(file, lineNumber, shift + m.start() + 1),
                        Message.of("qual.code.item.empty", m.group(), q.strip(), theme));
            }
            String item = m.group(3) == null ? theme : m.group(3).strip();
            open = new Code(theme, quadrant, item, Code.Origin.MANUAL);
            openAt = clean.length();
            openColumn = shift + m.start() + 1;
        }
        if (open != null) {
            throw new InputException(SourceLocation.line(file, lineNumber, openColumn),
                    Message.of("qual.code.unclosed", open.quadrant().code() + "|" + open.theme()));
        }
        clean.append(line, last, line.length());
        return new Parsed(clean.toString(), spans);
    }
}
