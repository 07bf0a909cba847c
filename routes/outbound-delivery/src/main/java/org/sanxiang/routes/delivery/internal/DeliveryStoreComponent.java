package org.sanxiang.routes.delivery.internal;

import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sanxiang.routes.delivery.DeliveryStore;
import org.sanxiang.store.support.Registrations;

/**
 * The one {@link DeliveryStore} of the hub on {@code jdbc/sanxiang}: migrates the {@code sx_dlv_*} tables at
 * start (module "delivery") and registers the {@link DeliveryStoreService} that serves every channel.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.routes.delivery.DeliveryStore\"",
        uses = {DeliveryStore.class})
@Component(service = {}, immediate = true)
public class DeliveryStoreComponent {

    private final Registrations registrations;

    @Activate
    public DeliveryStoreComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                                  BundleContext context) throws SQLException {
        DeliveryStoreService store = new DeliveryStoreService(DeliveryStoreService.open(dataSource), Clock.systemUTC());
        this.registrations = new Registrations(context).add(store, DeliveryStore.class);
    }

    @Deactivate
    void deactivate() {
        registrations.close();
    }
}
