package fr.enquete.text;

/**
 * A token with its universal POS tag and lemma.
 *
 * @param form     the text as written (elisions normalised to {@code '})
 * @param kind     what the tokenizer recognised
 * @param pos      universal POS tag from the OpenNLP French model (NOUN, ADJ, ADP+DET...), or
 *                 {@code X} for URLs, e-mails and phone numbers, which are not tagged
 * @param lemma    the lexicon's lemma, or the form for unknown words
 * @param sentence the index of the sentence in the text
 * @param start    character offset in the text
 * @param end      character offset after the token
 */
public record AnalysedToken(String form, TokenKind kind, String pos, String lemma, int sentence, int start, int end) {
}
