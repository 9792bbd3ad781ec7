package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pipe tables of a Markdown file ({@code .md}), as documents and their text extractions print them:
 * {@code | Territoire | 2015 | 2020 |}, the rule {@code |---|---|} under the header, a row a line. Rows are numbered by
 * the file's lines, so that an error names the line an editor shows.
 *
 * <p>For a handler that {@linkplain TableHandler#findsItsHeader() finds its header}, the lines outside the tables (a
 * title, a "Source :" line, a heading) are passed as rows of one cell, as they come pasted above a table in a CSV; the
 * rules are not; the end of each table is {@linkplain TableHandler#tableEnds() said}, so that such a handler reads every
 * table of the file. Any other handler gets the first table only, its header as the header.
 */
final class MarkdownSource implements TableSource {

    /** A delimiter row's cell: dashes, with a colon at either end for the alignment. */
    private static final Pattern RULE_CELL = Pattern.compile("\\s*:?-+:?\\s*");

    private final Path file;
    private final Charset charset;

    MarkdownSource(Path file, Charset charset) {
        this.file = file;
        this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    static boolean named(String extension) {
        return extension.equals("md") || extension.equals("markdown");
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String description() {
        return "Markdown pipe tables, " + charset.name();
    }

    @Override
    public fr.enquete.model.Message wording() {
        return fr.enquete.model.Message.of("format.markdown", charset.name());
    }

    @Override
    public void read(TableHandler handler) {
        String name = file.toString();
        List<String> lines = lines(name);
        boolean finder = handler.findsItsHeader();
        Header header = null;
        int tableHeaderLine = 0;
        int width = 0;
        boolean tables = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            long number = i + 1;
            if (line.isBlank()) {
                tableHeaderLine = ended(handler, finder, tableHeaderLine);
                continue;
            }
            // In a table, any line with a pipe is a row; a line without one ("Source : Insee" right under it) ends it.
            boolean pipeRow = line.strip().startsWith("|") || line.contains("|") && (tableHeaderLine > 0
                    || i + 1 < lines.size() && isRule(cells(lines.get(i + 1))));
            if (!pipeRow) {
                tableHeaderLine = ended(handler, finder, tableHeaderLine);
                if (finder) {
                    header = emit(handler, header, new String[] {line.strip()}, number);
                }
                continue;
            }
            List<String> cells = cells(line);
            if (tableHeaderLine == 0) {
                // A table starts: its header, then its rule.
                String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
                if (!isRule(cells(next))) {
                    throw new InputException(SourceLocation.cell(name, number + 1, null), next.isBlank()
                            ? Message.of("input.md.rule.missing", String.valueOf(number))
                            : Message.of("input.md.rule.other", String.valueOf(number), abbreviate(next)));
                }
                if (cells(next).size() != cells.size()) {
                    throw new InputException(SourceLocation.cell(name, number + 1, null), Message.of("input.md.rule.width",
                            String.valueOf(number), (long) cells(next).size(), (long) cells.size()));
                }
                if (tables && !finder) {
                    throw new InputException(SourceLocation.cell(name, number, null), Message.of("input.md.second"));
                }
                tables = true;
                tableHeaderLine = (int) number;
                width = cells.size();
                header = emit(handler, header, cells.toArray(String[]::new), number);
                i++;
                continue;
            }
            if (cells.size() != width) {
                throw new InputException(SourceLocation.cell(name, number, null), Message.of("input.md.row.width",
                        (long) cells.size(), String.valueOf(tableHeaderLine), (long) width));
            }
            header = emit(handler, header, cells.toArray(String[]::new), number);
        }
        if (header == null) {
            throw new InputException(SourceLocation.file(name), Message.of("input.empty"));
        }
        if (!tables && !finder) {
            throw new InputException(SourceLocation.file(name), Message.of("input.md.none"));
        }
    }

    /**
     * A line that ends the table being read, if any: a handler finding its header is told, so that the next table's
     * heading names the next table. Returns the line the next table has its header on: none yet.
     */
    private static int ended(TableHandler handler, boolean finder, int tableHeaderLine) {
        if (tableHeaderLine > 0 && finder) {
            handler.tableEnds();
        }
        return 0;
    }

    /** The first line read is the header; the others are rows. Returns the header. */
    private Header emit(TableHandler handler, Header header, String[] cells, long number) {
        if (header == null) {
            Header h = new Header(file.toString(), DelimitedSource.headerNames(cells));
            handler.header(h);
            return h;
        }
        handler.row(new Row(cells, number));
        return header;
    }

    private List<String> lines(String name) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        } catch (CharacterCodingException e) {
            throw new InputException(SourceLocation.cell(name, lines.size() + 1, null), fr.enquete.model.Message.of("input.encoding",
                    charset.name(), charset.equals(StandardCharsets.UTF_8) ? "windows-1252" : "UTF-8"), e);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)), e);
        }
        return lines;
    }

    /** A row's cells: split on the pipes that are not escaped, the outer pipes optional, each cell stripped. */
    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static boolean isRule(List<String> cells) {
        return cells.stream().allMatch(c -> RULE_CELL.matcher(c).matches());
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }
}
