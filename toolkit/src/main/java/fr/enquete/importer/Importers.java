package fr.enquete.importer;

import fr.enquete.model.InputException;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens an export, choosing the reader from the file's content (and name where content cannot tell). */
public final class Importers {

    private Importers() {
    }

    /** Opens {@code file} by its content, checked against the options' {@link Limits}. */
    public static TableSource open(Path file, ImportOptions options) {
        // The limits are checked first, on the file's own header, before any work on its names.
        return new SurveyMonkeyHeaders(new LimitedSource(recognise(file, options), options.limits()), options.platform());
    }

    /** An OpenDocument file starts with a stored "mimetype" entry naming its type. */
    private static boolean isOpenDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(100);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("application/vnd.oasis.opendocument.spreadsheet");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * LimeSurvey's own files are no response tables: read as one, an .lss gave "a title above the real header row?"
     * and an .lsa (a zip) was opened as a workbook. Says which export to make instead.
     */
    private static void limeSurveyFileWithoutResponses(Path file, String ext) {
        String why = switch (ext) {
            case "lss" -> "a LimeSurvey survey structure (.lss) holds the questions, not the responses: export the responses"
                    + " (Responses > Export: CSV or Excel) and give the .lss with --structure";
            case "lsa" -> "a LimeSurvey survey archive (.lsa) is not read: export the responses (Responses > Export: CSV or"
                    + " Excel) and, for --structure, the survey structure (.lss)";
            case "lsq", "lsg" -> "a LimeSurvey question or group export (." + ext + ") holds no responses: export the"
                    + " responses (Responses > Export: CSV or Excel)";
            default -> null;
        };
        if (why != null) {
            throw new InputException(SourceLocation.file(file.toString()), why);
        }
    }

    private static TableSource recognise(Path file, ImportOptions options) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(SourceLocation.file(file.toString()),
                    Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(SourceLocation.file(file.toString()), "the file cannot be read (permissions)");
        }
        byte[] magic = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, magic.length);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(file.toString()), "cannot read: " + e.getMessage(), e);
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        limeSurveyFileWithoutResponses(file, ext);
        boolean zip = n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        boolean ole2 = n >= 8 && (magic[0] & 0xff) == 0xD0 && (magic[1] & 0xff) == 0xCF && (magic[2] & 0xff) == 0x11
                && (magic[3] & 0xff) == 0xE0;
        if (zip || ole2) {
            // Only a workbook is read by POI: a CSV does not load it (a second of class loading on a cold start).
            options.limits().applyToZipReaders();
        }
        if (zip) {
            if (ext.equals("ods") || isOpenDocument(file)) {
                return new OdsSource(file, options.sheet(), options.limits());
            }
            return new XlsxSource(file, options.sheet());
        }
        if (ole2) {
            return new XlsSource(file, options.sheet());
        }
        if (ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls")) {
            throw new InputException(SourceLocation.file(file.toString()),
                    "the name says Excel but the content is not an Excel workbook (truncated or renamed file?)");
        }
        return DelimitedSource.sniff(file, options.charset(), options.delimiter());
    }
}
