package fr.enquete.cli.cycle.b;

/** The other half of the deliberate cycle of PackageCyclesTest. */
public final class B {

    public static final String NAME = "b" + fr.enquete.cli.cycle.a.A.class.getSimpleName();

    private B() {
    }
}
