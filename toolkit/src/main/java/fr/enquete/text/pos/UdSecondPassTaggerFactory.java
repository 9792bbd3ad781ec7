package fr.enquete.text.pos;

/**
 * The OpenNLP factory of a second-pass French POS model: besides the features of the first pass, it reads the tags
 * a first pass gave the word and the two words after it ({@link UdTaggerContext}), the right context a left-to-right
 * tagger otherwise lacks.
 */
public class UdSecondPassTaggerFactory extends UdTaggerFactory {

    public UdSecondPassTaggerFactory() {
        // read by reflection from the model's manifest
    }

    @Override
    public boolean secondPass() {
        return true;
    }
}
