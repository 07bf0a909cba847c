package org.sanxiang.routes.common;

import java.util.List;
import java.util.Objects;

/**
 * A refusal an adapter has already classified: the stable fault code, the Chinese text counter staff and
 * integrators read (naming the rule and the requirement id) and, where there are several, one line per item
 * (each refusing gate, each bad row). {@link FaultTranslator} answers it as it is: the code and the text in the
 * fault string, the code and the items in the fault detail — never a class name or a stack trace.
 */
public class CodedFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FaultTranslator.Code code;
    private final transient List<String> items;

    public CodedFault(FaultTranslator.Code code, String text, List<String> items) {
        super(Objects.requireNonNull(text, "text"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.items = List.copyOf(items);
    }

    public CodedFault(FaultTranslator.Code code, String text) {
        this(code, text, List.of());
    }

    /**
     * A refusal carrying a domain module's message: shown to the caller when it names no Java class, exception or
     * stack frame, else replaced by the code's own text (the log keeps the original).
     */
    public static CodedFault refusal(FaultTranslator.Code code, String message) {
        return new CodedFault(code, message != null && FaultTranslator.safe(message) ? message : code.text());
    }

    public FaultTranslator.Code code() {
        return code;
    }

    /** The text after the code: what was refused and why, in Chinese. */
    public String text() {
        return getMessage();
    }

    /** One line per refusing gate or bad row; empty when the text says it all. */
    public List<String> items() {
        return items;
    }
}
