package org.trainlab.console;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trainlab.tensor.Tensor;

/**
 * Python's {@code format(value, spec)} for f-strings and {@code %} for the spec subset
 * {@code [[fill]align][sign][width][,][.precision][type]} with types d, f, e, % and s (and none), the forms
 * training code prints losses with. Numbers round half to even from their exact binary value, as Python does.
 */
final class Formatting {
    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>^=]))?([-+ ])?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([dfFeE%s])?");
    private static final Pattern PERCENT = Pattern.compile("%([-+ 0#]*)(\\d+)?(?:\\.(\\d+))?([diouxXeEfFgGcrsa%])");

    private Formatting() {
    }

    static String format(Object v, char conversion, String spec) {
        if (conversion == 'r' || conversion == 'a') {
            v = Values.repr(v);
        } else if (conversion == 's') {
            v = Values.str(v);
        }
        if (spec.isEmpty()) {
            return Values.str(v);
        }
        if (v instanceof Parameter p) {
            v = p.tensor();
        }
        if (v instanceof Tensor t) {
            if (t.numel() != 1 || t.dim() != 0) {
                throw PyError.type("unsupported format string passed to Tensor.__format__");
            }
            v = TensorOps.item(t);
        }
        if (v instanceof NpScalar s) {
            v = Numpy.python(s);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw PyError.unsupported("the format spec '" + spec + "'", null);
        }
        String fill = m.group(1) == null ? (m.group(4) != null ? "0" : " ") : m.group(1);
        String align = m.group(2) != null ? m.group(2) : m.group(4) != null ? "=" : null;
        String sign = m.group(3) == null ? "-" : m.group(3);
        int width = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        boolean grouping = m.group(6) != null;
        Integer precision = m.group(7) == null ? null : Integer.parseInt(m.group(7));
        String type = m.group(8);
        String body;
        boolean numeric = v instanceof Long || v instanceof Double || v instanceof Boolean;
        if (v instanceof String s) {
            if (type != null && !type.equals("s") || grouping || m.group(3) != null) {
                throw PyError.value("Unknown format code '" + (type == null ? "," : type) + "' for object of type 'str'");
            }
            body = precision == null ? s : s.substring(0, Math.min(s.length(), precision));
            return pad(body, "", fill, align == null ? "<" : align, width);
        }
        if (!numeric) {
            throw PyError.unsupported("format specs for a " + Values.typeName(v), null);
        }
        if (type == null) {
            if (precision != null) {
                throw PyError.unsupported("a precision without a type in a format spec (Python's 'g')", null);
            }
            type = v instanceof Double ? "r" : "d";
        }
        double d = Values.toDouble(v, "format");
        String prefix = d < 0 || d == 0 && 1 / d < 0 && !(v instanceof Long) ? "-" : sign.equals("-") ? "" : sign;
        double a = Math.abs(d);
        switch (type) {
            case "d" -> {
                if (!(v instanceof Long) && !(v instanceof Boolean)) {
                    throw PyError.value("Unknown format code 'd' for object of type 'float'");
                }
                body = Long.toString(Math.abs(Values.toLong(v, "format")));
                if (grouping) {
                    body = group(body);
                }
            }
            case "f", "F", "%" -> {
                double x = type.equals("%") ? a * 100 : a;
                if (!Double.isFinite(x)) {
                    body = Double.isNaN(x) ? "nan" : "inf";
                } else {
                    body = new BigDecimal(x).setScale(precision == null ? 6 : precision, RoundingMode.HALF_EVEN)
                            .toPlainString();
                }
                if (grouping) {
                    int dot = body.indexOf('.');
                    body = group(dot < 0 ? body : body.substring(0, dot)) + (dot < 0 ? "" : body.substring(dot));
                }
                if (type.equals("%")) {
                    body += "%";
                }
            }
            case "e", "E" -> {
                int p = precision == null ? 6 : precision;
                if (!Double.isFinite(a)) {
                    body = Double.isNaN(a) ? "nan" : "inf";
                } else if (a == 0) {
                    body = (p == 0 ? "0" : "0." + "0".repeat(p)) + "e+00";
                } else {
                    BigDecimal r = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
                    int exp = r.precision() - r.scale() - 1;
                    String digits = r.unscaledValue().toString();
                    digits = (digits + "0".repeat(p + 1)).substring(0, p + 1);
                    body = digits.charAt(0) + (p == 0 ? "" : "." + digits.substring(1)) + "e" + (exp < 0 ? "-" : "+")
                            + String.format("%02d", Math.abs(exp));
                }
                if (type.equals("E")) {
                    body = body.toUpperCase(java.util.Locale.ROOT);
                }
            }
            case "r" -> body = Values.repr(a);
            default -> throw PyError.value("Unknown format code '" + type + "' for object of type '"
                    + Values.typeName(v) + "'");
        }
        return pad(body, prefix, fill, align == null ? ">" : align, width);
    }

    private static String group(String digits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private static String pad(String body, String prefix, String fill, String align, int width) {
        int room = width - body.length() - prefix.length();
        if (room <= 0) {
            return prefix + body;
        }
        return switch (align) {
            case "<" -> prefix + body + fill.repeat(room);
            case "^" -> fill.repeat(room / 2) + prefix + body + fill.repeat(room - room / 2);
            case "=" -> prefix + fill.repeat(room) + body;
            default -> fill.repeat(room) + prefix + body;
        };
    }

    /** {@code 'loss %.4f at %d' % (x, n)}. */
    static String percent(String template, Object args) {
        List<Object> values = args instanceof PyTuple t ? t.items() : List.of(args == null ? NONE : args);
        StringBuilder out = new StringBuilder();
        Matcher m = PERCENT.matcher(template);
        int at = 0;
        int next = 0;
        while (m.find()) {
            out.append(template, at, m.start());
            at = m.end();
            String type = m.group(4);
            if (type.equals("%")) {
                out.append('%');
                continue;
            }
            if (next >= values.size()) {
                throw PyError.type("not enough arguments for format string");
            }
            Object v = values.get(next++);
            v = v == NONE ? null : v;
            String flags = m.group(1);
            String spec = (flags.contains("-") ? "<" : "") + (flags.contains("+") ? "+" : flags.contains(" ") ? " " : "")
                    + (flags.contains("0") && !flags.contains("-") ? "0" : "") + (m.group(2) == null ? "" : m.group(2))
                    + (m.group(3) == null ? "" : "." + m.group(3));
            switch (type) {
                case "s" -> out.append(format(Values.str(v), (char) 0, spec));
                case "r" -> out.append(format(Values.repr(v), (char) 0, spec));
                case "d", "i" -> {
                    Object n = v instanceof Double x ? (Object) (long) (double) x : v;
                    out.append(format(n instanceof NpScalar s ? (long) s.value() : n, (char) 0, spec + "d"));
                }
                case "f", "F", "e", "E" -> out.append(format(v instanceof Long l ? (double) l : v, (char) 0,
                        spec + type));
                default -> throw PyError.unsupported("'%" + type + "' formatting", null);
            }
        }
        out.append(template.substring(at));
        if (next < values.size()) {
            throw PyError.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static final Object NONE = new Object();
}
