package org.ocoj.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/** A connection that lets an {@link Interceptor} see each call first, e.g. to keep {@code close()} from closing. */
public final class InterceptedConnection {

    /** Answers a call itself, or passes it on with {@code forward.call()} (before or after doing its own part). */
    @FunctionalInterface
    public interface Interceptor {
        Object invoke(Method method, Object[] args, Forward forward) throws Throwable;
    }

    /** The call on the real connection; throws what the connection threw. */
    @FunctionalInterface
    public interface Forward {
        Object call() throws Throwable;
    }

    private InterceptedConnection() {
    }

    public static Connection of(Connection connection, Interceptor interceptor) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> interceptor.invoke(method, args, () -> {
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
