package fr.enquete.qual;

import java.util.Map;

/**
 * Where expressions come from: an interview, a questionnaire respondent, or a document coded in another
 * tool. Distinct sources are what a SWOT item is ranked by.
 *
 * @param id   a stable name: the transcript's file name without extension, the respondent's id
 * @param kind what it is
 * @param meta what is known about it (role, service, structure, date, territory...), keys in lower case
 * @param file the file it was read from
 */
public record Source(String id, Kind kind, Map<String, String> meta, String file) {

    public enum Kind { INTERVIEW, QUESTIONNAIRE, IMPORTED }

    public Source {
        // In the order given: Map.copyOf iterates in an order that changes from one JVM run to the next.
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    }

    /** The interviewee's or respondent's role, or empty. */
    public String role() {
        return meta.getOrDefault("role", "");
    }
}
