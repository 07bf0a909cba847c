package org.sanxiang.routes.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.XMLGregorianCalendar;
import org.sanxiang.contracts.enforcement.v1.Field;
import org.sanxiang.contracts.enforcement.v1.RegisterEntry;
import org.sanxiang.contracts.enforcement.v1.RegisterName;
import org.sanxiang.routes.common.ContractTimes;

/** The small conversions every mapping class needs: enums by name, dates, field lists. */
final class Convert {

    private Convert() {
    }

    /** The constant of {@code type} with the same name (the contract's enumerations name the domain's). */
    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    static <E extends Enum<E>> List<E> all(Class<E> type, List<? extends Enum<?>> values) {
        List<E> out = new ArrayList<>();
        values.forEach(v -> out.add(as(type, v)));
        return out;
    }

    static LocalDate day(XMLGregorianCalendar c) {
        return ContractTimes.localDate(c);
    }

    static Map<String, String> fields(List<Field> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields) {
            if (out.putIfAbsent(f.getName(), f.getValue()) != null) {
                throw new IllegalArgumentException("字段“" + f.getName() + "”重复");
            }
        }
        return out;
    }

    static List<Field> fields(Map<String, String> fields) {
        List<Field> out = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                Field f = new Field();
                f.setName(k);
                f.setValue(v);
                out.add(f);
            }
        });
        return out;
    }

    static RegisterEntry entry(org.sanxiang.api.disclosure.RegisterEntry e) {
        RegisterEntry x = new RegisterEntry();
        x.setRegister(as(RegisterName.class, e.type()));
        x.setKey(e.key());
        x.setVersion(e.version());
        x.setEffectiveFrom(ContractTimes.date(e.effectiveFrom()));
        x.setWithdrawn(e.withdrawn());
        x.setSha256(e.sha256());
        x.setChangedBy(e.changedBy());
        x.setChangedAt(ContractTimes.time(e.changedAt()));
        x.getField().addAll(fields(e.fields()));
        return x;
    }

    /** A blank optional text as absent. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
