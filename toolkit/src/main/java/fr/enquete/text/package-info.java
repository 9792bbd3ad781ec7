/**
 * French text analysis: tokenizer, sentence splitter, lemmatizer and POS tagger (OpenNLP), term tables of free-text
 * answers, concordances, co-occurrences, specificities by group,
 * terms x groups tables and their correspondence analysis, codebook coding, CoNLL-U.
 *
 * <pre>{@code
 * Map<String, TermTable> terms = SurveyTerms.of(result, TermOptions.defaults(), 20);
 * for (TermTable.TermRow row : terms.get("vieiprecis").rows()) {
 *     System.out.println(row.term() + " " + row.answers());
 * }
 * // Terms x groups (the documents' group, e.g. the département) and their correspondence analysis:
 * TermIndex index = TermIndex.build(documents, TermOptions.defaults());
 * CorrespondenceAnalysis ca = TermGroupTable.of(index, TermTables.lemmas(index, 20)).correspondenceAnalysis();
 * }</pre>
 */
package fr.enquete.text;
