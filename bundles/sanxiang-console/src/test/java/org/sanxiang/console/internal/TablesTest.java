package org.sanxiang.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one table and CSV writer of every console command (issue 19): what a script reading --csv gets. */
class TablesTest {

    private static String print(boolean csv, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tables.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), csv, headers, rows);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksIncludingACarriageReturn() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\",", Tables.csvLine(Arrays.asList("a", "b,c",
                "say \"hi\"", "x\ny", "x\ry", null)));
        assertEquals("案件,长自然资罚〔2026〕1号", Tables.csvLine(List.of("案件", "长自然资罚〔2026〕1号")));
    }

    @Test
    void csvHasTheHeaderThenOneLinePerRow() {
        String out = print(true, List.of("Id", "State"), List.of(List.of("1", "UP"), List.of("2", "DOWN")));
        assertEquals(List.of("Id,State", "1,UP", "2,DOWN"), out.lines().toList());
    }

    @Test
    void theTableShowsEveryHeaderAndCell() {
        String out = print(false, List.of("Component", "State"), List.of(List.of("integrity", "DOWN")));
        assertTrue(out.contains("Component") && out.contains("State"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("integrity") && l.contains("DOWN")), out);
    }
}
