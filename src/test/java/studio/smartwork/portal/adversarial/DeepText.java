package studio.smartwork.portal.adversarial;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Everything a returned value says, as text: strings, records' components, collections',
 * maps' and arrays' elements, optionals' contents and the fields of the portal's own classes,
 * followed to the bottom. A value "contains" something of the victim when this text does.
 */
final class DeepText {

    private final StringBuilder text = new StringBuilder();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private DeepText() {
    }

    static String of(@Nullable Object value) {
        DeepText deep = new DeepText();
        deep.append(value, 0);
        return deep.text.toString();
    }

    static boolean mentions(@Nullable Object value, String marker) {
        return of(value).toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT));
    }

    /** Bytes a method wrote: a zip file's entries are read one by one, anything else as UTF-8. */
    private void appendWritten(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            text.append(new String(bytes, StandardCharsets.UTF_8)).append(' ');
            return;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(entry.getName()).append(' ').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append(' ');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(@Nullable Object value, int depth) {
        if (value == null || depth > 12) {
            return;
        }
        if (value instanceof CharSequence chars) {
            text.append(chars).append(' ');
            return;
        }
        if (value instanceof byte[] bytes) {
            text.append(new String(bytes, StandardCharsets.UTF_8)).append(' ');
            return;
        }
        if (value instanceof ByteArrayOutputStream written) {
            appendWritten(written.toByteArray());
            return;
        }
        if (!seen.add(value)) {
            return;
        }
        Class<?> type = value.getClass();
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> append(v, depth + 1));
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(v -> append(v, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                append(k, depth + 1);
                append(v, depth + 1);
            });
        } else if (type.isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                append(Array.get(value, i), depth + 1);
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    append(component.getAccessor().invoke(value), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (type.getName().startsWith("studio.smartwork.portal.") && !type.isEnum()) {
            text.append(value).append(' ');
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        try {
                            field.setAccessible(true);
                            append(field.get(value), depth + 1);
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            text.append("<unreadable field ").append(field.getName()).append("> ");
                        }
                    }
                }
            }
        } else {
            text.append(value).append(' ');
        }
    }
}
