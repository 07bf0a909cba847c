package org.sanxiang.console.internal.delivery;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:dlq-list}: the dead letters (死信) of a delivery channel, with the last failure of each. */
@Service
@Command(scope = "sanxiang", name = "dlq-list",
        description = "Lists the dead letters of a delivery channel (default: credit): messages that exhausted their attempts, with the last failure")
public class DlqListCommand extends TableCommand {

    @Reference
    private List<OutboundChannel> channels;

    @Option(name = "-c", aliases = "--channel", description = "Channel name (credit, supervision, ...)")
    private String channel = "credit";

    @Option(name = "-n", aliases = "--limit", description = "How many (oldest first)")
    private int limit = 100;

    @Override
    public Object execute() {
        List<OutboundMessage> dead = Channels.find(channels, channel).deadLetters(limit);
        table(Channels.HEADERS, Channels.rows(dead));
        if (!csv) {
            System.out.println("死信 / dead letters: " + dead.size()
                    + (dead.isEmpty() ? "" : " — sanxiang:dlq-replay [-c " + channel + "] [business key]"));
        }
        return null;
    }
}
