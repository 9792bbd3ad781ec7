/**
 * Agreement between coders (Cohen's and Fleiss' kappa, Krippendorff's alpha) over the same coded material.
 *
 * <pre>{@code
 * AgreementReport report = Agreement.compare(List.of(CoderWorks.of("A", projectA), CoderWorks.of("B", projectB)), level);
 * }</pre>
 */
package fr.enquete.qual.agreement;
