package org.sanxiang.api.ingest;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Path tricks in names a station gives (文件名安全检查): a name must be a plain file name — no directory part,
 * no {@code ..}, no absolute or drive path, no NUL or other control or format characters (bidi overrides,
 * zero-width), no slash look-alikes, no unpaired surrogates or unassigned code points, and in Unicode
 * normal form C. The hub never uses a station's name as a path anyway; this finds the deliveries that try.
 * Used by the ingest (the rule) and by the channels (names in receipts and logs).
 */
public final class SafeNames {

    public static final int MAX_LENGTH = 200;

    private SafeNames() {
    }

    /** Why {@code name} is refused (Chinese), or empty when it is a safe plain file name. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("文件名为空");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("文件名超过" + MAX_LENGTH + "个字符");
        }
        if (name.equals(".") || name.equals("..") || name.contains("..")) {
            return Optional.of("文件名含“..”(路径穿越)");
        }
        if (name.startsWith(".") || name.startsWith("~")) {
            return Optional.of("文件名不得以“.”或“~”开头");
        }
        if (name.strip().length() != name.length()) {
            return Optional.of("文件名首尾不得有空白");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String at = "第" + (name.codePointCount(0, i) + 1) + "个字符";
            if (cp == 0) {
                return Optional.of("文件名含NUL字符(" + at + ")");
            }
            if (cp == '/' || cp == '\\' || cp == ':') {
                return Optional.of("文件名含路径分隔符“" + new String(Character.toChars(cp)) + "”(" + at + ")");
            }
            if (cp == 0x2215 || cp == 0x2044 || cp == 0xFF0F || cp == 0xFF3C || cp == 0x29F8 || cp == 0x29F9) {
                return Optional.of(String.format("文件名含形似路径分隔符的字符 U+%04X(%s)", cp, at));
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of(String.format("文件名含控制、格式或未分配字符 U+%04X(%s)", cp, at));
            }
            i += Character.charCount(cp);
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            return Optional.of("文件名不是Unicode规范形式NFC(可能用组合字符伪装)");
        }
        return Optional.empty();
    }

    /** {@code name} with control, format and other invisible characters shown as {@code \\uXXXX}, for logs and tables. */
    public static String printable(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(MAX_LENGTH + 50).forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString();
        return s.length() > 290 ? s.substring(0, 290) : s;
    }
}
