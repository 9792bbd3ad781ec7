package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.io.AtomicFiles;
import fr.enquete.testing.Fixtures;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the operating system refused, told in the run's language with the path the user gave: a French run quoted the
 * system's English ("No space left on device", "Read-only file system", "Is a directory"), or the exception's class
 * name where java.nio gives no reason (DirectoryNotEmptyException). CI runs as root, so a full disk and a read-only
 * mount are played through {@link AtomicFiles#withOpener}, as the system reports them.
 */
class SystemErrorsCliTest {

    @TempDir
    Path dir;

    /** The export's statistics written to a USB key that fills up after 2 000 bytes. */
    @Test
    void aFullDisk() throws Exception {
        Path out = dir.resolve("stats.txt");
        AtomicFiles.Opener full = file -> new FilterOutputStream(Files.newOutputStream(file)) {
            private long written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > 2000) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
        assertWriteLines(full, List.of("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString()),
                "enquete: erreur : impossible d’écrire stats.txt : plus de place sur le disque",
                "enquete: error: cannot write stats.txt: no space left on device");
    }

    /** The report written to a share mounted read-only: the temporary file cannot even be opened. */
    @Test
    void aReadOnlyFileSystem() throws Exception {
        Path out = dir.resolve("stats.txt");
        AtomicFiles.Opener readOnly = file -> {
            throw new FileSystemException(file.toString(), null, "Read-only file system");
        };
        assertWriteLines(readOnly, List.of("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString()),
                "enquete: erreur : impossible d’écrire stats.txt : le disque est en lecture seule",
                "enquete: error: cannot write stats.txt: read-only file system");
    }

    /** A staging folder moved onto a folder of the same name that already holds files: java.nio gives no reason. */
    @Test
    void aFolderNotEmpty() {
        DirectoryNotEmptyException e = new DirectoryNotEmptyException("/data/rapport/charts");
        assertEquals("impossible d’écrire /data/rapport/charts\u00A0: le dossier n’est pas vide", Main.writeError(e).text(Locale.FRENCH));
        assertEquals("cannot write /data/rapport/charts: the folder is not empty", Main.writeError(e).text(Locale.ENGLISH));
    }

    /** A write error with no path (a stream the system closed): the reason alone, translated. */
    @Test
    void aFullDiskWithNoPath() {
        IOException e = new IOException("No space left on device");
        assertEquals("plus de place sur le disque", Main.writeError(e).text(Locale.FRENCH));
        assertEquals("no space left on device", Main.writeError(e).text(Locale.ENGLISH));
    }

    /** The SWOT codebook given as the folder of the interviews' codebooks: reading it said "Is a directory". */
    @Test
    void aCodebookThatIsAFolder() throws IOException {
        Path codebook = Files.createDirectories(dir.resolve("codebook.yaml"));
        BothLanguages.assertLines(dir, List.of("swot", Fixtures.absAgents().resolve("entretiens").toString(), "--codebook", codebook.toString()),
                "enquete: erreur : codebook.yaml : lecture impossible : c’est un dossier",
                "enquete: error: codebook.yaml: cannot read: is a directory");
    }

    /** Runs {@code command} with {@code opener} in French, then with --lang en: exit 1, the last line of standard error. */
    private void assertWriteLines(AtomicFiles.Opener opener, List<String> command, String french, String english) throws Exception {
        List<String> en = new ArrayList<>(command);
        en.addAll(List.of("--lang", "en"));
        CliRun fr = AtomicFiles.withOpener(opener, () -> CliRun.run(command.toArray(String[]::new)));
        CliRun inEnglish = AtomicFiles.withOpener(opener, () -> CliRun.run(en.toArray(String[]::new)));
        assertEquals(Main.UNEXPECTED, fr.code(), fr.err());
        assertEquals(Main.UNEXPECTED, inEnglish.code(), inEnglish.err());
        assertEquals(french, last(fr.err()));
        assertEquals(english, last(inEnglish.err()));
    }

    private String last(String err) {
        String s = err.strip();
        return s.substring(s.lastIndexOf('\n') + 1).replace(dir + "/", "").replace('\u00A0', ' ');
    }
}
