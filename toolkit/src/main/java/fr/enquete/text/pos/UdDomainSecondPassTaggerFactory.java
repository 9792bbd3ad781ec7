package fr.enquete.text.pos;

/** The factory of a second-pass model ({@link UdSecondPassTaggerFactory}) with domain-augmented features. */
public class UdDomainSecondPassTaggerFactory extends UdDomainTaggerFactory {

    public UdDomainSecondPassTaggerFactory() {
        // read by reflection from the model's manifest
    }

    @Override
    public boolean secondPass() {
        return true;
    }
}
