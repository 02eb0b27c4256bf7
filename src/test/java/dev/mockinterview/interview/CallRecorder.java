package dev.mockinterview.interview;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Wraps one of our own ports (an interface of this project) so that every call through it is recorded and then
 * passed on to the real implementation unchanged.
 */
final class CallRecorder {
    /** One call: the method's name and its arguments. */
    record Call(String method, List<Object> args) {
        /** The size of the call's collection argument (the ids looked up), or 0 if it has none. */
        int ids() {
            return args.stream().filter(a -> a instanceof Collection<?>).mapToInt(a -> ((Collection<?>) a).size())
                    .sum();
        }
    }

    private final List<Call> calls = new ArrayList<>();

    <T> T wrap(Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    calls.add(new Call(method.getName(), args == null ? List.of() : Arrays.asList(args)));
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    /** The calls of the method, in order. */
    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The names of every method called, in order. */
    List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    void clear() {
        calls.clear();
    }
}
