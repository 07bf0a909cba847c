package org.sanxiang.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 行政执法流程图 of a service guide, laid out for drawing as SVG: the register stores the steps as data
 * ({@code 步骤1}, {@code 步骤2}, … each {@code 名称 → 下一步}, several next steps separated by {@code 、} or
 * {@code |}); the chart puts each step in a box, a row per stage (the longest way from a first step), and an arrow
 * for each way on. A way back (补正 → 受理) is drawn as an arc beside the boxes. Labels stay text: the template
 * escapes them.
 */
public final class Flowchart {

    static final int BOX_HEIGHT = 40;
    static final int ROW_GAP = 48;
    static final int COLUMN_GAP = 28;
    static final int MARGIN = 20;
    static final int CHAR_WIDTH = 15;

    private static final Pattern STEP = Pattern.compile("步骤(\\d+)");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|—>|=>)\\s*");
    private static final Pattern BRANCHES = Pattern.compile("\\s*[、|｜]\\s*");

    /** A box: top-left corner, size, label. */
    public record Node(String label, int x, int y, int width, int height) {

        public int centreX() {
            return x + width / 2;
        }

        public int textY() {
            return y + height / 2 + 5;
        }
    }

    /** An arrow as an SVG path; {@code back} when it returns to an earlier step. */
    public record Edge(String from, String to, String path, boolean back) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final int width;
    private final int height;
    private final List<String> steps;

    private Flowchart(List<Node> nodes, List<Edge> edges, int width, int height, List<String> steps) {
        this.nodes = nodes;
        this.edges = edges;
        this.width = width;
        this.height = height;
        this.steps = steps;
    }

    public List<Node> getNodes() {
        return nodes;
    }

    public List<Edge> getEdges() {
        return edges;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    /** The steps as written, in order (the text alternative of the chart). */
    public List<String> getSteps() {
        return steps;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** Lays out the steps of a 流程图 entry's fields. */
    static Flowchart of(Map<String, String> fields) {
        Map<Integer, String> numbered = new java.util.TreeMap<>();
        fields.forEach((k, v) -> {
            var m = STEP.matcher(k);
            if (m.matches() && v != null && !v.isBlank()) {
                numbered.put(Integer.parseInt(m.group(1)), v.strip());
            }
        });
        Set<String> order = new LinkedHashSet<>();
        Map<String, List<String>> next = new LinkedHashMap<>();
        for (String step : numbered.values()) {
            String[] parts = ARROW.split(step, 2);
            String from = parts[0].strip();
            if (from.isEmpty()) {
                continue;
            }
            order.add(from);
            next.computeIfAbsent(from, k -> new ArrayList<>());
            if (parts.length == 2) {
                for (String to : BRANCHES.split(parts[1].strip())) {
                    if (!to.isBlank()) {
                        order.add(to.strip());
                        next.computeIfAbsent(to.strip(), k -> new ArrayList<>());
                        if (!next.get(from).contains(to.strip())) {
                            next.get(from).add(to.strip());
                        }
                    }
                }
            }
        }
        List<String> labels = new ArrayList<>(order);
        // rows: longest way from a first step, walking forward ways only (a way to a step already on the walk
        // is a way back)
        Map<String, Integer> row = new HashMap<>();
        Set<String> targets = new LinkedHashSet<>();
        next.values().forEach(targets::addAll);
        List<String> roots = labels.stream().filter(l -> !targets.contains(l)).toList();
        if (roots.isEmpty() && !labels.isEmpty()) {
            roots = List.of(labels.get(0));
        }
        Set<String> backEdges = new LinkedHashSet<>();
        for (String r : roots) {
            place(r, 0, next, row, new LinkedHashSet<>(), backEdges);
        }
        for (String l : labels) {
            row.putIfAbsent(l, 0);
        }
        int rows = row.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> byRow = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            byRow.add(new ArrayList<>());
        }
        for (String l : labels) {
            byRow.get(row.get(l)).add(l);
        }
        int widest = 0;
        for (List<String> r : byRow) {
            widest = Math.max(widest, rowWidth(r));
        }
        int width = Math.max(widest + 2 * MARGIN + 60, 240);
        Map<String, Node> placed = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            List<String> r = byRow.get(i);
            int x = (width - rowWidth(r)) / 2;
            int y = MARGIN + i * (BOX_HEIGHT + ROW_GAP);
            for (String l : r) {
                int w = boxWidth(l);
                placed.put(l, new Node(l, x, y, w, BOX_HEIGHT));
                x += w + COLUMN_GAP;
            }
        }
        List<Edge> edges = new ArrayList<>();
        int arc = 0;
        for (Map.Entry<String, List<String>> e : next.entrySet()) {
            for (String to : e.getValue()) {
                Node a = placed.get(e.getKey());
                Node b = placed.get(to);
                boolean back = backEdges.contains(e.getKey() + "\n" + to) || row.get(to) <= row.get(e.getKey());
                edges.add(new Edge(e.getKey(), to, back ? arcPath(a, b, width, arc++) : downPath(a, b), back));
            }
        }
        int height = rows == 0 ? 0 : MARGIN * 2 + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;
        return new Flowchart(List.copyOf(placed.values()), edges, width, height, List.copyOf(numbered.values()));
    }

    private static void place(String node, int depth, Map<String, List<String>> next, Map<String, Integer> row,
                              Set<String> walk, Set<String> backEdges) {
        if (row.getOrDefault(node, -1) >= depth || walk.size() > 500) {
            return;
        }
        row.put(node, depth);
        walk.add(node);
        for (String to : next.getOrDefault(node, List.of())) {
            if (walk.contains(to)) {
                backEdges.add(node + "\n" + to);
            } else {
                place(to, depth + 1, next, row, walk, backEdges);
            }
        }
        walk.remove(node);
    }

    static int boxWidth(String label) {
        int units = 0;
        for (int i = 0; i < label.length(); i++) {
            units += label.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return Math.max(72, units * CHAR_WIDTH / 2 + 28);
    }

    private static int rowWidth(List<String> labels) {
        int w = 0;
        for (String l : labels) {
            w += boxWidth(l);
        }
        return w + Math.max(0, labels.size() - 1) * COLUMN_GAP;
    }

    private static String downPath(Node a, Node b) {
        int x1 = a.centreX();
        int y1 = a.y() + a.height();
        int x2 = b.centreX();
        int y2 = b.y() - 4;
        int mid = (y1 + y2) / 2;
        return String.format(Locale.ROOT, "M%d %d C%d %d %d %d %d %d", x1, y1, x1, mid, x2, mid, x2, y2);
    }

    /** A way back: out of the right side of the box, along the right edge of the chart, into the earlier box. */
    private static String arcPath(Node a, Node b, int width, int n) {
        int x = width - MARGIN - 10 - 12 * (n % 3);
        int y1 = a.y() + a.height() / 2;
        int y2 = b.y() + b.height() / 2;
        return String.format(Locale.ROOT, "M%d %d C%d %d %d %d %d %d", a.x() + a.width(), y1, x, y1, x, y2,
                b.x() + b.width() + 4, y2);
    }
}
