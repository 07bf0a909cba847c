package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;

/** The checks the API types make on what callers hand in. */
class LedgerApiTypesTest {

    private static final Sha256 D = Sha256.digest(new byte[] {1});

    @Test
    void kindsAreUpperCaseWordsOfAtMost32Characters() {
        assertTrue(LedgerKinds.isValid(LedgerKinds.CASE_TRANSITION));
        assertTrue(LedgerKinds.isValid("EVIDENCE_SEAL2"));
        assertFalse(LedgerKinds.isValid("document"));
        assertFalse(LedgerKinds.isValid("_X"));
        assertFalse(LedgerKinds.isValid("A".repeat(33)));
        assertFalse(LedgerKinds.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new LedgerAppend("bad kind", "case:1", "a", D));
    }

    @Test
    void textThatWouldNotSurviveADatabaseRoundTripIsRefused() {
        assertDoesNotThrow(() -> new LedgerAppend("ACCESS", "case:2026-0001", "执法人员 王五 \uD83D\uDE00", D));
        List<String> bad = new ArrayList<>(List.of("", " case:1", "case:1 ", "case:\n1", "case:\u00001",
                "case:\uD83D", "case:\uDE00x", "x".repeat(LedgerAppend.MAX_SUBJECT_LENGTH + 1)));
        for (String subject : bad) {
            assertThrows(IllegalArgumentException.class, () -> new LedgerAppend("ACCESS", subject, "a", D),
                    () -> "subject " + subject.codePoints().boxed().toList());
        }
        assertThrows(IllegalArgumentException.class, () -> new LedgerAppend("ACCESS", null, "a", D));
        assertThrows(IllegalArgumentException.class,
                () -> new LedgerAppend("ACCESS", "case:1", "a".repeat(LedgerAppend.MAX_ACTOR_LENGTH + 1), D));
        assertThrows(NullPointerException.class, () -> new LedgerAppend("ACCESS", "case:1", "a", null));
    }

    @Test
    void sha256ValuesRoundTripThroughHex() {
        Sha256 d = Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.hex());
        assertEquals(d, Sha256.fromHex(d.hex().toUpperCase()));
        assertEquals(d, Sha256.wrap(d.bytes()));
        byte[] b = d.bytes();
        b[0] ^= 1;
        assertNotEquals(d, Sha256.wrap(b), "bytes() hands out a copy");
        assertThrows(IllegalArgumentException.class, () -> Sha256.wrap(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Sha256.fromHex("abc"));
        assertThrows(IllegalArgumentException.class, () -> Sha256.fromHex("zz".repeat(32)));
    }

    @Test
    void proofPathsAreImmutable() {
        List<Sha256> path = new ArrayList<>(List.of(D));
        InclusionProof p = new InclusionProof(0, 2, path);
        path.clear();
        assertEquals(1, p.path().size());
        assertThrows(UnsupportedOperationException.class, () -> p.path().add(D));
    }
}
