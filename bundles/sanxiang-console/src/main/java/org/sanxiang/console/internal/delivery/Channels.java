package org.sanxiang.console.internal.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;

/** Finding a delivery channel by name, and the rows the delivery commands print. */
final class Channels {

    static final List<String> HEADERS = List.of("Business key", "Version", "Kind", "Summary", "Status", "Receipt",
            "Reason", "Created (UTC)", "Answered (UTC)");

    private Channels() {
    }

    static OutboundChannel find(List<OutboundChannel> channels, String name) {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalStateException("没有已安装的报送通道 / no delivery channel installed");
        }
        return channels.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有报送通道 " + name + " / no channel " + name
                        + "; 已有 / installed: " + channels.stream().map(OutboundChannel::name)
                        .collect(Collectors.joining(", "))));
    }

    static List<List<String>> rows(List<OutboundMessage> messages) {
        List<List<String>> rows = new ArrayList<>();
        for (OutboundMessage m : messages) {
            rows.add(List.of(m.businessKey(), String.valueOf(m.version()), m.kind(), m.summary(), label(m.status()),
                    m.receipt() == null ? "" : m.receipt(), m.reason() == null ? "" : m.reason(),
                    String.valueOf(m.createdAt()), m.answeredAt() == null ? "" : String.valueOf(m.answeredAt())));
        }
        return rows;
    }

    static String label(String status) {
        if (status == null) {
            return "待应答 PENDING";
        }
        return switch (status) {
            case "QUEUED" -> "待发送 QUEUED";
            case "RETRYING" -> "重试中 RETRYING";
            case "DEAD" -> "死信 DEAD";
            case "ACCEPTED" -> "已接收 ACCEPTED";
            case "DUPLICATE" -> "已接收(重复) DUPLICATE";
            case "REJECTED" -> "拒收 REJECTED";
            default -> status;
        };
    }
}
