package dev.mockinterview.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** SQLite's plan for a query, to check that a hot query searches an index instead of scanning a table. */
final class QueryPlans {
    private QueryPlans() {
    }

    /** The detail lines of {@code EXPLAIN QUERY PLAN sql}, every parameter bound to a placeholder text. */
    static List<String> plan(Database db, String sql) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                int parameters = ps.getParameterMetaData().getParameterCount();
                for (int i = 1; i <= parameters; i++) {
                    ps.setString(i, "x");
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
                return lines;
            }
        });
    }

    /** True when no step of the plan reads a whole table or index (a SCAN, as opposed to a SEARCH). */
    static boolean noScan(List<String> plan) {
        return plan.stream().noneMatch(line -> line.startsWith("SCAN"));
    }
}
