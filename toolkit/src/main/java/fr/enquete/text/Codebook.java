package fr.enquete.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Themes and what marks them in an answer: lemmas or multi-word terms ("autonomie", "conférence des
 * financeurs"; case and accents ignored) and regular expressions on the text (case ignored).
 */
public record Codebook(List<Theme> themes) {

    public Codebook {
        themes = List.copyOf(themes);
    }

    /**
     * @param name     the theme
     * @param terms    lemmas, forms or multi-word terms
     * @param patterns regular expressions searched in the answer's text
     */
    public record Theme(String name, List<String> terms, List<Pattern> patterns) {
        public Theme {
            terms = List.copyOf(terms);
            patterns = List.copyOf(patterns);
        }
    }
}
