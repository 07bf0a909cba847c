package org.sanxiang.api.disclosure;

import java.util.List;

/**
 * Thrown when a 双随机一公开 draw cannot be staffed: for at least one drawn subject there are fewer
 * certified, conflict-free inspectors than required. The message is Chinese and names every such
 * subject; {@link #problems()} lists them one by one.
 */
public class DrawImpossibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public DrawImpossibleException(List<String> problems) {
        super("无法完成随机抽取: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One Chinese sentence per subject that could not be staffed. */
    public List<String> problems() {
        return problems;
    }
}
