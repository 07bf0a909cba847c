package org.sanxiang.ledger.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerStorage;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.store.support.ModuleStore;

/**
 * {@link LedgerStorage} on the hub's database ({@code ledger_entry}, {@code ledger_tree_head}) through
 * MyBatis; append-only: it has no statement that updates or deletes a row.
 */
@Component(service = LedgerStorage.class)
public class MyBatisLedgerStorage implements LedgerStorage {

    static final List<String> MAPPERS = List.of("org/sanxiang/ledger/internal/LedgerMapper.xml");

    private final ModuleStore store;

    @Activate
    public MyBatisLedgerStorage(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource)
            throws SQLException {
        this(ModuleStore.open(dataSource, "ledger", MyBatisLedgerStorage.class.getClassLoader(), MAPPERS));
    }

    MyBatisLedgerStorage(ModuleStore store) {
        this.store = store;
    }

    @Override
    public void append(LedgerEntry entry) {
        store.inTransaction(s -> s.getMapper(LedgerMapper.class).insertEntry(LedgerRow.of(entry)));
    }

    @Override
    public long size() {
        return store.read(s -> s.getMapper(LedgerMapper.class).size());
    }

    @Override
    public List<LedgerEntry> entries(long fromIndex, int maxCount) {
        return store.read(s -> s.getMapper(LedgerMapper.class).entries(fromIndex, fromIndex + maxCount)).stream()
                .map(LedgerRow::toEntry).collect(Collectors.toList());
    }

    @Override
    public List<Sha256> leafHashes(long fromIndex, int maxCount) {
        return store.read(s -> s.getMapper(LedgerMapper.class).leafHashes(fromIndex, fromIndex + maxCount)).stream()
                .map(Sha256::fromHex).collect(Collectors.toList());
    }

    @Override
    public List<LedgerEntry> entriesForSubject(String subjectRef) {
        return store.read(s -> s.getMapper(LedgerMapper.class).entriesForSubject(subjectRef)).stream()
                .map(LedgerRow::toEntry).collect(Collectors.toList());
    }

    @Override
    public void saveTreeHead(SignedTreeHead head) {
        store.inTransaction(s -> s.getMapper(LedgerMapper.class).insertHead(HeadRow.of(head)));
    }

    @Override
    public List<SignedTreeHead> treeHeads(long fromTreeSize, int maxCount) {
        return store.read(s -> s.getMapper(LedgerMapper.class).heads(fromTreeSize, maxCount)).stream()
                .map(HeadRow::toHead).collect(Collectors.toList());
    }

    @Override
    public Optional<SignedTreeHead> latestTreeHead() {
        return Optional.ofNullable(store.read(s -> s.getMapper(LedgerMapper.class).latestHead())).map(HeadRow::toHead);
    }
}
