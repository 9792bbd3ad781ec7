package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text (CSV, semicolon CSV, TSV) read with FastCSV (the delimiter is sniffed with Apache Commons CSV). Encoding and delimiter are
 * sniffed from the first megabyte: a BOM wins; otherwise strict UTF-8 if it decodes, else
 * Windows-1252 (what French Excel writes). Quoted cells may hold delimiters, quotes and line breaks.
 */
public final class DelimitedSource implements TableSource {

    static final int SNIFF_BYTES = 1 << 20;
    private static final char[] CANDIDATES = {';', ',', '\t', '|'};
    /** How many one-cell records (titles, sentences) may stand above the header of a delimited file. */
    private static final int TITLE_LINES = 10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    /** Whether an unquoted NA cell is no answer ({@link ImportOptions#bareNa()}). */
    private final boolean bareNa;

    private DelimitedSource(Path file, Charset charset, int bomLength, char delimiter, boolean bareNa) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
        this.bareNa = bareNa;
    }

    /** This source, an unquoted NA cell read as no answer or not ({@link ImportOptions#bareNa()}). */
    public DelimitedSource bareNa(boolean missing) {
        return missing == bareNa ? this : new DelimitedSource(file, charset, bomLength, delimiter, missing);
    }

    public static DelimitedSource sniff(Path file, Charset forcedCharset, Character forcedDelimiter) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)), e);
        }
        int bom = 0;
        Charset cs;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            bom = 3;
            cs = StandardCharsets.UTF_8;
        } else if (head.length >= 4 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE && head[2] == 0 && head[3] == 0) {
            // UTF-32LE's BOM starts with UTF-16LE's: test the longer one first.
            bom = 4;
            cs = Charset.forName("UTF-32LE");
        } else if (head.length >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xff) == 0xFE && (head[3] & 0xff) == 0xFF) {
            bom = 4;
            cs = Charset.forName("UTF-32BE");
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            bom = 2;
            cs = StandardCharsets.UTF_16LE;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            bom = 2;
            cs = StandardCharsets.UTF_16BE;
        } else {
            cs = isUtf8(head, head.length == SNIFF_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        if (forcedCharset != null) {
            cs = forcedCharset;
        }
        if (looksBinary(head, cs)) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.binary"));
        }
        String text = new String(head, bom, head.length - bom, cs);
        char delim = forcedDelimiter != null ? forcedDelimiter : sniffDelimiter(text);
        return new DelimitedSource(file, cs, bom, delim, true);
    }

    @Override
    public Path file() {
        return file;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public String description() {
        String d = switch (delimiter) {
            case '\t' -> "tab";
            case ';' -> "';'";
            case ',' -> "','";
            default -> "'" + delimiter + "'";
        };
        return "delimited text, " + charset.name() + (bomLength > 0 ? " with BOM" : "") + ", " + d + " separated";
    }

    @Override
    public Message wording() {
        return Message.of("format.delimited", charset.name(), Message.of(bomLength > 0 ? "format.bom" : "format.nobom"),
                delimiter == '\t' ? Message.of("format.tab") : "'" + delimiter + "'");
    }

    @Override
    public void read(TableHandler handler) {
        read(handler, bomLength, Long.MAX_VALUE, 1, null, -1);
    }

    /**
     * The file cut into parts of about {@code chunkBytes} that each start at a record, each reading as this source
     * would over its rows (the header first, rows numbered as in the whole file); the source itself when it is too
     * small to cut, its encoding has multi-byte delimiters (UTF-16), or the scan finds it irregular.
     */
    @Override
    public List<TableSource> split(long chunkBytes) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return List.of(this);
        }
        // As many parts as the file's size says (not the machine's cores): a file is always cut the same way.
        int n = (int) Math.min(Integer.MAX_VALUE, (size - bomLength) / chunkBytes);
        if (isWide(charset) || n < 2) {
            return List.of(this);
        }
        Header header = header();
        long[] targets = new long[n - 1];
        List<java.util.concurrent.CompletableFuture<RecordBoundaries.Cut>> cuts = new ArrayList<>();
        cuts.add(java.util.concurrent.CompletableFuture.completedFuture(new RecordBoundaries.Cut(bomLength, 1)));
        for (int k = 1; k < n; k++) {
            targets[k - 1] = bomLength + k * chunkBytes;
            cuts.add(new java.util.concurrent.CompletableFuture<>());
        }
        cuts.add(java.util.concurrent.CompletableFuture.completedFuture(new RecordBoundaries.Cut(size, -1)));
        // The scan runs beside the parts, which wait only for their own two cuts.
        Thread scan = new Thread(() -> {
            try {
                RecordBoundaries.scan(file, bomLength, targets, (index, cut) -> cuts.get(index + 1).complete(cut));
            } catch (IOException | RuntimeException e) {
                cuts.forEach(c -> c.completeExceptionally(new PartMismatch(file.toString())));
            }
        }, "enquete-cuts");
        scan.setDaemon(true);
        scan.start();
        List<TableSource> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new PartSource(cuts.get(k), cuts.get(k + 1), k == 0 ? null : header, k == n - 1));
        }
        return out;
    }

    /** One part of the file: its rows, after the header (read from the file's start when it is the first part). */
    private final class PartSource implements TableSource {
        private final java.util.concurrent.CompletableFuture<RecordBoundaries.Cut> from;
        private final java.util.concurrent.CompletableFuture<RecordBoundaries.Cut> to;
        private final Header header;
        private final boolean last;

        PartSource(java.util.concurrent.CompletableFuture<RecordBoundaries.Cut> from,
                   java.util.concurrent.CompletableFuture<RecordBoundaries.Cut> to, Header header, boolean last) {
            this.from = from;
            this.to = to;
            this.header = header;
            this.last = last;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public String description() {
            return DelimitedSource.this.description();
        }

        @Override
        public Message wording() {
            return DelimitedSource.this.wording();
        }

        @Override
        public void read(TableHandler handler) {
            RecordBoundaries.Cut start = join(from);
            RecordBoundaries.Cut end = join(to);
            long records = last ? -1 : end.firstRecord() - start.firstRecord();
            DelimitedSource.this.read(handler, start.offset(), end.offset(), start.firstRecord(), header, records);
        }

        private RecordBoundaries.Cut join(java.util.concurrent.CompletableFuture<RecordBoundaries.Cut> cut) {
            try {
                return cut.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof PartMismatch m ? m : new PartMismatch(file.toString());
            }
        }
    }

    /**
     * Reads bytes [start, end) whose first record is number {@code firstRow}; with a {@code known} header the rows
     * follow it (a later part), else the first non-blank record is the header. {@code records}, when not -1, is how
     * many records the part must hold: a part that holds another number, or ends inside a quoted cell, was cut
     * wrongly ({@link PartMismatch}).
     */
    private void read(TableHandler handler, long start, long end, long firstRow, Header known, long records) {
        String name = file.toString();
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long lastRow = firstRow - 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(start);
            InputStream bounded = new BoundedInputStream(in, end == Long.MAX_VALUE ? Long.MAX_VALUE : end - start);
            // A UTF-8 file is read as ISO-8859-1 (one char a byte, copied) and only its cells holding non-ASCII
            // bytes are decoded (CellDecoding): the same cells and texts, the same errors, far less decoding.
            boolean bytes = charset.equals(StandardCharsets.UTF_8) && delimiter < 0x80;
            QuoteStateReader reader = new QuoteStateReader(
                    bytes ? new InputStreamReader(bounded, StandardCharsets.ISO_8859_1) : new InputStreamReader(bounded, decoder), delimiter);
            CellsHandler cells = new CellsHandler(bytes ? CellDecoding.utf8() : CellDecoding.PLAIN, bareNa);
            CsvReader<CellsHandler.Cells> parser = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').skipEmptyLines(false)
                    .ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(false).detectBomHeader(false)
                    .commentStrategy(CommentStrategy.NONE).build(cells, reader);
            Header header = known;
            int width = known == null ? 0 : known.size();
            if (known != null) {
                handler.header(known);
            }
            // The header read here is held until the next row: group headings that stop before the last columns
            // (a spreadsheet writes no cell after the last heading) are widened to the names row under them.
            boolean pending = false;
            long headerRow = 0;
            // The columns the handler reads as numbers, once it says (after its header, which may come with a row).
            boolean hinted = false;
            // Rows are numbered as a spreadsheet numbers them: every record, empty lines included (a CAF table's blank
            // lines between blocks put every located note four rows off), a quoted cell's line breaks not.
            long rowNumber = firstRow - 1;
            for (CellsHandler.Cells read : parser) {
                if (!hinted && header != null && !pending) {
                    hinted = hint(handler, cells, width);
                }
                String[] record = read.texts();
                rowNumber++;
                lastRow = rowNumber;
                if (header == null) {
                    if (isBlank(record)) {
                        continue;
                    }
                    header = new Header(name, headerNames(record));
                    width = record.length;
                    headerRow = rowNumber;
                    pending = true;
                    continue;
                }
                if (pending) {
                    if (isBlank(record)) {
                        continue;
                    }
                    pending = false;
                    header = underGroupHeadings(name, header, headerRow, record, rowNumber);
                    width = header.size();
                    handler.header(header);
                }
                if (record.length > width) {
                    if (header.namedColumns() == 1) {
                        if (!handler.findsItsHeader()) {
                            throw titleRow(name, header);
                        }
                        // A title above the table: the handler looks for the header among the rows.
                        width = record.length;
                    }
                    for (int i = width; i < record.length; i++) {
                        if (!record[i].isBlank()) {
                            // Counts as strings: a 1200-column LimeSurvey export reads "1200", as before, not "1,200".
                            throw new InputException(SourceLocation.cell(name, rowNumber, null), Message.of("input.row.ragged",
                                    String.valueOf(record.length), String.valueOf(width), String.valueOf(i + 1),
                                    abbreviate(record[i])));
                        }
                    }
                }
                Row row = Row.of(record, read.wholes(), rowNumber);
                if (!row.isBlank()) {
                    handler.row(row);
                }
            }
            if (records >= 0 && (rowNumber - firstRow + 1 != records || !reader.balanced())) {
                throw new PartMismatch(name);
            }
            if (!reader.balanced()) {
                throw new InputException(SourceLocation.cell(name, Math.max(lastRow, 1), null), Message.of("input.quote.unclosed"));
            }
            if (header == null) {
                throw new InputException(SourceLocation.file(name), Message.of("input.empty"));
            }
            if (pending) {
                handler.header(header);
            }
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                // A cell's bytes that are not UTF-8 (CellDecoding), met while FastCSV parsed its record.
                cause = u.getCause();
            }
            if (cause instanceof IOException io) {
                throw translate(name, lastRow + 1, io);
            }
            String why = cause != null && cause.getMessage() != null ? cause.getMessage() : String.valueOf(e.getMessage());
            SourceLocation where = SourceLocation.cell(name, lastRow + 1, null);
            if (why.startsWith("Unexpected character after closing quote")) {
                throw new InputException(where, Message.of("input.quote.trailing"), e);
            }
            if (why.contains("maximum buffer size")) {
                throw new InputException(where, Message.of("input.cell.huge"), e);
            }
            throw new InputException(where, Message.of("input.read", why), e);
        } catch (UncheckedIOException e) {
            throw translate(name, lastRow + 1, e.getCause());
        } catch (IOException e) {
            throw translate(name, lastRow + 1, e);
        }
    }

    /** Passes the handler's number columns within the header's width to the cells' handler, once it names them. */
    private static boolean hint(TableHandler handler, CellsHandler cells, int width) {
        int[] columns = handler.numberColumns();
        if (columns == null) {
            return false;
        }
        cells.numberColumns(java.util.Arrays.stream(columns).filter(c -> c < width).toArray());
        return true;
    }

    private InputException translate(String name, long row, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new InputException(SourceLocation.cell(name, row, null), Message.of("input.encoding", charset.name(),
                    charset.equals(StandardCharsets.UTF_8) ? "windows-1252" : "UTF-8"), e);
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (msg.contains("EOF reached before encapsulated token finished")) {
            return new InputException(SourceLocation.cell(name, row, null), Message.of("input.quote.unclosed"), e);
        }
        if (msg.contains("invalid char between encapsulated token and delimiter")) {
            return new InputException(SourceLocation.cell(name, row, null), Message.of("input.quote.trailing"), e);
        }
        return new InputException(SourceLocation.cell(name, row, null), Message.of("input.read", msg), e);
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .build();
    }

    /** The error for a first row that holds one cell while the data holds more: a title above the header. */
    static InputException titleRow(String where, Header header) {
        String title = header.firstNamed();
        return new InputException(SourceLocation.cell(where, 1, null), Message.of("input.title.row", abbreviate(title)));
    }

    /**
     * The header, widened to {@code names} when it is a row of group headings (a heading over its group's first
     * column, the others blank) that stops before the last columns of the row naming them all, as the XLSX reader
     * does; {@link HandAddedRows} then takes the names as the header. A row of names that leaves a column empty there
     * is an error saying so, not "a delimiter inside an unquoted cell?".
     */
    private static Header underGroupHeadings(String name, Header headings, long headingsRow, String[] names, long namesRow) {
        // One named cell is a title above the table (titleRow), not group headings.
        if (names.length <= headings.size() || HeaderLikeRows.placeholders(headings) < 2
                || headings.size() - HeaderLikeRows.placeholders(headings) < 2
                || !Arrays.stream(names).filter(c -> !c.isBlank()).allMatch(c -> Double.isNaN(fr.enquete.model.CellValues.parseNumber(c)))) {
            return headings;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].isBlank()) {
                throw new InputException(SourceLocation.cell(name, namesRow, null), Message.of("input.groups.blank", namesRow,
                        headingsRow, headings.size(), i + 1));
            }
        }
        List<String> widened = new ArrayList<>(headings.names());
        for (int i = widened.size(); i < names.length; i++) {
            widened.add("#" + (i + 1));
        }
        return new Header(name, widened);
    }

    static List<String> headerNames(String[] cells) {
        List<String> names = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String n = cells[i].replace("\uFEFF", "").strip();
            names.add(n.isEmpty() ? "#" + (i + 1) : n);
        }
        return names;
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Strict UTF-8 check; a multi-byte sequence cut by the end of a partial read is allowed. */
    static boolean isUtf8(byte[] bytes, boolean partial) {
        int len = bytes.length;
        if (partial) {
            int i = len - 1;
            int back = 0;
            while (i >= 0 && back < 3 && (bytes[i] & 0xC0) == 0x80) {
                i--;
                back++;
            }
            if (i >= 0 && (bytes[i] & 0xC0) == 0xC0) {
                len = i;
            }
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(bytes, 0, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-16 and UTF-32 hold NUL bytes in ordinary text and cannot be cut at any byte. */
    private static boolean isWide(Charset cs) {
        return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
    }

    private static boolean looksBinary(byte[] head, Charset cs) {
        if (isWide(cs)) {
            return false;
        }
        int n = Math.min(head.length, 8192);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Picks the delimiter that splits the first records into the most columns, consistently: the header's
     * width must be at least 2 and most following records must have that width.
     */
    static char sniffDelimiter(String text) {
        char best = ',';
        double bestScore = 0;
        for (char c : CANDIDATES) {
            List<Integer> widths = new ArrayList<>();
            try (CSVParser p = format(c).parse(new StringReader(text))) {
                for (CSVRecord r : p) {
                    widths.add(r.size());
                    if (widths.size() >= 50) {
                        break;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // The sample may end inside a quoted cell: judge on the records read so far.
            }
            // Title lines above the header (one cell each) must not hide the delimiter: judge from the first
            // record that the delimiter splits, among the first ten. A CAF table pasted with its section's heading,
            // sentence and bullet lines above it has five or six (seed 002's housing and youth tables were read as
            // comma-separated, their sentences' commas splitting, and "no row holds an indicator table's columns").
            int k = 0;
            while (k < Math.min(TITLE_LINES, widths.size()) && widths.get(k) < 2) {
                k++;
            }
            if (k >= widths.size() || widths.get(k) < 2) {
                continue;
            }
            int width = widths.get(k);
            List<Integer> rest = widths.subList(k, widths.size());
            long same = rest.stream().filter(w -> w == width).count();
            double consistency = (double) same / rest.size() - 0.01 * k;
            double score = consistency * 1000 + Math.min(width, 999);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
