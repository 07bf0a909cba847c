package org.sanxiang.console.internal.supervision;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.console.internal.Tables;

/** {@code sanxiang:delivery-list}: what an outbound channel queued and what the party answered, or its dead letters. */
@Service
@Command(scope = "sanxiang", name = "delivery-list",
        description = "Lists the messages of an outbound channel with the receiver's answers (or --dead: its dead letters)")
public class DeliveryListCommand implements Action {

    @Reference(optional = true)
    private List<OutboundChannel> channels;

    @Argument(index = 0, name = "channel", required = true, description = "Channel name, e.g. supervision")
    private String channel;

    @Option(name = "--dead", description = "List the dead letters (死信) instead")
    private boolean dead;

    @Option(name = "-n", aliases = "--limit", description = "How many")
    private int limit = 50;

    @Option(name = "--csv", description = "Comma-separated output for scripts")
    private boolean csv;

    @Override
    public Object execute() {
        OutboundChannel c = DeliveryReplayCommand.find(channels, channel);
        List<List<String>> rows = new ArrayList<>();
        for (OutboundMessage m : dead ? c.deadLetters(limit) : c.recent(limit)) {
            rows.add(List.of(m.businessKey(), String.valueOf(m.version()), m.kind(), m.summary(),
                    m.status() == null ? "待应答" : m.status(), m.receipt() == null ? "" : m.receipt(),
                    m.reason() == null ? "" : m.reason(), String.valueOf(m.createdAt())));
        }
        Tables.print(System.out, csv, List.of("Business key", "Version", "Kind", "Summary", "Status", "Receipt",
                "Reason", "Created (UTC)"), rows);
        return null;
    }
}
