/**
 * Personal data in free text: names, phone numbers and e-mail addresses masked before anything is published, through
 * one door, {@link fr.enquete.privacy.Disclosure}.
 *
 * <pre>{@code
 * Pseudonymiser masker = new Pseudonymiser(true, List.of("Dupont"), StopWords.french().words());
 * String safe = masker.mask("Appeler Mme Dupont au 06 12 34 56 78");
 * Disclosure d = Disclosure.masking(masker);
 * }</pre>
 */
package fr.enquete.privacy;
