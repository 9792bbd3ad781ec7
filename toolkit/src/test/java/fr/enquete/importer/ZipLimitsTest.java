package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.testing.Fixtures;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZipLimitsTest {

    @AfterEach
    void backToTheDefaults() {
        // Other tests in this JVM rely on the default limit (100, a ratio of 1/100) being in force.
        new Limits(1, 1, 7).applyToZipReaders();
        Limits.DEFAULTS.applyToZipReaders();
        assertEquals(0.01, ZipSecureFile.getMinInflateRatio(), 1e-12);
    }

    @Test
    void theExpansionLimitBecomesPoisInflateRatio() {
        new Limits(1, 1, 40).applyToZipReaders();
        assertEquals(1.0 / 40, ZipSecureFile.getMinInflateRatio(), 1e-12);
    }

    @Test
    void openingAFileDoesNotResetTheProcessWideRatioAgain() {
        Limits.DEFAULTS.applyToZipReaders();
        // A library user's own setting, made after enquete applied the same limit: opens leave it alone.
        ZipSecureFile.setMinInflateRatio(0.001);
        Importers.open(Fixtures.home().resolve("fixtures/formats/microsoft-forms.xlsx"), ImportOptions.DEFAULTS).header();
        assertEquals(0.001, ZipSecureFile.getMinInflateRatio(), 1e-12);
    }

    @Test
    void aDifferentLimitIsAppliedEvenAfterTheUsersOwnSetting() {
        Limits.DEFAULTS.applyToZipReaders();
        ZipSecureFile.setMinInflateRatio(0.001);
        new Limits(1, 1, 20).applyToZipReaders();
        assertEquals(0.05, ZipSecureFile.getMinInflateRatio(), 1e-12);
    }
}
