package org.sanxiang.routes.hallwindow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Post boards of the counters (岗位信息公示牌), kept as configuration in {@code etc/org.sanxiang.hallwindow.cfg}
 * and read on each request, so an edit shows at once:
 * <pre>
 * post.A01.title     = 不动产登记窗口
 * post.A01.staff     = 1401001, 1401002            (officer ids: name, post and certificate from the records)
 * post.A01.duties    = 受理申请; 一次性告知补正材料
 * post.A01.forms     = 采矿权申请登记书|大厅资料架3号; 开采方案编写提纲|http://…
 * post.A01.enquiry   = 咨询电话 0355-2021234
 * post.A01.complaint = 投诉电话 0355-2021000; 12345政务服务便民热线
 * </pre>
 * Lists are separated by {@code ;}, a form's name and location by {@code |}.
 */
public final class PostBoards {

    static final String PID = "org.sanxiang.hallwindow";

    /** One board as configured. */
    public record Board(String counterId, String title, List<String> staffIds, List<String> duties,
                        List<String[]> forms, List<String> enquiry, List<String> complaint) {
    }

    private final ConfigurationAdmin configAdmin;

    public PostBoards(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    public Optional<Board> board(String counterId) {
        Dictionary<String, Object> props;
        try {
            Configuration c = configAdmin.getConfiguration(PID, null);
            props = c.getProperties();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PID, e);
        }
        if (props == null) {
            return Optional.empty();
        }
        String prefix = "post." + counterId + ".";
        Object title = props.get(prefix + "title");
        if (title == null) {
            return Optional.empty();
        }
        List<String[]> forms = new ArrayList<>();
        for (String f : list(props.get(prefix + "forms"), ";")) {
            int bar = f.indexOf('|');
            forms.add(bar < 0 ? new String[] {f, null} : new String[] {f.substring(0, bar).strip(),
                    f.substring(bar + 1).strip()});
        }
        return Optional.of(new Board(counterId, String.valueOf(title).strip(), list(props.get(prefix + "staff"), "[,;]"),
                list(props.get(prefix + "duties"), ";"), forms, list(props.get(prefix + "enquiry"), ";"),
                list(props.get(prefix + "complaint"), ";")));
    }

    private static List<String> list(Object value, String separator) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String part : String.valueOf(value).split(separator)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
