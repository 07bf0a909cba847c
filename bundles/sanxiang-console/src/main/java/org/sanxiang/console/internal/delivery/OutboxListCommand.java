package org.sanxiang.console.internal.delivery;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.console.internal.TableCommand;

/**
 * {@code sanxiang:outbox-list}: what a delivery channel took from the outbox and what became of it — waiting,
 * retrying, dead, or the receiver's answer (receipt; 拒收 with the receiver's reason).
 */
@Service
@Command(scope = "sanxiang", name = "outbox-list",
        description = "Lists the outbox messages of a delivery channel (default: credit) with their delivery state and the receiver's answer")
public class OutboxListCommand extends TableCommand {

    @Reference
    private List<OutboundChannel> channels;

    @Option(name = "-c", aliases = "--channel", description = "Channel name (credit, supervision, ...)")
    private String channel = "credit";

    @Option(name = "-s", aliases = "--status",
            description = "Only messages in this state: PENDING (not answered yet), QUEUED, RETRYING, DEAD, ACCEPTED, DUPLICATE, REJECTED")
    private String status;

    @Option(name = "-n", aliases = "--limit", description = "How many (newest first)")
    private int limit = 50;

    @Override
    public Object execute() {
        OutboundChannel c = Channels.find(channels, channel);
        List<OutboundMessage> messages = status == null ? c.recent(limit)
                : c.recent(status.strip().toUpperCase(java.util.Locale.ROOT), limit);
        table(Channels.HEADERS, Channels.rows(messages));
        return null;
    }
}
