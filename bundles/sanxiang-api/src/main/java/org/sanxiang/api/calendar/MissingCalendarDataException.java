package org.sanxiang.api.calendar;

/**
 * Thrown by a {@link WorkingDayCalendar} configured to refuse computations that depend on a year whose
 * holiday notice has not been loaded (缺少节假日数据). The message names the year in English and Chinese.
 */
public class MissingCalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public MissingCalendarDataException(int year) {
        super("No statutory holiday data for " + year + ": load the State Council holiday notice for "
                + year + " into the working-day calendar before computing deadlines that reach into it"
                + " / 工作日历缺少" + year + "年法定节假日数据：请先导入国务院办公厅关于" + year
                + "年部分节假日安排的通知，再计算涉及该年的期限");
        this.year = year;
    }

    /** The first year without data that the computation reached. */
    public int year() {
        return year;
    }
}
