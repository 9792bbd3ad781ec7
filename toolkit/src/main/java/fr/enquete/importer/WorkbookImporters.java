package fr.enquete.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in workbook formats, in the order they are asked: ODS before XLSX (both are ZIP archives), then XLS. */
final class WorkbookImporters {

    private WorkbookImporters() {
    }

    /** OpenDocument spreadsheets (LibreOffice Calc): a ZIP named .ods or whose stored "mimetype" entry says so. */
    static final class Ods implements Importer {
        @Override
        public boolean reads(Path file, byte[] head, String extension) {
            return Importer.zip(head) && (extension.equals("ods") || isOpenDocument(file));
        }

        @Override
        public TableSource open(Path file, ImportOptions options) {
            options.limits().applyToZipReaders();
            return new OdsSource(file, options.sheet(), options.limits());
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
    }

    /** Excel 2007 and later (and Google Forms', Microsoft Forms' and KoboToolbox's downloads): any other ZIP. */
    static final class Xlsx implements Importer {
        @Override
        public boolean reads(Path file, byte[] head, String extension) {
            return Importer.zip(head);
        }

        @Override
        public TableSource open(Path file, ImportOptions options) {
            // Only a workbook is read by POI: a CSV does not load it (a second of class loading on a cold start).
            options.limits().applyToZipReaders();
            return new XlsxSource(file, options.sheet());
        }
    }

    /** Excel 97-2003 (an OLE2 compound document). */
    static final class Xls implements Importer {
        @Override
        public boolean reads(Path file, byte[] head, String extension) {
            return Importer.ole2(head);
        }

        @Override
        public TableSource open(Path file, ImportOptions options) {
            options.limits().applyToZipReaders();
            return new XlsSource(file, options.sheet());
        }
    }
}
