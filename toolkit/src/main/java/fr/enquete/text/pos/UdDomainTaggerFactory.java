package fr.enquete.text.pos;

/**
 * The OpenNLP factory of a French POS model trained on treebanks of several domains (written, spoken) with
 * domain-augmented features ({@link UdTaggerContext}); it tags written French.
 */
public class UdDomainTaggerFactory extends UdTaggerFactory {

    public UdDomainTaggerFactory() {
        // read by reflection from the model's manifest
    }

    @Override
    public boolean domains() {
        return true;
    }
}
