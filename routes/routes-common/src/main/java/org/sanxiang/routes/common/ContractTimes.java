package org.sanxiang.routes.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Conversions between java.time and the XML date types of the hub's contracts (times shown in 北京时间). */
public final class ContractTimes {

    /** 北京时间 (UTC+8). */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ContractTimes() {
    }

    /** An {@code xs:date} without a time zone; null for null. */
    public static XMLGregorianCalendar date(LocalDate d) {
        return d == null ? null : FACTORY.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    /** An {@code xs:dateTime} in 北京时间 with its offset; null for null. */
    public static XMLGregorianCalendar time(Instant i) {
        return i == null ? null : FACTORY.newXMLGregorianCalendar(GregorianCalendar.from(OffsetDateTime.ofInstant(i, CHINA)
                .toZonedDateTime()));
    }

    /** The day of an {@code xs:date}; null for null. */
    public static LocalDate localDate(XMLGregorianCalendar c) {
        return c == null ? null : LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }
}
