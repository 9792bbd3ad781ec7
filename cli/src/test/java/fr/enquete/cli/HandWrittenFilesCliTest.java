package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files people write by hand, as a probe of bad inputs met them: a plan saved by Windows' Notepad ("ANSI",
 * Windows-1252) stopped with an unexpected SnakeYAML error (exit 1); a picture given as a transcript had its mojibake
 * counted as terms (exit 0); an empty transcript counted as a source.
 */
class HandWrittenFilesCliTest {

    @TempDir
    Path dir;

    @Test
    void aPlanSavedAsWindows1252ReadsAsItsUtf8Original() throws Exception {
        Path utf8 = Fixtures.plans().resolve("bethune-fiches.yaml");
        Path ansi = dir.resolve("fiches-ansi.yaml");
        Files.writeString(ansi, Files.readString(utf8, StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        CliRun original = CliRun.run("plan", utf8.toString(), "--format", "json");
        CliRun windows = CliRun.run("plan", ansi.toString(), "--format", "json");
        assertEquals(0, windows.code(), windows.err());
        assertEquals(original.out(), windows.out().replace(ansi.toString(), utf8.toString()));
        assertTrue(windows.out().contains("Accompagnement") || windows.out().contains("é"), "accents read");
    }

    @Test
    void aBinaryOrEmptyTranscriptIsALocatedError() throws Exception {
        Path picture = dir.resolve("entretien-photo.txt");
        byte[] bytes = new byte[3000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(picture, bytes);
        CliRun terms = CliRun.run("terms", picture.toString(), "--lang", "en");
        assertEquals(3, terms.code(), terms.err());
        assertTrue(terms.err().contains(picture.toString()) && terms.err().contains("not a transcript (binary content)"), terms.err());
        assertEquals("", terms.out(), "no table of mojibake");

        Path folder = Files.createDirectories(dir.resolve("entretiens"));
        Files.copy(Fixtures.absAgents().resolve("entretiens/01-agent-accueil-ccas.txt"), folder.resolve("01.txt"));
        Files.writeString(folder.resolve("02-vide.txt"), "\n \n");
        CliRun swot = CliRun.run("swot", folder.toString(), "--codebook", Fixtures.absAgents().resolve("codebook.yaml").toString(),
                "--lang", "en");
        assertEquals(3, swot.code(), swot.err());
        assertTrue(swot.err().contains("02-vide.txt") && swot.err().contains("the transcript is empty"), swot.err());
    }
}
