package fr.enquete.text;

/**
 * One occurrence of a term in a document.
 *
 * @param key        the grouping key (lemmas, lower case, accents removed): "conference de le financeur"
 * @param label      how the term reads: the lemma for one word, the words as written for a multi-word term; a name
 *                   or an acronym keeps its capitals ("France", "Fondation de France"), a sentence's first capital not
 * @param form       the text as written: "Conférence des financeurs"
 * @param firstToken index of its first token in the document's tokens
 * @param lastToken  index of its last token
 */
public record TermOccurrence(String key, String label, String form, int firstToken, int lastToken) {

    public boolean multiword() {
        return lastToken > firstToken;
    }
}
