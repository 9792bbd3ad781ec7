package fr.enquete.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The system's reasons as java.nio and java.io give them on Linux, each in French and English. */
class SystemErrorsTest {

    @Test
    void javaNioGivesTheReasonByType() {
        assertBoth(new NoSuchFileException("/data/enquete/export.csv"), "fichier ou dossier introuvable", "no such file or folder");
        assertBoth(new AccessDeniedException("/data/enquete/export.csv"), "permission refusée", "permission denied");
        assertBoth(new FileAlreadyExistsException("/data/rapport"), "il existe déjà", "it already exists");
        assertBoth(new NotDirectoryException("/data/notes.txt"), "ce n’est pas un dossier", "not a folder");
    }

    @Test
    void theSystemsWordsAreTranslated() {
        assertBoth(new FileSystemException("/mnt/cle/rapport.docx", null, "Read-only file system"), "le disque est en lecture seule",
                "read-only file system");
        assertBoth(new FileSystemException("/home/ccas/rapport.docx", null, "Disk quota exceeded"), "quota de disque dépassé",
                "disk quota exceeded");
        assertBoth(new IOException("Is a directory"), "c’est un dossier", "is a directory");
        // java.io's streams put the reason after the path, in parentheses.
        assertBoth(new FileNotFoundException("rapport/stats.json (Permission denied)"), "permission refusée", "permission denied");
    }

    @Test
    void anotherReasonKeepsTheSystemsWords() {
        assertBoth(new FileSystemException("/mnt/nas/export.csv", null, "Input/output error"), "/mnt/nas/export.csv: Input/output error",
                "/mnt/nas/export.csv: Input/output error");
    }

    private static void assertBoth(Exception e, String french, String english) {
        assertEquals(french, SystemErrors.reason(e).text(Locale.FRENCH));
        assertEquals(english, SystemErrors.reason(e).text(Locale.ENGLISH));
    }
}
