package fr.enquete.text;

/** A piece of text with its character offsets in the text it was cut from. */
public record Token(String text, int start, int end, TokenKind kind) {
}
