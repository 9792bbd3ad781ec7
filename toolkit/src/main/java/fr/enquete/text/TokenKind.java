package fr.enquete.text;

/** What a token is, as the French tokenizer recognised it. */
public enum TokenKind {
    /** A word, hyphenated compound ({@code Pas-de-Calais}) or acronym ({@code CARSAT}). */
    WORD,
    /** An elided article, pronoun or conjunction: {@code l'}, {@code d'}, {@code qu'}, {@code j'}... */
    ELISION,
    /** A number: {@code 25}, {@code 3,5}, {@code 1 200}. */
    NUMBER,
    /** A year between 1900 and 2099. */
    YEAR,
    URL,
    EMAIL,
    /** A French phone number in its common spellings ({@code 03.61.50.71.34}, {@code +33 3 61 50 71 34}). */
    PHONE,
    /** A placeholder left by pseudonymisation ({@code [personne 2]}, {@code [téléphone]}): never a term. */
    MASK,
    /** Punctuation or any other symbol. */
    PUNCT
}
