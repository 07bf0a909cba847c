package org.sanxiang.store.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;
import org.sanxiang.store.support.ModuleStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link InboundJournal} on {@code sx_inbound_journal} through MyBatis. */
@Component(service = InboundJournal.class)
public class JournalStore implements InboundJournal {

    private final Database database;
    private final Clock clock;

    @Activate
    public JournalStore(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    JournalStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean record(JournalEntry entry) {
        JournalRow row = JournalRow.of(entry, LocalDateTime.now(clock));
        try {
            return database.inTransaction(s -> s.getMapper(JournalMapper.class).insert(row)) == 1;
        } catch (PersistenceException e) {
            if (ModuleStore.isConstraintViolation(e) && find(entry.source(), entry.messageId()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<JournalEntry> find(String source, String messageId) {
        return Optional.ofNullable(database.read(s -> s.getMapper(JournalMapper.class).find(source, messageId)))
                .map(JournalRow::toEntry);
    }

    @Override
    public List<JournalEntry> latest(int limit) {
        return database.read(s -> s.getMapper(JournalMapper.class).latest(Math.max(0, limit))).stream()
                .map(JournalRow::toEntry).collect(Collectors.toList());
    }

    @Override
    public long count() {
        return database.read(s -> s.getMapper(JournalMapper.class).count());
    }
}
