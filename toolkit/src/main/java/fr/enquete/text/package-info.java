/**
 * French text analysis: tokenizer, sentence splitter, lemmatizer and POS tagger (OpenNLP), term tables of free-text
 * answers, concordances, co-occurrences, specificities by group, codebook coding, CoNLL-U.
 *
 * <pre>{@code
 * Map<String, TermTable> terms = SurveyTerms.of(result, TermOptions.defaults(), 20);
 * for (TermTable.TermRow row : terms.get("vieiprecis").rows()) {
 *     System.out.println(row.term() + " " + row.answers());
 * }
 * }</pre>
 */
package fr.enquete.text;
