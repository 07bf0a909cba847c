package org.sanxiang.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.RegisterType;

/** The open data files (R-D3, R-D5): spreadsheet-safe CSV, JSON safe in any page, no ID numbers. */
class OpenDataFormatsTest {

    @Test
    void csvQuotesWhatNeedsItAndNeverLetsASpreadsheetRunAFormula() throws Exception {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row(List.of("a,b", "say \"hi\"", "=HYPERLINK(\"x\")", "-1", "@SUM(A1)", "普通"));
        assertEquals("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",'-1,'@SUM(A1),普通\r\n",
                w.toString());
    }

    @Test
    void jsonEscapesMarkupAndLineSeparators() throws Exception {
        StringWriter w = new StringWriter();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("名称", "</script><b>\u2028\"\\");
        m.put("空", null);
        new Json(w).begin('[').object(m).object(Map.of("k", "v")).end(']');
        assertEquals("[{\"名称\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u2028\\\"\\\\\",\"空\":null},{\"k\":\"v\"}]",
                w.toString());
    }

    @Test
    void thePersonnelListShowsOnlyItsPublicFieldsAndNoListShowsAnIdNumber() {
        for (String f : RegisterType.PERSONNEL.requiredFields()) {
            assertTrue(Lists.PERSONNEL.shows(f), f);
        }
        assertFalse(Lists.PERSONNEL.shows("身份证号"));
        assertFalse(Lists.PERSONNEL.shows("出生日期"), "only the listed fields");
        assertFalse(Lists.BODIES.shows("负责人身份证号码"));
        assertTrue(Lists.BODIES.shows("监督电话"));
    }
}
