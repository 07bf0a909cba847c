package org.sanxiang.console.internal.delivery;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.console.internal.Tables;

/**
 * {@code sanxiang:outbox-list}: what a delivery channel took from the outbox and what became of it — waiting,
 * retrying, dead, or the receiver's answer (receipt; 拒收 with the receiver's reason).
 */
@Service
@Command(scope = "sanxiang", name = "outbox-list",
        description = "Lists the outbox messages of a delivery channel (default: credit) with their delivery state and the receiver's answer")
public class OutboxListCommand implements Action {

    @Reference
    private List<OutboundChannel> channels;

    @Option(name = "-c", aliases = "--channel", description = "Channel name (credit, supervision, ...)")
    private String channel = "credit";

    @Option(name = "-s", aliases = "--status",
            description = "Only messages in this state: QUEUED, RETRYING, DEAD, ACCEPTED, DUPLICATE, REJECTED")
    private String status;

    @Option(name = "-n", aliases = "--limit", description = "How many (newest first)")
    private int limit = 50;

    @Option(name = "--csv", description = "Comma-separated output for scripts")
    private boolean csv;

    @Override
    public Object execute() {
        OutboundChannel c = Channels.find(channels, channel);
        List<OutboundMessage> messages = status == null ? c.recent(limit)
                : c.recent(1000).stream().filter(m -> status.equalsIgnoreCase(m.status())).limit(limit).toList();
        Tables.print(System.out, csv, Channels.HEADERS, Channels.rows(messages));
        return null;
    }
}
