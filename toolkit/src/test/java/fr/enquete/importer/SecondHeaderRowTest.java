package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The header names a spreadsheet makes unique ({@code Q}, {@code Q (2)}), read with compiled patterns: the same answers
 * as the regular expressions built for each name before (kept here as the reference).
 */
class SecondHeaderRowTest {

    private static boolean byRegex(String name, String previous) {
        String base = previous.replaceFirst(" \\(\\d+\\)$", "");
        return !base.isEmpty() && name.matches(Pattern.quote(base) + " \\(\\d+\\)");
    }

    @Test
    void aNumberedNameRepeatsThePreviousQuestion() {
        List<String> names = List.of("Quel est votre âge ?", "Quel est votre âge ? (2)", "Quel est votre âge ? (12)", "Q (2) (3)", "Q (2)",
                "Q", "Q (x)", "Q (2)\n", "Q\n (2)", "Q. (2)", "Q.* (2)", "Q.*", "(2)", " (2)", "", "Column 4", "#3 (2)", "Q(2)",
                "Quel est votre âge ?  (2)", "quel est votre âge ? (2)");
        for (String previous : names) {
            for (String name : names) {
                assertEquals(byRegex(name, previous), SecondHeaderRow.repeats(name, previous), name + " after " + previous);
            }
        }
        // And the plain cases, read as a user would.
        assertEquals(true, SecondHeaderRow.repeats("Quel est votre âge ? (2)", "Quel est votre âge ?"));
        assertEquals(true, SecondHeaderRow.repeats("Q (3)", "Q (2)"));
        assertEquals(false, SecondHeaderRow.repeats("Q (3)", "R"));
        assertEquals(false, SecondHeaderRow.repeats("Q.* (3)", "Qx"));
    }

    @Test
    void placeholdersAreTheNamesOfEmptyHeaderCells() {
        for (String name : List.of("#8", "#12 (2)", "Column 3", "Colonne 14")) {
            assertEquals(true, SecondHeaderRow.isPlaceholder(name), name);
        }
        for (String name : List.of("#", "# 8", "Column", "Colonne 3 bis", "Age", "#8 (x)")) {
            assertEquals(false, SecondHeaderRow.isPlaceholder(name), name);
        }
    }
}
