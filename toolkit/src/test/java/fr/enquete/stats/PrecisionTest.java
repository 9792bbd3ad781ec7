package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wilson intervals against R 4.2. */
class PrecisionTest {

    @Test
    void wilsonWithoutAndWithTheFinitePopulationCorrection() {
        // QPV "Oui": 41 of 91. R: prop.test(41, 91, correct = FALSE)$conf.int -> 0.3523977 0.5527071
        assertInterval(35.23977, 55.27071, new Precision(0, 0.95).wilson(41, 91, 91), 1e-5);
        // 91 answers of 238 centres. R: z <- qnorm(.975); p <- 41/91; f <- (238-91)/(238-1); ne <- 91/f;
        // c <- (p + z^2/(2*ne))/(1+z^2/ne); h <- z*sqrt(p*(1-p)/ne + z^2/(4*ne^2))/(1+z^2/ne) -> 0.3723254 0.531297
        assertInterval(37.23254, 53.1297, new Precision(238, 0.95).wilson(41, 91, 91), 1e-4);
        // Everyone answered: no uncertainty left.
        assertInterval(50, 50, new Precision(10, 0.95).wilson(5, 10, 10), 1e-12);
        // R: prop.test(0, 20, correct = FALSE)$conf.int -> 0 0.1611252
        assertInterval(0, 16.11252, new Precision(0, 0.95).wilson(0, 20, 20), 1e-5);
    }

    private static void assertInterval(double low, double high, Interval actual, double delta) {
        assertEquals(low, actual.low(), delta);
        assertEquals(high, actual.high(), delta);
    }

    @Test
    void nobodyInTheBaseHasNoInterval() {
        org.junit.jupiter.api.Assertions.assertFalse(new Precision(0, 0.95).wilson(0, 0, 91).defined());
    }

    @Test
    void responseRate() {
        // Seed 003: "Population : 238, Nombre de réponses : 91, Taux de participation : 38 %".
        assertEquals(38.2353, new Precision(238, 0.95).responseRate(91), 1e-4);
        assertEquals(Double.NaN, new Precision(0, 0.95).responseRate(91));
    }
}
