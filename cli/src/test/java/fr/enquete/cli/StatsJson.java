package fr.enquete.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the JSON of {@code stats --format json} in tests. */
final class StatsJson {

    private StatsJson() {
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
