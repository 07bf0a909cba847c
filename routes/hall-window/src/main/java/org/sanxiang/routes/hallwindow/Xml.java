package org.sanxiang.routes.hallwindow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Conversions between java.time and the XML date types of the contract (times in 北京时间). */
final class Xml {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Xml() {
    }

    static XMLGregorianCalendar date(LocalDate d) {
        return d == null ? null : FACTORY.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    static XMLGregorianCalendar time(Instant i) {
        return FACTORY.newXMLGregorianCalendar(GregorianCalendar.from(OffsetDateTime.ofInstant(i, CHINA)
                .toZonedDateTime()));
    }

    static LocalDate localDate(XMLGregorianCalendar c) {
        return c == null ? null : LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }
}
