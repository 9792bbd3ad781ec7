package fr.enquete.study;

import java.nio.file.Path;
import java.util.List;

/**
 * A study file ({@code study.yaml}) read: what the document is (title, authors, territory and the territories it is
 * compared with, date), the house Word template if any, and its chapters in order. Paths are resolved against the
 * study file's folder.
 *
 * @param file     the study file itself (errors and the annex name it)
 * @param template a Word template (.dotx) giving styles, cover and headers, or null
 */
public record Study(Path file, String title, List<String> authors, String territory, List<String> references, String date,
                    Path template, List<Chapter> chapters) {

    public Study {
        authors = List.copyOf(authors);
        references = List.copyOf(references);
        chapters = List.copyOf(chapters);
    }

    /** Every file the study reads (the outputs must not overwrite one). */
    public List<Path> inputs() {
        List<Path> all = new java.util.ArrayList<>();
        all.add(file);
        if (template != null) {
            all.add(template);
        }
        chapters.forEach(c -> all.addAll(c.inputs()));
        return all;
    }
}
