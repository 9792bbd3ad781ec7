/**
 * The French part-of-speech model's features (OpenNLP context generator and factory), kept apart from the rest of
 * the text pipeline: OpenNLP instantiates the factory by its class name when it reads the model, and the features
 * must be the same when the model is trained and when it tags.
 */
package fr.enquete.text.pos;
