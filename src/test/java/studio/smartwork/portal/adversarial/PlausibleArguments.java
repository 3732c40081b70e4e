package studio.smartwork.portal.adversarial;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Arguments for any service method: the tenant and the ids an attempt is about wherever the
 * method takes them, also inside records (a time entry's task, an invitation's team, a board
 * card's record), and everything else plausible enough to pass a form's checks, so that what
 * refuses an attempt is the check of the tenant or the id. An {@link Actor} is the signed-in
 * person, as the portal's pages pass it; forging one would be forging a sign-in, not an id.
 * Types it cannot build are reported, so the suite is taught them rather than passing null.
 */
final class PlausibleArguments {

    static final String TEXT = "Adversarial attempt";

    /**
     * A place in a call where an id goes: a numeric parameter, a list of numbers, or a record
     * component named like an id ({@code taskId}, {@code recordNumber}). Its kind is the table
     * its name points at, or {@link #ANY} when the name says nothing.
     */
    record Slot(String name, String kind) {
    }

    static final String ANY = "any";

    private static final Map<String, String> ALIASES = Map.of(
            "parent", "design_comment",
            "assignee", TenantRows.PERSON,
            "participant", TenantRows.PERSON,
            "person", TenantRows.PERSON,
            "from", TenantRows.REVISION,
            "to", TenantRows.REVISION);

    private final Set<String> tables;
    private final Set<String> unbuilt = new TreeSet<>();

    PlausibleArguments(Collection<String> tables) {
        this.tables = new TreeSet<>(tables);
    }

    /** Types met that no value could be built for, as "Service.method: Type". */
    Set<String> unbuilt() {
        return unbuilt;
    }

    List<Slot> slots(Method method, Actor actor, LocalDate day) {
        Builder recorder = new Builder(method, actor, day, null, null);
        recorder.arguments();
        return recorder.slots;
    }

    Object[] arguments(Method method, Actor actor, LocalDate day, @Nullable TenantId tenant, List<Long> slotValues) {
        return new Builder(method, actor, day, tenant, slotValues).arguments();
    }

    /** One pass over a method's parameters, handing out slot values in a fixed order. */
    private final class Builder {
        private final Method method;
        private final Actor actor;
        private final LocalDate day;
        private final @Nullable TenantId tenant;
        private final @Nullable List<Long> values;
        private final List<Slot> slots = new ArrayList<>();

        Builder(Method method, Actor actor, LocalDate day, @Nullable TenantId tenant, @Nullable List<Long> values) {
            this.method = method;
            this.actor = actor;
            this.day = day;
            this.tenant = tenant;
            this.values = values;
        }

        Object[] arguments() {
            Parameter[] parameters = method.getParameters();
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                if (!parameters[i].isNamePresent()) {
                    throw new IllegalStateException("Compile with -parameters: the suite reads ids' kinds from parameter names");
                }
                arguments[i] = value(parameters[i].getParameterizedType(), parameters[i].getName(), true, 0);
            }
            return arguments;
        }

        private @Nullable Object value(Type type, String name, boolean parameter, int depth) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (type == TenantId.class) {
                return tenant;
            }
            if (AttackSurface.isTenant(type)) {
                return tenant == null ? List.of() : List.of(tenant);
            }
            if (AttackSurface.isIdNumber(type)) {
                return parameter || idLike(name) ? number(raw, slot(name)) : number(raw, 1L);
            }
            if (AttackSurface.isIdCollection(type)) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                if (!parameter && !idLike(name)) {
                    return collection(raw, List.of());
                }
                return collection(raw, List.of(number((Class<?>) element, slot(name))));
            }
            if (raw == String.class) {
                return text(name);
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return true;
            }
            if (raw == BigDecimal.class) {
                return BigDecimal.ONE;
            }
            if (raw == LocalDate.class) {
                return day;
            }
            if (raw == YearMonth.class) {
                return YearMonth.from(day);
            }
            if (raw == Instant.class) {
                return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
            }
            if (raw == java.time.OffsetDateTime.class) {
                // A run's time as its sender writes it: noon of the day, with the sender's offset.
                return day.atTime(12, 0).atOffset(ZoneOffset.ofHours(1));
            }
            if (raw == Object[].class) {
                return new Object[] {TEXT};
            }
            if (raw.isInterface() && raw.getName().startsWith("studio.smartwork.portal.")) {
                // A way of writing things the page hands a service (the reader's words): plain text for everything.
                return java.lang.reflect.Proxy.newProxyInstance(raw.getClassLoader(), new Class<?>[] {raw},
                        (proxy, m, args) -> m.getReturnType() == String.class ? TEXT : null);
            }
            if (raw == Object.class) {
                // A value of a message (what a text names): plain words, as a service would give.
                return TEXT;
            }
            if (raw == Locale.class) {
                return Locale.forLanguageTag("en-IE");
            }
            if (raw == ZoneId.class) {
                return ZoneId.of("Europe/Dublin");
            }
            if (raw == Currency.class) {
                return Currency.getInstance("EUR");
            }
            if (raw == Actor.class) {
                return actor;
            }
            if (raw == byte[].class) {
                return (TEXT + "\n").getBytes(StandardCharsets.UTF_8);
            }
            if (raw == OutputStream.class) {
                // What a method writes here is read back like a returned value (see DeepText).
                return new ByteArrayOutputStream();
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            if (raw == Optional.class) {
                return Optional.empty();
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of();
            }
            if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p && depth < 4) {
                Type element = p.getActualTypeArguments()[0];
                if (element instanceof Class<?> e && e.isEnum() && Set.class.isAssignableFrom(raw)) {
                    return enumSet(e);
                }
                Object one = value(element, name, false, depth + 1);
                return collection(raw, one == null ? List.of() : List.of(one));
            }
            if (raw.isRecord() && depth < 4) {
                return record(raw, depth);
            }
            unbuilt.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": " + AttackSurface.simpleName(type));
            return null;
        }

        private long slot(String name) {
            slots.add(new Slot(name, kindOf(name)));
            return values == null ? 1L : values.get(slots.size() - 1);
        }

        private Object record(Class<?> type, int depth) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(components[i].getGenericType(), components[i].getName(), false, depth + 1);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build a " + type.getName(), e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumSet(Class<?> element) {
        return EnumSet.of((Enum) element.getEnumConstants()[0]);
    }

    private static Object collection(Class<?> raw, List<?> elements) {
        return Set.class.isAssignableFrom(raw) ? Set.copyOf(elements) : List.copyOf(elements);
    }

    private static Object number(Class<?> type, long value) {
        return type == int.class || type == Integer.class ? (Object) Math.toIntExact(value) : (Object) value;
    }

    private static String text(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("email")) {
            return "someone@example.org";
        }
        if (lower.contains("slug")) {
            return "adversarial-attempt";
        }
        return TEXT;
    }

    /** A record component is an id when its name says so; every numeric parameter is treated as one. */
    static boolean idLike(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids") || name.equals("number") || name.endsWith("Number")
                || name.equals("revision") || name.endsWith("Revision");
    }

    /**
     * The table an id's name points at: the last word before "Id" ({@code fromTaskId} → task →
     * audit_task, the shortest table of that name), record numbers and revisions by name, a few
     * names that say whose id it is by alias, else {@link #ANY}.
     */
    String kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("number")) {
            return TenantRows.RECORD_NUMBER;
        }
        if (lower.endsWith("revision")) {
            return TenantRows.REVISION;
        }
        String stem = name.replaceFirst("Ids?$", "");
        String[] words = stem.split("(?=[A-Z])");
        String word = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(word)) {
            return ALIASES.get(word);
        }
        return tables.stream().filter(t -> t.equals(word) || t.endsWith("_" + word))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(ANY);
    }
}
