package org.sanxiang.ingest.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.ingest.MediaIntake;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.metrics.HubMeters;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Retention;
import org.sanxiang.store.support.ModuleStore;
import org.sanxiang.store.support.Registrations;
import org.sanxiang.store.support.StoredConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acceptance of recordings (音像记录接入) on the hub's database, configured by PID {@value #PID}: registers
 * its {@link MediaIngestor} as the {@link MediaIntake} the channels hand deliveries to, as the ops' view
 * {@link RecorderIngest} and as the {@link ContentVerifier} of the ledgered quarantine decisions. A configuration
 * change applies to the next deliveries without withdrawing the services.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.ingest.MediaIntake,org.sanxiang.api.ingest.RecorderIngest,org.sanxiang.api.ledger.ContentVerifier\"",
        uses = {MediaIntake.class, ContentVerifier.class})
@Component(service = {}, configurationPid = IngestComponent.PID, immediate = true)
@Designate(ocd = IngestConfig.class)
public class IngestComponent {

    static final String PID = "org.sanxiang.ingest";
    private static final Logger LOG = LoggerFactory.getLogger(IngestComponent.class);

    /** The hub's metrics, when they run (counted deliveries and quarantines). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HubMeters meters;

    private final Registrations registrations;
    private final MediaIngestor ingestor;

    @Activate
    public IngestComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                           @Reference EvidenceStore evidence, @Reference CaseRecords cases,
                           @Reference OfficerRegistry officers, @Reference Retention retention,
                           @Reference LedgerIntake intake, IngestConfig config, BundleContext context)
            throws SQLException, IOException {
        IngestSettings settings = IngestSettings.of(config);
        ModuleStore store = MediaIngestor.openStore(dataSource);
        this.ingestor = new MediaIngestor(store, settings, evidence, cases, officers, retention, intake,
                () -> meters, Clock.systemUTC());
        ingestor.start();
        this.registrations = new Registrations(context).add(ingestor,
                Map.of(ContentVerifier.KIND_PROPERTY, MediaIngestor.KIND,
                        ContentVerifier.SUBJECT_PREFIX_PROPERTY, MediaIngestor.SUBJECT),
                MediaIntake.class, RecorderIngest.class, ContentVerifier.class);
        warnLeftInChannels(context);
        LOG.info("Recording intake ready on {} (schema v{}): {} registered device(s), {} officer number mapping(s), "
                + "quarantine {}", store.databaseId(), store.schemaVersion(), settings.devices().size(),
                settings.officerMap().size(), settings.quarantineDir());
    }

    /** Keys of this PID that a hub configured before the split kept in the channels' PID. */
    static final List<String> MOVED_KEYS = List.of("devices", "officer.map", "clock.drift.max.seconds",
            "upload.max.delay.hours", "zone", "metadata.max.bytes");
    static final String CHANNELS_PID = "org.sanxiang.recorder";

    /** Names the rules still set in {@value #CHANNELS_PID}, where they no longer apply. */
    private static void warnLeftInChannels(BundleContext context) {
        Map<String, String> channels = StoredConfiguration.of(context, CHANNELS_PID);
        List<String> left = MOVED_KEYS.stream().filter(k -> channels.get(k) != null && !channels.get(k).isBlank())
                .toList();
        if (!left.isEmpty()) {
            LOG.warn("{} in etc/{}.cfg no longer apply: the rules of recordings are read from etc/{}.cfg; move "
                    + "them there (until then deliveries of devices not registered there are quarantined)", left,
                    CHANNELS_PID, PID);
        }
    }

    /**
     * A changed configuration applies to the next deliveries; the intake is not restarted, so the channels' references
     * never see it withdrawn (a restart under a channel that was still starting left it bound to the withdrawn one).
     */
    @Modified
    void modified(IngestConfig config) throws IOException {
        IngestSettings settings = IngestSettings.of(config);
        ingestor.reconfigure(settings);
        LOG.info("Recording intake reconfigured: {} registered device(s), {} officer number mapping(s), quarantine {}",
                settings.devices().size(), settings.officerMap().size(), settings.quarantineDir());
    }

    @Deactivate
    void deactivate() {
        registrations.close();
    }
}
