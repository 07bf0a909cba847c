package org.sanxiang.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sanxiang.api.journal.NonceRegistry;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NonceRegistry} on the hub's database ({@code sx_ws_nonce}): a nonce is recorded by inserting it (the key
 * is the user and the nonce, so two nodes cannot both accept it); expired ones are purged every minute.
 */
@Component(service = NonceRegistry.class)
public final class NonceStore implements NonceRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(NonceStore.class);

    private final Database database;
    private final Clock clock;
    private final ScheduledExecutorService purger;

    @Activate
    public NonceStore(@Reference Database database) {
        this(database, Clock.systemUTC());
        purger.scheduleWithFixedDelay(this::purgeQuietly, 1, 1, TimeUnit.MINUTES);
    }

    NonceStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.purger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-nonce-purge");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        purger.shutdownNow();
    }

    @Override
    public boolean firstUse(String user, String nonce, Instant expires) {
        LocalDateTime until = utc(expires);
        try {
            return database.inTransaction(s -> s.getMapper(NonceMapper.class).insert(user, nonce, until)) == 1;
        } catch (PersistenceException e) {
            if (!ModuleStore.isConstraintViolation(e)) {
                throw e;
            }
        }
        // recorded before: a replay, unless its time is over and the purge has not come yet
        return database.inTransaction(s -> s.getMapper(NonceMapper.class)
                .renewExpired(user, nonce, until, utc(clock.instant()))) == 1;
    }

    /** Deletes the nonces whose time is over; returns how many. */
    int purge() {
        return database.inTransaction(s -> s.getMapper(NonceMapper.class).purge(utc(clock.instant())));
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("Expired nonces not purged (next try in a minute): {}", e.getMessage());
        }
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
