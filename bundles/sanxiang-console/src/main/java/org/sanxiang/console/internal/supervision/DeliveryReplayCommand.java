package org.sanxiang.console.internal.supervision;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.outbound.OutboundChannel;

/** {@code sanxiang:delivery-replay}: sends an outbound channel's dead letters again (still once at the receiver). */
@Service
@Command(scope = "sanxiang", name = "delivery-replay",
        description = "Replays the dead letters of an outbound channel (all, or one business key)")
public class DeliveryReplayCommand implements Action {

    @Reference(optional = true)
    private List<OutboundChannel> channels;

    @Argument(index = 0, name = "channel", required = true, description = "Channel name, e.g. supervision")
    private String channel;

    @Argument(index = 1, name = "businessKey", description = "Only the dead letters of this business key")
    private String businessKey;

    @Override
    public Object execute() {
        int n = find(channels, channel).replayDeadLetters(businessKey);
        System.out.println("已重发死信" + n + "条");
        return null;
    }

    static OutboundChannel find(List<OutboundChannel> channels, String name) {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalStateException("没有已安装的报送通道 (feature:install sanxiang-supervision-report)");
        }
        return channels.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有报送通道 " + name + "; 已有: "
                        + channels.stream().map(OutboundChannel::name).collect(Collectors.joining(", "))));
    }
}
