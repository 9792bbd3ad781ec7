package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Reading the JSON of {@code stats --format json} in tests. */
final class StatsJson {

    private StatsJson() {
    }

    /** {@code stats EXPORT --format=json MORE...}, which must succeed, as a JSON document. */
    static JsonNode of(Path export, String... more) throws IOException {
        String[] args = new String[3 + more.length];
        args[0] = "stats";
        args[1] = export.toString();
        args[2] = "--format=json";
        System.arraycopy(more, 0, args, 3, more.length);
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** The question {@code id} of a stats JSON document; an assertion error when there is none. */
    static JsonNode question(JsonNode root, String id) {
        for (JsonNode q : root.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no question " + id);
    }
}
