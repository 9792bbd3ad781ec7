package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.enquete.model.CellValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A plain ISO date or date-time gets, read fast, the traits the general examination gives it (the number, contact,
 * time, duration and date patterns): every cell of a submission-date column passes here. Checked on random dates and
 * times of every form, the edges of months and days included, and on texts the fast reading must leave alone.
 */
class IsoCellTraitsTest {

    @Test
    void theFastTraitsOfIsoDatesAreTheGeneralOnes() {
        Random random = new Random(20261205);
        List<String> texts = new ArrayList<>(List.of("1000-01-01", "2999-12-31 23:59:59", "2024-02-29T00:00", "2000-01-01 00:00",
                "1980-01-01 00:00:00", "2012-12-12T12:12:12", "2010-10-10 10:10", "2006-06-06"));
        for (int i = 0; i < 20_000; i++) {
            int year = 1000 + random.nextInt(2000);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
            String date = String.format("%04d-%02d-%02d", year, month, day);
            String sep = random.nextBoolean() ? " " : "T";
            String time = String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
            texts.add(switch (random.nextInt(3)) {
                case 0 -> date;
                case 1 -> date + sep + time;
                default -> date + sep + time + String.format(":%02d", random.nextInt(60));
            });
        }
        for (String column : List.of("submitdate", "Date de naissance", "datestamp")) {
            for (String t : texts) {
                assertNotEquals(CellValues.NOT_ISO, CellValues.isoSeconds(t), t);
                assertEquals(ColumnProfile.CellTraits.general(column, t), ColumnProfile.CellTraits.of(column, t), column + ": " + t);
            }
        }
        // Left to the general examination: no plain ISO form, or a year a phone number could start with.
        for (String t : List.of("0612-03-01 08:00", "2024-3-1", " 2024-03-01", "2024-03-01 24:00", "2024-03-01T10:00:00Z",
                "2024-02-30", "06/03/2024")) {
            assertEquals(ColumnProfile.CellTraits.general("submitdate", t), ColumnProfile.CellTraits.of("submitdate", t), t);
        }
    }
}
