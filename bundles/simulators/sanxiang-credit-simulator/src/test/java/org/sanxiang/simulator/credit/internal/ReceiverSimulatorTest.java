package org.sanxiang.simulator.credit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.contracts.credit.v1.CreditRecord;
import org.sanxiang.contracts.credit.v1.Field;
import org.sanxiang.contracts.credit.v1.Receipt;
import org.sanxiang.contracts.credit.v1.RecordType;
import org.sanxiang.contracts.credit.v1.RejectionFault;
import org.sanxiang.simulator.credit.CreditSimulator.Mode;

/** The simulated receiver checks, keeps and answers as a provincial node would. */
class ReceiverSimulatorTest {

    @TempDir
    Path dir;

    private ReceiverSimulator simulator() {
        ReceiverSimulator s = new ReceiverSimulator();
        s.setDataDir(dir.toString());
        return s;
    }

    private static CreditRecord penalty(String key, String uscc) {
        CreditRecord r = new CreditRecord();
        r.setBusinessKey(key);
        r.setPublicationId(5);
        r.setVersion(1);
        r.setRecordType(RecordType.PENALTY);
        r.setFieldSet("sgs-2021/v1");
        r.setSourceUnit("长治市自然资源局");
        r.getSubjectCode().add(uscc);
        for (String name : new String[] {"行政相对人名称", "行政相对人类别", "行政处罚决定书文号", "处罚类别", "处罚内容",
            "处罚决定日期", "处罚机关"}) {
            Field f = new Field();
            f.setCode(name);
            f.setValue("x");
            r.getField().add(f);
        }
        return r;
    }

    @Test
    void aRecordIsKeptOnceByBusinessKeyEvenAcrossARestart() throws Exception {
        ReceiverSimulator s = simulator();
        Receipt first = s.receive("PublishPenalty", penalty("PUB-5-v1-PUBLISH", "91350100M000100Y43"));
        assertEquals("ACCEPTED", first.getStatus());
        ReceiverSimulator restarted = simulator();
        Receipt again = restarted.receive("PublishPenalty", penalty("PUB-5-v1-PUBLISH", "91350100M000100Y43"));
        assertEquals("DUPLICATE", again.getStatus());
        assertEquals(first.getReceiptId(), again.getReceiptId());
        assertEquals(1, restarted.recordCount("PUB-5-v1-PUBLISH"));
        assertEquals(2, restarted.callCount("PUB-5-v1-PUBLISH"));
    }

    @Test
    void aWrongCheckCharacterMissingFieldsOrAnUnknownPublicationAreRejectedWithTheReason() {
        ReceiverSimulator s = simulator();
        RejectionFault digit = assertThrows(RejectionFault.class,
                () -> s.receive("PublishPenalty", penalty("PUB-5-v1-PUBLISH", "91350100M000100Y44")));
        assertEquals("USCC", digit.getFaultInfo().getCode());
        assertTrue(digit.getFaultInfo().getReason().contains("校验位"), digit.getFaultInfo().getReason());

        CreditRecord incomplete = penalty("PUB-6-v1-PUBLISH", "91350100M000100Y43");
        incomplete.getField().remove(0);
        RejectionFault missing = assertThrows(RejectionFault.class, () -> s.receive("PublishPenalty", incomplete));
        assertTrue(missing.getFaultInfo().getReason().contains("行政相对人名称"));

        RejectionFault unknown = assertThrows(RejectionFault.class,
                () -> s.receive("Revoke", penalty("PUB-7-v2-REVOKE", "91350100M000100Y43")));
        assertEquals("NOT-FOUND", unknown.getFaultInfo().getCode());
        assertEquals(0, s.records().size());
    }

    @Test
    void inDuplicateModeANewRecordIsKeptButAnsweredAsDuplicate() throws Exception {
        ReceiverSimulator s = simulator();
        s.switchTo(Mode.DUPLICATE, 0);
        assertEquals("DUPLICATE", s.receive("PublishPenalty", penalty("PUB-5-v1-PUBLISH", "00000000000000000X")).getStatus());
        assertEquals(1, s.recordCount("PUB-5-v1-PUBLISH"));
        s.switchTo(Mode.REJECT, 0);
        assertThrows(RejectionFault.class, () -> s.receive("PublishPenalty", penalty("PUB-8-v1-PUBLISH", "91350100M000100Y43")));
    }
}
