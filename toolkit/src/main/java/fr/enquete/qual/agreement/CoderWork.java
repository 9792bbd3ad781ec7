package fr.enquete.qual.agreement;

import java.util.List;
import java.util.Map;

/**
 * One coder's work: the texts of the sources (by source id) and the codes put on them.
 *
 * @param coder a name for reports (the file or folder it was read from)
 */
public record CoderWork(String coder, Map<String, String> texts, List<Coding> codings) {

    public CoderWork {
        texts = Map.copyOf(texts);
        codings = List.copyOf(codings);
    }
}
