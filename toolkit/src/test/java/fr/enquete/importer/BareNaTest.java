package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R's write.csv quotes text and leaves its missing values bare: {@code "Oui",NA,"NA"} is the answer Oui, no answer,
 * and a respondent who typed NA. A bare NA is no answer unless {@link ImportOptions#bareNa()} is false ({@code --keep-na}).
 */
class BareNaTest {

    @TempDir
    Path dir;

    private List<List<String>> read(Path file, boolean bareNa) {
        List<List<String>> rows = new ArrayList<>();
        Importers.open(file, new ImportOptions(null, null, null, Limits.DEFAULTS, null, bareNa)).read(new TableHandler() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void row(Row row) {
                rows.add(List.of(row.get(0), row.get(1), row.get(2), row.get(3)));
            }
        });
        return rows;
    }

    @Test
    void aBareNaIsNoAnswerAQuotedOneIsText() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "\"q1\",\"q2\",\"q3\",\"q4\"\n\"Oui\",NA,\"NA\",NAB\nNA,3,\"Non\",NA\n", StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("Oui", "", "NA", "NAB"), List.of("", "3", "Non", "")), read(file, true));
        assertEquals(List.of(List.of("Oui", "NA", "NA", "NAB"), List.of("NA", "3", "Non", "NA")), read(file, false));
        assertEquals(read(file, true), read(file, ImportOptions.DEFAULTS.bareNa()), "no answer by default");
    }
}
