package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanxiang.ledger.testing.ReferenceMerkle.leafHash;
import static org.sanxiang.ledger.testing.ReferenceMerkle.nodeHash;
import static org.sanxiang.ledger.testing.ReferenceMerkle.sha256;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.ledger.testing.ReferenceMerkle;

/** RFC 6962 hashes against values computed by hand from the definition and against published vectors. */
class MerkleKnownAnswerTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Leaf inputs of the RFC 6962 test vectors used by Certificate Transparency implementations. */
    private static final String[] CT_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] CT_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @TempDir
    Path keys;

    @Test
    void emptyTreeIsTheHashOfTheEmptyString() {
        String sha256OfNothing = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assertEquals(sha256OfNothing, MerkleProofs.emptyTreeHash().hex());
        assertEquals(sha256OfNothing, new CompactRange().root().hex());
        assertEquals(sha256OfNothing, new LedgerFixture(keys).ledger.head().rootHash().hex());
    }

    @Test
    void leafAndNodeHashesCarryTheirPrefixByte() {
        assertEquals("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                MerkleProofs.leafHash(new byte[0]).hex());
        byte[] a = sha256("a".getBytes(StandardCharsets.US_ASCII));
        byte[] b = sha256("b".getBytes(StandardCharsets.US_ASCII));
        byte[] expected = sha256(new byte[] {1}, a, b);
        assertArrayEquals(expected, MerkleProofs.nodeHash(Sha256.wrap(a), Sha256.wrap(b)).bytes());
    }

    @Test
    void publishedVectorsForOneToEightLeaves() {
        CompactRange range = new CompactRange();
        List<byte[]> reference = new ArrayList<>();
        for (int n = 0; n < CT_LEAVES.length; n++) {
            byte[] data = HEX.parseHex(CT_LEAVES[n]);
            range.pushLeaf(MerkleProofs.leafHash(data));
            reference.add(leafHash(data));
            assertEquals(CT_ROOTS[n], range.root().hex(), "root of " + (n + 1) + " leaves");
            assertEquals(CT_ROOTS[n], HEX.formatHex(ReferenceMerkle.mth(reference)), "reference root of " + (n + 1));
        }
    }

    @Test
    void smallTreesWorkedByHand() {
        byte[][] l = new byte[7][];
        for (int i = 0; i < l.length; i++) {
            l[i] = leafHash(new byte[] {(byte) i});
        }
        CompactRange range = new CompactRange();
        List<String> roots = new ArrayList<>();
        for (byte[] ignored : l) {
            range.pushLeaf(MerkleProofs.leafHash(new byte[] {(byte) roots.size()}));
            roots.add(range.root().hex());
        }
        assertEquals(HEX.formatHex(l[0]), roots.get(0));
        assertEquals(HEX.formatHex(nodeHash(l[0], l[1])), roots.get(1));
        // 3 leaves: the split is at 2, the lone third leaf is hashed in unchanged (no duplication)
        assertEquals(HEX.formatHex(nodeHash(nodeHash(l[0], l[1]), l[2])), roots.get(2));
        assertEquals(HEX.formatHex(nodeHash(nodeHash(l[0], l[1]), nodeHash(l[2], l[3]))), roots.get(3));
        assertEquals(HEX.formatHex(nodeHash(nodeHash(nodeHash(l[0], l[1]), nodeHash(l[2], l[3])), l[4])), roots.get(4));
        assertEquals(HEX.formatHex(nodeHash(nodeHash(nodeHash(l[0], l[1]), nodeHash(l[2], l[3])),
                nodeHash(l[4], l[5]))), roots.get(5));
        assertEquals(HEX.formatHex(nodeHash(nodeHash(nodeHash(l[0], l[1]), nodeHash(l[2], l[3])),
                nodeHash(nodeHash(l[4], l[5]), l[6]))), roots.get(6));
    }

    @Test
    void ledgerRootEqualsTheDefinitionForEverySizeUpToTwenty() {
        LedgerFixture f = new LedgerFixture(keys);
        for (int n = 1; n <= 20; n++) {
            f.appendNumbered(n - 1);
            assertEquals(HEX.formatHex(ReferenceMerkle.mth(f.referenceLeaves(n))), f.ledger.head().rootHash().hex(),
                    "root over " + n + " entries");
        }
    }

    @Test
    void leafDataIsTheDocumentedEncoding() {
        Sha256 digest = Sha256.digest("正文".getBytes(StandardCharsets.UTF_8));
        LedgerEntry e = LedgerEntry.create(258, Instant.ofEpochMilli(0x0102030405L),
                new LedgerAppend("ACCESS", "case:1", "张三", digest));
        byte[] data = e.leafData();
        assertEquals(1 + 8 + 8 + (4 + 6) + (4 + 6) + (4 + 6) + (4 + 32), data.length);
        assertEquals("01" + "0000000000000102" + "0000000102030405" + "00000006" + HEX.formatHex(
                "ACCESS".getBytes(StandardCharsets.UTF_8)) + "00000006" + HEX.formatHex("case:1".getBytes(
                StandardCharsets.UTF_8)) + "00000006" + "e5bca0e4b889" + "00000020" + digest.hex(), HEX.formatHex(data));
        assertArrayEquals(ReferenceMerkle.leafData(258, 0x0102030405L, "ACCESS", "case:1", "张三", digest.bytes()), data);
        assertArrayEquals(leafHash(data), e.leafHash().bytes());
    }

    @Test
    void appendedAtIsHeldToTheMillisecond() {
        LedgerEntry e = LedgerEntry.create(0, Instant.parse("2026-11-26T08:00:00.123456789Z"),
                new LedgerAppend("ACCESS", "case:1", "a", Sha256.digest(new byte[0])));
        assertEquals(Instant.parse("2026-11-26T08:00:00.123Z"), e.appendedAt());
    }
}
