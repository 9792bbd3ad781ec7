package fr.enquete.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-interview project with memos, as {@code code --memos} and {@code swot --memos} read it: an agent's interview
 * (its memo in the front matter, one hand-coded housing weakness) and a codebook whose theme carries a memo.
 *
 * @param transcript {@code entretien-ccas.md}
 * @param codebook   {@code codebook.yaml}: theme Logement, item Délais (a weakness) found by {@code terms}
 */
record MemoProject(Path transcript, Path codebook) {

    /** Writes the project into {@code dir}; {@code itemMemo}, the item's memo, or null for none. */
    static MemoProject write(Path dir, String terms, String itemMemo) throws IOException {
        Path t = dir.resolve("entretien-ccas.md");
        Files.writeString(t, """
                ---
                role: Agent
                memo: Entretien relu avec l'agente le 14 mars.
                ---
                Q: Et le logement ?
                R: {faiblesse|Logement|Délais}Les familles attendent deux ans.{/}
                """);
        Path book = dir.resolve("codebook.yaml");
        Files.writeString(book, """
                themes:
                  - theme: Logement
                    memo: Tout ce qui touche à l'accès et au maintien dans le logement.
                    items:
                      - item: Délais
                        quadrant: faiblesse
                        terms: ["%s"]
                """.formatted(terms) + (itemMemo == null ? "" : "        memo: " + itemMemo + "\n"));
        return new MemoProject(t, book);
    }
}
