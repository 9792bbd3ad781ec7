package fr.enquete.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors of reading a REFI-QDA project (.qdpx), told in French by default and in English with {@code --lang en}:
 * an archive that holds the interviews but no project.qde (zipped by hand from a QDA tool’s folder), and meeting
 * notes saved under a .qdpx name.
 */
class QdaErrorLanguageTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveWithoutItsProject() throws IOException {
        Path qdpx = dir.resolve("entretiens-abs.qdpx");
        try (OutputStream out = Files.newOutputStream(qdpx); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("Sources/01-agent-accueil-ccas.txt"));
            z.write("Agent : Je suis à l'accueil du CCAS depuis six ans.\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        BothLanguages.assertLines(dir, List.of("swot", qdpx.toString()),
                "enquete: erreur : entretiens-abs.qdpx : ce n’est pas un projet REFI-QDA : l’archive ne contient pas de project.qde",
                "enquete: error: entretiens-abs.qdpx: not a REFI-QDA project: the archive holds no project.qde");
    }

    @Test
    void meetingNotesNamedQdpx() throws IOException {
        Path qdpx = dir.resolve("projet.qdpx");
        Files.writeString(qdpx, "Compte rendu de la réunion du 12 mars\n", StandardCharsets.UTF_8);
        BothLanguages.assertLines(dir, List.of("swot", qdpx.toString()),
                "enquete: erreur : projet.qdpx : ce n’est pas un fichier .qdpx : pas une archive zip, ou une archive vide",
                "enquete: error: projet.qdpx: not a .qdpx file: not a zip archive, or an empty one");
    }
}
