package studio.smartwork.portal.database;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every method of the portal marked {@code @Transactional(readOnly = true)} is a read, and gets
 * {@link FreshConnectionRetry}: its advice runs outside the transaction's (first in order), so the second
 * attempt begins a new transaction on a fresh connection. Reads of a tenant's data go through
 * {@code TenantScope}, which uses {@link FreshConnectionRetry} itself.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyTransactionsRetried {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readOnlyTransactionsRetriedAdvisor(ObjectProvider<FreshConnectionRetry> retry) {
        MethodInterceptor retried = invocation -> {
            if (!(invocation instanceof ProxyMethodInvocation proxied)) {
                return invocation.proceed();
            }
            // A copy taken before the first attempt proceeds from this advice again: the transaction's advice included.
            var again = proxied.invocableClone();
            return retry.getObject().once(invocation::proceed, again::proceed);
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ReadOnlyTransactionalMethods(), retried);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static final class ReadOnlyTransactionalMethods extends StaticMethodMatcherPointcut {

        ReadOnlyTransactionalMethods() {
            setClassFilter(type -> type.getName().startsWith("studio.smartwork.portal."));
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
            if (transactional == null) {
                transactional = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
            }
            return transactional != null && transactional.readOnly();
        }
    }
}
