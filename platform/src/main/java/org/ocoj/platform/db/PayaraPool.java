package org.ocoj.platform.db;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Payara's own connection pool behind {@link DatabaseDefinition}, read where Payara keeps it: the pool's used and
 * free connections, its maximum and the requests waiting now come from the pool's data structures, and its life
 * cycle listener hook (which Payara's monitoring uses when switched on) reports each wait for a connection and each
 * wait that timed out. Payara publishes no API for this, and for pools of a {@code @DataSourceDefinition} neither
 * JMX nor its monitoring service is available in Payara Micro, so the runtime's classes are reached by reflection:
 * if a Payara upgrade changes them, {@link #find} fails, and the pool metrics say so in the log and read
 * {@code NaN} — the server itself is not affected.
 */
final class PayaraPool {

    private static final String LISTENER = "com.sun.enterprise.resource.listener.PoolLifeCycleListener";

    /** What a pool reports now; {@code used + idle} is the number of open connections. */
    record Status(int used, int idle, int max, int waiting) {
    }

    private final Map<?, ?> pools;
    private final Object key;
    private final Class<?> listenerType;
    /** The listener {@link #watch} installed last. */
    private Object installed;

    private PayaraPool(Map<?, ?> pools, Object key, Class<?> listenerType) {
        this.pools = pools;
        this.key = key;
        this.listenerType = listenerType;
    }

    /**
     * The pool whose name ends with {@code jndiName} ({@code java:app/jdbc/oco}), once Payara has created it (at
     * the first connection); empty before, or if this Payara's runtime is not what this class knows.
     */
    static Optional<PayaraPool> find(String jndiName, ClassLoader payara) throws ReflectiveOperationException {
        Class<?> runtime = Class.forName("com.sun.enterprise.connectors.ConnectorRuntime", true, payara);
        Object manager = runtime.getMethod("getPoolManager").invoke(runtime.getMethod("getRuntime").invoke(null));
        Map<?, ?> pools = (Map<?, ?>) field(manager.getClass(), "poolTable").get(manager);
        Class<?> listener = Class.forName(LISTENER, true, payara);
        String suffix = jndiName.substring(jndiName.indexOf(':') + 1);
        for (Object poolInfo : pools.keySet()) {
            if (String.valueOf(poolInfo.getClass().getMethod("getName").invoke(poolInfo)).endsWith(suffix)) {
                return Optional.of(new PayaraPool(pools, poolInfo, listener));
            }
        }
        return Optional.empty();
    }

    /** The pool's state now; empty while Payara has no pool (e.g. between a flush and the next connection). */
    Optional<Status> status() throws ReflectiveOperationException {
        Object pool = pools.get(key);
        if (pool == null) {
            return Optional.empty();
        }
        Object status = pool.getClass().getMethod("getPoolStatus").invoke(pool);
        // used is counted as all minus free, two reads that a concurrent hand-out may fall between
        int used = Math.max(0, (Integer) status.getClass().getMethod("getNumConnUsed").invoke(status));
        int idle = Math.max(0, (Integer) status.getClass().getMethod("getNumConnFree").invoke(status));
        int max = (Integer) pool.getClass().getMethod("getMaxPoolSize").invoke(pool);
        int waiting = (Integer) pool.getClass().getMethod("getWaitQueueLength").invoke(pool);
        return Optional.of(new Status(used, idle, max, waiting));
    }

    /**
     * Hooks {@code waited} (milliseconds each request for a connection waited, also 0) and {@code timedOut} into the
     * current pool's life cycle listener, next to a listener Payara's monitoring may have set. Again after Payara
     * replaced the pool; otherwise nothing happens.
     */
    synchronized void watch(LongConsumer waited, Runnable timedOut) throws ReflectiveOperationException {
        Object pool = pools.get(key);
        if (pool == null) {
            return;
        }
        Field hook = field(pool.getClass(), "poolLifeCycleListener");
        Object previous = hook.get(pool);
        if (previous != null && previous == installed) {
            return;
        }
        // a new pool, or Payara's monitoring set its own listener: keep calling that one too
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "connectionRequestServed" -> waited.accept((Long) args[0]);
                case "connectionTimedOut" -> timedOut.run();
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    if (args == null) {
                        return "OCO-J pool metrics";
                    }
                }
                default -> {
                    // counted by Payara's monitoring only
                }
            }
            return previous == null ? null : forward(method, previous, args);
        };
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType},
                handler);
        pool.getClass().getMethod("setPoolLifeCycleListener", listenerType).invoke(pool, listener);
        installed = listener;
    }

    private static Object forward(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
