package org.sanxiang.demo.internal;

/** Request bodies for the hub's SOAP services: elements with prefix {@code e}, text escaped. */
final class Xml {

    private final StringBuilder out = new StringBuilder(512);

    static Xml of() {
        return new Xml();
    }

    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code <e:name>value</e:name>}; nothing for a null value. */
    Xml el(String name, Object value) {
        if (value != null) {
            out.append("<e:").append(name).append('>').append(text(String.valueOf(value))).append("</e:").append(name)
                    .append('>');
        }
        return this;
    }

    /** {@code <e:name>…</e:name>} around what {@code inner} writes. */
    Xml open(String name, java.util.function.Consumer<Xml> inner) {
        out.append("<e:").append(name).append('>');
        inner.accept(this);
        out.append("</e:").append(name).append('>');
        return this;
    }

    /** A register field: {@code <e:field><e:name>…</e:name><e:value>…</e:value></e:field>}. */
    Xml field(String name, String value) {
        return open("field", x -> x.el("name", name).el("value", value));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
