package cn.banan.hrdesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a connection's prepared statements for reuse. jOOQ prepares and closes a statement per query, and
 * SQLite's prepare is most of the cost of a small query: a roster of thousands of lines runs the same dozen
 * statements over and over. A statement "closed" by jOOQ goes back to the cache with its parameters cleared;
 * closing the connection closes them all.
 */
final class StatementCache implements InvocationHandler {
    private static final int MAX_PER_SQL = 4;
    private final Connection connection;
    private final Map<String, ArrayDeque<PreparedStatement>> idle = new HashMap<>();

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class},
                new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            String sql = (String) args[0];
            ArrayDeque<PreparedStatement> free = idle.get(sql);
            PreparedStatement statement = free == null || free.isEmpty() ? connection.prepareStatement(sql) : free.poll();
            return cached(sql, statement);
        }
        if (method.getName().equals("close")) {
            closeAll();
        }
        return call(connection, method, args);
    }

    private PreparedStatement cached(String sql, PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                new InvocationHandler() {
                    private boolean returned;

                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        if (method.getName().equals("close")) {
                            if (!returned) {
                                returned = true;
                                giveBack(sql, statement);
                            }
                            return null;
                        }
                        if (method.getName().equals("isClosed")) {
                            return returned || statement.isClosed();
                        }
                        return call(statement, method, args);
                    }
                });
    }

    private void giveBack(String sql, PreparedStatement statement) throws SQLException {
        ArrayDeque<PreparedStatement> free = idle.computeIfAbsent(sql, s -> new ArrayDeque<>());
        if (free.size() < MAX_PER_SQL && !statement.isClosed()) {
            statement.clearParameters();
            statement.clearBatch();
            free.push(statement);
        } else {
            statement.close();
        }
    }

    private void closeAll() {
        for (ArrayDeque<PreparedStatement> free : idle.values()) {
            for (PreparedStatement s : free) {
                try {
                    s.close();
                } catch (SQLException ignored) {
                    // the connection closes next and takes the statement with it
                }
            }
        }
        idle.clear();
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
