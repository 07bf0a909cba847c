package org.sanxiang.console.internal.delivery;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.outbound.OutboundChannel;

/**
 * {@code sanxiang:dlq-replay}: sends a channel's dead letters again (all, or those of one business key). They
 * arrive although the broker has seen their key, and still only once at the receiver.
 */
@Service
@Command(scope = "sanxiang", name = "dlq-replay",
        description = "Replays the dead letters of a delivery channel (default: credit): all, or those of one business key")
public class DlqReplayCommand implements Action {

    @Reference
    private List<OutboundChannel> channels;

    @Option(name = "-c", aliases = "--channel", description = "Channel name (credit, supervision, ...)")
    private String channel = "credit";

    @Argument(index = 0, name = "businessKey", description = "Only the dead letters of this business key")
    private String businessKey;

    @Override
    public Object execute() {
        int n = Channels.find(channels, channel).replayDeadLetters(businessKey);
        System.out.println("已重发死信 / dead letters replayed: " + n);
        return null;
    }
}
