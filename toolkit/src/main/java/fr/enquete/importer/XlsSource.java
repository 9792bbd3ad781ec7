package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A legacy Excel 97-2003 workbook (.xls), read with POI's HSSF model (such files are small). */
public final class XlsSource implements TableSource {

    private final Path file;
    private final String sheet;

    XlsSource(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String description() {
        return "Excel 97-2003 workbook (.xls), sheet " + (sheet == null ? "1" : "\"" + sheet + "\"");
    }

    @Override
    public fr.enquete.model.Message wording() {
        return fr.enquete.model.Message.of("format.xls", sheet == null ? "1" : fr.enquete.model.Message.of("format.sheet", sheet));
    }

    @Override
    public void read(TableHandler handler) {
        String name = file.toString();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet s = sheet == null ? wb.getSheetAt(0) : wb.getSheet(sheet);
            if (s == null) {
                throw new InputException(SourceLocation.file(name), Message.of("input.xls.sheet.missing", sheet));
            }
            String where = name + " [" + s.getSheetName() + "]";
            Header header = null;
            HiddenRows hidden = new HiddenRows();
            for (org.apache.poi.ss.usermodel.Row r : s) {
                int width = Math.max(r.getLastCellNum(), header == null ? 0 : header.size());
                String[] cells = new String[Math.max(width, 0)];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(r.getCell(i));
                }
                Row row = new Row(cells, r.getRowNum() + 1L);
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    Header found = new Header(where, DelimitedSource.headerNames(cells));
                    header = found;
                    HandlerCalls.forward(() -> handler.header(found));
                } else {
                    HandlerCalls.forward(() -> handler.row(row));
                    // A row hidden by hand or by a filter has a zero height in HSSF's record.
                    hidden.see(r.getRowNum() + 1L, r.getZeroHeight());
                }
            }
            if (header == null) {
                throw new InputException(SourceLocation.file(where), Message.of("input.sheet.empty"));
            }
            fr.enquete.model.Message note = hidden.note(s.getSheetName(), (String) null);
            if (note != null) {
                HandlerCalls.forward(() -> handler.note(note));
            }
        } catch (HandlerCalls.Failure f) {
            throw f.getCause();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(SourceLocation.file(name), Message.of("input.xls.unreadable", OfficeErrors.explained(e)), e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellText.isElapsed(cell.getCellStyle().getDataFormatString()) && cell.getNumericCellValue() >= 0
                    ? CellText.duration(cell.getNumericCellValue())
                    : !DateUtil.isCellDateFormatted(cell) ? CellText.number(cell.getNumericCellValue())
                    // A time alone: its fraction of a day, rounded to the second, whatever the workbook's day zero.
                    : cell.getNumericCellValue() < 1 ? CellText.time(DateUtil.getLocalDateTime(cell.getNumericCellValue(), false, true))
                    : CellText.date(cell.getLocalDateTimeCellValue());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
