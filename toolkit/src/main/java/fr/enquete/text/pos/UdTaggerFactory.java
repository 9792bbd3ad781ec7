package fr.enquete.text.pos;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The OpenNLP factory of enquete's French POS model: its name is written into the model, and OpenNLP creates it
 * by reflection (hence public, with a public no-argument constructor) to give the tagger {@link UdTaggerContext}.
 */
public class UdTaggerFactory extends POSTaggerFactory {

    public UdTaggerFactory() {
        // read by reflection from the model's manifest
    }

    /** Whether the model's features are domain-augmented ({@link UdDomainTaggerFactory}). */
    public boolean domains() {
        return false;
    }

    @Override
    public POSContextGenerator getPOSContextGenerator() {
        return new UdTaggerContext(domains());
    }

    @Override
    public POSContextGenerator getPOSContextGenerator(int cacheSize) {
        return new UdTaggerContext(domains());
    }
}
