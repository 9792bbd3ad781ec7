package fr.enquete.cli.cycle.a;

/** Half of a deliberate package cycle, for PackageCyclesTest to see that its rule fails on one. */
public final class A {

    public static int size() {
        return fr.enquete.cli.cycle.b.B.NAME.length();
    }
}
