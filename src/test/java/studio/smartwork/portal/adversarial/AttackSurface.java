package studio.smartwork.portal.adversarial;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * The public methods of the portal's own beans that take a tenant, ids or the person they act
 * for, found by reflection,
 * so that a new service (or a new method of one) is attacked without changing the suite.
 * Beans are the application's classes outside {@code internal} and {@code ui} packages, which
 * are no feature's API; methods are called on the bean as Spring hands it out, with its
 * security and transactions.
 */
final class AttackSurface {

    private static final String APPLICATION = "studio.smartwork.portal.";

    /**
     * Doors that are not for people by design, each with why; everything else that takes a
     * tenant or an id is attacked. Methods that take a {@link TenantSession} are left out too:
     * only {@code TenantScope} makes sessions, after checking access, so holding one is the proof.
     */
    static final Map<String, String> NOT_FOR_PEOPLE = Map.of(
            "tenancy.TenantScope", "the door into a tenant itself; its asSystem is the portal's own work and is never given a "
                    + "tenant from a request; TenantIsolationTests prove its locks",
            "activity.ActivityLog#recordSystem", "the portal's own record, written inside a unit of work of the portal "
                    + "(TenantScope.asSystem); without one, row-level security refuses the row",
            "activity.ActivityLog#recordFor", "written for a person inside the caller's unit of work of the tenant (a "
                    + "download they made); without one, row-level security refuses the row");

    /** One method of one bean. */
    record Target(String feature, Class<?> type, Object bean, Method method) {

        String service() {
            return type.getSimpleName();
        }

        String signature() {
            return type.getSimpleName() + "." + method.getName() + Arrays.stream(method.getGenericParameterTypes())
                    .map(AttackSurface::simpleName).collect(Collectors.joining(", ", "(", ")"));
        }

        boolean takesTenant() {
            return Arrays.stream(method.getGenericParameterTypes()).anyMatch(AttackSurface::isTenant);
        }
    }

    private AttackSurface() {
    }

    static List<Target> of(ApplicationContext context) {
        List<Target> targets = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> beanType = context.getType(name);
            if (beanType == null) {
                continue;
            }
            Class<?> type = ClassUtils.getUserClass(beanType);
            if (!type.getName().startsWith(APPLICATION) || type.isInterface() || isNoApi(type) || excluded(type.getName(), null)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass().getName().startsWith(APPLICATION) && !Modifier.isStatic(method.getModifiers())
                        && !method.isBridge() && !method.isSynthetic() && takesTenantOrIds(method)
                        && Arrays.stream(method.getParameterTypes()).noneMatch(TenantSession.class::equals)
                        && !excluded(type.getName(), method.getName())) {
                    method.setAccessible(true);
                    targets.add(new Target(feature(type), type, context.getBean(name), method));
                }
            }
        }
        targets.sort(Comparator.comparing(Target::signature));
        return targets;
    }

    private static boolean isNoApi(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.contains(".internal") || pkg.endsWith(".ui") || pkg.contains(".ui.");
    }

    private static boolean excluded(String className, String method) {
        String key = className.substring(APPLICATION.length()) + (method == null ? "" : "#" + method);
        return NOT_FOR_PEOPLE.containsKey(key);
    }

    private static String feature(Class<?> type) {
        String rest = type.getPackageName().substring(APPLICATION.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** A tenant, ids, or the person a method acts for (whose portfolio, invitations or tenants it gives). */
    private static boolean takesTenantOrIds(Method method) {
        return Arrays.stream(method.getGenericParameterTypes())
                .anyMatch(t -> isTenant(t) || isIdNumber(t) || isIdCollection(t) || t == Actor.class);
    }

    static boolean isTenant(Type type) {
        return type == TenantId.class || (type instanceof ParameterizedType p && Collection.class.isAssignableFrom((Class<?>) p.getRawType())
                && p.getActualTypeArguments()[0] == TenantId.class);
    }

    static boolean isIdNumber(Type type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class;
    }

    static boolean isIdCollection(Type type) {
        return type instanceof ParameterizedType p && Collection.class.isAssignableFrom((Class<?>) p.getRawType())
                && isIdNumber(p.getActualTypeArguments()[0]);
    }

    static String simpleName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return simpleName(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(AttackSurface::simpleName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        return type.getTypeName();
    }
}
