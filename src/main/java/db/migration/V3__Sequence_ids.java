package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Replaces the identity columns with one sequence per table, so the importer's inserts can be
 * batched (see {@code org.beachhead.model.BaseEntity}). Each sequence starts above the ids a
 * database already holds. This is Java rather than SQL because H2 and PostgreSQL share no statement
 * that starts a sequence at a computed value: H2 has no {@code setval}, and PostgreSQL accepts only
 * a constant after {@code start with}.
 */
public class V3__Sequence_ids extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("corpus_version", "article", "partner", "person", "regulator",
            "regulation_rule", "title", "deal", "event", "excerpt", "mention");

    /** Frozen with this migration; Hibernate's implicit block of 50 ids must stay equal to it. */
    private static final int INCREMENT = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long highestId;
                try (ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    result.next();
                    highestId = result.getLong(1);
                }
                // Hibernate's pooled optimizer reads a sequence value as the last id of its block, so the
                // first block handed out is highestId + 1 to highestId + INCREMENT.
                statement.execute("create sequence " + table + "_seq start with " + (highestId + INCREMENT)
                        + " increment by " + INCREMENT);
                statement.execute("alter table " + table + " alter column id drop identity");
            }
        }
    }
}
