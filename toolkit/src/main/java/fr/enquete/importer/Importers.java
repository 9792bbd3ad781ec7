package fr.enquete.importer;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** Opens an export, choosing the reader from the file's content (and name where content cannot tell). */
public final class Importers {

    private Importers() {
    }

    /**
     * Opens a survey export by its content, checked against the options' {@link Limits}: SurveyMonkey's two header
     * rows merged, and the rows a spreadsheet user added that are no respondent's left out ({@link HandAddedRows}).
     */
    public static TableSource open(Path file, ImportOptions options) {
        return open(recognise(file, options, false), options);
    }

    /** A file's table as {@link #open} reads it: hand-added rows left out, headers merged, limits checked. */
    static TableSource open(TableSource recognised, ImportOptions options) {
        return new HandAddedRows(table(recognised, options));
    }

    /**
     * Opens a table that is no survey export (indicators, an action plan, a population, a form) as {@link #open} does,
     * but with every row kept: a "Total" row there is a row of the table.
     */
    public static TableSource table(Path file, ImportOptions options) {
        // The limits are checked first, on the file's own header, before any work on its names.
        return table(recognise(file, options, true), options);
    }

    private static TableSource table(TableSource recognised, ImportOptions options) {
        return new SurveyMonkeyHeaders(new LimitedSource(recognised, options.limits()), options.platform());
    }

    /**
     * The importers asked, in order: those found on the class path by {@link ServiceLoader} (a jar's
     * {@code META-INF/services/fr.enquete.importer.Importer}, in the class path's order), then the built-in workbook
     * formats (ODS, XLSX, XLS). Delimited text is the fallback for a file none of them reads.
     *
     * <p>The built-in formats are an explicit list, not services: their order decides (ODS and XLSX are both ZIP
     * archives), and a class path does not order services. A registered importer comes first so that it can take over
     * a format, not only add one.
     */
    public static List<Importer> registered() {
        return Registry.ALL;
    }

    /** Read once, at the first open: the class path does not change while the program runs. */
    private static final class Registry {
        static final List<Importer> ALL = load();

        private static List<Importer> load() {
            List<Importer> all = new ArrayList<>();
            // Enquete's own class loader: an importer must implement this Importer, not a copy loaded elsewhere.
            ServiceLoader.load(Importer.class, Importers.class.getClassLoader()).forEach(all::add);
            all.addAll(BUILT_IN);
            return List.copyOf(all);
        }
    }

    private static final List<Importer> BUILT_IN = List.of(new WorkbookImporters.Ods(), new WorkbookImporters.Xlsx(),
            new WorkbookImporters.Xls());

    /**
     * LimeSurvey's own files are no response tables: read as one, an .lss gave "a title above the real header row?"
     * and an .lsa (a zip) was opened as a workbook. Says which export to make instead.
     */
    private static void limeSurveyFileWithoutResponses(Path file, String ext) {
        Message why = switch (ext) {
            case "lss" -> Message.of("input.limesurvey.lss");
            case "lsa" -> Message.of("input.limesurvey.lsa");
            case "lsq", "lsg" -> Message.of("input.limesurvey.part", ext);
            default -> null;
        };
        if (why != null) {
            throw new InputException(SourceLocation.file(file.toString()), why);
        }
    }

    /**
     * @param markdown whether a {@code .md} file is read as its pipe tables ({@link MarkdownSource}): an indicator table
     *                 copied from a report is, a survey export never is one
     */
    private static TableSource recognise(Path file, ImportOptions options, boolean markdown) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(SourceLocation.file(file.toString()),
                    Message.of(Files.exists(file) ? "input.file.irregular" : "input.file.missing"));
        }
        if (!Files.isReadable(file)) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.file.unreadable"));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)), e);
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        limeSurveyFileWithoutResponses(file, ext);
        if (markdown && MarkdownSource.named(ext)) {
            return new MarkdownSource(file, options.charset());
        }
        for (Importer importer : registered()) {
            if (importer.reads(file, head, ext)) {
                TableSource source = importer.open(file, options);
                // A built-in workbook's NA cells are no answer, as a CSV's unquoted ones (WorkbookNa).
                return options.bareNa() && BUILT_IN.contains(importer) ? new WorkbookNa(source) : source;
            }
        }
        if (ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls")) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.excel.renamed"));
        }
        return DelimitedSource.sniff(file, options.charset(), options.delimiter()).bareNa(options.bareNa());
    }
}
