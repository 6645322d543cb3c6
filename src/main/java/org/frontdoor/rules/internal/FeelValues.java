package org.frontdoor.rules.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoPeriod;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.frontdoor.rules.InputProblem;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.core.impl.BaseDMNTypeImpl;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.kie.dmn.feel.runtime.FEELFunction;
import org.kie.dmn.feel.runtime.Range;
import org.kie.dmn.feel.runtime.functions.DateAndTimeFunction;
import org.kie.dmn.feel.runtime.functions.DateFunction;
import org.kie.dmn.feel.runtime.functions.DurationFunction;
import org.kie.dmn.feel.runtime.functions.FEELFnResult;
import org.kie.dmn.feel.runtime.functions.StringFunction;
import org.kie.dmn.feel.runtime.functions.TimeFunction;

/**
 * Between JSON values (maps, lists, strings, BigDecimal numbers, booleans, null) and what the FEEL engine works
 * with. Going in, a value is converted by the type its input declares: ISO strings become dates, times,
 * date-times and durations through FEEL's own {@code date()}, {@code time()}, {@code date and time()} and
 * {@code duration()}, numbers become BigDecimal, and structures and lists are converted field by field. Coming out,
 * every value is made JSON-safe.
 */
final class FeelValues {
    private FeelValues() {
    }

    /** Builtin FEEL kinds an input can be declared as, by the DMN 1.2+ and the DMN 1.1 (XSD-style) names. */
    private enum Kind {
        DATE, TIME, DATE_TIME, DURATION, NUMBER, OTHER
    }

    static Object toFeel(String path, Object value, DMNType type, List<InputProblem> problems) {
        if (value == null) {
            return null;
        }
        if (type == null) {
            return generic(value);
        }
        DMNType listType = collection(type);
        if (listType != null && value instanceof Collection<?> items) {
            DMNType element = listType.getBaseType() != null && listType.getBaseType() != listType ? listType.getBaseType() : null;
            List<Object> out = new ArrayList<>(items.size());
            int i = 0;
            for (Object item : items) {
                String at = path + "[" + i++ + "]";
                if (element != null) {
                    out.add(toFeel(at, item, element, problems));
                } else if (hasFields(listType) && item instanceof Map<?, ?> map) {
                    out.add(structure(at, map, listType, problems));   // a collection declared with its own components
                } else {
                    out.add(item == null ? null : simple(at, item, listType, problems));
                }
            }
            return out;
        }
        if (hasFields(type) && value instanceof Map<?, ?> map) {
            return structure(path, map, type, problems);
        }
        return simple(path, value, type, problems);   // a single value for a list too: the engine says what it thinks
    }

    /**
     * The type in {@code type}'s chain that is declared a collection, or null. A component typed by a collection
     * item definition is not itself marked as a collection in KIE; its base type is.
     */
    private static DMNType collection(DMNType type) {
        DMNType t = type;
        for (int guard = 0; t != null && guard < 32; guard++) {
            if (t.isCollection()) {
                return t;
            }
            t = t.getBaseType() == t ? null : t.getBaseType();
        }
        return null;
    }

    private static boolean hasFields(DMNType type) {
        return type.isComposite() && type.getFields() != null && !type.getFields().isEmpty();
    }

    private static Map<String, Object> structure(String path, Map<?, ?> map, DMNType type, List<InputProblem> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String field = String.valueOf(k);
            out.put(field, toFeel(path + "." + field, v, type.getFields().get(field), problems));
        });
        return out;
    }

    private static Object simple(String path, Object value, DMNType type, List<InputProblem> problems) {
        Kind kind = kind(type);
        if (value instanceof String s) {
            return switch (kind) {
                case DATE -> parsed(path, s, DateFunction.INSTANCE.invoke(s), "a date (yyyy-mm-dd)", problems);
                case TIME -> parsed(path, s, TimeFunction.INSTANCE.invoke(s), "a time (hh:mm:ss, optionally with an offset or zone)", problems);
                case DATE_TIME -> parsed(path, s, DateAndTimeFunction.INSTANCE.invoke(s), "a date and time (yyyy-mm-ddThh:mm:ss)", problems);
                case DURATION -> parsed(path, s, DurationFunction.INSTANCE.invoke(s), "an ISO 8601 duration (such as P1Y2M or PT1H)", problems);
                default -> s;
            };
        }
        return generic(value);
    }

    private static Object parsed(String path, String raw, FEELFnResult<?> result, String expected, List<InputProblem> problems) {
        return result.cata(error -> {
            problems.add(new InputProblem(path, "is not " + expected));
            return raw;
        }, ok -> ok);
    }

    /** Numbers as BigDecimal (FEEL's number), containers converted throughout; everything else as it is. */
    static Object generic(Object value) {
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), generic(v)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(generic(v)));
            return out;
        }
        return value;
    }

    private static Kind kind(DMNType type) {
        DMNType t = type;
        int guard = 0;
        while (t.getBaseType() != null && t.getBaseType() != t && guard++ < 32) {
            t = t.getBaseType();
        }
        if (t instanceof BaseDMNTypeImpl impl) {
            Type feel = impl.getFeelType();
            if (feel == BuiltInType.DATE) {
                return Kind.DATE;
            }
            if (feel == BuiltInType.TIME) {
                return Kind.TIME;
            }
            if (feel == BuiltInType.DATE_TIME) {
                return Kind.DATE_TIME;
            }
            if (feel == BuiltInType.DURATION) {
                return Kind.DURATION;
            }
            if (feel == BuiltInType.NUMBER) {
                return Kind.NUMBER;
            }
        }
        String name = t.getName() == null ? "" : t.getName().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (name) {
            case "date" -> Kind.DATE;
            case "time" -> Kind.TIME;
            case "dateandtime", "datetime" -> Kind.DATE_TIME;
            case "daysandtimeduration", "yearsandmonthsduration", "daytimeduration", "yearmonthduration", "duration" -> Kind.DURATION;
            case "number" -> Kind.NUMBER;
            default -> Kind.OTHER;
        };
    }

    /** A result as JSON: see {@link org.frontdoor.rules.SandboxResult}. */
    static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal b) {
            return plain(b);
        }
        if (value instanceof Number n) {
            try {
                return plain(new BigDecimal(n.toString()));
            } catch (NumberFormatException e) {
                return n.toString();   // NaN or Infinity: not a JSON number
            }
        }
        if (value instanceof DMNContext ctx) {
            return toJson(ctx.getAll());
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toJson(v)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(toJson(v)));
            return out;
        }
        // ISO 8601 with seconds always written (java.time's toString drops ":00")
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalTime t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        }
        if (value instanceof OffsetTime t) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof ZonedDateTime z) {
            return z.getZone() instanceof ZoneOffset ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z)
                    : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(z);
        }
        if (value instanceof Duration || value instanceof ChronoPeriod || value instanceof TemporalAmount
                || value instanceof TemporalAccessor || value instanceof Range) {
            return feelString(value);
        }
        if (value instanceof FEELFunction f) {
            return "function " + (f.getName() == null ? "" : f.getName()).trim();
        }
        return feelString(value);
    }

    private static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** FEEL's own {@code string()} of a value: ISO for durations ("P1Y2M", "PT1H"), "[1..10]" for a range. */
    private static String feelString(Object value) {
        return StringFunction.INSTANCE.invoke(value).cata(e -> String.valueOf(value), s -> s);
    }
}
